package org.haven.web;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form; Spring Security checks it (through the identity module) and handles logout. */
@Controller
class LoginController extends Pages {
  @GetMapping("/login")
  String login(Principal principal) {
    return principal != null ? "redirect:/" : "login";
  }
}
