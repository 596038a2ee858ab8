package org.haven.matching.model;

import java.time.LocalDate;
import java.util.Arrays;
import org.haven.matching.normalize.FuzzyDate;
import org.haven.matching.normalize.Skeleton;
import org.haven.matching.normalize.Token;

/**
 * A description reduced to what comparison needs: interned name tokens, coded sex, dates with their
 * precision, canonical places. Immutable.
 */
public final class Profile {
  private static final Token[] NONE = new Token[0];

  public final String id;
  public final Token[] given;
  public final Token[] family;
  public final Token[] other;
  /** Given, family and other names together: parts move between fields from one record to the next. */
  public final Token[] names;
  /** Names plus the father's first name, which is often recorded as the family name. */
  public final Token[] namesAndFather;
  /**
   * Where a family name may reappear: family and other names, the father's name (his first name where it is
   * recorded as the child's family name, his surname or his father's name where the child's family field
   * holds his first name: Wael Mohammed, father Mohammed Qasim, against Wael Qassem), or a later part of the
   * given name (Paola Morales | Garcia, a surname among the given names; Mohammed Ahmed Hassan, the father's
   * and grandfather's names after the child's own).
   */
  public final Token[] familyPool;
  /**
   * Skeletons of the first adjacent pairs of given name parts written as one word (Gul Agha as Gulagha),
   * and of family name parts: compounds are written in one word or two.
   */
  public final String[] givenJoined;
  public final String[] familyJoined;
  public final Token[] father;
  public final Token[] mother;
  public final byte sex;
  public final FuzzyDate birth;
  public final String nationality;
  public final Place origin;
  public final FuzzyDate separation;
  public final Place separationPlace;
  /** The day the description was taken. */
  public final LocalDate recorded;

  public Profile(String id, Token[] given, Token[] family, Token[] other, Token[] father, Token[] mother,
      byte sex, FuzzyDate birth, String nationality, Place origin, FuzzyDate separation,
      Place separationPlace, LocalDate recorded) {
    this.id = id;
    this.given = orNone(given);
    this.family = orNone(family);
    this.other = orNone(other);
    this.father = orNone(father);
    this.mother = orNone(mother);
    this.names = concat(this.given, this.family, this.other);
    this.familyPool = concat(concat(this.family, this.other, this.father),
        this.given.length > 1 ? Arrays.copyOfRange(this.given, 1, this.given.length) : NONE, NONE);
    this.namesAndFather = this.father.length == 0 ? this.names
        : concat(this.names, new Token[] {this.father[0]}, NONE);
    this.givenJoined = joined(this.given);
    this.familyJoined = joined(this.family);
    this.sex = sex;
    this.birth = birth;
    this.nationality = nationality;
    this.origin = origin;
    this.separation = separation;
    this.separationPlace = separationPlace;
    this.recorded = recorded;
  }

  private static final String[] NO_JOINED = new String[0];

  private static String[] joined(Token[] parts) {
    if (parts.length < 2) {
      return NO_JOINED;
    }
    String[] out = new String[Math.min(2, parts.length - 1)];
    for (int i = 0; i < out.length; i++) {
      out[i] = Skeleton.of(parts[i].text + parts[i + 1].text);
    }
    return out;
  }

  private static Token[] orNone(Token[] t) {
    return t == null || t.length == 0 ? NONE : t;
  }

  private static Token[] concat(Token[] a, Token[] b, Token[] c) {
    Token[] all = new Token[a.length + b.length + c.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    System.arraycopy(c, 0, all, a.length + b.length, c.length);
    return all;
  }
}
