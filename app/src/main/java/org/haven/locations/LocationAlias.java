package org.haven.locations;

/** Another name of a unit: in a language (ISO 639 code of the HXL +i_xx attribute) or, when null, a spelling variant. */
public record LocationAlias(String name, String language) {}
