package org.haven.reporting;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.haven.reporting.exports.HxlCsv;
import org.haven.reporting.exports.PdfReports;
import org.haven.reporting.exports.Workbooks;
import org.springframework.stereotype.Service;

/**
 * Aggregate tables as files. They hold only what the tables publish after disclosure control, and each
 * states the rule applied, so they need no password.
 */
@Service
public class ReportExports {
  public enum Format {
    CSV("text/csv;charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PDF("application/pdf", "pdf");

    public final String mediaType;
    public final String extension;

    Format(String mediaType, String extension) {
      this.mediaType = mediaType;
      this.extension = extension;
    }

    public static Format of(String text, String field) {
      for (Format f : values()) {
        if (f.extension.equalsIgnoreCase(text == null ? "" : text.strip())) {
          return f;
        }
      }
      throw org.haven.shared.InvalidRequestException.of(field, "must be csv, xlsx or pdf");
    }
  }

  /** One file; a CSV holds one table (HXL tools read one table per file), the others every table given. */
  public byte[] write(List<ReportTable> tables, Format format) {
    return switch (format) {
      case CSV -> HxlCsv.write(tables.get(0)).getBytes(StandardCharsets.UTF_8);
      case XLSX -> Workbooks.tables(tables);
      case PDF -> PdfReports.report("Haven report", tables);
    };
  }
}
