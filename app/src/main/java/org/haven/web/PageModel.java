package org.haven.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.haven.casework.Notifications;
import org.haven.identity.ActorDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What every page's layout needs: the language and direction, the language switcher, the signed-in user. */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {
  public record LanguageLink(String code, String name, String href, boolean current) {}

  /** A link of the main navigation: a message key and a path. */
  public record NavLink(String key, String path) {}

  private final String htmxVersion;
  private final ActorDirectory actors;
  private final Notifications notifications;

  PageModel(@Value("${haven.htmx.version}") String htmxVersion, ActorDirectory actors, Notifications notifications) {
    this.htmxVersion = htmxVersion;
    this.actors = actors;
    this.notifications = notifications;
  }

  /** The pages the signed-in user's role opens, after the ones every role has; a role sees no link it cannot use. */
  @ModelAttribute("navigation")
  List<NavLink> navigation(Principal principal) {
    if (principal == null) {
      return List.of();
    }
    return actors.byUsername(principal.getName()).map(Navigation::of).orElse(List.of());
  }

  /** Unread notifications, shown as a badge on "My work" on every page after login; null before it. */
  @ModelAttribute("unreadCount")
  Long unreadCount(Principal principal) {
    if (principal == null) {
      return null;
    }
    return actors.byUsername(principal.getName()).map(notifications::unreadCount).orElse(null);
  }

  @ModelAttribute("htmxVersion")
  String htmxVersion() {
    return htmxVersion;
  }

  @ModelAttribute("lang")
  String lang(Locale locale) {
    return Languages.of(locale).code();
  }

  @ModelAttribute("dir")
  String dir(Locale locale) {
    return Languages.of(locale).rightToLeft() ? "rtl" : "ltr";
  }

  @ModelAttribute("username")
  String username(Principal principal) {
    return principal == null ? null : principal.getName();
  }

  /** Links to the same page in each language; after a form was posted, to the page the form belongs to. */
  @ModelAttribute("languages")
  List<LanguageLink> languages(HttpServletRequest request, Locale locale) {
    String current = Languages.of(locale).code();
    boolean get = "GET".equals(request.getMethod());
    UriComponentsBuilder base = UriComponentsBuilder.fromPath(request.getRequestURI());
    if (get && request.getQueryString() != null) {
      base.query(request.getQueryString());
    }
    List<LanguageLink> links = new ArrayList<>();
    for (Languages.Language language : Languages.ALL) {
      String href = base.cloneBuilder().replaceQueryParam("lang", language.code()).build().toUriString();
      links.add(new LanguageLink(language.code(), language.name(), href, language.code().equals(current)));
    }
    return links;
  }
}
