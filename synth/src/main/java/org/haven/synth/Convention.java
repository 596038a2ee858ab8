package org.haven.synth;

/** Transliteration habits of the staff of a registering country. */
enum Convention {
  ENGLISH, FRENCH, GERMAN, DUTCH, TURKISH, ITALIAN, SPANISH, SLAVIC, POLISH, SOMALI
}
