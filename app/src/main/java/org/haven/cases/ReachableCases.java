package org.haven.cases;

import java.util.List;

/**
 * The live cases an actor reaches, as a condition another module puts into its own query over a column of
 * case ids: {@code sql} is {@code <column> in (select ...)} with its {@code params}, in order. The cases
 * module writes it from the same {@link org.haven.identity.RecordFilter} its own list uses, so a list of
 * records about cases (pending approvals) is scoped by the database in one query, instead of one check per
 * row, and never needs to know how cases are stored.
 */
public record ReachableCases(String sql, List<Object> params) {
  public ReachableCases {
    params = List.copyOf(params);
  }
}
