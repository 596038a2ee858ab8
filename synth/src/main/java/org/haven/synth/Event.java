package org.haven.synth;

/**
 * One occasion on which a child is described: a registration by staff in some country, or a tracing request filed
 * by a parent or relative. It fixes the habits that shape every field of that description.
 */
final class Event {
  enum Casing { TITLE, UPPER, UPPER_FAMILY, LOWER }

  final boolean request;
  final Country country;
  final int recordedDay;
  final Script script;
  final CyrillicLatin.System cyrillicSystem;
  final boolean russianForms;
  final boolean somaliOrthography;
  final boolean stripAccents;
  final double typoRate;
  final Casing casing;
  final long familyKey;
  final Dice dice;

  Event(boolean request, Country country, int recordedDay, Culture culture, long familyKey, Dice dice) {
    this(request, country, recordedDay, culture, familyKey, dice, 1.0);
  }

  Event(boolean request, Country country, int recordedDay, Culture culture, long familyKey, Dice dice,
      double noise) {
    this.request = request;
    this.country = country;
    this.recordedDay = recordedDay;
    this.familyKey = familyKey;
    this.dice = dice;
    this.script = chooseScript(request, country, culture, dice);
    this.cyrillicSystem = chooseCyrillicSystem(request, country, dice);
    this.russianForms = cyrillicSystem == CyrillicLatin.System.RUSSIAN
        || (script == Script.CYRILLIC && country.iso3().equals("MDA") && dice.chance(0.5));
    this.somaliOrthography = culture == Culture.SOMALI
        && dice.chance(request ? (country.convention() == Convention.SOMALI ? 0.55 : 0.25) : 0.08);
    this.stripAccents = country.iso3().equals("USA") ? dice.chance(0.75)
        : dice.chance(country.convention() == Convention.SPANISH ? 0.12 : 0.5);
    this.typoRate = Math.min(0.9, (request ? 0.07 : 0.05) * noise);
    int c = dice.weighted(68, 14, 13, 5);
    this.casing = Casing.values()[c];
  }

  private static Script chooseScript(boolean request, Country country, Culture culture, Dice dice) {
    Script own = culture.script;
    if (own == Script.LATIN) return Script.LATIN;
    if (own == Script.BURMESE) return dice.chance(request && country.iso3().equals("MMR") ? 0.25 : 0.004)
        ? Script.BURMESE : Script.LATIN;
    boolean local = country.localScript() == own
        || (own == Script.PERSIAN && country.localScript() == Script.ARABIC);
    double p = request ? (local ? 0.3 : 0.04) : (local ? 0.22 : 0.0);
    if (own == Script.CYRILLIC && request && country.iso3().equals("UKR")) p = 0.4;
    return dice.chance(p) ? own : Script.LATIN;
  }

  private static CyrillicLatin.System chooseCyrillicSystem(boolean request, Country country, Dice dice) {
    if (dice.chance(request ? 0.4 : 0.55)) return CyrillicLatin.System.NATIONAL;
    return switch (country.convention()) {
      case GERMAN, DUTCH -> dice.chance(0.7) ? CyrillicLatin.System.GERMAN : CyrillicLatin.System.BGN;
      case POLISH -> dice.chance(0.75) ? CyrillicLatin.System.POLISH : CyrillicLatin.System.BGN;
      case FRENCH -> dice.chance(0.7) ? CyrillicLatin.System.FRENCH : CyrillicLatin.System.BGN;
      case SLAVIC -> dice.chance(0.7) ? CyrillicLatin.System.CZECH : CyrillicLatin.System.RUSSIAN;
      default -> dice.chance(0.5) ? CyrillicLatin.System.BGN : CyrillicLatin.System.RUSSIAN;
    };
  }
}
