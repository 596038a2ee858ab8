package org.haven.synth;

/** The true description of one child, from which every registration and tracing request is derived. */
record Child(Family family, boolean male, NameEntry given, NameEntry secondGiven, int birthDay) {

  Culture culture() {
    return family.culture();
  }
}
