package org.haven.synth;

/**
 * One name as a family of spellings. {@code latin} is the usual English-style spelling (for Ukrainian names the
 * Ukrainian Cyrillic form); {@code nativeForm} is the name in the culture's own writing (Arabic or Perso-Arabic
 * script, Somali orthography, Burmese script, or the Russian Cyrillic form of a Ukrainian name), possibly empty.
 */
record NameEntry(int id, String latin, String nativeForm, String[] variants, String[] nicknames) {

  boolean hasNative() {
    return !nativeForm.isEmpty();
  }

  /** The spelling a given family habitually uses: stable for the family, so its own requests agree with each other. */
  String familySpelling(long familyKey) {
    if (variants.length == 0) return latin;
    long h = Dice.mix(familyKey * 31 + id);
    if ((h & 3) != 0) return latin;
    return variants[(int) ((h >>> 2) % variants.length)];
  }
}
