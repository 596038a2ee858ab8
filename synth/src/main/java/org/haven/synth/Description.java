package org.haven.synth;

/** One row of a registrations or tracing-requests file, in the columns of the matching contract. */
final class Description {
  static final String HEADER = "record_id,given_name,family_name,other_names,sex,date_of_birth,age_years,"
      + "nationality,place_of_origin,father_name,mother_name,separation_date,separation_place,recorded_on,recorded_in";

  String recordId = "";
  String givenName = "";
  String familyName = "";
  String otherNames = "";
  String sex = "";
  String dateOfBirth = "";
  String ageYears = "";
  String nationality = "";
  String placeOfOrigin = "";
  String fatherName = "";
  String motherName = "";
  String separationDate = "";
  String separationPlace = "";
  String recordedOn = "";
  String recordedIn = "";

  void appendCsv(StringBuilder b) {
    field(b, recordId).append(',');
    field(b, givenName).append(',');
    field(b, familyName).append(',');
    field(b, otherNames).append(',');
    field(b, sex).append(',');
    field(b, dateOfBirth).append(',');
    field(b, ageYears).append(',');
    field(b, nationality).append(',');
    field(b, placeOfOrigin).append(',');
    field(b, fatherName).append(',');
    field(b, motherName).append(',');
    field(b, separationDate).append(',');
    field(b, separationPlace).append(',');
    field(b, recordedOn).append(',');
    field(b, recordedIn).append('\n');
  }

  private static StringBuilder field(StringBuilder b, String v) {
    boolean quote = false;
    for (int i = 0; i < v.length() && !quote; i++) {
      char c = v.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) return b.append(v);
    b.append('"');
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '"') b.append('"');
      b.append(c);
    }
    return b.append('"');
  }
}
