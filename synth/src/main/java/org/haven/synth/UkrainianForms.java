package org.haven.synth;

/** Patronymics and feminine surnames, derived in Ukrainian and in Russian as each language forms them. */
final class UkrainianForms {
  private UkrainianForms() {}

  static String patronymicUkrainian(String father, boolean male) {
    if (father.equals("Микола")) return male ? "Миколайович" : "Миколаївна";
    if (father.endsWith("й")) {
      String stem = father.substring(0, father.length() - 1);
      return stem + (male ? "йович" : "ївна");
    }
    if (father.endsWith("о") || father.endsWith("а")) {
      String stem = father.substring(0, father.length() - 1);
      return stem + (male ? "ович" : "івна");
    }
    if (father.endsWith("ь")) {
      String stem = father.substring(0, father.length() - 1);
      return male ? father + "ович" : stem + "івна";
    }
    return father + (male ? "ович" : "івна");
  }

  static String patronymicRussian(String father, boolean male) {
    switch (father) {
      case "Дмитрий": return male ? "Дмитриевич" : "Дмитриевна";
      case "Пётр": return male ? "Петрович" : "Петровна";
      case "Павел": return male ? "Павлович" : "Павловна";
      case "Никита": return male ? "Никитич" : "Никитична";
      default: break;
    }
    if (father.endsWith("ий")) {
      return father.substring(0, father.length() - 2) + (male ? "ьевич" : "ьевна");
    }
    if (father.endsWith("й") || father.endsWith("ь")) {
      return father.substring(0, father.length() - 1) + (male ? "евич" : "евна");
    }
    return father + (male ? "ович" : "овна");
  }

  static String surname(String masculine, boolean male) {
    if (male) return masculine;
    if (masculine.endsWith("ський") || masculine.endsWith("цький")) {
      return masculine.substring(0, masculine.length() - 2) + "а";
    }
    if (masculine.endsWith("ский") || masculine.endsWith("цкий")) {
      return masculine.substring(0, masculine.length() - 2) + "ая";
    }
    if (masculine.endsWith("ов") || masculine.endsWith("ев") || masculine.endsWith("єв") || masculine.endsWith("ёв")
        || masculine.endsWith("ін") || masculine.endsWith("ин") || masculine.endsWith("йов")) {
      return masculine + "а";
    }
    return masculine;
  }
}
