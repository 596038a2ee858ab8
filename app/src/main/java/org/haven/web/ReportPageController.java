package org.haven.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.haven.identity.Actor;
import org.haven.reporting.ReportExports;
import org.haven.reporting.ReportFilter;
import org.haven.reporting.ReportTable;
import org.haven.reporting.Reports;
import org.haven.shared.FieldError;
import org.haven.shared.InvalidRequestException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reports page: every standard table for a period and a place, each with its chart (inline SVG) and
 * links to download it, and the whole report as XLSX or PDF. Only what the reporting module publishes
 * after disclosure control is shown, so the page is the same for every role that may read aggregates.
 */
@Controller
class ReportPageController extends Pages {
  private final Reports reports;
  private final ReportExports exports;

  ReportPageController(Reports reports, ReportExports exports) {
    this.reports = reports;
    this.exports = exports;
  }

  /** A table with its chart, ready for the template. */
  public record Shown(ReportTable table, String chart) {}

  @GetMapping("/reports")
  String page(Actor actor, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String place, @RequestParam(required = false) Integer adminLevel,
      Model model) {
    Map<String, String> query = new LinkedHashMap<>();
    put(query, "from", from);
    put(query, "to", to);
    put(query, "place", place);
    put(query, "adminLevel", adminLevel == null ? null : adminLevel.toString());
    model.addAttribute("query", query);
    model.addAttribute("queryString", queryString(query));
    model.addAttribute("rule", reports.disclosureStatement());
    try {
      List<ReportTable> tables = reports.all(actor, filter(from, to, place, adminLevel));
      model.addAttribute("tables", tables.stream().map(t -> new Shown(t, ReportCharts.bars(t, "*"))).toList());
    } catch (InvalidRequestException e) {
      model.addAttribute("tables", List.of());
      model.addAttribute("filterErrors", e.errors().stream().map(FieldError::field).toList());
    }
    return "reports";
  }

  @GetMapping("/reports/export")
  ResponseEntity<byte[]> exportAll(Actor actor, @RequestParam String format,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String place, @RequestParam(required = false) Integer adminLevel) {
    ReportExports.Format f = ReportExports.Format.of(format, "format");
    List<ReportTable> tables = reports.all(actor, filter(from, to, place, adminLevel));
    if (f == ReportExports.Format.CSV) {
      throw InvalidRequestException.of("format", "CSV holds one table");
    }
    return file(exports.write(tables, f), "haven-report." + f.extension, f.mediaType);
  }

  @GetMapping("/reports/{id}/export")
  ResponseEntity<byte[]> exportOne(Actor actor, @PathVariable String id, @RequestParam String format,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String place, @RequestParam(required = false) Integer adminLevel) {
    ReportExports.Format f = ReportExports.Format.of(format, "format");
    ReportTable table = reports.table(actor, id, filter(from, to, place, adminLevel));
    return file(exports.write(List.of(table), f), id + "." + f.extension, f.mediaType);
  }

  private ReportFilter filter(String from, String to, String place, Integer adminLevel) {
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

  private static ResponseEntity<byte[]> file(byte[] content, String name, String mediaType) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .contentType(MediaType.parseMediaType(mediaType))
        .body(content);
  }

  private static void put(Map<String, String> query, String name, String value) {
    if (value != null && !value.isBlank()) {
      query.put(name, value.strip());
    }
  }

  private static String queryString(Map<String, String> query) {
    StringBuilder s = new StringBuilder();
    query.forEach((k, v) -> s.append('&').append(k).append('=')
        .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
    return s.toString();
  }
}
