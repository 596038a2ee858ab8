package org.haven.matching.normalize;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.codec.language.DoubleMetaphone;

/** Interns tokens so that each distinct spelling is analysed once. Thread-safe. */
public final class TokenTable {
  private static final String[] NO_READINGS = new String[0];
  private final NameDictionary dictionary;
  private final ConcurrentHashMap<String, Token> tokens = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Token> abjadTokens = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, AtomicInteger> groups = new ConcurrentHashMap<>();
  /** Ids are unique across tables, since comparison caches are shared by every table in a thread. */
  private static final AtomicInteger IDS = new AtomicInteger();
  private final ThreadLocal<DoubleMetaphone> metaphone = ThreadLocal.withInitial(() -> {
    DoubleMetaphone dm = new DoubleMetaphone();
    dm.setMaxCodeLen(6);
    return dm;
  });

  public TokenTable(NameDictionary dictionary) {
    this.dictionary = dictionary;
  }

  public Token intern(String text) {
    Token t = tokens.get(text);
    return t != null ? t : tokens.computeIfAbsent(text, k -> analyse(k, false));
  }

  /**
   * A token transliterated from a script that writes no short vowels (Arabic): its Latin form keeps only the
   * long ones (رنا as rna, بيان as byan), so its consonants are all it says, as in a vowelless spelling.
   */
  public Token internAbjad(String text) {
    Token t = abjadTokens.get(text);
    return t != null ? t : abjadTokens.computeIfAbsent(text, k -> analyse(k, true));
  }

  /**
   * An id no token of any table has, for a value whose comparisons are cached beside those of tokens (a place
   * as one description writes it).
   */
  public static int newId() {
    return IDS.getAndIncrement();
  }

  public int size() {
    return tokens.size() + abjadTokens.size();
  }

  private Token analyse(String text, boolean abjad) {
    String canonical = dictionary.canonical(text);
    String skeleton = Skeleton.of(canonical);
    String code = metaphone.get().doubleMetaphone(text);
    AtomicInteger group = groups.computeIfAbsent(canonical, k -> new AtomicInteger());
    String own = Skeleton.of(text);
    return new Token(IDS.getAndIncrement(), text, dictionary.knows(text), canonical, skeleton,
        own.equals(skeleton) ? skeleton : own, readings(text, own, skeleton), code == null ? "" : code, group,
        abjad);
  }

  private String[] readings(String text, String own, String skeleton) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    out.add(own);
    for (String r : Readings.of(text)) {
      out.add(Skeleton.of(dictionary.canonical(r)));
      out.add(Skeleton.of(r));
    }
    out.remove(skeleton);
    out.remove("");
    return out.isEmpty() ? NO_READINGS : out.toArray(String[]::new);
  }
}
