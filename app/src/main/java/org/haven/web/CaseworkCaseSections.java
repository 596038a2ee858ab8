package org.haven.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.haven.assessment.Assessments;
import org.haven.assessment.domain.Assessment;
import org.haven.assessment.domain.AssessmentStatus;
import org.haven.bestinterests.BestInterestsAssessments;
import org.haven.bestinterests.BestInterestsDeterminations;
import org.haven.bestinterests.DurableSolutions;
import org.haven.bestinterests.domain.Bia;
import org.haven.bestinterests.domain.Bid;
import org.haven.bestinterests.domain.DurableSolution;
import org.haven.casework.CasePlans;
import org.haven.casework.CaseServices;
import org.haven.casework.Referral;
import org.haven.casework.Referrals;
import org.haven.cases.domain.ChildCase;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.identity.Agencies;
import org.haven.identity.Agency;
import org.haven.shared.ForbiddenException;
import org.haven.shared.NotFoundException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.ui.Model;

/**
 * The case page's summaries of casework and best interests (orders 70 to 110): read-only, each read
 * through the owning module's use case with the actor, each linking to the full page where the work is
 * done. A summary is for those who work that part of the case (the role's right to do it), so an
 * administrator or a service provider sees none of them; a use case that still refuses the actor (the
 * case outside a scope) leaves its section out rather than failing the page.
 */
@Configuration(proxyBeanMethods = false)
class CaseworkCaseSections {
  /** How many assessments the summary lists; the casework page has them all. */
  static final int LATEST_ASSESSMENTS = 3;

  /**
   * A summary section. Its fragment renders only when {@code read} answered, under the model attribute
   * {@code <id>Summary}; a refusal adds nothing, and the section is not in the page.
   */
  record Summary(String id, int order, String template, Predicate<Actor> readers,
      BiFunction<Actor, ChildCase, Object> read) implements CaseSection {
    @Override
    public String fragment() {
      return template + " :: " + id;
    }

    @Override
    public boolean shownTo(Actor actor) {
      return !actor.agencyType().isEnforcement() && readers.test(actor);
    }

    @Override
    public void contribute(Actor actor, ChildCase childCase, Model model) {
      try {
        model.addAttribute(id + "Summary", read.apply(actor, childCase));
      } catch (ForbiddenException refused) {
        // Refused and audited by the use case; the section is simply not there for this actor.
      }
    }
  }

  private static Predicate<Actor> allowed(Action... actions) {
    return actor -> List.of(actions).stream().anyMatch(actor.role()::allows);
  }

  /** The risk level in effect, the assessment it comes from (with its reasons), the latest assessments. */
  public record AssessmentSummary(String riskLevel, Assessment basis, List<Assessment> latest, int total,
      String flag) {}

  @Bean
  CaseSection assessmentsSection(Assessments assessments) {
    return new Summary("assessments", 70, "cases/sections/casework", allowed(Action.ASSESSMENT_MANAGE),
        (actor, c) -> {
          Assessments.CaseAssessments found = assessments.ofCase(actor, c.id());
          List<Assessment> ofCase = found.ofCase();
          return new AssessmentSummary(c.details().riskLevel(), basisOfRisk(ofCase),
              ofCase.stream().limit(LATEST_ASSESSMENTS).toList(), ofCase.size(), found.flag());
        });
  }

  /**
   * The approved assessment that sets the case's risk level: the latest approved of each level, the more
   * urgent of the two (as the assessment module decides it). Null when none is approved.
   */
  static Assessment basisOfRisk(List<Assessment> ofCase) {
    return ofCase.stream().filter(a -> a.status() == AssessmentStatus.APPROVED && a.level().ofCase())
        .collect(Collectors.groupingBy(Assessment::level, Collectors.maxBy(
            Comparator.comparing(Assessment::approvedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder())))))
        .values().stream().flatMap(java.util.Optional::stream)
        .min(Comparator.comparing(a -> a.effectiveRisk().ordinal())).orElse(null);
  }

  /** The plan's status and its goals, each with how many of its actions are still open. */
  public record PlanSummary(CasePlans.Plan plan, List<GoalLine> goals) {}

  public record GoalLine(String description, long open, int actions) {}

  @Bean
  CaseSection planSection(CasePlans plans) {
    return new Summary("plan", 80, "cases/sections/casework", allowed(Action.CASEWORK_MANAGE), (actor, c) -> {
      try {
        CasePlans.Plan plan = plans.get(actor, c.id());
        return new PlanSummary(plan, StreamSupport.stream(plan.goals().spliterator(), false)
            .map(g -> new GoalLine(g.path("description").asString(""),
                StreamSupport.stream(g.path("actions").spliterator(), false)
                    .filter(a -> "open".equals(a.path("status").asString("open"))).count(),
                g.path("actions").size()))
            .toList());
      } catch (NotFoundException noPlanYet) {
        return new PlanSummary(null, List.of());
      }
    });
  }

  @Bean
  CaseSection servicesSection(CaseServices services) {
    return new Summary("services", 90, "cases/sections/casework", allowed(Action.CASEWORK_MANAGE),
        (actor, c) -> services.ofCase(actor, c.id()));
  }

  /** The referrals of the case, with the names of the agencies they went to. */
  public record ReferralSummary(List<Referral> referrals, Map<UUID, String> agencyNames) {}

  @Bean
  CaseSection referralsSection(Referrals referrals, Agencies agencies) {
    return new Summary("referrals", 100, "cases/sections/casework", allowed(Action.CASEWORK_MANAGE),
        (actor, c) -> {
          List<Referral> found = referrals.ofCase(actor, c.id());
          Map<UUID, String> names = found.isEmpty() ? Map.of() : agencies.referralTargets().stream()
              .filter(a -> found.stream().anyMatch(r -> Objects.equals(r.toAgencyId(), a.id())))
              .collect(Collectors.toMap(Agency::id, Agency::name));
          return new ReferralSummary(found, names);
        });
  }

  /**
   * BIAs and BIDs with their status (a BID with its decision), and the durable solutions for those who
   * may work on them (null otherwise, and the list is not shown).
   */
  public record BestInterestsSummary(List<Bia> bias, List<Bid> bids, List<DurableSolution> solutions) {}

  @Bean
  CaseSection bestInterestsSection(BestInterestsAssessments bias, BestInterestsDeterminations bids,
      DurableSolutions solutions) {
    return new Summary("bestInterests", 110, "cases/sections/bestinterests",
        allowed(Action.BIA_MANAGE, Action.BID_MANAGE), (actor, c) -> {
          List<DurableSolution> pursued = null;
          if (actor.role().allows(Action.DURABLE_SOLUTION_MANAGE)) {
            pursued = solutions.ofCase(actor, c.id());
          }
          return new BestInterestsSummary(bias.ofCase(actor, c.id()), bids.ofCase(actor, c.id()), pursued);
        });
  }
}
