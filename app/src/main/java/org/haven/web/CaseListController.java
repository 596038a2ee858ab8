package org.haven.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.haven.cases.CaseRegistry;
import org.haven.cases.CaseRegistry.SearchQuery;
import org.haven.identity.Actor;
import org.haven.shared.InvalidRequestException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The case list with fuzzy name search (any script) and filters. One URL, two renderings: the whole page,
 * or only the results for htmx's live search. Without JavaScript the search is an ordinary GET form.
 */
@Controller
class CaseListController extends Pages {
  static final int PAGE_SIZE = 20;
  private final CaseRegistry registry;

  CaseListController(CaseRegistry registry) {
    this.registry = registry;
  }

  @GetMapping("/cases")
  String list(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String status,
      @RequestParam(required = false) String risk, @RequestParam(defaultValue = "0") int page, Model model,
      HttpServletRequest request, HttpServletResponse response) {
    String query = blankToNull(q);
    String statusFilter = blankToNull(status);
    String riskFilter = blankToNull(risk);
    int pageNumber = Math.max(0, page);
    model.addAttribute("q", query);
    model.addAttribute("status", statusFilter);
    model.addAttribute("risk", riskFilter);
    model.addAttribute("page", pageNumber);
    model.addAttribute("pageSize", PAGE_SIZE);
    try {
      model.addAttribute("result", registry.search(actor, new SearchQuery(query, statusFilter, riskFilter, pageNumber,
          PAGE_SIZE)));
    } catch (InvalidRequestException e) {
      // A filter value from an old link or a hand-made URL: say so instead of failing the page.
      model.addAttribute("invalidSearch", true);
    }
    response.setHeader("Vary", "HX-Request");
    boolean fragment = isHtmx(request) && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    return fragment ? "cases/list :: results" : "cases/list";
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
