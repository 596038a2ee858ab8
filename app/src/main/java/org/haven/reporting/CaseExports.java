package org.haven.reporting;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.haven.cases.CaseExtracts;
import org.haven.cases.domain.ChildCase;
import org.haven.identity.Actor;
import org.haven.reporting.ReportExports.Format;
import org.haven.reporting.exports.CaseSheet;
import org.haven.reporting.exports.EncryptedZip;
import org.haven.reporting.exports.PdfReports;
import org.haven.reporting.exports.Workbooks;
import org.haven.shared.InvalidRequestException;
import org.springframework.stereotype.Service;

/**
 * Case-level data as a file, for the roles allowed to export it (supervisors and system administrators,
 * never immigration enforcement), within their record scope, each exported case audited. The file is
 * always encrypted with a password the user gives and Haven never keeps: XLSX with the ECMA-376 agile
 * encryption, PDF with AES-256, CSV inside an AES-256 zip.
 */
@Service
public class CaseExports {
  public static final int MIN_PASSWORD_LENGTH = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final CaseExtracts extracts;

  CaseExports(CaseExtracts extracts) {
    this.extracts = extracts;
  }

  /** The file, its name and its media type. */
  public record ExportFile(byte[] content, String fileName, String mediaType) {}

  public ExportFile export(Actor actor, Format format, String password, String status) {
    if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.isBlank()) {
      throw InvalidRequestException.of("password", "is required, at least " + MIN_PASSWORD_LENGTH + " characters");
    }
    List<ChildCase> cases = extracts.forExport(actor, status,
        "exported as " + format.extension + ", encrypted with the user's password");
    List<List<String>> rows = CaseSheet.rows(cases);
    return switch (format) {
      case CSV -> new ExportFile(EncryptedZip.of("cases.csv", csv(rows).getBytes(StandardCharsets.UTF_8), password),
          "cases.zip", "application/zip");
      case XLSX -> new ExportFile(Workbooks.encrypted("cases", rows, password), "cases.xlsx", format.mediaType);
      case PDF -> new ExportFile(PdfReports.caseFile("Haven case file", rows, password, ownerPassword()),
          "cases.pdf", format.mediaType);
    };
  }

  private static String csv(List<List<String>> rows) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
      for (List<String> row : rows) {
        csv.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The PDF owner password: random and never kept, so nobody can lift the restrictions. */
  private static String ownerPassword() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }
}
