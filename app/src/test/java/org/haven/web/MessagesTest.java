package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every interface text exists in every language, and every key the templates and the web controllers
 * use exists. A missing key would show as ??key_lang?? in the field.
 */
class MessagesTest {
  private static final List<String> LANGUAGES = List.of("", "_fr", "_ar", "_es");
  private static final Path TEMPLATES = Path.of("src/main/resources/templates");
  private static final Path WEB_SOURCES = Path.of("src/main/java/org/haven/web");

  @Test
  void everyLanguageHasTheSameKeys() {
    Set<String> english = load("").stringPropertyNames();
    assertThat(english).isNotEmpty();
    for (String language : LANGUAGES) {
      Set<String> keys = load(language).stringPropertyNames();
      assertThat(new TreeSet<>(keys)).as("keys of messages%s.properties", language)
          .containsExactlyInAnyOrderElementsOf(new TreeSet<>(english));
      load(language).forEach((k, v) -> assertThat(v.toString()).as("%s in messages%s", k, language).isNotBlank());
    }
  }

  @Test
  void everyKeyTheTemplatesUseExists() throws IOException {
    Set<String> keys = load("").stringPropertyNames();
    Set<String> used = new TreeSet<>();
    Set<String> prefixes = new TreeSet<>();
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        String html = Files.readString(file);
        collect(Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)"), html, used);
        collect(Pattern.compile("#\\{'([A-Za-z][A-Za-z0-9_.]*\\.)'\\s*\\+"), html, prefixes);
      }
    }
    // Keys chosen in Java and rendered through #{${errorKey}} or an errors map.
    try (Stream<Path> files = Files.walk(WEB_SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        collect(Pattern.compile("\"(error\\.[A-Za-z]+)\""), Files.readString(file), used);
      }
    }
    assertThat(used).hasSizeGreaterThan(40);
    assertThat(keys).as("keys used in templates and web controllers").containsAll(used);
    for (String prefix : prefixes) {
      assertThat(keys).as("keys starting with %s", prefix).anyMatch(k -> k.startsWith(prefix));
    }
    for (String status : List.of("open", "closed", "transferred", "duplicate")) {
      assertThat(keys).contains("status." + status);
    }
    for (String step : org.haven.web.RegistrationForm.STEPS) {
      assertThat(keys).contains("register.step." + step);
    }
  }

  private static void collect(Pattern pattern, String text, Set<String> into) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      into.add(m.group(1));
    }
  }

  private static Properties load(String suffix) {
    String resource = "/i18n/messages" + suffix + ".properties";
    try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
