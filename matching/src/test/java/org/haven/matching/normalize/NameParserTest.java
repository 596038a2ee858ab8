package org.haven.matching.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.haven.matching.Knowledge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameParserTest {
  private static final Knowledge KNOWLEDGE = Knowledge.defaults();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Mohammed Al-Hassan | mohammed hassan",
      "el-Said | said",
      "abdul rahman | abdrahman",
      "Abd al-Rahman | abdrahman",
      "Abdulrahman | abdrahman",
      "Abdurrahman | abdrahman",
      "Abdirahman | abdrahman",
      "Abu Bakr | abubakr",
      "Abulkalam | abukalam",
      "Abul Kalam | abukalam",
      "Ahmad Ullah | ahmadullah",
      "Ahmadullah | ahmadullah",
      "José María de la Cruz | jose maria cruz",
      "Mohamed bin Salem | mohamed salem",
      "Jean-Pierre | jean pierre",
      "A1i | ali",
      "Олександр Шевченко | oleksandr shevchenko",
      "Юлія | yuliya",
      "Дмитрий | dmitriy",
      "ተስፋየ | tesifaye",
      "محمد | mhmd",
  })
  void normalisesNamesAsRecorded(String raw, String expected) {
    assertThat(String.join(" ", KNOWLEDGE.parser().tokens(raw))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource({
      "muhammad, mohammed", "mohamed, محمد", "yusuf, يوسف", "youssef, yosef", "fatima, فاطمة",
      "oleksandr, Александр", "alexander, sasha", "tesfaye, ተስፋየ", "maxamed, mehmet", "hassan, xasan",
      "abdul rahman, عبد الرحمن", "abdullah, abdullahi", "zabihullah, ذبیح‌الله", "ibrahim, ابراهيم",
      "al-abdullah, العبدالله", "al ali, العلي",
  })
  void variantsShareTheirGroup(String a, String b) {
    TokenTable table = new TokenTable(KNOWLEDGE.names());
    Token ta = table.intern(String.join("", KNOWLEDGE.parser().tokens(a)));
    Token tb = table.intern(String.join("", KNOWLEDGE.parser().tokens(b)));
    assertThat(ta.canonical.equals(tb.canonical) || ta.skeleton.equals(tb.skeleton))
        .as("%s (%s/%s) and %s (%s/%s)", a, ta.canonical, ta.skeleton, b, tb.canonical, tb.skeleton).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"muhammad, mhmd", "mohammed, mhmd", "yusuf, ysf", "youssef, ysf", "oleksandr, alksndr",
      "alexander, alksndr", "fatimah, ftm", "wolodymyr, vldmr", "volodymyr, vldmr", "schewtschenko, ssnk",
      "shevchenko, ssnk", "xasan, hsn", "hacen, hsn", "yacine, ysn", "kacem, ksm", "karim, krm"})
  void skeletonsDropVowelsAndFoldTransliterationConventions(String token, String skeleton) {
    assertThat(Skeleton.of(token)).isEqualTo(skeleton);
  }

  @ParameterizedTest
  @CsvSource({"Aleppo, Halab", "Alep, حلب", "Kharkiv, Харків", "Kharkov, Charkiw", "Mogadishu, Muqdisho",
      "'Aleppo, Syria', Halab"})
  void placeAliasesMeet(String a, String b) {
    assertThat(KNOWLEDGE.places().canonical(a)).isEqualTo(KNOWLEDGE.places().canonical(b));
  }

  @org.junit.jupiter.api.Test
  void unknownPlacesKeepTheirOwnSpelling() {
    assertThat(KNOWLEDGE.places().canonical("Some Village")).isEqualTo("somevillage");
    assertThat(List.of(KNOWLEDGE.places().canonical("Aleppo"))).containsExactly("aleppo");
  }
}
