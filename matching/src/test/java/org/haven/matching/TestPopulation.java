package org.haven.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A small seeded population of children on the move, with registrations and tracing requests carrying the
 * noise seen in the field: transliteration variants, other scripts, typos, swapped and dropped name parts,
 * a father's name as family name, 1 January default dates, ages instead of dates, missing values.
 */
final class TestPopulation {
  record Culture(String nationality, String[][] male, String[][] female, String[] syllables, boolean patronymic,
      String[][] places) {}

  static final Culture ARABIC = new Culture("SYR",
      new String[][] {{"muhammad", "mohammed", "mohamed", "محمد"}, {"ahmad", "ahmed", "أحمد"},
          {"yusuf", "youssef", "yousef", "يوسف"}, {"omar", "umar", "عمر"}, {"khalid", "khaled", "خالد"},
          {"hassan", "hasan", "حسن"}, {"ibrahim", "ebrahim", "ابراهيم"}, {"abdul rahman", "abdulrahman", "abd al-rahman"},
          {"mustafa", "moustafa", "mostafa"}, {"ali", "aly", "علي"}, {"tarek", "tariq"}, {"ziad", "ziyad"},
          {"bilal", "belal"}, {"hamza", "hamzah"}, {"samir", "sameer"}, {"walid", "waleed"}, {"anas", "enes"},
          {"firas", "feras"}, {"majid", "majed"}, {"nabil", "nabeel"}},
      new String[][] {{"fatima", "fatma", "فاطمة"}, {"aisha", "aicha", "ayesha"}, {"maryam", "mariam", "مريم"},
          {"zainab", "zeinab", "zaynab"}, {"layla", "leila", "laila"}, {"nour", "noor"}, {"sara", "sarah"},
          {"yasmin", "yasmine"}, {"huda", "houda"}, {"rania", "raniya"}, {"amina", "aminah"}, {"salma", "selma"},
          {"reem", "rim"}, {"hala"}, {"rasha", "racha"}, {"khadija", "khadidja"}},
      new String[] {"al", "ha", "sha", "ra", "ka", "ma", "da", "bi", "ja", "za", "mi", "ri", "di", "sa", "ta",
          "wi", "na", "bu", "qu", "fa", "li"}, false,
      new String[][] {{"Aleppo", "Halab", "Alep", "حلب"}, {"Homs", "Hims"}, {"Damascus", "Dimashq"}, {"Idlib", "Idleb"},
          {"Raqqa", "Rakka"}});
  static final Culture UKRAINIAN = new Culture("UKR",
      new String[][] {{"oleksandr", "alexander", "aleksandr", "Олександр", "sasha"}, {"dmytro", "dmitry", "Дмитро"},
          {"andriy", "andrii", "andrey"}, {"mykola", "nikolai"}, {"serhiy", "sergey", "serhii"},
          {"volodymyr", "vladimir", "wolodymyr"}, {"ivan", "Іван"}, {"maksym", "maxim"}, {"artem", "artyom"},
          {"bohdan", "bogdan"}, {"taras"}, {"yevhen", "evgeny"}, {"denys", "denis"}, {"kyrylo", "kirill"}},
      new String[][] {{"olena", "elena", "Олена"}, {"oksana", "oxana"}, {"iryna", "irina"},
          {"kateryna", "ekaterina", "katerina"}, {"nataliia", "natalia", "natalya"}, {"anastasiia", "anastasia"},
          {"yuliia", "yulia", "Юлія"}, {"tetiana", "tatiana"}, {"sofiia", "sofia"}, {"daria", "darya"},
          {"polina"}, {"anna", "hanna"}},
      new String[] {"ko", "va", "len", "shev", "chen", "bon", "da", "ren", "tka", "kra", "mel", "nyk", "boy",
          "pet", "ro", "sy", "lu", "zen", "hor", "ba", "chuk", "ets"}, false,
      new String[][] {{"Kharkiv", "Kharkov", "Харків"}, {"Kyiv", "Kiev"}, {"Odesa", "Odessa"}, {"Mariupol"},
          {"Lviv", "Lvov"}});
  static final Culture ERITREAN = new Culture("ERI",
      new String[][] {{"tesfaye", "tesfay", "ተስፋየ"}, {"yonas", "yohannes"}, {"dawit", "dawood"}, {"semere", "semre"},
          {"filmon", "filimon"}, {"mehari", "mehary"}, {"tekle", "teklay"}, {"haile", "hailay"},
          {"goitom", "goitum"}, {"amanuel", "emmanuel"}, {"habtom"}, {"kidane", "kidan"}, {"berhane", "berhe"}},
      new String[][] {{"senait", "sennait"}, {"selam", "salam", "ሰላም"}, {"saba"}, {"helen", "helena"}, {"ruth", "rut"},
          {"freweini", "frewini"}, {"yordanos"}, {"lidya", "lydia"}, {"winta", "wintana"}},
      new String[] {"ge", "bre", "tes", "fa", "ye", "mi", "ka", "el", "ha", "go", "ber", "tsa", "we", "ldu", "ab",
          "ra", "ham", "se"}, true,
      new String[][] {{"Asmara", "Asmera"}, {"Keren", "Kerren"}, {"Massawa", "Mitsiwa"}, {"Mendefera"}});
  static final Culture SOMALI = new Culture("SOM",
      new String[][] {{"mohamed", "maxamed", "mohamud"}, {"abdi", "cabdi"}, {"abdirahman", "cabdiraxmaan", "abdurahman"},
          {"hassan", "xasan"}, {"ali", "cali"}, {"omar", "cumar"}, {"yasin", "yaasiin"}, {"abdullahi", "cabdullahi"},
          {"farah", "faraax"}, {"ismail", "ismaaciil", "ismail"}, {"hussein", "xuseen"}, {"osman", "cusmaan"}},
      new String[][] {{"fadumo", "faduma", "fatuma"}, {"hodan", "xodan"}, {"hawa", "xaawo"}, {"amina", "aamina"},
          {"sahra", "sahro"}, {"ayan", "ayaan"}, {"hibo", "hiba"}, {"nimco", "nimo"}, {"ilhan", "ilhaan"},
          {"halima", "xaliimo"}},
      new String[] {"ab", "di", "ra", "xa", "sa", "ma", "war", "ga", "ha", "ka", "dir", "ja", "mu", "ya"}, true,
      new String[][] {{"Mogadishu", "Muqdisho", "Mogadiscio"}, {"Kismayo", "Kismaayo"}, {"Baidoa", "Baydhabo"},
          {"Hargeisa", "Hargeysa"}});
  static final Culture SPANISH = new Culture("HND",
      new String[][] {{"jose", "josé"}, {"juan"}, {"carlos"}, {"luis"}, {"jorge"}, {"miguel"}, {"francisco", "pancho"},
          {"kevin", "kevyn"}, {"brayan", "bryan"}, {"jesus", "jesús"}, {"david"}, {"angel", "ángel"},
          {"eduardo", "lalo"}, {"manuel", "manolo"}},
      new String[][] {{"maria", "maría"}, {"ana"}, {"sofia", "sofía"}, {"daniela"}, {"valeria"}, {"camila"},
          {"xiomara", "jiomara"}, {"yesenia", "jesenia"}, {"fernanda"}, {"gabriela"}, {"alejandra"}, {"lupe", "guadalupe"}},
      new String[] {"gar", "ci", "a", "lo", "pez", "her", "nan", "dez", "mar", "ti", "nez", "ra", "mi", "rez",
          "flo", "res", "cas", "ti", "llo", "var", "gas", "me", "jia"}, false,
      new String[][] {{"San Pedro Sula", "SPS"}, {"Tegucigalpa", "Tegus"}, {"Choluteca"}, {"La Ceiba"}});

  static final Culture[] CULTURES = {ARABIC, ARABIC, UKRAINIAN, ERITREAN, SOMALI, SPANISH};

  record Child(int id, Culture culture, boolean male, String[] given, String family, String[] father,
      String[] grandfather, String[] mother, java.time.LocalDate dob, int place) {}

  final List<Description> registrations = new ArrayList<>();
  final List<Description> requests = new ArrayList<>();
  final Set<String> truthLink = new HashSet<>();
  final Set<String> truthDedupe = new HashSet<>();
  private final Random r;

  TestPopulation(int children, long seed) {
    r = new Random(seed);
    int requestId = 0;
    for (int c = 0; c < children; c++) {
      Child child = child(c);
      int regs = r.nextDouble() < 0.75 ? 1 + (r.nextDouble() < 0.3 ? 1 : 0) + (r.nextDouble() < 0.1 ? 1 : 0) : 0;
      List<String> ids = new ArrayList<>();
      for (int k = 0; k < regs; k++) {
        String id = "R" + c + "-" + k;
        registrations.add(describe(id, child, 0.1, false));
        ids.add(id);
      }
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          truthDedupe.add(ids.get(i) + "|" + ids.get(j));
        }
      }
      if (r.nextDouble() < (regs > 0 ? 0.35 : 0.1)) {
        String id = "Q" + (requestId++);
        requests.add(describe(id, child, 0.15, true));
        for (String reg : ids) {
          truthLink.add(id + "|" + reg);
        }
      }
    }
  }

  private Child child(int id) {
    Culture c = CULTURES[r.nextInt(CULTURES.length)];
    boolean male = r.nextBoolean();
    String[] given = name(c, male);
    String[] father = name(c, true);
    String[] grandfather = name(c, true);
    String[] mother = name(c, false);
    String family = c.patronymic ? null : surname(c);
    java.time.LocalDate dob = java.time.LocalDate.of(2008, 1, 1).plusDays(r.nextInt(365 * 17));
    return new Child(id, c, male, given, family, father, grandfather, mother, dob, r.nextInt(c.places.length));
  }

  /** Half the names from the well-known variant families, half from a long tail of rarer names. */
  private String[] name(Culture c, boolean male) {
    String[][] known = male ? c.male : c.female;
    if (r.nextBoolean()) {
      return known[zipf(known.length)];
    }
    Random tail = new Random(c.nationality.hashCode() * 31L + (male ? 1 : 2) * 1000L + zipf(400));
    StringBuilder s = new StringBuilder();
    int n = 2 + tail.nextInt(2);
    for (int i = 0; i < n; i++) {
      s.append(c.syllables[tail.nextInt(c.syllables.length)]);
    }
    return new String[] {s.toString()};
  }

  private String surname(Culture c) {
    int n = 2 + r.nextInt(2);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(c.syllables[r.nextInt(c.syllables.length)]);
    }
    return s.toString();
  }

  private int zipf(int n) {
    double u = r.nextDouble();
    double total = 0;
    for (int i = 1; i <= n; i++) {
      total += 1.0 / i;
    }
    double acc = 0;
    for (int i = 1; i <= n; i++) {
      acc += 1.0 / i / total;
      if (u <= acc) {
        return i - 1;
      }
    }
    return n - 1;
  }

  private String spell(String[] variants, double noise, boolean request) {
    String s = variants[0];
    if (variants.length > 1 && r.nextDouble() < 0.5) {
      s = variants[1 + r.nextInt(variants.length - 1)];
      if (!request && !isLatin(s)) {
        s = variants[0];
      }
    }
    return typo(s, noise);
  }

  private static boolean isLatin(String s) {
    return s.chars().allMatch(ch -> ch < 0x250);
  }

  private String typo(String s, double noise) {
    if (r.nextDouble() >= noise || s.length() < 4 || !isLatin(s)) {
      return s;
    }
    int i = 1 + r.nextInt(s.length() - 2);
    char[] ch = s.toCharArray();
    switch (r.nextInt(4)) {
      case 0 -> { return s.substring(0, i) + s.substring(i + 1); }
      case 1 -> { return s.substring(0, i) + "aeiourn".charAt(r.nextInt(7)) + s.substring(i); }
      case 2 -> { ch[i] = "aeioustnrl".charAt(r.nextInt(10)); return new String(ch); }
      default -> { char t = ch[i]; ch[i] = ch[i + 1]; ch[i + 1] = t; return new String(ch); }
    }
  }

  private Description describe(String id, Child c, double noise, boolean request) {
    String given = spell(c.given, noise, request);
    String father = spell(c.father, noise, request);
    String grandfather = spell(c.grandfather, noise, request);
    String family = c.family != null ? typo(c.family, noise) : (r.nextDouble() < 0.5 ? father : grandfather);
    String other = c.culture.patronymic && r.nextDouble() < 0.5 ? father + " " + grandfather : null;
    if (r.nextDouble() < (request ? 0.25 : 0.15)) {
      family = null;
    }
    if (r.nextDouble() < 0.07 && family != null) {
      String t = given;
      given = family;
      family = t;
    }
    String sex = r.nextDouble() < 0.03 ? "unknown" : c.male ? (r.nextBoolean() ? "male" : "m") : "female";
    String dob = null;
    String age = null;
    double d = r.nextDouble();
    java.time.LocalDate recorded = java.time.LocalDate.of(2025, 1, 1).plusDays(r.nextInt(500));
    if (d < 0.45) {
      dob = c.dob.toString();
    } else if (d < 0.65) {
      dob = (c.dob.getYear() + (r.nextDouble() < 0.2 ? (r.nextBoolean() ? 1 : -1) : 0)) + "-01-01";
    } else if (d < 0.8) {
      dob = String.valueOf(c.dob.getYear());
    } else if (d < 0.95) {
      long years = java.time.temporal.ChronoUnit.YEARS.between(c.dob, recorded);
      age = String.valueOf(Math.max(0, years + Math.round(r.nextGaussian() * (request ? 1.2 : 0.7))));
    }
    String[] placeNames = c.culture.places[c.place];
    String place = r.nextDouble() < (request ? 0.35 : 0.2) ? null : placeNames[r.nextInt(placeNames.length)];
    String fatherName = r.nextDouble() < 0.4 ? null : father + (c.family != null ? " " + c.family : " " + grandfather);
    String mother = r.nextDouble() < 0.5 ? null : spell(c.mother, noise, request);
    return Description.builder(id).givenName(given).familyName(family).otherNames(other).sex(sex)
        .dateOfBirth(dob).ageYears(age).recordedOn(recorded.toString())
        .nationality(r.nextDouble() < 0.1 ? null : c.culture.nationality).placeOfOrigin(place)
        .fatherName(fatherName).motherName(mother).build();
  }

  /** Precision and recall of a set of predicted pairs against a truth set. */
  record Quality(double precision, double recall, int predicted) {
    double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  static Quality quality(Set<String> predicted, Set<String> truth) {
    long tp = predicted.stream().filter(truth::contains).count();
    return new Quality(predicted.isEmpty() ? 1 : (double) tp / predicted.size(),
        truth.isEmpty() ? 1 : (double) tp / truth.size(), predicted.size());
  }
}
