package org.haven.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.haven.forms.FieldDefinition;
import org.haven.forms.FormConfiguration;
import org.haven.forms.LookupValue;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Labels of lookup values and form fields in the user's language, from the form configuration in force
 * (so a deployment's own values and translations show as configured). Templates call it as
 * {@code @labels}.
 */
@Component("labels")
public class LookupLabels {
  public record Option(String code, String label) {}

  private final FormConfiguration forms;

  LookupLabels(FormConfiguration forms) {
    this.forms = forms;
  }

  /** The label of a code in a lookup; the code itself when the lookup no longer has it. */
  public String of(String lookupId, String code) {
    if (code == null) {
      return null;
    }
    return forms.lookup(lookupId).flatMap(l -> l.value(code)).map(v -> pick(v.labels())).orElse(code);
  }

  public List<String> all(String lookupId, List<String> codes) {
    return codes == null ? List.of() : codes.stream().map(c -> of(lookupId, c)).toList();
  }

  public List<Option> options(String lookupId) {
    return forms.lookup(lookupId).map(l -> l.values().stream().map(this::option).toList()).orElse(List.of());
  }

  /** The label of a registration form field, by key or dotted path into a subform ({@code family.name}). */
  public String field(String path) {
    List<FieldDefinition> fields = forms.registrationForm().fields();
    Optional<FieldDefinition> found = Optional.empty();
    for (String key : path.split("\\.")) {
      found = fields.stream().filter(f -> f.key().equals(key)).findFirst();
      if (found.isEmpty()) {
        return path;
      }
      fields = found.get().fields() == null ? List.of() : found.get().fields();
    }
    return found.map(f -> pick(f.labels())).orElse(path);
  }

  /** A moment as the pages show it, in UTC so that field teams in different time zones read the same. */
  public String when(java.time.Instant at) {
    return at == null ? "" : WHEN.format(at) + " UTC";
  }

  private static final java.time.format.DateTimeFormatter WHEN =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneOffset.UTC);

  private Option option(LookupValue value) {
    return new Option(value.code(), pick(value.labels()));
  }

  private static String pick(Map<String, String> labels) {
    String lang = LocaleContextHolder.getLocale().getLanguage();
    String label = labels.get(lang);
    if (label == null) {
      label = labels.get("en");
    }
    return label != null ? label : labels.values().stream().findFirst().orElse("");
  }
}
