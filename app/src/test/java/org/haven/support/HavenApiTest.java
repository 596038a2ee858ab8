package org.haven.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/** The real server on a random port, on an in-memory H2 database in PostgreSQL mode. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "haven.db.url=jdbc:h2:mem:haven-api-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "HAVEN_ADMIN_PASSWORD=" + ApiTestSupport.ADMIN_PASSWORD,
    "haven.security.login.max-failures-per-address=1000"})
public @interface HavenApiTest {}
