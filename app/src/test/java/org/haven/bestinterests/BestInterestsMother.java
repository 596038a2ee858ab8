package org.haven.bestinterests;

import java.util.List;
import java.util.UUID;
import org.haven.support.Api;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bodies of the best-interests procedure and of reunification for the Eritrean boy of
 * {@code CaseMother.eritreanBoy()}, as a caseworker, a supervisor and a panel would send them.
 */
public final class BestInterestsMother {
  private BestInterestsMother() {}

  /** A complete BIA without its type: his views, heard through an interpreter, and his family's. */
  public static ObjectNode biaContent() {
    ObjectNode body = Api.object();
    body.putObject("childViews").put("views", "wants to be with his mother").put("howObtained",
        "interview_with_interpreter").put("obtainedOn", "2026-11-01").put("ageAtInterview", 15)
        .put("maturity", "mature, consistent over two interviews").put("weightGiven", "significant");
    return body.put("familyViews", "mother asks for him").put("safety", "no safe adult caregiver where he is")
        .put("familyRelationships", "mother and two sisters").put("developmentAndIdentity", "schooling interrupted")
        .put("recommendation", "pursue family tracing and reunification").put("priority", "1_week");
  }

  /** A complete BID report recommending reunification through resettlement. */
  public static ObjectNode bidReport() {
    ObjectNode body = biaContent();
    body.remove(List.of("recommendation", "priority"));
    body.put("background", "separated in Khartoum in 2025; reached Libya alone");
    body.putArray("optionsConsidered").add("reunification").add("local_integration");
    return body.put("recommendedOption", "reunification").put("recommendedSolution", "resettlement");
  }

  public static ObjectNode panel(String meetingOn, UUID chair, UUID second, UUID third) {
    ObjectNode body = Api.object().put("chairId", chair.toString()).put("meetingOn", meetingOn);
    body.putArray("members").add(chair.toString()).add(second.toString()).add(third.toString());
    return body;
  }

  public static ObjectNode vote(String option) {
    return Api.object().put("option", option).put("durableSolution", "resettlement")
        .put("confidentialityUndertaking", true);
  }

  public static ObjectNode reunificationThroughResettlement() {
    return Api.object().put("option", "reunification").put("durableSolution", "resettlement")
        .put("reasons", "safety and family unity: his mother is verified, willing and able; no safe care in Libya")
        .put("dissent", "one member preferred finishing the school year first");
  }

  /** Every point of the verification checklist with the same outcome. */
  public static ObjectNode verification(String outcome) {
    ObjectNode body = Api.object();
    for (String point : List.of("adultIdentity", "relationshipEvidence", "childWishes", "adultWillingness",
        "safety")) {
      body.putObject(point).put("outcome", outcome).put("checkedBy", "tracing officer").put("checkedOn", "2026-11-05");
    }
    return body;
  }

  /** He travels to Malmö under escort and is reunified with his mother. */
  public static ObjectNode reunion() {
    ObjectNode body = Api.object().put("date", "2027-01-20").put("place", "Malmö, Sweden").put("type", "case_by_case")
        .put("reunifiedWith", "mother, Saba Haile");
    body.putArray("carriedOutBy").add("escort of the resettlement agency").add("Swedish Red Cross");
    return body;
  }
}
