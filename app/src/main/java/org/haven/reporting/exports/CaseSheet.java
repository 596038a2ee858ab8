package org.haven.reporting.exports;

import java.util.ArrayList;
import java.util.List;
import org.haven.cases.domain.CaseDetails;
import org.haven.cases.domain.ChildCase;

/** The columns of a case-level export: the case number first, then identity, status and protection facts. */
public final class CaseSheet {
  private static final List<String> HEADERS = List.of("case_number", "case_id", "status", "given_name",
      "family_name", "given_name_latin", "family_name_latin", "sex", "date_of_birth", "age_years", "nationality",
      "protection_status", "displacement_status", "risk_level", "location_id", "separation_date", "separation_cause",
      "protection_concerns", "registered_at");

  private CaseSheet() {}

  public static List<List<String>> rows(List<ChildCase> cases) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADERS);
    for (ChildCase c : cases) {
      CaseDetails d = c.details();
      List<String> row = new ArrayList<>();
      row.add(c.caseNumber());
      row.add(c.id().toString());
      row.add(c.status().code());
      row.add(d.givenName());
      row.add(d.familyName());
      row.add(d.givenNameLatin());
      row.add(d.familyNameLatin());
      row.add(d.sex());
      row.add(d.dateOfBirth() == null ? null : d.dateOfBirth().toString());
      row.add(d.ageYears() == null ? null : d.ageYears().toString());
      row.add(String.join(";", d.nationality()));
      row.add(d.protectionStatus());
      row.add(d.displacementStatus());
      row.add(d.riskLevel());
      row.add(d.locationId() == null ? null : d.locationId().toString());
      row.add(d.separation() == null || d.separation().date() == null ? null : d.separation().date().toString());
      row.add(d.separation() == null ? null : d.separation().cause());
      row.add(String.join(";", d.protectionConcerns()));
      row.add(c.createdAt().toString());
      rows.add(row);
    }
    return rows;
  }
}
