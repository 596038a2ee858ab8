package org.haven.synth;

/** Everything of a description besides names and birth date: sex, nationality, origin, separation, recording. */
final class DescriptionRenderer {
  private final NameRenderer names = new NameRenderer();
  private final DateRenderer dates = new DateRenderer();

  Description render(String recordId, Child ch, Event ev) {
    Dice dice = ev.dice;
    Description d = new Description();
    d.recordId = recordId;
    names.render(ch, ev, d);
    dates.render(ch, ev, d);
    d.sex = sex(ch, ev);
    d.nationality = nationality(ch, ev);
    if (dice.chance(ev.request ? 0.7 : 0.8)) d.placeOfOrigin = place(ch.family().place(), ev);
    Family f = ch.family();
    if (dice.chance(ev.request ? 0.7 : 0.4)) {
      int day = Math.min(ev.recordedDay, f.separationDay() + dice.between(ev.request ? -90 : -45, ev.request ? 90 : 45));
      String iso = DateRenderer.iso(day);
      d.separationDate = dice.chance(0.2) ? iso.substring(0, 7) : iso;
    }
    if (dice.chance(ev.request ? 0.7 : 0.45)) d.separationPlace = place(f.separationPlace(), ev);
    d.recordedOn = DateRenderer.iso(ev.recordedDay);
    d.recordedIn = ev.country.iso3();
    return d;
  }

  private static String sex(Child ch, Event ev) {
    Dice dice = ev.dice;
    if (dice.chance(0.015)) return dice.chance(0.5) ? "unknown" : "";
    boolean male = dice.chance(0.006) != ch.male();
    int form = dice.weighted(82, 10, 8);
    return switch (form) {
      case 0 -> male ? "male" : "female";
      case 1 -> male ? "m" : "f";
      default -> male ? "M" : "F";
    };
  }

  private static String nationality(Child ch, Event ev) {
    Dice dice = ev.dice;
    String nat = ch.family().route().nationality();
    if (dice.chance(ev.request ? 0.3 : 0.08)) return "";
    return switch (nat) {
      case "ERI" -> ev.departs(0.1) ? "ETH" : nat;
      case "ETH" -> ev.departs(0.1) ? "ERI" : nat;
      case "MMR" -> dice.chance(0.5) ? "" : ev.departs(0.15) ? "BGD" : nat;
      default -> nat;
    };
  }

  /** A spelling of the place: in the event's script if one exists, otherwise mostly the usual one. */
  private static String place(String[] spellings, Event ev) {
    Dice dice = ev.dice;
    if (spellings.length == 0 || spellings[0].isEmpty()) return "";
    if (ev.script != Script.LATIN) {
      for (String s : spellings) if (ev.script.writes(s)) return s;
    }
    String s = spellings[0];
    if (spellings.length > 1 && !ev.keeps(0.45)) {
      String candidate = spellings[1 + dice.below(spellings.length - 1)];
      if (Script.LATIN.writes(candidate)) s = candidate;
    }
    if (ev.stripAccents) s = Text.stripAccents(s);
    return dice.chance(0.04) ? Typos.apply(s, dice) : s;
  }
}
