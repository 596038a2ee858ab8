package org.haven.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The user's language: chosen with {@code ?lang=} on any page and kept in a cookie for a year, so that
 * it survives logout and works before login. Without a choice, the browser's preferred language if we
 * have it, otherwise English.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {
  private final SecondFactorGate secondFactorGate;

  WebConfiguration(SecondFactorGate secondFactorGate) {
    this.secondFactorGate = secondFactorGate;
  }

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("haven-lang");
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieHttpOnly(true);
    resolver.setCookieSameSite("Lax");
    resolver.setDefaultLocaleFunction(request -> {
      for (Locale wanted : java.util.Collections.list(request.getLocales())) {
        if (Languages.supported(wanted.getLanguage())) {
          return Locale.forLanguageTag(wanted.getLanguage());
        }
      }
      return Languages.DEFAULT;
    });
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
      @Override
      public boolean preHandle(jakarta.servlet.http.HttpServletRequest request,
          jakarta.servlet.http.HttpServletResponse response, Object handler) throws jakarta.servlet.ServletException {
        String lang = request.getParameter(getParamName());
        // Only the languages we ship; anything else is ignored rather than stored.
        return lang == null || !Languages.supported(lang) || super.preHandle(request, response, handler);
      }
    };
    change.setParamName("lang");
    registry.addInterceptor(change).excludePathPatterns("/api/**", "/actuator/**", "/v3/api-docs/**");
    registry.addInterceptor(secondFactorGate).excludePathPatterns(SecondFactorGate.OPEN_PATHS);
  }
}
