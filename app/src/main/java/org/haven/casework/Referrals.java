package org.haven.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.haven.cases.CaseFacts;
import org.haven.cases.CaseLifecycle;
import org.haven.cases.domain.ChildCase;
import org.haven.cases.domain.Consent;
import org.haven.casework.domain.ReferralStatus;
import org.haven.identity.AccessPolicy;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.identity.ActorDirectory;
import org.haven.identity.Agencies;
import org.haven.identity.Agency;
import org.haven.identity.Role;
import org.haven.shared.ClientIds;
import org.haven.shared.ConflictException;
import org.haven.shared.FieldError;
import org.haven.shared.InvalidRequestException;
import org.haven.shared.NotFoundException;
import org.haven.shared.StaleVersionException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Referrals to another agency or service provider. A referral needs the case's consent to services (and,
 * where the consent names with whom the record may be shared, the recipient among them); without it only
 * someone with the right to override consent may refer, giving a reason. The recipient agency accepts or
 * rejects it; the referring side may revoke it; an accepted referral is done once the service is given.
 * While it is active the recipient's users read the parts of the case it grants, and nothing else.
 */
@Service
public class Referrals {
  /** The parts of a case a referral can grant, and the case's fields each one shows. */
  static final Map<String, List<String>> PARTS = Map.of(
      "identity", List.of("givenName", "familyName", "otherNames", "givenNameLatin", "familyNameLatin", "sex",
          "dateOfBirth", "dateOfBirthEstimated", "ageYears", "nationality", "languages"),
      "protection", List.of("protectionStatus", "displacementStatus", "riskLevel", "protectionConcerns"),
      "family", List.of("family", "careArrangements", "separation"),
      "journey", List.of("placeOfOrigin", "journey"),
      "location", List.of("locationId"));
  private static final Set<Role> RECIPIENT_ROLES = Set.of(Role.SERVICE_PROVIDER, Role.CASEWORKER, Role.SUPERVISOR);

  private final JdbcClient jdbc;
  private final CaseworkAccess access;
  private final AccessPolicy policy;
  private final CaseLifecycle cases;
  private final Agencies agencies;
  private final ActorDirectory directory;
  private final Notifications notifications;
  private final Tasks tasks;
  private final TransactionTemplate transactions;
  private final JsonMapper json;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  Referrals(JdbcClient jdbc, CaseworkAccess access, AccessPolicy policy, CaseLifecycle cases, Agencies agencies,
      ActorDirectory directory, Notifications notifications, Tasks tasks, TransactionTemplate transactions,
      JsonMapper json, Clock clock, ApplicationEventPublisher events) {
    this.events = events;
    this.jdbc = jdbc;
    this.access = access;
    this.policy = policy;
    this.cases = cases;
    this.agencies = agencies;
    this.directory = directory;
    this.notifications = notifications;
    this.tasks = tasks;
    this.transactions = transactions;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Refers the case. With a client-chosen {@code id} a repeat returns the referral made the first time,
   * without checking or notifying again.
   */
  public Recorded<Referral> refer(Actor actor, UUID caseId, JsonNode body) {
    UUID clientId = ClientIds.from(body);
    List<FieldError> errors = new ArrayList<>();
    UUID toAgencyId = null;
    String to = CaseDocuments.text(body, "toAgencyId", 36, true, errors);
    if (to != null) {
      try {
        toAgencyId = UUID.fromString(to);
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("toAgencyId", "must be a UUID"));
      }
    }
    String service = CaseDocuments.text(body, "service", 60, true, errors);
    String reason = CaseDocuments.text(body, "reason", 1000, true, errors);
    String override = CaseDocuments.text(body, "consentOverrideReason", 1000, false, errors);
    Set<String> grants = new LinkedHashSet<>();
    JsonNode given = body == null ? null : body.get("grants");
    if (given == null || !given.isArray() || given.isEmpty()) {
      errors.add(new FieldError("grants", "is required: the parts of the case the recipient may read, of "
          + String.join(", ", PARTS.keySet().stream().sorted().toList())));
    } else {
      for (int i = 0; i < given.size(); i++) {
        if (!PARTS.containsKey(given.get(i).asString(""))) {
          errors.add(new FieldError("grants[" + i + "]", "must be one of "
              + String.join(", ", PARTS.keySet().stream().sorted().toList())));
        } else {
          grants.add(given.get(i).asString());
        }
      }
    }
    Agency recipient = null;
    if (toAgencyId != null) {
      try {
        recipient = agencies.get(toAgencyId);
        if (recipient.type().isEnforcement()) {
          errors.add(new FieldError("toAgencyId", "child-protection records are never referred to immigration "
              + "enforcement"));
        }
      } catch (NotFoundException e) {
        errors.add(new FieldError("toAgencyId", "is not a known agency"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    Agency target = recipient;
    return transactions.execute(tx -> {
      CaseFacts c = access.requireCase(actor, Action.CASEWORK_MANAGE, caseId, "referral.create");
      Optional<Recorded<Referral>> repeat = Recorded.repeat(clientId, caseId, this::lookUp, Referral::caseId);
      if (repeat.isPresent()) {
        return repeat.get();
      }
      if (target.id().equals(c.agencyId())) {
        throw InvalidRequestException.of("toAgencyId", "is the case's own agency; assign or transfer the case instead");
      }
      String consentGap = consentGap(c.consent(), target);
      if (consentGap != null) {
        if (override == null) {
          throw new ConflictException("the case's consent does not cover this referral (" + consentGap + "); "
              + "a supervisor may refer it anyway with consentOverrideReason");
        }
        access.requireCase(actor, Action.REFERRAL_CONSENT_OVERRIDE, caseId, "referral.consent-override");
        access.allowed(actor, "referral.consent-override", caseId, override);
      }
      ObjectNode details = json.createObjectNode();
      details.put("service", service);
      details.put("reason", reason);
      details.set("grants", json.valueToTree(grants));
      if (consentGap != null) {
        details.putObject("consentOverride").put("reason", override).put("by", actor.userId().toString())
            .put("gap", consentGap);
      }
      UUID id = clientId == null ? UUID.randomUUID() : clientId;
      Instant now = clock.instant();
      jdbc.sql("""
              insert into referrals (id, case_id, from_agency_id, to_agency_id, status, version, document, created_at,
                  created_by, updated_at, updated_by) values (?,?,?,?,?,?,?,?,?,?,?)""")
          .params(id, caseId, c.agencyId(), target.id(), ReferralStatus.IN_PROGRESS.code(), 1,
              json.writeValueAsString(details), Tasks.at(now), actor.userId(), Tasks.at(now), actor.userId())
          .update();
      tasks.completeOpen(caseId, "referral_proposed", actor.userId());
      access.allowed(actor, "referral.create", caseId, "referral " + id + " to agency " + target.id());
      events.publishEvent(new CaseworkEvents.CaseworkChanged(caseId));
      notifications.notify(recipients(target.id()), "referral_received", caseId, id,
          "Your agency received a referral for " + service + " (case " + c.caseNumber() + ")");
      return new Recorded<>(find(id), true);
    });
  }

  /**
   * What the consent lacks for this referral, or null when it covers it. Where the consent lists with whom
   * the record may be shared (the {@code consent_sharing} lookup), the recipient must fall under one of them:
   * a government child-protection agency under {@code authorities}, a UN agency under {@code unhcr} or
   * {@code other_organisations}, any other agency under {@code other_organisations}.
   */
  static String consentGap(Consent consent, Agency recipient) {
    if (!consent.allowsServices()) {
      return "no consent to services";
    }
    List<String> sharing = consent.sharing() == null ? List.of() : consent.sharing();
    List<String> covering = switch (recipient.type()) {
      case GOVERNMENT_CHILD_PROTECTION -> List.of("authorities");
      case UN_AGENCY -> List.of("unhcr", "other_organisations");
      default -> List.of("other_organisations");
    };
    if (!sharing.isEmpty() && sharing.stream().noneMatch(covering::contains)) {
      return "no consent to sharing with " + String.join(" or ", covering);
    }
    return null;
  }

  public Referral get(Actor actor, UUID id) {
    return transactions.execute(tx -> {
      Referral r = find(id);
      requireEitherSide(actor, r, "referral.read");
      return r;
    });
  }

  public List<Referral> ofCase(Actor actor, UUID caseId) {
    return transactions.execute(tx -> {
      access.requireCase(actor, Action.CASE_READ, caseId, "referral.list");
      access.allowed(actor, "referral.list", caseId, null);
      return jdbc.sql("select * from referrals where case_id = ? order by created_at, id").param(caseId)
          .query((rs, n) -> map(rs)).list();
    });
  }

  /** Referrals received by the actor's agency; active ones unless {@code all}. */
  public List<Referral> incoming(Actor actor, boolean all) {
    access.require(actor, Action.REFERRAL_RESPOND, "referral.incoming", null);
    return jdbc.sql("select * from referrals where to_agency_id = ?"
            + (all ? "" : " and status in ('in_progress', 'accepted')") + " order by created_at, id")
        .param(actor.agencyId()).query((rs, n) -> map(rs)).list();
  }

  public Referral accept(Actor actor, UUID id, long version) {
    return asRecipient(actor, id, version, "referral.accept", ReferralStatus::accept, null);
  }

  public Referral reject(Actor actor, UUID id, long version, String reason) {
    Approvals.requireReason(reason);
    return asRecipient(actor, id, version, "referral.reject", ReferralStatus::reject, reason);
  }

  public Referral complete(Actor actor, UUID id, long version) {
    return asRecipient(actor, id, version, "referral.complete", ReferralStatus::complete, null);
  }

  /** The referring side withdraws the referral; the recipient's access ends with it. */
  public Referral revoke(Actor actor, UUID id, long version, String reason) {
    Approvals.requireReason(reason);
    return transactions.execute(tx -> {
      Referral r = find(id);
      access.requireCase(actor, Action.CASEWORK_MANAGE, r.caseId(), "referral.revoke");
      Referral changed = move(actor, r, version, ReferralStatus::revoke, reason);
      access.allowed(actor, "referral.revoke", r.caseId(), "referral " + id);
      notifications.notify(recipients(r.toAgencyId()), "referral_revoked", r.caseId(), id,
          "A referral to your agency was revoked");
      return changed;
    });
  }

  /**
   * The referred case as the recipient may see it: only the granted parts, while the referral is active.
   * Decided by the access policy with the case shared with the recipient agency; audited on the case.
   */
  public ObjectNode sharedCase(Actor actor, UUID id) {
    return transactions.execute(tx -> {
      Referral r = find(id);
      Set<UUID> sharedWith = r.status().active() ? Set.of(r.toAgencyId()) : Set.of();
      ChildCase c = cases.readShared(actor, r.caseId(), sharedWith, "referral " + id);
      ObjectNode all = json.valueToTree(c.details());
      ObjectNode view = json.createObjectNode();
      view.put("id", c.id().toString());
      view.put("caseNumber", c.caseNumber());
      view.put("referralId", id.toString());
      ArrayNode granted = view.putArray("grants");
      for (JsonNode part : r.details().path("grants")) {
        granted.add(part.asString());
        for (String field : PARTS.getOrDefault(part.asString(), List.of())) {
          JsonNode value = all.get(field);
          if (value != null && !value.isNull() && !(value.isArray() && value.isEmpty())) {
            view.set(field, value);
          }
        }
      }
      return view;
    });
  }

  private Referral asRecipient(Actor actor, UUID id, long version, String auditAction,
      UnaryOperator<ReferralStatus> transition, String reason) {
    return transactions.execute(tx -> {
      Referral r = find(id);
      access.require(actor, Action.REFERRAL_RESPOND, auditAction, r.caseId());
      if (!actor.agencyId().equals(r.toAgencyId())) {
        access.deny(actor, auditAction, r.caseId(), "only the agency the case was referred to responds to it");
      }
      Referral changed = move(actor, r, version, transition, reason);
      access.allowed(actor, auditAction, r.caseId(), "referral " + id);
      notifications.notify(List.of(r.createdBy()), "referral_" + changed.status().code(), r.caseId(), id,
          "A referral was " + changed.status().code().replace('_', ' '));
      return changed;
    });
  }

  private Referral move(Actor actor, Referral r, long version, UnaryOperator<ReferralStatus> transition,
      String reason) {
    if (r.version() != version) {
      throw new StaleVersionException(version, r.version());
    }
    ReferralStatus next = transition.apply(r.status());
    ObjectNode details = (ObjectNode) r.details().deepCopy();
    if (reason != null) {
      details.put(next.code() + "Reason", reason);
    }
    int changed = jdbc.sql("""
            update referrals set status = ?, version = version + 1, document = ?, updated_at = ?, updated_by = ?
            where id = ? and version = ?""")
        .params(next.code(), json.writeValueAsString(details), Tasks.at(clock.instant()), actor.userId(), r.id(),
            version)
        .update();
    if (changed != 1) {
      throw new StaleVersionException(version, find(r.id()).version());
    }
    events.publishEvent(new CaseworkEvents.CaseworkChanged(r.caseId()));
    return find(r.id());
  }

  private void requireEitherSide(Actor actor, Referral r, String auditAction) {
    boolean recipient = actor.agencyId().equals(r.toAgencyId())
        && policy.decide(actor, Action.REFERRAL_RESPOND).allowed();
    if (recipient) {
      access.allowed(actor, auditAction, r.caseId(), "referral " + r.id() + " received");
      return;
    }
    access.requireCase(actor, Action.CASE_READ, r.caseId(), auditAction);
    access.allowed(actor, auditAction, r.caseId(), "referral " + r.id());
  }

  private List<UUID> recipients(UUID agencyId) {
    List<UUID> users = new ArrayList<>();
    for (Role role : RECIPIENT_ROLES) {
      users.addAll(directory.activeUsers(agencyId, role));
    }
    return users;
  }

  private Referral find(UUID id) {
    return lookUp(id).orElseThrow(() -> new NotFoundException("referral " + id));
  }

  private Optional<Referral> lookUp(UUID id) {
    return jdbc.sql("select * from referrals where id = ?").param(id).query((rs, n) -> map(rs)).optional();
  }

  private Referral map(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Referral(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
        rs.getObject("from_agency_id", UUID.class), rs.getObject("to_agency_id", UUID.class),
        ReferralStatus.fromCode(rs.getString("status")), rs.getLong("version"), json.readTree(rs.getString("document")),
        Tasks.instant(rs, "created_at"), rs.getObject("created_by", UUID.class), Tasks.instant(rs, "updated_at"),
        rs.getObject("updated_by", UUID.class));
  }
}
