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
  private final double variety;

  Event(boolean request, Country country, int recordedDay, Culture culture, long familyKey, Dice dice,
      Variation variation) {
    this.request = request;
    this.country = country;
    this.recordedDay = recordedDay;
    this.familyKey = familyKey;
    this.dice = dice;
    this.variety = variation.variety();
    this.script = chooseScript(culture);
    this.cyrillicSystem = chooseCyrillicSystem();
    this.russianForms = cyrillicSystem == CyrillicLatin.System.RUSSIAN
        || (script == Script.CYRILLIC && country.iso3().equals("MDA") && departs(0.5));
    this.somaliOrthography = culture == Culture.SOMALI
        && departs(request ? (country.convention() == Convention.SOMALI ? 0.55 : 0.25) : 0.08);
    this.stripAccents = country.iso3().equals("USA") ? dice.chance(0.75)
        : dice.chance(country.convention() == Convention.SPANISH ? 0.12 : 0.5);
    this.typoRate = Math.min(0.9, (request ? 0.07 : 0.05) * variation.noise());
    int c = dice.weighted(68, 14, 13, 5);
    this.casing = Casing.values()[c];
  }

  /**
   * Whether this description departs from the plainest way of writing the child down, where the shipped data does
   * so with chance {@code p}; the variety of the dataset scales that chance.
   */
  boolean departs(double p) {
    return dice.chance(p * variety);
  }

  /** Whether this description keeps the plain form, where the shipped data keeps it with chance {@code p}. */
  boolean keeps(double p) {
    return dice.chance(variety == 1 ? p : 1 - (1 - p) * variety);
  }

  /**
   * One of several ways of writing something down, drawn with the given weights, the first being the plainest.
   * With less variety, the plainest is drawn more often; as shipped no extra draw is made, so the shipped data stay
   * byte-identical.
   */
  int form(int... weights) {
    if (variety < 1 && !dice.chance(variety)) return 0;
    return dice.weighted(weights);
  }

  private Script chooseScript(Culture culture) {
    Script own = culture.script;
    if (own == Script.LATIN) return Script.LATIN;
    if (own == Script.BURMESE) return departs(request && country.iso3().equals("MMR") ? 0.25 : 0.004)
        ? Script.BURMESE : Script.LATIN;
    boolean local = country.localScript() == own
        || (own == Script.PERSIAN && country.localScript() == Script.ARABIC);
    double p = request ? (local ? 0.3 : 0.04) : (local ? 0.22 : 0.0);
    if (own == Script.CYRILLIC && request && country.iso3().equals("UKR")) p = 0.4;
    return departs(p) ? own : Script.LATIN;
  }

  private CyrillicLatin.System chooseCyrillicSystem() {
    if (keeps(request ? 0.4 : 0.55)) return CyrillicLatin.System.NATIONAL;
    return switch (country.convention()) {
      case GERMAN, DUTCH -> dice.chance(0.7) ? CyrillicLatin.System.GERMAN : CyrillicLatin.System.BGN;
      case POLISH -> dice.chance(0.75) ? CyrillicLatin.System.POLISH : CyrillicLatin.System.BGN;
      case FRENCH -> dice.chance(0.7) ? CyrillicLatin.System.FRENCH : CyrillicLatin.System.BGN;
      case SLAVIC -> dice.chance(0.7) ? CyrillicLatin.System.CZECH : CyrillicLatin.System.RUSSIAN;
      default -> dice.chance(0.5) ? CyrillicLatin.System.BGN : CyrillicLatin.System.RUSSIAN;
    };
  }
}
