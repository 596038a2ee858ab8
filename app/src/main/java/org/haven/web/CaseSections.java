package org.haven.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.haven.identity.Actor;
import org.springframework.stereotype.Component;

/** All sections of the case page, in their order; those an actor may see. */
@Component
class CaseSections {
  private final List<CaseSection> all;

  CaseSections(List<CaseSection> sections) {
    this.all = sections.stream().sorted(Comparator.comparingInt(CaseSection::order)).toList();
  }

  List<CaseSection> shownTo(Actor actor) {
    return all.stream().filter(s -> s.shownTo(actor)).toList();
  }

  Optional<CaseSection> byId(Actor actor, String id) {
    return shownTo(actor).stream().filter(s -> s.id().equals(id)).findFirst();
  }
}
