package org.haven.synth;

/**
 * Turns a child's true name parts into the name fields of one description, following the naming structure of the
 * child's culture and the recording practices of whoever takes the description: patronymics recorded as family
 * names, parts dropped or merged, given and family name swapped, spellings and scripts varying.
 */
final class NameRenderer {
  private static final String SUN_LETTERS = "tdrzsn";

  void render(Child child, Event ev, Description d) {
    switch (child.culture()) {
      case ARABIC -> arabic(child, ev, d);
      case AFGHAN -> afghan(child, ev, d);
      case HORN, SOMALI -> threeGenerations(child, ev, d);
      case UKRAINIAN -> ukrainian(child, ev, d);
      case LATIN_AMERICAN -> latinAmerican(child, ev, d);
      case ROHINGYA -> rohingya(child, ev, d);
    }
    Dice dice = ev.dice;
    if (child.culture() != Culture.UKRAINIAN && ev.departs(0.05) && !d.familyName.isEmpty()) {
      String g = d.givenName;
      d.givenName = d.familyName;
      d.familyName = g;
    }
    if (ev.departs(ev.request ? 0.1 : 0.03) && child.given().nicknames().length > 0) {
      String nick = nickname(child, ev);
      if (ev.request || dice.chance(0.3)) d.otherNames = Text.join(d.otherNames, nick);
      else d.givenName = nick;
    }
    applyCasing(ev, d);
  }

  private void arabic(Child ch, Event ev, Description d) {
    Dice dice = ev.dice;
    Family f = ch.family();
    Culture c = Culture.ARABIC;
    String g = spell(ch.given(), c, ev);
    String fa = spell(f.father(), c, ev);
    String gf = spell(f.lineage().grandfather(), c, ev);
    String fam = f.lineage().familyName() == null ? "" : surname(f.lineage().familyName(), c, ev);
    int pattern = ev.request ? ev.form(50, 10, 0, 25, 0, 15) : ev.form(40, 18, 10, 20, 6, 6);
    switch (pattern) {
      case 0 -> { d.givenName = g; d.familyName = fam.isEmpty() ? fa : fam;
        d.otherNames = fam.isEmpty() ? (dice.chance(0.5) ? gf : "") : (dice.chance(0.5) ? Text.join(fa, gf) : fa); }
      case 1 -> { d.givenName = g; d.familyName = fa; d.otherNames = dice.chance(0.4) ? fam : ""; }
      case 2 -> { d.givenName = Text.join(g, fa); d.familyName = fam.isEmpty() ? gf : fam; }
      case 3 -> { d.givenName = g; d.familyName = fam.isEmpty() ? fa : fam; }
      case 4 -> { d.givenName = g; d.familyName = gf; }
      default -> { d.givenName = Text.join(g, fa, gf, fam); d.familyName = ""; }
    }
    if (ev.departs(ev.request ? 0.03 : 0.08)) d.familyName = "";
    if (dice.chance(ev.request ? 0.85 : 0.45)) {
      d.fatherName = ch.male() && dice.chance(0.04) ? "Abu " + g
          : dice.chance(0.5) ? Text.join(fa, gf, fam) : Text.join(fa, fam);
    }
    if (dice.chance(ev.request ? 0.8 : 0.35)) {
      d.motherName = Text.join(spell(f.mother(), c, ev), f.mothersFamilyName() != null && dice.chance(0.6)
          ? surname(f.mothersFamilyName(), c, ev) : spell(f.mothersFather(), c, ev));
    }
  }

  private void afghan(Child ch, Event ev, Description d) {
    Dice dice = ev.dice;
    Family f = ch.family();
    Culture c = Culture.AFGHAN;
    String g = spell(ch.given(), c, ev);
    String fa = spell(f.father(), c, ev);
    String gf = spell(f.lineage().grandfather(), c, ev);
    String fam = f.lineage().familyName() == null ? "" : spell(f.lineage().familyName(), c, ev);
    int pattern = ev.request ? ev.form(60, 15, 20, 5, 0) : ev.form(45, 20, 15, 10, 10);
    switch (pattern) {
      case 0 -> { d.givenName = g; d.familyName = !fam.isEmpty() && dice.chance(0.7) ? fam : fa; }
      case 1 -> { d.givenName = g; d.familyName = ""; }
      case 2 -> { d.givenName = g; d.familyName = fa; d.otherNames = dice.chance(0.5) ? fam : ""; }
      case 3 -> { d.givenName = Text.join(g, fa); d.familyName = fam; }
      default -> { d.givenName = g; d.familyName = gf; }
    }
    if (dice.chance(ev.request ? 0.85 : 0.55)) {
      int form = ev.form(60, 15, 10, 15);
      d.fatherName = switch (form) {
        case 0 -> fa;
        case 1 -> fa + " s/o " + gf;
        case 2 -> fa + " walad-e " + gf;
        default -> Text.join(fa, fam);
      };
    }
    if (dice.chance(ev.request ? 0.6 : 0.25)) d.motherName = spell(f.mother(), c, ev);
  }

  private void threeGenerations(Child ch, Event ev, Description d) {
    Dice dice = ev.dice;
    Family f = ch.family();
    Culture c = ch.culture();
    String g = spell(ch.given(), c, ev);
    String fa = spell(f.father(), c, ev);
    String gf = spell(f.lineage().grandfather(), c, ev);
    int pattern = ev.request ? ev.form(65, 5, 10, 10, 10) : ev.form(60, 12, 10, 10, 8);
    switch (pattern) {
      case 0 -> { d.givenName = g; d.familyName = fa; d.otherNames = dice.chance(0.5) ? gf : ""; }
      case 1 -> { d.givenName = g; d.familyName = gf; }
      case 2 -> { d.givenName = Text.join(g, fa); d.familyName = gf; }
      case 3 -> { d.givenName = g; d.familyName = Text.join(fa, gf); }
      default -> { d.givenName = g; d.familyName = ""; d.otherNames = Text.join(fa, gf); }
    }
    if (dice.chance(ev.request ? 0.8 : 0.4)) d.fatherName = dice.chance(0.6) ? Text.join(fa, gf) : fa;
    if (dice.chance(ev.request ? 0.75 : 0.35)) {
      d.motherName = Text.join(spell(f.mother(), c, ev), spell(f.mothersFather(), c, ev));
    }
  }

  private void ukrainian(Child ch, Event ev, Description d) {
    Dice dice = ev.dice;
    Family f = ch.family();
    NameEntry surname = f.lineage().familyName();
    String given = cyrillic(ch.given().latin(), ch.given().nativeForm(), ev);
    String patronymic = cyrillic(UkrainianForms.patronymicUkrainian(f.father().latin(), ch.male()),
        UkrainianForms.patronymicRussian(f.father().nativeForm(), ch.male()), ev);
    String family = cyrillic(UkrainianForms.surname(surname.latin(), ch.male()),
        UkrainianForms.surname(surname.nativeForm(), ch.male()), ev);
    int pattern = ev.request ? ev.form(55, 30, 5, 6, 4) : ev.form(60, 25, 5, 4, 6);
    switch (pattern) {
      case 0 -> { d.givenName = given; d.familyName = family; d.otherNames = patronymic; }
      case 1 -> { d.givenName = given; d.familyName = family; }
      case 2 -> { d.givenName = Text.join(given, patronymic); d.familyName = family; }
      case 3 -> { d.givenName = family; d.familyName = given; d.otherNames = patronymic; }
      default -> { d.givenName = given; d.familyName = patronymic; d.otherNames = family; }
    }
    String fatherGiven = cyrillic(f.father().latin(), f.father().nativeForm(), ev);
    if (dice.chance(ev.request ? 0.7 : 0.3)) {
      d.fatherName = dice.chance(0.6) ? Text.join(fatherGiven, cyrillic(surname.latin(), surname.nativeForm(), ev))
          : Text.join(cyrillic(surname.latin(), surname.nativeForm(), ev), fatherGiven,
              cyrillic(UkrainianForms.patronymicUkrainian(f.lineage().grandfather().latin(), true),
                  UkrainianForms.patronymicRussian(f.lineage().grandfather().nativeForm(), true), ev));
    }
    if (dice.chance(ev.request ? 0.75 : 0.35)) {
      NameEntry maiden = f.mothersFamilyName() == null ? surname : f.mothersFamilyName();
      d.motherName = Text.join(cyrillic(f.mother().latin(), f.mother().nativeForm(), ev),
          cyrillic(UkrainianForms.surname(maiden.latin(), false), UkrainianForms.surname(maiden.nativeForm(), false), ev));
    }
  }

  private void latinAmerican(Child ch, Event ev, Description d) {
    Dice dice = ev.dice;
    Family f = ch.family();
    Culture c = Culture.LATIN_AMERICAN;
    String g1 = spell(ch.given(), c, ev);
    String g2 = ch.secondGiven() == null ? "" : spell(ch.secondGiven(), c, ev);
    String paternal = spell(f.lineage().familyName(), c, ev);
    String maternal = spell(f.mothersFamilyName(), c, ev);
    boolean us = ev.country.iso3().equals("USA");
    int pattern = us ? ev.form(35, 35, 10, 10, 10) : ev.form(70, 20, 3, 2, 5);
    String given = !g2.isEmpty() && dice.chance(us ? 0.4 : 0.75) ? Text.join(g1, g2) : g1;
    switch (pattern) {
      case 0 -> { d.givenName = given; d.familyName = paternal; if (us && !g2.isEmpty()) d.otherNames = g2; }
      case 1 -> { d.givenName = given; d.familyName = Text.join(paternal, maternal); }
      case 2 -> { d.givenName = given; d.familyName = paternal + "-" + maternal; }
      case 3 -> { d.givenName = given; d.familyName = maternal; d.otherNames = paternal; }
      default -> { d.givenName = Text.join(given, paternal); d.familyName = maternal; }
    }
    if (dice.chance(ev.request ? 0.7 : 0.35)) {
      d.fatherName = Text.join(spell(f.father(), c, ev), paternal,
          dice.chance(0.5) ? spell(f.lineage().fathersMotherSurname(), c, ev) : "");
    }
    if (dice.chance(ev.request ? 0.75 : 0.4)) {
      d.motherName = Text.join(spell(f.mother(), c, ev), maternal,
          dice.chance(0.5) ? spell(f.mothersSecondSurname(), c, ev) : "");
    }
  }

  private void rohingya(Child ch, Event ev, Description d) {
    Dice dice = ev.dice;
    Family f = ch.family();
    Culture c = Culture.ROHINGYA;
    String name = spell(ch.given(), c, ev);
    String father = spell(f.father(), c, ev);
    int pattern = ev.form(55, 25, 12, 8);
    int space = name.indexOf(' ');
    switch (pattern) {
      case 0 -> d.givenName = name;
      case 1 -> { d.givenName = space > 0 ? name.substring(0, space) : name;
        d.familyName = space > 0 ? name.substring(space + 1) : ""; }
      case 2 -> { d.givenName = name; d.familyName = father; }
      default -> { d.givenName = name; d.otherNames = father; }
    }
    if (dice.chance(ev.request ? 0.8 : 0.5)) d.fatherName = father;
    if (dice.chance(ev.request ? 0.7 : 0.3)) d.motherName = spell(f.mother(), c, ev);
  }

  /** A name as this event writes it: original script, native orthography, or a romanisation with noise. */
  String spell(NameEntry e, Culture c, Event ev) {
    if (e == null) return "";
    Dice dice = ev.dice;
    String s;
    if (ev.script != Script.LATIN && c != Culture.UKRAINIAN) {
      s = switch (c) {
        case HORN -> EthiopicScript.write(e.latin());
        case ARABIC, AFGHAN, ROHINGYA -> e.hasNative() ? e.nativeForm() : null;
        default -> null;
      };
      if (s != null) return dice.chance(ev.typoRate / 2) ? Typos.apply(s, dice) : s;
    }
    if (c == Culture.UKRAINIAN) return cyrillic(e.latin(), e.nativeForm(), ev);
    if (ev.somaliOrthography && e.hasNative()) {
      s = e.nativeForm();
    } else if (ev.departs(ev.request ? 0.6 : 0.3)) {
      s = e.familySpelling(ev.familyKey);
    } else {
      s = e.variants().length == 0 || ev.keeps(0.5) ? e.latin() : dice.pick(e.variants());
    }
    if (c == Culture.LATIN_AMERICAN) {
      if (ev.stripAccents) s = Text.stripAccents(s);
    } else if (ev.departs(0.7)) {
      s = LatinSpelling.respell(s, ev.country.convention(), dice);
    }
    return dice.chance(ev.typoRate) ? Typos.apply(s, dice) : s;
  }

  private String surname(NameEntry e, Culture c, Event ev) {
    String s = spell(e, c, ev);
    if (ev.script != Script.LATIN || s.length() < 4) return s;
    String lower = s.toLowerCase();
    if (!lower.startsWith("al-") && !lower.startsWith("el-")) return s;
    String rest = s.substring(3);
    Dice dice = ev.dice;
    boolean french = ev.country.convention() == Convention.FRENCH;
    return switch (ev.form(22, 14, 14, french ? 16 : 5, 22, 7, 5)) {
      case 0 -> "al-" + rest;
      case 1 -> "Al-" + rest;
      case 2 -> "Al " + rest;
      case 3 -> dice.chance(0.5) ? "El-" + rest : "El " + rest;
      case 4 -> rest;
      case 5 -> "Al" + rest.toLowerCase();
      default -> assimilated(rest);
    };
  }

  /** The article assimilated to a following sun letter, as in at-Tamimi or ash-Shami. */
  private static String assimilated(String rest) {
    if (rest.isEmpty()) return rest;
    char first = Character.toLowerCase(rest.charAt(0));
    if (SUN_LETTERS.indexOf(first) < 0) return "al-" + rest;
    String sound = rest.toLowerCase().startsWith("sh") ? "sh" : rest.toLowerCase().startsWith("th") ? "th"
        : String.valueOf(first);
    return "a" + sound + "-" + rest;
  }

  private String cyrillic(String ukrainian, String russian, Event ev) {
    String source = ev.russianForms && !russian.isEmpty() ? russian : ukrainian;
    if (ev.script == Script.CYRILLIC) return ev.dice.chance(ev.typoRate / 2) ? Typos.apply(source, ev.dice) : source;
    String s = CyrillicLatin.romanise(source, ev.cyrillicSystem);
    if (ev.cyrillicSystem != CyrillicLatin.System.NATIONAL && s.contains("ks") && ev.departs(0.3)) {
      s = s.replace("ks", "x");
    }
    return ev.dice.chance(ev.typoRate) ? Typos.apply(s, ev.dice) : s;
  }

  private String nickname(Child ch, Event ev) {
    String nick = ev.dice.pick(ch.given().nicknames());
    if (ch.culture() == Culture.UKRAINIAN) return cyrillic(nick, "", ev);
    return nick;
  }

  private static void applyCasing(Event ev, Description d) {
    switch (ev.casing) {
      case UPPER -> { d.givenName = d.givenName.toUpperCase(); d.familyName = d.familyName.toUpperCase();
        d.otherNames = d.otherNames.toUpperCase(); d.fatherName = d.fatherName.toUpperCase();
        d.motherName = d.motherName.toUpperCase(); }
      case UPPER_FAMILY -> d.familyName = d.familyName.toUpperCase();
      case LOWER -> { d.givenName = d.givenName.toLowerCase(); d.familyName = d.familyName.toLowerCase(); }
      default -> { }
    }
  }
}
