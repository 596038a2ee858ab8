package org.haven.web;

import java.util.List;
import org.haven.cases.domain.ChildCase;
import org.haven.identity.Actor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.ui.Model;

/**
 * The sections of the case page that the cases and tracing modules provide: the child's record itself,
 * then the potential matches of tracing (for those who trace).
 */
@Configuration(proxyBeanMethods = false)
class CoreCaseSections {
  record Plain(String id, int order) implements CaseSection {
    @Override
    public String fragment() {
      return "cases/sections/record :: " + id;
    }
  }

  @Bean
  CaseSection identitySection() {
    return new Plain("identity", 10);
  }

  @Bean
  CaseSection familySection() {
    return new Plain("family", 20);
  }

  @Bean
  CaseSection careSection() {
    return new Plain("careArrangements", 30);
  }

  @Bean
  CaseSection journeySection() {
    return new Plain("journey", 40);
  }

  @Bean
  CaseSection concernsSection() {
    return new Plain("protectionConcerns", 50);
  }

  @Bean
  CaseSection consentSection() {
    return new Plain("consent", 60);
  }

  @Bean
  CaseSection tracingSection(MatchPages matches) {
    return new CaseSection() {
      @Override
      public String id() {
        return "tracing";
      }

      @Override
      public int order() {
        return 120;
      }

      @Override
      public String fragment() {
        return "cases/sections/tracing :: tracing";
      }

      @Override
      public boolean shownTo(Actor actor) {
        return MatchPages.mayTrace(actor);
      }

      @Override
      public void contribute(Actor actor, ChildCase childCase, Model model) {
        List<MatchPages.Row> rows = matches.ofCase(actor, childCase.id());
        model.addAttribute("caseMatches", rows);
      }
    };
  }
}
