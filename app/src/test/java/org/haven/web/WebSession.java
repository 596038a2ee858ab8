package org.haven.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser without JavaScript: keeps cookies, does not follow redirects, and sends forms with their CSRF token. */
final class WebSession {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  record Page(int status, String body, HttpHeaders headers) {
    String location() {
      return headers.firstValue("Location").orElse(null);
    }

    String csrf() {
      Matcher m = CSRF.matcher(body);
      if (!m.find()) {
        throw new AssertionError("no CSRF token in the page");
      }
      return m.group(1);
    }
  }

  private final String baseUrl;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http;
  private final Map<String, String> headers = new LinkedHashMap<>();

  WebSession(int port) {
    this.baseUrl = "http://localhost:" + port;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5)).build();
  }

  WebSession header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  Page get(String path) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
  }

  /** Posts a form; each entry is a name and a value, names may repeat. */
  Page post(String path, List<Map.Entry<String, String>> fields) {
    String body = String.join("&", fields.stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue() == null ? "" : e.getValue())).toList());
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Sends one file as a multipart form to {@code path} (the CSRF token goes in the path's query). */
  Page postFile(String path, String field, String filename, String content) {
    String boundary = "----haven" + System.nanoTime();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + filename
        + "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  /** Logs in through the login form and returns the page the login redirects to. */
  Page login(String username, String password) {
    Page form = get("/login");
    Page result = post("/login", fields("_csrf", form.csrf(), "username", username, "password", password));
    if (result.status() != 302 || result.location().contains("error")) {
      throw new AssertionError("login of " + username + " failed: " + result.status() + " " + result.location());
    }
    return result;
  }

  String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
        .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
  }

  static List<Map.Entry<String, String>> fields(String... namesAndValues) {
    List<Map.Entry<String, String>> list = new ArrayList<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      list.add(Map.entry(namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]));
    }
    return list;
  }

  private Page send(HttpRequest.Builder request) {
    headers.forEach(request::header);
    try {
      HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Page(response.statusCode(), response.body(), response.headers());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
