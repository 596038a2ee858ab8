package org.haven.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.haven.identity.Actor;
import org.haven.identity.SecondFactor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The user's own account: the language (chosen on every page, kept for the session and beyond) and the
 * second factor: enrolment, with the shared secret shown as text to type into an authenticator app, and
 * the code asked after the password at login.
 */
@Controller
class AccountController extends Pages {
  private static final String FAILURES = "haven.secondFactor.failures";
  private static final int MAX_FAILURES = 5;
  private final SecondFactor secondFactor;
  private final SecondFactorGate gate;

  AccountController(SecondFactor secondFactor, SecondFactorGate gate) {
    this.secondFactor = secondFactor;
    this.gate = gate;
  }

  @GetMapping("/account")
  String account(Actor actor, Model model) {
    model.addAttribute("enrolled", secondFactor.enrolled(actor.userId()));
    model.addAttribute("required", gate.required());
    return "account/show";
  }

  @GetMapping("/account/second-factor")
  String enrol(Actor actor, Model model) {
    return enrolPage(actor, false, model);
  }

  @PostMapping("/account/second-factor")
  String confirm(Actor actor, @RequestParam(required = false) String code, HttpSession session, Model model) {
    if (secondFactor.confirm(actor, code)) {
      session.setAttribute(SecondFactorGate.PASSED, Boolean.TRUE);
      return "redirect:/account?enrolled";
    }
    return enrolPage(actor, true, model);
  }

  private String enrolPage(Actor actor, boolean wrongCode, Model model) {
    var enrolment = secondFactor.start(actor);
    if (enrolment.isEmpty()) {
      return "redirect:/account";
    }
    model.addAttribute("enrolment", enrolment.get());
    model.addAttribute("wrongCode", wrongCode);
    model.addAttribute("required", gate.required());
    return "account/second-factor";
  }

  @GetMapping("/second-factor")
  String ask(Model model) {
    model.addAttribute("wrongCode", false);
    return "account/code";
  }

  /**
   * Checks the code typed after the password. A few wrong codes end the session, so guessing codes means
   * signing in again, which the login throttle limits; a right one gives the session a new id.
   */
  @PostMapping("/second-factor")
  String check(Actor actor, @RequestParam(required = false) String code, HttpServletRequest request, Model model) {
    HttpSession session = request.getSession();
    if (secondFactor.verify(actor.userId(), code)) {
      session.removeAttribute(FAILURES);
      session.setAttribute(SecondFactorGate.PASSED, Boolean.TRUE);
      request.changeSessionId();
      return "redirect:/";
    }
    int failures = session.getAttribute(FAILURES) instanceof Integer n ? n + 1 : 1;
    if (failures >= MAX_FAILURES) {
      session.invalidate();
      return "redirect:/login?error";
    }
    session.setAttribute(FAILURES, failures);
    model.addAttribute("wrongCode", true);
    return "account/code";
  }
}
