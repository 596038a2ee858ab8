package org.haven.reporting.exports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.haven.reporting.ReportTable;

/** PDF files: the aggregate report with a bar chart per table, and the password-protected case file. */
public final class PdfReports {
  /** Rows drawn per table; longer tables (places) are complete in the CSV and XLSX exports. */
  private static final int MAX_ROWS = 40;

  private PdfReports() {}

  public static byte[] report(String title, List<ReportTable> tables) {
    try (PdfWriter pdf = new PdfWriter()) {
      pdf.heading(title);
      if (!tables.isEmpty()) {
        pdf.text(Texts.scope(tables.get(0)));
        pdf.text("Disclosure control: " + tables.get(0).disclosure().statement());
      }
      for (ReportTable t : tables) {
        pdf.gap(10);
        pdf.heading(t.id());
        pdf.text("Informs: " + String.join("; ", t.informs()));
        pdf.text(t.oneWay() ? "Count by " + t.rowDimension() + "."
            : "Total by " + t.rowDimension() + "; by " + t.columnDimension() + " in the table below.");
        int shown = Math.min(t.rows().size(), MAX_ROWS);
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (int i = 0; i < shown; i++) {
          labels.add(t.rows().get(i).label());
          values.add(t.oneWay() ? t.cells().get(i).get(0) : t.rowTotals() == null ? null : t.rowTotals().get(i));
        }
        pdf.barChart(labels, values);
        if (!t.oneWay()) {
          pdf.gap(4);
          pdf.text(t.rowDimension() + " | " + String.join(" | ", t.columns().stream()
              .map(ReportTable.Category::label).toList()) + (t.rowTotals() == null ? "" : " | total"));
          for (int i = 0; i < shown; i++) {
            List<String> cells = new ArrayList<>(t.cells().get(i).stream().map(HxlCsv::show).toList());
            if (t.rowTotals() != null) {
              cells.add(HxlCsv.show(t.rowTotals().get(i)));
            }
            pdf.text(t.rows().get(i).label() + " | " + String.join(" | ", cells));
          }
        }
        if (t.rows().size() > shown) {
          pdf.text((t.rows().size() - shown) + " more rows in the CSV and XLSX exports.");
        }
        pdf.text("Total: " + HxlCsv.show(t.grandTotal()) + ". Suppressed: " + t.disclosure().suppressedCells()
            + " cells; withheld as sensitive: " + t.disclosure().withheldCells() + ".");
      }
      return pdf.bytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Case files, one section per case of label–value lines, encrypted with AES-256 under the password. */
  public static byte[] caseFile(String title, List<List<String>> rows, String password, String ownerPassword) {
    try (PdfWriter pdf = new PdfWriter()) {
      pdf.heading(title);
      List<String> headers = rows.get(0);
      for (List<String> row : rows.subList(1, rows.size())) {
        pdf.gap(8);
        pdf.heading("Case " + row.get(0));
        for (int j = 1; j < headers.size(); j++) {
          if (row.get(j) != null && !row.get(j).isEmpty()) {
            pdf.text(headers.get(j) + ": " + row.get(j));
          }
        }
      }
      AccessPermission permissions = new AccessPermission();
      permissions.setCanModify(false);
      StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, password, permissions);
      policy.setEncryptionKeyLength(256);
      pdf.document.protect(policy);
      return pdf.bytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
