package org.haven.reporting.tables;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The dimensions of the standard tables. Age is counted in whole years between the year of birth and the
 * year of the day the table is as of (the end of the period, or today): a child born in 2014 is 12 in any
 * table as of 2026. Both age-band schemes of BRIEF §7.4 are offered for children: UNHCR's 0–4, 5–11, 12–17
 * and Primero's 0–5, 6–11, 12–17; both end with 18 and over for those who came of age since registration.
 */
public final class Dimensions {
  private Dimensions() {}

  private static final Map<String, String> SEX_ATTRIBUTES = Map.of("female", "+f", "male", "+m", "other", "+i",
      Dimension.UNKNOWN, "+sex_unknown");

  public static final Dimension SEX = new Dimension("sex", day -> "coalesce(sex, 'unknown')",
      List.of("female", "male", "other", Dimension.UNKNOWN), false, "#group+sex",
      code -> SEX_ATTRIBUTES.getOrDefault(code, Dimension.attribute(code)));

  public static final Dimension CASE_STATUS = Dimension.column("status", "status",
      List.of("open", "closed", "transferred"), "#status+case+code");

  public static final Dimension PROTECTION_STATUS = Dimension.column("protection_status", "protection_status",
      List.of("unaccompanied", "separated", "accompanied", Dimension.UNKNOWN), "#group+protection+code");

  public static final Dimension DISPLACEMENT_STATUS = Dimension.column("displacement_status", "displacement_status",
      List.of(), "#group+displacement+code");

  public static final Dimension RISK_LEVEL = Dimension.column("risk_level", "risk_level",
      List.of("high", "medium", "low", Dimension.UNKNOWN), "#severity+risk+code");

  public static final Dimension NATIONALITY = Dimension.column("nationality", "nationality", List.of(),
      "#country+code+nationality");

  public static final Dimension PROTECTION_CONCERN = new Dimension("protection_concern", day -> "concern", List.of(),
      true, "#indicator+concern+code", Dimension::attribute);

  public static final Dimension SEPARATION_CAUSE = Dimension.column("separation_cause", "separation_cause",
      List.of(), "#indicator+separation_cause+code");

  /** Places rolled up to the admin level the request asks for; the categories are P-codes. */
  public static final Dimension LOCATION = new Dimension(Dimension.LOCATION, day -> "location_id", List.of(), false,
      "#adm+code", Dimension::attribute);

  private static final List<String> UNHCR_BANDS = List.of("age_0_4", "age_5_11", "age_12_17", "age_18_");
  private static final List<String> PRIMERO_BANDS = List.of("age_0_5", "age_6_11", "age_12_17", "age_18_");

  public static final Dimension AGE_UNHCR = ageBands("age_unhcr", new int[] {5, 12, 18}, UNHCR_BANDS);
  public static final Dimension AGE_PRIMERO = ageBands("age_primero", new int[] {6, 12, 18}, PRIMERO_BANDS);

  private static Dimension ageBands(String key, int[] bounds, List<String> names) {
    List<String> categories = new java.util.ArrayList<>(names);
    categories.add(Dimension.UNKNOWN);
    return new Dimension(key,
        day -> Dimension.bands("(" + LocalDate.ofEpochDay(day).getYear() + " - birth_year)", bounds, names),
        List.copyOf(categories), false, "#group+age", code -> "+" + code);
  }

  /** How long a case has been (or was, when closed) open: under a month, 1–3, 3–6, 6–12 months, a year or more. */
  public static final Dimension CASE_DURATION = new Dimension("case_duration",
      day -> Dimension.bands("(coalesce(closed_day, " + day + ") - registered_day)", new int[] {30, 91, 182, 365},
          List.of("under_1_month", "months_1_3", "months_3_6", "months_6_12", "year_1_plus")),
      List.of("under_1_month", "months_1_3", "months_3_6", "months_6_12", "year_1_plus"), false,
      "#indicator+duration+code", Dimension::attribute);

  public static final Dimension OPEN_OR_CLOSED = new Dimension("open_or_closed",
      day -> "case when closed_day is null then 'open' else 'closed' end", List.of("open", "closed"), false,
      "#status+case+code", Dimension::attribute);

  public static final Dimension TRACING_STATUS = Dimension.column("tracing_status", "status",
      List.of("open", "tracing_in_progress", "verified", "reunified", "closed"), "#status+tracing+code");

  public static final Dimension MATCH_STATUS = Dimension.column("match_status", "status",
      List.of("pending", "confirmed", "rejected"), "#status+match+code");

  /** Days from the tracing request to the confirmation of a match. */
  public static final Dimension DAYS_TO_CONFIRMATION = new Dimension("days_to_confirmation",
      day -> Dimension.bands("(confirmed_day - request_filed_day)", new int[] {8, 31, 91, 181},
          List.of("days_0_7", "days_8_30", "days_31_90", "days_91_180", "days_181_plus")),
      List.of("days_0_7", "days_8_30", "days_31_90", "days_91_180", "days_181_plus"), false,
      "#indicator+days_to_confirmation+code", Dimension::attribute);

  // Facts of the other modules' records on a case (report_case_items): the category and status columns.

  public static final Dimension SCREENING_FLAG = Dimension.column("screening_flag", "category",
      List.of("trafficking_indicators", "exploitation_indicators"), "#indicator+screening_flag+code");

  public static final Dimension SERVICE_TYPE = Dimension.column("service_type", "category", List.of(),
      "#service+code");

  public static final Dimension SERVICE_STATUS = Dimension.column("service_status", "status",
      List.of("planned", "in_progress", "completed", "cancelled"), "#status+service+code");

  public static final Dimension REFERRAL_STATUS = Dimension.column("referral_status", "status",
      List.of("in_progress", "accepted", "rejected", "revoked", "done"), "#status+referral+code");

  public static final Dimension SOLUTION_TYPE = Dimension.column("solution_type", "category", List.of(),
      "#indicator+durable_solution+code");

  public static final Dimension SOLUTION_STATUS = Dimension.column("solution_status", "status",
      List.of("identified", "in_preparation", "implementing", "completed", "cancelled"),
      "#status+durable_solution+code");

  public static final Dimension BID_OPTION = Dimension.column("bid_option", "category", List.of(),
      "#indicator+bid_option+code");

  public static final Dimension TASK_KIND = Dimension.column("task_kind", "category", List.of(),
      "#indicator+task+code");

  private static final List<String> REUNIFICATION_BANDS = List.of("days_0_30", "days_31_90", "days_91_180",
      "days_181_365", "days_366_plus");

  /** Days from the tracing request to the child's reunification. */
  public static final Dimension DAYS_TO_REUNIFICATION = new Dimension("days_to_reunification",
      day -> Dimension.bands("(at_day - start_day)", new int[] {31, 91, 181, 366}, REUNIFICATION_BANDS),
      REUNIFICATION_BANDS, false, "#indicator+days_to_reunification+code", Dimension::attribute);

  private static final List<String> OVERDUE_BANDS = List.of("days_1_7", "days_8_30", "days_31_plus");

  /** How long past due a task is on the day the table is as of (only overdue tasks are counted). */
  public static final Dimension DAYS_OVERDUE = new Dimension("days_overdue",
      day -> Dimension.bands("(" + day + " - at_day)", new int[] {8, 31}, OVERDUE_BANDS), OVERDUE_BANDS, false,
      "#indicator+days_overdue+code", Dimension::attribute);
}
