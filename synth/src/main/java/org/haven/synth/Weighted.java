package org.haven.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Items drawn with relative weights, so that frequent names (Mohammed, Fatima) dominate as they do in reality. */
final class Weighted<T> {
  private final List<T> items = new ArrayList<>();
  private double[] cumulative = new double[8];
  private double total;

  void add(T item, double weight) {
    if (weight <= 0) return;
    if (items.size() == cumulative.length) cumulative = Arrays.copyOf(cumulative, cumulative.length * 2);
    total += weight;
    cumulative[items.size()] = total;
    items.add(item);
  }

  T draw(Dice dice) {
    double r = dice.unit() * total;
    int i = Arrays.binarySearch(cumulative, 0, items.size(), r);
    if (i < 0) i = -i - 1;
    return items.get(Math.min(i, items.size() - 1));
  }

  List<T> items() {
    return items;
  }

  boolean isEmpty() {
    return items.isEmpty();
  }
}
