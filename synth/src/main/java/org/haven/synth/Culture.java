package org.haven.synth;

/** Naming cultures: each has its own structure of name parts, see {@link NameRenderer}. */
enum Culture {
  /** Syrian, Iraqi, Sudanese: ism + nasab (father, grandfather) + laqab/nisba family name, often al-. */
  ARABIC("arabic", Script.ARABIC),
  /** Afghan: often a single name; the father's name is used as surname; tribal names sometimes. */
  AFGHAN("afghan", Script.PERSIAN),
  /** Eritrean and Ethiopian: given + father + grandfather, no family name. */
  HORN("horn", Script.ETHIOPIC),
  /** Somali: given + father + grandfather, official orthography with c and x. */
  SOMALI("somali", Script.LATIN),
  /** Ukrainian: given + patronymic + surname, Cyrillic with competing transliterations. */
  UKRAINIAN("ukrainian", Script.CYRILLIC),
  /** Central and South American: one or two given names, paternal + maternal surname. */
  LATIN_AMERICAN("latam", Script.LATIN),
  /** Rohingya: a personal name only, no family name. */
  ROHINGYA("rohingya", Script.BURMESE);

  final String resourcePrefix;
  final Script script;

  Culture(String resourcePrefix, Script script) {
    this.resourcePrefix = resourcePrefix;
    this.script = script;
  }
}
