package org.haven.bestinterests;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.haven.tracing.TracingEvents;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Records the events other modules will react to, as such a listener sees them: after the commit. The
 * listener runs in the request's thread, so the events are recorded before the response is sent.
 */
@TestComponent
class RecordedEvents {
  static final List<Object> EVENTS = new CopyOnWriteArrayList<>();

  @TransactionalEventListener
  void on(BestInterestsEvents.BidPanelVoteRequested event) {
    EVENTS.add(event);
  }

  @TransactionalEventListener
  void on(BestInterestsEvents.BidDecided event) {
    EVENTS.add(event);
  }

  @TransactionalEventListener
  void on(BestInterestsEvents.DurableSolutionChanged event) {
    EVENTS.add(event);
  }

  @TransactionalEventListener
  void on(TracingEvents.ReunificationCompleted event) {
    EVENTS.add(event);
  }

  static <T> List<T> of(Class<T> type) {
    return EVENTS.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
