package org.haven.identity.web;

import java.util.List;
import org.haven.identity.Authentication;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class IdentityWebConfiguration implements WebMvcConfigurer {
  private final Authentication authentication;

  // Lazy: the MVC configuration is built early, before the identity services need to exist.
  IdentityWebConfiguration(@Lazy Authentication authentication) {
    this.authentication = authentication;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new CurrentActorResolver(authentication));
  }
}
