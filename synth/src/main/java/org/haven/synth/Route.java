package org.haven.synth;

import java.util.List;

/** Where children of one nationality are registered and where their families file tracing requests from. */
record Route(String nationality, Culture culture, Weighted<Country> registeredIn, Weighted<Country> requestsFiledIn,
             List<String[]> separationPlaces, Weighted<String[]> placesOfOrigin) {}
