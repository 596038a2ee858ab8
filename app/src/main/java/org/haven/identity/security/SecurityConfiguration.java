package org.haven.identity.security;

import java.util.Map;
import org.haven.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API is stateless: every call but login, health and the API documentation carries a bearer token.
 * Authorisation of records happens in the use cases through the access policy, not in URL patterns.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SecurityConfiguration {

  @Bean
  SecurityFilterChain api(HttpSecurity http, Authentication authentication, JsonMapper json) throws Exception {
    BearerTokenFilter bearerTokens = new BearerTokenFilter(authentication);
    ProblemEntryPoint problems = new ProblemEntryPoint(json);
    http
        .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable())
        .logout(logout -> logout.disable())
        .requestCache(cache -> cache.disable())
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; frame-ancestors 'none'"))
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

  @Bean
  PasswordEncoder passwordEncoder() {
    // Argon2id by default; the prefix in each stored hash lets us move to stronger settings later.
    Argon2PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2));
    return encoder;
  }
}
