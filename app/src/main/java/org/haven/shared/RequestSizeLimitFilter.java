package org.haven.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses oversized bodies with 413: at once when Content-Length says so, and while reading when the
 * body is chunked, so that a huge upload never reaches a parser. File imports (administrative boundary
 * files run to tens of megabytes) have a larger limit of their own, on their paths only.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter extends OncePerRequestFilter {
  private final long maxBytes;
  private final long maxImportBytes;
  private final List<String> importPaths;
  private final JsonMapper json;

  RequestSizeLimitFilter(@Value("${haven.http.max-body-bytes}") long maxBytes,
      @Value("${haven.http.max-import-bytes:52428800}") long maxImportBytes,
      @Value("${haven.http.import-paths:/api/v1/locations/import}") List<String> importPaths, JsonMapper json) {
    this.maxBytes = maxBytes;
    this.maxImportBytes = maxImportBytes;
    this.importPaths = List.copyOf(importPaths);
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long maxBytes = limitFor(request);
    if (request.getContentLengthLong() > maxBytes && !isMultipartUpload(request)) {
      response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
      response.setContentType("application/problem+json");
      json.writeValue(response.getOutputStream(),
          Problems.problem(HttpStatus.PAYLOAD_TOO_LARGE, new PayloadTooLargeException(maxBytes).getMessage()));
      return;
    }
    chain.doFilter(isMultipartUpload(request) ? request : new Limited(request, maxBytes), response);
  }

  private long limitFor(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return importPaths.contains(path) ? maxImportBytes : maxBytes;
  }

  private static boolean isMultipartUpload(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.startsWith("multipart/");
  }

  private static final class Limited extends HttpServletRequestWrapper {
    private final long maxBytes;

    Limited(HttpServletRequest request, long maxBytes) {
      super(request);
      this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      ServletInputStream in = super.getInputStream();
      return new ServletInputStream() {
        private long read;

        private void count(long n) {
          if (n > 0 && (read += n) > maxBytes) {
            throw new PayloadTooLargeException(maxBytes);
          }
        }

        @Override
        public int read() throws IOException {
          int b = in.read();
          if (b >= 0) {
            count(1);
          }
          return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
          int n = in.read(buf, off, len);
          count(n);
          return n;
        }

        @Override
        public boolean isFinished() {
          return in.isFinished();
        }

        @Override
        public boolean isReady() {
          return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
          in.setReadListener(listener);
        }
      };
    }
  }
}
