package org.haven.cases;

import org.haven.support.Api;
import tools.jackson.databind.node.ObjectNode;

/** Case bodies for tests, as a registration form would send them. */
public final class CaseMother {
  private CaseMother() {}

  /** A 15-year-old unaccompanied Eritrean boy registered with his name in Ge'ez script and in Latin. */
  public static ObjectNode eritreanBoy() {
    return Api.json("""
        {
          "givenName": "ዳዊት",
          "familyName": "ተስፋይ",
          "givenNameLatin": "Dawit",
          "familyNameLatin": "Tesfay",
          "otherNames": ["Dawit Tesfay Gebremedhin"],
          "sex": "male",
          "dateOfBirth": "2011",
          "dateOfBirthEstimated": true,
          "nationality": ["ERI"],
          "languages": ["tir"],
          "protectionStatus": "unaccompanied",
          "displacementStatus": "asylum_seeker",
          "riskLevel": "high",
          "placeOfOrigin": "Keren",
          "family": [
            {"relationship": "mother", "name": "Saba Haile", "alive": "yes", "isCaregiver": false},
            {"relationship": "father", "name": "Tesfay Gebremedhin", "alive": "unknown"}
          ],
          "separation": {"date": "2025-03", "place": "Khartoum", "cause": "conflict"},
          "protectionConcerns": ["trafficked_smuggled"],
          "consent": {"services": true, "tracing": true, "reporting": true, "sharing": ["unhcr"],
                      "givenBy": "child", "date": "2026-10-02", "legalBasis": "consent"},
          "careArrangements": [{"type": "residential_care", "startDate": "2026-10-02"}],
          "journey": [
            {"stage": "origin", "place": "Keren", "country": "ERI", "departed": "2024-11"},
            {"stage": "transit", "place": "Khartoum", "country": "SDN", "arrived": "2024-12", "departed": "2025-03",
             "means": "truck", "conditions": ["extortion"]},
            {"stage": "destination", "place": "Tripoli", "country": "LBY", "arrived": "2025-06"}
          ]
        }
        """);
  }

  /** A Syrian girl registered with her name in Arabic script only. */
  public static ObjectNode syrianGirlInArabic() {
    return Api.json("""
        {"givenName": "فاطمة", "familyName": "الحلبي", "sex": "female", "ageYears": 9,
         "nationality": ["SYR"], "protectionStatus": "separated", "placeOfOrigin": "Halab",
         "consent": {"services": true, "tracing": true, "reporting": true}}
        """);
  }

  public static ObjectNode minimal(String givenName, String familyName) {
    return Api.object().put("givenName", givenName).put("familyName", familyName).put("sex", "unknown");
  }

  /**
   * A 13-year-old Venezuelan boy in Cúcuta, Colombia, travelling with his uncle: separated from his parents,
   * who are alive in Maracaibo.
   */
  public static ObjectNode venezuelanBoy() {
    return Api.json("""
        {"givenName": "Santiago", "familyName": "Pérez Rincón", "sex": "male", "dateOfBirth": "2013-05-14",
         "nationality": ["VEN"], "languages": ["spa"], "protectionStatus": "separated",
         "displacementStatus": "migrant", "riskLevel": "medium", "placeOfOrigin": "Maracaibo",
         "family": [{"relationship": "mother", "name": "Yelitza Rincón", "alive": "yes"},
                    {"relationship": "father", "name": "José Pérez", "alive": "yes"}],
         "separation": {"date": "2026-06", "place": "Maracaibo", "cause": "poverty"},
         "consent": {"services": true, "tracing": true, "reporting": true}}
        """);
  }

  /** A 10-year-old Venezuelan girl in Cúcuta with her mother. */
  public static ObjectNode accompaniedVenezuelanGirl() {
    return Api.json("""
        {"givenName": "Valentina", "familyName": "Gómez", "sex": "female", "ageYears": 10,
         "nationality": ["VEN"], "protectionStatus": "accompanied", "placeOfOrigin": "Valencia",
         "family": [{"relationship": "mother", "name": "María Gómez", "alive": "yes", "isCaregiver": true}],
         "consent": {"services": true, "tracing": false, "reporting": true}}
        """);
  }
}
