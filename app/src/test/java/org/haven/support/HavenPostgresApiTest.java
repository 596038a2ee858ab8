package org.haven.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The real server on a random port, on a fresh database of the local PostgreSQL server
 * (HAVEN_TEST_PG_URL, by default jdbc:postgresql://localhost:5432/postgres as user postgres).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "HAVEN_ADMIN_PASSWORD=" + ApiTestSupport.ADMIN_PASSWORD,
    "haven.security.login.max-failures-per-address=1000"})
@ContextConfiguration(initializers = FreshPostgresDatabase.class)
public @interface HavenPostgresApiTest {}
