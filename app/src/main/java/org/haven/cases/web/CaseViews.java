package org.haven.cases.web;

import java.util.ArrayList;
import java.util.Map;
import org.haven.cases.CaseMerging;
import org.haven.cases.domain.CaseStatus;
import org.haven.cases.domain.ChildCase;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The JSON of a case as clients see it: the server's fields, then the recorded details without empty values. */
@Component
class CaseViews {
  private final JsonMapper json;
  private final CaseMerging merging;

  CaseViews(JsonMapper json, CaseMerging merging) {
    this.json = json;
    this.merging = merging;
  }

  ObjectNode of(ChildCase c) {
    ObjectNode view = json.createObjectNode();
    view.put("id", c.id().toString());
    view.put("caseNumber", c.caseNumber());
    view.put("status", c.status().code());
    view.put("version", c.version());
    view.put("ownerId", c.ownerId().toString());
    view.put("agencyId", c.agencyId().toString());
    view.put("createdAt", c.createdAt().toString());
    view.put("createdBy", c.createdBy().toString());
    view.put("updatedAt", c.updatedAt().toString());
    view.put("updatedBy", c.updatedBy().toString());
    if (c.status() == CaseStatus.DUPLICATE) {
      // Only merged duplicates point somewhere; asking for every case would cost a query per row.
      merging.mergedInto(c.id()).ifPresent(survivor -> view.put("mergedInto", survivor.toString()));
    }
    ObjectNode details = json.valueToTree(c.details());
    withoutEmpty(details);
    view.setAll(details);
    return view;
  }

  private static void withoutEmpty(JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> field : new ArrayList<>(object.properties())) {
        JsonNode value = field.getValue();
        if (value.isNull() || (value.isArray() && value.isEmpty())) {
          object.remove(field.getKey());
        } else {
          withoutEmpty(value);
        }
      }
    } else if (node.isArray()) {
      node.forEach(CaseViews::withoutEmpty);
    }
  }
}
