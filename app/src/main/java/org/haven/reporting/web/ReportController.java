package org.haven.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.haven.identity.Actor;
import org.haven.reporting.ReportFilter;
import org.haven.reporting.ReportTable;
import org.haven.reporting.Reports;
import org.haven.shared.InvalidRequestException;
import org.springframework.web.bind.annotation.GetMapping;
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

  ReportController(Reports reports) {
    this.reports = reports;
  }

  @GetMapping
  @Operation(summary = "The standard tables and the disclosure rule applied to all of them")
  Map<String, Object> list(Actor actor) {
    List<Reports.TableInfo> items = reports.list(actor);
    return Map.of("items", items, "disclosure", reports.rule().statement());
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

  @PostMapping("/rebuild")
  @Operation(summary = "Rebuild the reporting read model from the records (system administrators)")
  Map<String, Object> rebuild(Actor actor) {
    var result = reports.rebuild(actor);
    return Map.of("cases", result.cases(), "tracingRequests", result.requests());
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
