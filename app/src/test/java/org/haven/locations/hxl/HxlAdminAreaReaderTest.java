package org.haven.locations.hxl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.haven.locations.LocationAlias;
import org.haven.shared.FieldError;
import org.haven.shared.InvalidRequestException;
import org.junit.jupiter.api.Test;

class HxlAdminAreaReaderTest {
  private final HxlAdminAreaReader reader = new HxlAdminAreaReader();

  @Test
  void readsTheSampleWithAncestorsCountriesAndAliases() throws IOException {
    Map<String, AdminUnit> units = byPcode(readSample());

    assertThat(units).hasSize(14);
    assertThat(units.get("SO")).satisfies(u -> {
      assertThat(u.level()).isZero();
      assertThat(u.parentPcode()).isNull();
      assertThat(u.country()).isEqualTo("SOM");
      assertThat(u.name()).isEqualTo("Somalia");
    });
    assertThat(units.get("SO12")).satisfies(u -> {
      assertThat(u.level()).isEqualTo(1);
      assertThat(u.parentPcode()).isEqualTo("SO");
      assertThat(u.name()).isEqualTo("Woqooyi Galbeed");
      assertThat(u.aliases()).containsExactly(new LocationAlias("وقوي غلبيد", "ar"));
    });
    assertThat(units.get("SO1201")).satisfies(u -> {
      assertThat(u.level()).isEqualTo(2);
      assertThat(u.parentPcode()).isEqualTo("SO12");
      assertThat(u.country()).isEqualTo("SOM");
      assertThat(u.aliases()).containsExactly(new LocationAlias("Hargeisa", null));
    });
    assertThat(units.get("CO11").name()).isEqualTo("Bogotá, D.C.");
    assertThat(units.get("CO11").aliases()).contains(new LocationAlias("Bogota", "fr"));
    assertThat(units.get("CO05001").country()).isEqualTo("COL");
  }

  @Test
  void returnsParentsBeforeChildren() throws IOException {
    List<AdminUnit> units = readSample();
    for (int i = 1; i < units.size(); i++) {
      assertThat(units.get(i).level()).isGreaterThanOrEqualTo(units.get(i - 1).level());
    }
  }

  @Test
  void findsColumnsByTagInAnyOrderWithoutAHeaderRow() {
    String csv = """
        #adm1+code,#country+code,#adm1+name,ignored,#adm1+name+i_fr
        SY02,SYR,Aleppo,x,Alep
        SY01,SYR,Damascus,y,Damas
        """;
    Map<String, AdminUnit> units = byPcode(read(csv));

    assertThat(units.keySet()).containsExactlyInAnyOrder("SYR", "SY01", "SY02");
    assertThat(units.get("SYR").name()).isEqualTo("Syria");
    assertThat(units.get("SY02").name()).isEqualTo("Aleppo");
    assertThat(units.get("SY02").aliases()).containsExactly(new LocationAlias("Alep", "fr"));
  }

  @Test
  void prefersTheNameWithoutLanguageAndKeepsTheOthersAsAliases() {
    String csv = """
        #country+code,#adm1+code,#adm1+name+i_en,#adm1+name,#adm1+name+alt
        AF,AF01,Kabul province,Kabul,Kaboul
        """;
    AdminUnit kabul = byPcode(read(csv)).get("AF01");

    assertThat(kabul.name()).isEqualTo("Kabul");
    assertThat(kabul.aliases()).containsExactly(new LocationAlias("Kabul province", "en"),
        new LocationAlias("Kaboul", null));
  }

  @Test
  void acceptsHashtagsWithSpacesAndCapitals() {
    String csv = """
        Country,Province
        #Country +Code,#ADM1 +code,#adm1+name
        UA,UA80,Kyiv
        """;
    assertThat(byPcode(read(csv)).get("UA80").parentPcode()).isEqualTo("UA");
  }

  @Test
  void mergesRepeatedUnitsAndSkipsBlankLines() {
    String csv = """
        #country+code,#adm1+code,#adm1+name,#adm1+name+alt,#adm2+code,#adm2+name
        SO,SO11,Awdal,,SO1101,Borama

        SO,SO11,Awdal,Awdal region,SO1102,Baki
        """;
    Map<String, AdminUnit> units = byPcode(read(csv));

    assertThat(units).hasSize(4);
    assertThat(units.get("SO11").aliases()).containsExactly(new LocationAlias("Awdal region", null));
  }

  @Test
  void namesTheCellOfAnInvalidHashtag() {
    String csv = """
        a,b,c
        #country+code,#adm1+code,#adm1+9name
        SO,SO11,Awdal
        """;
    assertThat(errorsOf(csv)).extracting(FieldError::field).contains("line 2, column 3");
  }

  @Test
  void refusesAFileWithoutCountryCodes() {
    String csv = """
        #adm1+code,#adm1+name
        SO11,Awdal
        """;
    assertThat(errorsOf(csv)).extracting(FieldError::message).anyMatch(m -> m.contains("#country+code"));
  }

  @Test
  void refusesNamesWithoutCodes() {
    String csv = """
        #country+code,#adm1+code,#adm1+name,#adm2+name
        SO,SO11,Awdal,Borama
        """;
    assertThat(errorsOf(csv)).extracting(FieldError::field).containsExactly("line 1, column 4");
  }

  @Test
  void refusesAFileWithoutHashtagRow() {
    String csv = """
        ADM0_PCODE,ADM1_PCODE,ADM1_EN
        SO,SO11,Awdal
        """;
    assertThat(errorsOf(csv)).extracting(FieldError::field).containsExactly("file");
  }

  @Test
  void namesLineAndColumnOfEveryBadRow() {
    String csv = """
        Country,Region,Region name,District,District name
        #country+code,#adm1+code,#adm1+name,#adm2+code,#adm2+name
        SO,SO11,Awdal,SO1101,Borama
        SO,,,SO1102,Baki
        XX,SO12,Woqooyi Galbeed,,
        SO,SO12,Woqooyi Galbeed,SO1201,
        SO,SO12,Woqooyi Galbeed,SO 1202,Berbera
        SO,SO13,Sanaag,SO1101,Borama
        """;
    List<FieldError> errors = errorsOf(csv);

    assertThat(errors).extracting(FieldError::field).containsExactly(
        "line 4, column 2", "line 5, column 1", "line 6, column 5", "line 7, column 4", "line 8, column 4");
    assertThat(errors.get(0).message()).contains("empty");
    assertThat(errors.get(1).message()).contains("ISO 3166-1");
    assertThat(errors.get(2).message()).contains("SO1201");
    assertThat(errors.get(3).message()).contains("P-code");
    assertThat(errors.get(4).message()).contains("line 3");
  }

  @Test
  void refusesANameWithoutItsCode() {
    String csv = """
        #country+code,#adm1+code,#adm1+name
        SO,,Awdal
        """;
    assertThat(errorsOf(csv)).extracting(FieldError::field).containsExactly("line 2, column 2");
  }

  @Test
  void refusesMalformedCsv() {
    String csv = "#country+code,#adm1+code,#adm1+name\nSO,SO11,\"Awdal\nSO,SO12,Woqooyi";
    assertThat(errorsOf(csv)).extracting(FieldError::message).anyMatch(m -> m.contains("CSV"));
  }

  @Test
  void refusesAFileWithoutData() {
    assertThat(errorsOf("#country+code,#adm1+code,#adm1+name\n")).extracting(FieldError::field)
        .containsExactly("file");
  }

  private List<AdminUnit> readSample() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/locations/admin-areas-sample.csv")) {
      return reader.read(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
  }

  private List<AdminUnit> read(String csv) {
    return reader.read(new StringReader(csv));
  }

  private List<FieldError> errorsOf(String csv) {
    List<FieldError>[] errors = new List[1];
    assertThatThrownBy(() -> read(csv)).isInstanceOfSatisfying(InvalidRequestException.class,
        e -> errors[0] = e.errors());
    return errors[0];
  }

  private static Map<String, AdminUnit> byPcode(List<AdminUnit> units) {
    return units.stream().collect(Collectors.toMap(AdminUnit::pcode, Function.identity()));
  }
}
