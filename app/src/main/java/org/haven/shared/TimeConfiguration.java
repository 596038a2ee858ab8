package org.haven.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, so that tests can move time. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
