package org.haven.synth;

import java.time.LocalDate;

/** Draws lineages, families and children with realistic frequencies. */
final class PersonFactory {
  static final int FIRST_SEPARATION = (int) LocalDate.of(2021, 6, 1).toEpochDay();
  static final int LAST_SEPARATION = (int) LocalDate.of(2026, 6, 30).toEpochDay();
  static final int LAST_RECORD = (int) LocalDate.of(2026, 11, 15).toEpochDay();
  private static final long LINEAGE_SALT = 11;
  /** Unaccompanied and separated children are mostly adolescents; weights for ages 0..17 at separation. */
  private static final int[] AGE_WEIGHTS = {2, 2, 2, 3, 3, 4, 4, 4, 5, 5, 6, 7, 8, 9, 12, 14, 15, 14};

  private final Vocabulary vocabulary;
  private final long seed;

  PersonFactory(Vocabulary vocabulary, long seed) {
    this.vocabulary = vocabulary;
    this.seed = seed;
  }

  Lineage lineage(long key) {
    Dice dice = new Dice(Dice.derive(seed, key, LINEAGE_SALT));
    Route route = vocabulary.routes().draw(dice);
    Culture c = route.culture();
    NameEntry grandfather = male(c, dice);
    NameEntry family = switch (c) {
      case ARABIC -> dice.chance(route.nationality().equals("SDN") ? 0.3 : 0.92) ? surname(c, dice) : null;
      case AFGHAN -> dice.chance(0.45) ? surname(c, dice) : null;
      case UKRAINIAN, LATIN_AMERICAN -> surname(c, dice);
      default -> null;
    };
    NameEntry fathersMother = c == Culture.LATIN_AMERICAN ? surname(c, dice) : null;
    String[] place = route.placesOfOrigin().isEmpty() ? new String[] {""} : route.placesOfOrigin().draw(dice);
    return new Lineage(key, route, grandfather, family, fathersMother, place);
  }

  Family family(Dice dice, long key, Lineage lineage) {
    Culture c = lineage.culture();
    Route route = lineage.route();
    NameEntry father = male(c, dice);
    NameEntry mother = female(c, dice);
    NameEntry mothersFather = male(c, dice);
    NameEntry mothersFamily = switch (c) {
      case ARABIC, AFGHAN -> dice.chance(0.3) && lineage.familyName() != null ? lineage.familyName()
          : (dice.chance(0.7) ? surname(c, dice) : null);
      case UKRAINIAN -> dice.chance(0.8) ? lineage.familyName() : surname(c, dice);
      case LATIN_AMERICAN -> surname(c, dice);
      default -> null;
    };
    NameEntry mothersSecond = c == Culture.LATIN_AMERICAN ? surname(c, dice) : null;
    String[] place = dice.chance(0.9) || route.placesOfOrigin().isEmpty() ? lineage.place()
        : route.placesOfOrigin().draw(dice);
    int separation = dice.between(FIRST_SEPARATION, LAST_SEPARATION);
    String[] separationPlace = route.separationPlaces().get(dice.below(route.separationPlaces().size()));
    Country first = route.registeredIn().draw(dice);
    int firstRegistration = Math.min(LAST_RECORD, separation + dice.between(2, 120));
    return new Family(key, lineage, father, mother, mothersFather, mothersFamily, mothersSecond, place, separation,
        separationPlace, first, firstRegistration);
  }

  /** A child of the family; {@code elderBirthDay} (or -1) places siblings one to four years apart, or as twins. */
  Child child(Dice dice, Family family, int elderBirthDay) {
    Culture c = family.culture();
    boolean male = dice.chance(c == Culture.AFGHAN || c == Culture.HORN ? 0.72 : 0.6);
    NameEntry given = male ? male(c, dice) : female(c, dice);
    NameEntry second = c == Culture.LATIN_AMERICAN && dice.chance(0.5) ? (male ? male(c, dice) : female(c, dice)) : null;
    int birth;
    int oldest = family.separationDay() - 18 * 365 + 5;
    int youngest = family.separationDay() - 30;
    if (elderBirthDay < 0) {
      int age = dice.weighted(AGE_WEIGHTS);
      birth = family.separationDay() - age * 365 - dice.below(365);
    } else if (dice.chance(0.05)) {
      birth = elderBirthDay;
    } else {
      int gap = dice.between(1, 4) * 365 + dice.between(-120, 120);
      birth = dice.chance(0.5) ? elderBirthDay + gap : elderBirthDay - gap;
      if (birth > youngest || birth < oldest) birth = elderBirthDay + (birth > youngest ? -gap : gap);
    }
    birth = Math.max(oldest, Math.min(youngest, birth));
    return new Child(family, male, given, second, birth);
  }

  NameEntry male(Culture c, Dice dice) {
    return vocabulary.names(c, Vocabulary.Kind.MALE).draw(dice);
  }

  NameEntry female(Culture c, Dice dice) {
    return vocabulary.names(c, Vocabulary.Kind.FEMALE).draw(dice);
  }

  NameEntry surname(Culture c, Dice dice) {
    Weighted<NameEntry> w = vocabulary.names(c, Vocabulary.Kind.FAMILY);
    return w.isEmpty() ? null : w.draw(dice);
  }
}
