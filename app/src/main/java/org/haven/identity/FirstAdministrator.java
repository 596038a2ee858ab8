package org.haven.identity;

import java.security.SecureRandom;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start against an empty database, creates the user {@code admin} (system_admin) in a
 * first agency. The password is HAVEN_ADMIN_PASSWORD when set, otherwise a random one printed once.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  private final Agencies agencies;
  private final Users users;
  private final String configuredPassword;

  private final boolean adminCommand;

  FirstAdministrator(Agencies agencies, Users users, @Value("${HAVEN_ADMIN_PASSWORD:}") String configuredPassword,
      @Value("${haven.admin-command:}") String adminCommand) {
    this.agencies = agencies;
    this.users = users;
    this.configuredPassword = configuredPassword;
    this.adminCommand = !adminCommand.isBlank();
  }

  @Override
  public void run(ApplicationArguments args) {
    if (adminCommand || !users.isEmpty()) {
      return;
    }
    Agency agency = agencies.isEmpty()
        ? agencies.bootstrap("SYSTEM", "System administration", AgencyType.OTHER)
        : null;
    if (agency == null) {
      return;
    }
    boolean generated = configuredPassword.isBlank();
    String password = generated ? randomPassword() : configuredPassword;
    users.bootstrap("admin", password, agency.id());
    if (generated) {
      // Printed on the console once, by design: it is the only way the installer learns it.
      System.out.println();
      System.out.println("==========================================================");
      System.out.println(" Haven created the administrator account.");
      System.out.println("   username: admin");
      System.out.println("   password: " + password);
      System.out.println(" It is shown only this once. Change it after signing in.");
      System.out.println("==========================================================");
      System.out.println();
    }
  }

  private static String randomPassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
