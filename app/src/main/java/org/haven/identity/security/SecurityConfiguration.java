package org.haven.identity.security;

import java.util.Map;
import org.haven.identity.Authentication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains that never overlap. The API ({@code /api/**}, actuator, API documentation) is
 * stateless: every call but login, health and the documentation carries a bearer token. The web pages
 * (everything else) use a form login, a session cookie and CSRF protection. Both check passwords through
 * the identity module's {@link Authentication}. Authorisation of records happens in the use cases through
 * the access policy, not in URL patterns.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SecurityConfiguration {

  static final String[] API_PATHS = {"/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**",
      "/swagger-ui.html", "/swagger-ui/**"};
  private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; frame-ancestors 'none'";

  @Bean
  @Order(1)
  // Commands run without a web server (bin/haven admin, bin/haven import) have no HTTP security to set up.
  @ConditionalOnWebApplication
  SecurityFilterChain api(HttpSecurity http, Authentication authentication, JsonMapper json) throws Exception {
    BearerTokenFilter bearerTokens = new BearerTokenFilter(authentication);
    ProblemEntryPoint problems = new ProblemEntryPoint(json);
    http
        .securityMatcher(API_PATHS)
        .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable())
        .logout(logout -> logout.disable())
        .requestCache(cache -> cache.disable())
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
            .frameOptions(frame -> frame.deny()))
        .authorizeHttpRequests(auth -> auth
            .requestMatchers("/api/v1/auth/token", "/actuator/health", "/actuator/health/**", "/v3/api-docs",
                "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error").permitAll()
            .requestMatchers("/api/**").authenticated()
            .anyRequest().permitAll())
        .addFilterBefore(bearerTokens, AnonymousAuthenticationFilter.class)
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint(problems)
            .accessDeniedHandler((request, response, denied) ->
                problems.write(response, HttpStatus.FORBIDDEN, "access denied", Map.of())));
    return http.build();
  }

  /**
   * The web pages: form login at {@code /login}, a session cookie (HttpOnly, SameSite=Lax, see
   * application.properties), CSRF tokens in every form, logout by POST. An htmx request whose session has
   * expired gets {@code HX-Refresh} so that the login page replaces the whole page, not a fragment.
   */
  @Bean
  @Order(2)
  @ConditionalOnWebApplication
  SecurityFilterChain web(HttpSecurity http, Authentication authentication) throws Exception {
    var loginPage = new LoginUrlAuthenticationEntryPoint("/login");
    http
        .authenticationManager(new ProviderManager(new SessionLoginProvider(authentication)))
        .formLogin(form -> form
            .loginPage("/login")
            .defaultSuccessUrl("/", false)
            .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                + (e instanceof LockedException ? "/login?throttled" : "/login?error"))))
        .logout(logout -> logout
            .logoutUrl("/logout")
            .logoutSuccessUrl("/login?logout")
            .deleteCookies("JSESSIONID")
            .invalidateHttpSession(true))
        .httpBasic(basic -> basic.disable())
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY
                + "; form-action 'self'; base-uri 'self'; object-src 'none'"))
            .frameOptions(frame -> frame.deny()))
        .authorizeHttpRequests(auth -> auth
            .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
            .anyRequest().authenticated())
        .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> {
          if ("true".equals(request.getHeader("HX-Request"))) {
            response.setHeader("HX-Refresh", "true");
            response.sendError(HttpStatus.UNAUTHORIZED.value());
          } else {
            loginPage.commence(request, response, e);
          }
        }));
    return http.build();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    // Argon2id by default; the prefix in each stored hash lets us move to stronger settings later.
    Argon2PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2));
    return encoder;
  }
}
