package org.haven.tracing;

import org.haven.support.Api;
import tools.jackson.databind.node.ObjectNode;

/** Cases and tracing requests for one child recorded by different people, in different scripts and spellings. */
public final class TracingMother {
  private TracingMother() {}

  /** A Syrian boy registered with his name in Arabic script and a Latin form of its own. */
  public static ObjectNode caseOfMohammedInArabic(boolean tracingConsent) {
    return Api.json("""
        {"givenName": "محمد", "familyName": "الحسن", "givenNameLatin": "Muhammad", "familyNameLatin": "Alhasan",
         "sex": "male", "dateOfBirth": "2013-04", "nationality": ["SYR"], "placeOfOrigin": "Aleppo",
         "protectionStatus": "unaccompanied",
         "family": [{"relationship": "mother", "name": "Fatima Al-Hassan", "alive": "unknown"},
                    {"relationship": "father", "name": "Ahmad Al-Hassan", "alive": "unknown"}],
         "separation": {"date": "2025-09", "place": "Gaziantep", "cause": "conflict"},
         "consent": {"services": true, "tracing": %s, "reporting": true}}
        """.formatted(tracingConsent));
  }

  /** The same boy as his mother describes him to a tracing caseworker, in another spelling. */
  public static ObjectNode requestForMohammed() {
    return Api.json("""
        {"inquirer": {"name": "Fatima Al-Hassan", "relationship": "mother", "contact": "via the Red Crescent office"},
         "sought": {"givenName": "Mohammed", "familyName": "Al-Hassan", "sex": "male", "dateOfBirth": "2013",
                    "nationality": ["SYR"], "placeOfOrigin": "Halab",
                    "family": [{"relationship": "father", "name": "Ahmed Al Hassan"}]},
         "separation": {"date": "2025-09", "place": "Gaziantep", "cause": "conflict"}}
        """);
  }

  /** An Afghan girl; used for a second child that the requests above must not pick up. */
  public static ObjectNode caseOfZahra(boolean tracingConsent) {
    return Api.json("""
        {"givenName": "زهرا", "familyName": "احمدی", "givenNameLatin": "Zahra", "familyNameLatin": "Ahmadi",
         "sex": "female", "dateOfBirth": "2010-01-15", "nationality": ["AFG"], "placeOfOrigin": "Herat",
         "family": [{"relationship": "father", "name": "Gholam Ahmadi", "alive": "yes"},
                    {"relationship": "mother", "name": "Maryam Rezaei", "alive": "unknown"}],
         "consent": {"services": true, "tracing": %s, "reporting": true}}
        """.formatted(tracingConsent));
  }

  public static ObjectNode requestForZahra() {
    return Api.json("""
        {"inquirer": {"name": "Gholam Ahmadi", "relationship": "father"},
         "sought": {"givenName": "Zahra", "familyName": "Ahmadi", "sex": "female", "dateOfBirth": "2010",
                    "nationality": ["AFG"], "placeOfOrigin": "Herat",
                    "family": [{"relationship": "mother", "name": "Maryam Rezai"}]}}
        """);
  }

  /** A Somali boy registered twice: once in one spelling with a father, once in another with a mother. */
  public static ObjectNode caseOfAbdirahman() {
    return Api.json("""
        {"givenName": "Abdirahman", "familyName": "Warsame", "sex": "male", "dateOfBirth": "2011-07-02",
         "nationality": ["SOM"], "placeOfOrigin": "Kismayo",
         "family": [{"relationship": "father", "name": "Abdullahi Warsame", "alive": "yes"}],
         "consent": {"services": true, "tracing": true, "reporting": true}}
        """);
  }

  public static ObjectNode secondRegistrationOfAbdirahman() {
    return Api.json("""
        {"givenName": "Abdirahmaan", "familyName": "Warsame", "otherNames": ["Abdi"], "sex": "male",
         "dateOfBirth": "2011-07-02", "nationality": ["SOM"], "placeOfOrigin": "Kismaayo",
         "family": [{"relationship": "father", "name": "Abdullahi Warsame", "alive": "yes"},
                    {"relationship": "mother", "name": "Hodan Ali", "alive": "yes"}],
         "consent": {"services": true, "tracing": true, "reporting": true}}
        """);
  }

  /** The Eritrean boy of {@code CaseMother.eritreanBoy()} as his mother, now in Sweden, describes him. */
  public static ObjectNode requestForDawitFromSweden() {
    return Api.json("""
        {"inquirer": {"name": "Saba Haile", "relationship": "mother", "contact": "via the Swedish Red Cross, Malmö"},
         "sought": {"givenName": "Dawit", "familyName": "Tesfay", "sex": "male", "dateOfBirth": "2011",
                    "nationality": ["ERI"], "placeOfOrigin": "Keren",
                    "family": [{"relationship": "father", "name": "Tesfay Gebremedhin"}]},
         "separation": {"date": "2025-03", "place": "Khartoum", "cause": "conflict"}}
        """);
  }
}
