package org.haven.identity;

import org.springframework.stereotype.Component;

/**
 * The one place that answers "may this actor do this to this record?". Three rules, in order:
 * the firewall (immigration enforcement gets aggregates only, whatever its role), the role's
 * permissions, then the record scope, widened for reading by an active referral that shares the record
 * with the actor's agency.
 */
@Component
public class AccessPolicy {

  /** For actions that are not about one record (creating a case, managing users, reading aggregates). */
  public AccessDecision decide(Actor actor, Action action) {
    if (actor.agencyType().isEnforcement() && action != Action.AGGREGATE_READ) {
      return AccessDecision.deny("immigration enforcement receives aggregate statistics only");
    }
    if (!actor.role().allows(action)) {
      return AccessDecision.deny("role " + actor.role().code() + " may not " + describe(action));
    }
    return AccessDecision.allow("role " + actor.role().code() + " may " + describe(action));
  }

  /** For actions on one record: the action must be allowed and the record within the actor's scope. */
  public AccessDecision decide(Actor actor, Action action, RecordFacts record) {
    if (actor.agencyType().isEnforcement()) {
      // Whatever the action, even one allowed in aggregate: no individual record, not even their own.
      return AccessDecision.deny("immigration enforcement receives aggregate statistics only");
    }
    AccessDecision general = decide(actor, action);
    if (!general.allowed()) {
      return general;
    }
    if (actor.userId().equals(record.ownerId()) && actor.scope() != RecordScope.NONE) {
      return AccessDecision.allow("owner of the record");
    }
    AccessDecision byScope = byScope(actor, record);
    if (!byScope.allowed() && action == Action.CASE_READ && record.sharedWithAgencies().contains(actor.agencyId())) {
      // Reading only: what a recipient reads is limited to the parts the referral grants, by its caller.
      return AccessDecision.allow("shared with the actor's agency by an active referral");
    }
    return byScope;
  }

  private static AccessDecision byScope(Actor actor, RecordFacts record) {
    return switch (actor.scope()) {
      case ALL -> AccessDecision.allow("scope all");
      case AGENCY -> actor.agencyId().equals(record.agencyId())
          ? AccessDecision.allow("record of the actor's agency")
          : AccessDecision.deny("record of another agency");
      case LOCATION -> record.locationWithAncestors().stream().anyMatch(actor.locationIds()::contains)
          ? AccessDecision.allow("record within the actor's locations")
          : AccessDecision.deny("record outside the actor's locations");
      case OWN -> AccessDecision.deny("record owned by someone else");
      case NONE -> AccessDecision.deny("no access to individual records");
    };
  }

  private static String describe(Action action) {
    return action.name().toLowerCase().replace('_', ' ');
  }
}
