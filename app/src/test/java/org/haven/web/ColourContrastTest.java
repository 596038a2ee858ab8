package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The colour pairs the stylesheet puts text on, measured as WCAG 2.1 defines contrast: every pair at least
 * 4.5:1 (AA for normal text), borders and focus rings at least 3:1 against the page (AA for interface
 * components). The colours are read from the stylesheet itself, so changing one there is checked here.
 */
class ColourContrastTest {
  private static final double TEXT = 4.5;
  private static final double COMPONENT = 3.0;

  @Test
  void everyTextColourReadsOnTheBackgroundsItIsUsedOn() throws IOException {
    Map<String, String> colours = rootColours();
    List<String> failures = new ArrayList<>();
    String[][] textPairs = {
        {"ink", "paper"}, {"ink", "soft"}, {"muted", "paper"}, {"muted", "soft"}, {"brand", "paper"},
        {"brand-ink", "brand"}, {"error", "paper"}, {"high", "paper"}, {"medium", "paper"}, {"low", "paper"},
        {"ink", "focus"}, {"ink", "warning-bg"}, {"ink", "ok-bg"}};
    for (String[] pair : textPairs) {
      check(failures, colours, pair[0], pair[1], TEXT);
    }
    String[][] componentPairs = {{"line", "paper"}, {"warning-line", "warning-bg"}, {"ink", "paper"},
        {"brand-ink", "brand"}};
    for (String[] pair : componentPairs) {
      check(failures, colours, pair[0], pair[1], COMPONENT);
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void theContrastFormulaGivesTheKnownExtremes() {
    assertThat(contrast("#000000", "#ffffff")).isEqualTo(21.0, org.assertj.core.data.Offset.offset(0.01));
    assertThat(contrast("#767676", "#ffffff")).isGreaterThan(4.5).isLessThan(4.6);
    assertThat(contrast("#777777", "#ffffff")).isLessThan(4.5);
  }

  private static void check(List<String> failures, Map<String, String> colours, String fore, String back,
      double least) {
    assertThat(colours).containsKeys(fore, back);
    double ratio = contrast(colours.get(fore), colours.get(back));
    if (ratio < least) {
      failures.add(String.format("--%s on --%s: %.2f:1, needs %.1f:1", fore, back, ratio, least));
    }
  }

  private static Map<String, String> rootColours() throws IOException {
    String css;
    try (InputStream in = ColourContrastTest.class.getResourceAsStream("/static/css/haven.css")) {
      assertThat(in).as("the stylesheet").isNotNull();
      css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, String> colours = new HashMap<>();
    Matcher m = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-fA-F]{6})\\s*;").matcher(css);
    while (m.find()) {
      colours.put(m.group(1), m.group(2));
    }
    return colours;
  }

  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
  }

  private static double channel(int value) {
    double c = (value & 0xff) / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
