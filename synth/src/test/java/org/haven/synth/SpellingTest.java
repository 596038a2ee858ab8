package org.haven.synth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpellingTest {
  @Test
  void ukrainianRomanisations() {
    assertThat(CyrillicLatin.romanise("Олександр", CyrillicLatin.System.NATIONAL)).isEqualTo("Oleksandr");
    assertThat(CyrillicLatin.romanise("Александр", CyrillicLatin.System.RUSSIAN)).isEqualTo("Aleksandr");
    assertThat(CyrillicLatin.romanise("Харків", CyrillicLatin.System.NATIONAL)).isEqualTo("Kharkiv");
    assertThat(CyrillicLatin.romanise("Шевченко", CyrillicLatin.System.GERMAN)).isEqualTo("Schewtschenko");
    assertThat(CyrillicLatin.romanise("Шевченко", CyrillicLatin.System.POLISH)).isEqualTo("Szewczenko");
    assertThat(CyrillicLatin.romanise("Юлія", CyrillicLatin.System.NATIONAL)).isEqualTo("Yuliia");
    assertThat(CyrillicLatin.romanise("Юлія", CyrillicLatin.System.BGN)).isEqualTo("Yuliya");
  }

  @Test
  void patronymicsAndFeminineSurnames() {
    assertThat(UkrainianForms.patronymicUkrainian("Андрій", true)).isEqualTo("Андрійович");
    assertThat(UkrainianForms.patronymicUkrainian("Андрій", false)).isEqualTo("Андріївна");
    assertThat(UkrainianForms.patronymicUkrainian("Дмитро", false)).isEqualTo("Дмитрівна");
    assertThat(UkrainianForms.patronymicRussian("Сергей", true)).isEqualTo("Сергеевич");
    assertThat(UkrainianForms.patronymicRussian("Юрий", false)).isEqualTo("Юрьевна");
    assertThat(UkrainianForms.surname("Ковальський", false)).isEqualTo("Ковальська");
    assertThat(UkrainianForms.surname("Шевченко", false)).isEqualTo("Шевченко");
  }

  @Test
  void ethiopicSyllables() {
    assertThat(EthiopicScript.write("Tesfaye")).isEqualTo("ተስፋየ");
    assertThat(Script.ETHIOPIC.writes(EthiopicScript.write("Yohannes"))).isTrue();
  }

  @Test
  void conventionRespellingsAreRecognisable() {
    java.util.Set<String> french = new java.util.HashSet<>();
    java.util.Set<String> german = new java.util.HashSet<>();
    java.util.Set<String> turkish = new java.util.HashSet<>();
    for (int i = 0; i < 200; i++) {
      french.add(LatinSpelling.respell("Yusuf", Convention.FRENCH, new Dice(i)));
      german.add(LatinSpelling.respell("Yusuf", Convention.GERMAN, new Dice(i)));
      turkish.add(LatinSpelling.respell("Jamal", Convention.TURKISH, new Dice(i)));
    }
    assertThat(french).contains("Yousouf");
    assertThat(german).contains("Jusuf");
    assertThat(turkish).contains("Camal");
  }
}
