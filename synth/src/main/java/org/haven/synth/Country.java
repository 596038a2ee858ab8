package org.haven.synth;

/** A country where descriptions are taken. */
record Country(String iso3, Convention convention, Script localScript) {}
