package org.haven.reporting.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.util.List;
import org.apache.poi.poifs.crypt.ChainingMode;
import org.apache.poi.poifs.crypt.CipherAlgorithm;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.HashAlgorithm;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.haven.reporting.ReportTable;

/** XLSX files: aggregate tables one per sheet, and case-level data encrypted with the user's password. */
public final class Workbooks {
  private Workbooks() {}

  public static byte[] tables(List<ReportTable> tables) {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      for (ReportTable t : tables) {
        Sheet sheet = book.createSheet(sheetName(t.id()));
        int r = 0;
        text(sheet, r++, "Haven report: " + t.id());
        text(sheet, r++, Texts.scope(t));
        text(sheet, r++, "Disclosure control: " + t.disclosure().statement());
        text(sheet, r++, "Informs: " + String.join("; ", t.informs()));
        r++;
        Row header = sheet.createRow(r++);
        header.createCell(0).setCellValue(t.rowDimension());
        int columns = t.oneWay() ? 1 : t.columns().size();
        for (int j = 0; j < columns; j++) {
          header.createCell(j + 1).setCellValue(t.oneWay() ? "count" : t.columns().get(j).label());
        }
        if (!t.oneWay() && t.rowTotals() != null) {
          header.createCell(columns + 1).setCellValue("total");
        }
        for (int i = 0; i < t.rows().size(); i++) {
          Row row = sheet.createRow(r++);
          row.createCell(0).setCellValue(t.rows().get(i).label());
          for (int j = 0; j < columns; j++) {
            count(row, j + 1, t.cells().get(i).get(j));
          }
          if (!t.oneWay() && t.rowTotals() != null) {
            count(row, columns + 1, t.rowTotals().get(i));
          }
        }
        if (t.oneWay() || t.columnTotals() != null) {
          Row row = sheet.createRow(r);
          row.createCell(0).setCellValue("total");
          if (t.oneWay()) {
            count(row, 1, t.grandTotal());
          } else {
            for (int j = 0; j < columns; j++) {
              count(row, j + 1, t.columnTotals().get(j));
            }
            if (t.rowTotals() != null) {
              count(row, columns + 1, t.grandTotal());
            }
          }
        }
      }
      return bytes(book);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A sheet of rows (the first the headers), encrypted with the password (ECMA-376 agile encryption, AES-256). */
  public static byte[] encrypted(String sheetName, List<List<String>> rows, String password) {
    try (XSSFWorkbook book = new XSSFWorkbook(); POIFSFileSystem fs = new POIFSFileSystem()) {
      Sheet sheet = book.createSheet(sheetName);
      for (int i = 0; i < rows.size(); i++) {
        Row row = sheet.createRow(i);
        List<String> values = rows.get(i);
        for (int j = 0; j < values.size(); j++) {
          row.createCell(j).setCellValue(values.get(j) == null ? "" : values.get(j));
        }
      }
      // POI's agile default is AES-128 with SHA-1; ask for AES-256 with SHA-512 explicitly.
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile, CipherAlgorithm.aes256, HashAlgorithm.sha512,
          256, 16, ChainingMode.cbc).getEncryptor();
      encryptor.confirmPassword(password);
      try (OutputStream data = encryptor.getDataStream(fs)) {
        book.write(data);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("encryption is not available", e);
    }
  }

  private static void text(Sheet sheet, int r, String value) {
    sheet.createRow(r).createCell(0).setCellValue(value);
  }

  private static void count(Row row, int column, Long value) {
    if (value == null) {
      row.createCell(column).setCellValue(HxlCsv.SUPPRESSED);
    } else {
      row.createCell(column).setCellValue(value);
    }
  }

  private static String sheetName(String id) {
    return id.length() <= 31 ? id : id.substring(0, 31);
  }

  private static byte[] bytes(XSSFWorkbook book) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    book.write(out);
    return out.toByteArray();
  }
}
