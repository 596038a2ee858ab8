package org.haven.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Creates an empty PostgreSQL database for one application context and points Haven at it. */
public class FreshPostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
  static final String ADMIN_URL = System.getenv().getOrDefault("HAVEN_TEST_PG_URL",
      "jdbc:postgresql://localhost:5432/postgres");
  static final String USER = System.getenv().getOrDefault("HAVEN_TEST_PG_USER", "postgres");
  static final String PASSWORD = System.getenv().getOrDefault("HAVEN_TEST_PG_PASSWORD", "");

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    String name = create();
    String url = ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("fresh-postgres",
        Map.of("haven.db.url", url, "haven.db.user", USER, "haven.db.password", PASSWORD)));
  }

  /** Creates a database with a unique name, to be dropped when the test JVM exits, and returns the name. */
  public static String create() {
    String name = "haven_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute("create database " + name);
    // Spring closes its contexts in a shutdown hook too; FORCE ends whatever connections are still open.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        execute("drop database if exists " + name + " with (force)");
      } catch (IllegalStateException ignored) {
        // The server went away first; nothing left to clean.
      }
    }));
    return name;
  }

  private static void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL is needed for this test and was not reachable at " + ADMIN_URL
          + " (start it, or set HAVEN_TEST_PG_URL): " + e.getMessage(), e);
    }
  }

  public static String urlOf(String database) {
    return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + database;
  }
}
