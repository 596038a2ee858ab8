package org.haven.matching.compare;

/**
 * Agreement levels of two records' names of a parent ({@link Comparer#parent}). The first name identifies the
 * parent; a further part that agrees as well (the mother's own family name, the father's father) is a second
 * agreement, rarer by far among strangers than the first name alone, unless it is the child's family name,
 * which the family name field counts already.
 */
public final class ParentLevels {
  /** First names agree, and so does a further part that is not the child's family name. */
  public static final int FULL_NAME = 0;
  /**
   * First names agree; a side gives no further part, or the further parts agree only in the child's family
   * name.
   */
  public static final int FIRST_NAME = 1;
  /**
   * First names agree and every further part disagrees (likelier namesakes), or the names are only alike, or
   * one side's first name is another part of the other side's name.
   */
  public static final int ALIKE = 2;
  public static final int DIFFERENT = 3;

  private ParentLevels() {}
}
