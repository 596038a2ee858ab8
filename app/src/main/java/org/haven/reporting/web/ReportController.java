package org.haven.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.haven.identity.Actor;
import org.haven.reporting.CaseExports;
import org.haven.reporting.ReportExports;
import org.haven.reporting.ReportFilter;
import org.haven.reporting.ReportTable;
import org.haven.reporting.Reports;
import org.haven.shared.InvalidRequestException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Aggregate tables with disclosure control, and their exports")
class ReportController {
  private final Reports reports;
  private final ReportExports exports;
  private final CaseExports caseExports;

  ReportController(Reports reports, ReportExports exports, CaseExports caseExports) {
    this.reports = reports;
    this.exports = exports;
    this.caseExports = caseExports;
  }

  @GetMapping
  @Operation(summary = "The standard tables and the disclosure rule applied to all of them")
  Map<String, Object> list(Actor actor) {
    List<Reports.TableInfo> items = reports.list(actor);
    return Map.of("items", items, "disclosure", reports.disclosureStatement());
  }

  @GetMapping("/{id}")
  @Operation(summary = "One table as JSON", description = "from, to: ISO dates (inclusive); place: a location id "
      + "or P-code (the place and everything below it); adminLevel: the level places are rolled up to in tables "
      + "by place (default 1). Suppressed counts are null.")
  ReportTable table(Actor actor, @PathVariable String id, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String place,
      @RequestParam(required = false) Integer adminLevel) {
    return reports.table(actor, id, filter(reports, from, to, place, adminLevel));
  }

  @GetMapping("/{id}/export")
  @Operation(summary = "One table as a file", description = "format: csv (with an HXL hashtag row), xlsx or pdf "
      + "(with a chart); the same filters as the table. The disclosure rule applied is stated in the file.")
  ResponseEntity<byte[]> export(Actor actor, @PathVariable String id, @RequestParam String format,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String place, @RequestParam(required = false) Integer adminLevel) {
    ReportExports.Format f = ReportExports.Format.of(format, "format");
    ReportTable table = reports.table(actor, id, filter(reports, from, to, place, adminLevel));
    return file(exports.write(List.of(table), f), id + "." + f.extension, f.mediaType);
  }

  @GetMapping("/export")
  @Operation(summary = "Every table as one file", description = "format: xlsx (a sheet per table) or pdf (a "
      + "chart per table); the same filters as a table.")
  ResponseEntity<byte[]> exportAll(Actor actor, @RequestParam String format,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String place, @RequestParam(required = false) Integer adminLevel) {
    ReportExports.Format f = ReportExports.Format.of(format, "format");
    if (f == ReportExports.Format.CSV) {
      throw InvalidRequestException.of("format", "must be xlsx or pdf for every table; CSV holds one table");
    }
    List<ReportTable> tables = reports.all(actor, filter(reports, from, to, place, adminLevel));
    return file(exports.write(tables, f), "haven-report." + f.extension, f.mediaType);
  }

  /** What a case-level export asks for: the format, the password to encrypt with, optionally a status. */
  record CaseExportRequest(String format, String password, String status) {}

  @PostMapping("/case-exports")
  @Operation(summary = "Case-level data as an encrypted file", description = "Supervisors and system "
      + "administrators, within their scope; every exported case is audited. format: csv (in an AES-256 zip), "
      + "xlsx (agile encryption) or pdf (AES-256); password: at least 12 characters, never stored.")
  ResponseEntity<byte[]> exportCases(Actor actor, @RequestBody CaseExportRequest request) {
    ReportExports.Format f = ReportExports.Format.of(request.format(), "format");
    CaseExports.ExportFile file = caseExports.export(actor, f, request.password(), request.status());
    return file(file.content(), file.fileName(), file.mediaType());
  }

  private static ResponseEntity<byte[]> file(byte[] content, String name, String mediaType) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .contentType(MediaType.parseMediaType(mediaType))
        .body(content);
  }

  @PostMapping("/rebuild")
  @Operation(summary = "Rebuild the reporting read model from the records (system administrators)")
  Map<String, Object> rebuild(Actor actor) {
    var result = reports.rebuild(actor);
    return Map.of("cases", result.cases(), "tracingRequests", result.requests(), "caseItems", result.items());
  }

  static ReportFilter filter(Reports reports, String from, String to, String place, Integer adminLevel) {
    return new ReportFilter(date("from", from), date("to", to), reports.place(place), adminLevel);
  }

  private static LocalDate date(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw InvalidRequestException.of(field, "must be a date as YYYY-MM-DD");
    }
  }
}
