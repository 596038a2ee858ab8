package org.haven.synth;

import java.time.LocalDate;

/**
 * Dates of birth as they are really recorded: exact; 1 January for an unknown day and month; year only; only an
 * assessed age at the recording date; a year off; day and month swapped; or nothing. Documented children
 * (Ukrainian, Latin American) mostly have exact dates; children assessed by age mostly do not.
 */
final class DateRenderer {
  private static final int[] REG_DOCUMENTED = {75, 5, 5, 4, 5, 3, 3};
  private static final int[] REG_ARABIC = {50, 20, 10, 8, 6, 3, 3};
  private static final int[] REG_ASSESSED = {25, 32, 15, 15, 7, 2, 4};
  private static final int[] REQ_DOCUMENTED = {85, 2, 3, 3, 3, 2, 2};
  private static final int[] REQ_ARABIC = {60, 8, 12, 10, 5, 2, 3};
  private static final int[] REQ_ASSESSED = {35, 12, 18, 22, 6, 2, 5};

  void render(Child ch, Event ev, Description d) {
    Dice dice = ev.dice;
    LocalDate birth = LocalDate.ofEpochDay(ch.birthDay());
    LocalDate recorded = LocalDate.ofEpochDay(ev.recordedDay);
    int trueAge = ageAt(birth, recorded);
    double sd = ev.request ? 1.5 : 0.8;
    int assessed = Math.max(0, Math.min(19, (int) Math.round(trueAge + 0.5 + dice.gaussian() * sd)));
    int[] weights = switch (ch.culture()) {
      case UKRAINIAN, LATIN_AMERICAN -> ev.request ? REQ_DOCUMENTED : REG_DOCUMENTED;
      case ARABIC -> ev.request ? REQ_ARABIC : REG_ARABIC;
      default -> ev.request ? REQ_ASSESSED : REG_ASSESSED;
    };
    int year = birth.getYear();
    if (ch.family().route().nationality().equals("ETH") && ev.departs(0.03)) {
      year -= 8;
    }
    switch (ev.form(weights)) {
      case 0 -> {
        d.dateOfBirth = iso(year, birth.getMonthValue(), birth.getDayOfMonth());
        if (!ev.request && dice.chance(0.2)) d.ageYears = Integer.toString(trueAge);
      }
      case 1 -> d.dateOfBirth = iso(dice.chance(0.5) ? year : recorded.getYear() - assessed, 1, 1);
      case 2 -> d.dateOfBirth = Integer.toString(dice.chance(0.7) ? year : recorded.getYear() - assessed);
      case 3 -> d.ageYears = Integer.toString(assessed);
      case 4 -> {
        int day = Math.min(28, birth.getDayOfMonth());
        int typed = year + (dice.chance(0.5) ? 1 : -1);
        // A form refuses a birth date after the day it is filled in: that slip is typed one year back.
        if (LocalDate.of(typed, birth.getMonthValue(), day).isAfter(recorded)) {
          typed = year - 1;
        }
        d.dateOfBirth = iso(typed, birth.getMonthValue(), day);
      }
      case 5 -> d.dateOfBirth = birth.getDayOfMonth() <= 12
          && !LocalDate.of(year, birth.getDayOfMonth(), birth.getMonthValue()).isAfter(recorded)
          ? iso(year, birth.getDayOfMonth(), birth.getMonthValue())
          : iso(year, birth.getMonthValue(), birth.getDayOfMonth());
      default -> { }
    }
  }

  static int ageAt(LocalDate birth, LocalDate on) {
    int age = on.getYear() - birth.getYear();
    if (on.getDayOfYear() < birth.getDayOfYear()) age--;
    return Math.max(0, age);
  }

  static String iso(int year, int month, int day) {
    char[] c = new char[10];
    c[0] = (char) ('0' + year / 1000 % 10);
    c[1] = (char) ('0' + year / 100 % 10);
    c[2] = (char) ('0' + year / 10 % 10);
    c[3] = (char) ('0' + year % 10);
    c[4] = '-';
    c[5] = (char) ('0' + month / 10);
    c[6] = (char) ('0' + month % 10);
    c[7] = '-';
    c[8] = (char) ('0' + day / 10);
    c[9] = (char) ('0' + day % 10);
    return new String(c);
  }

  static String iso(int epochDay) {
    LocalDate d = LocalDate.ofEpochDay(epochDay);
    return iso(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }
}
