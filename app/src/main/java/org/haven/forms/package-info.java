/**
 * Form and lookup definitions as data. The standard child-protection registration form and its lookups
 * (Primero codes, labels in English, French, Arabic and Spanish) ship as resources under {@code forms/};
 * a deployment adds fields and lookup values through the API, stored in the database and merged over the
 * defaults. Fields marked core are typed columns of the cases module and are described here so that
 * clients can render them; every other field lives in a case's {@code fields} object and is validated by
 * {@link org.haven.forms.FormConfiguration#validateCustomFields}. The root package is the module's API;
 * {@code persistence} and {@code web} are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Forms and lookups")
package org.haven.forms;
