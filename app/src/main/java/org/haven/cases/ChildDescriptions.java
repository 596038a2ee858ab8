package org.haven.cases;

import java.time.LocalDate;
import org.haven.cases.domain.CaseDetails;
import org.haven.matching.Description;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reads a description of a child that is not a case (the child sought by a tracing request) with the
 * same rules as a case body, so that both sides of a match are normalised and described alike.
 */
@Component
public class ChildDescriptions {
  private final CaseBodyParser parser;

  ChildDescriptions(CaseBodyParser parser) {
    this.parser = parser;
  }

  /**
   * The child as the matching library sees it. Nothing is required; a bad value is an
   * {@link org.haven.shared.InvalidRequestException} naming the field by its path within {@code body}.
   */
  public Description describe(String recordId, JsonNode body, LocalDate recordedOn) {
    CaseDetails d = parser.parseDescription(body);
    d = d.withLatinNames(d.givenNameLatin() != null ? d.givenNameLatin() : LatinNames.of(d.givenName()),
        d.familyNameLatin() != null ? d.familyNameLatin() : LatinNames.of(d.familyName()));
    return CaseDescriptions.of(recordId, d, recordedOn.toString());
  }
}
