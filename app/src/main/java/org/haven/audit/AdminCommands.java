package org.haven.audit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/** {@code bin/haven admin verify-audit}: checks the audit chain and exits 0 when intact, 1 when broken. */
@Component
class AdminCommands implements ApplicationRunner {
  private final String command;
  private final AuditVerification verification;
  private final ApplicationContext context;

  AdminCommands(@Value("${haven.admin-command:}") String command, AuditVerification verification,
      ApplicationContext context) {
    this.command = command.trim();
    this.verification = verification;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (command.isEmpty()) {
      return;
    }
    if (!command.equals("verify-audit")) {
      System.err.println("unknown admin command '" + command + "'; known: verify-audit");
      System.exit(SpringApplication.exit(context, () -> 2));
    }
    AuditVerification.Result result = verification.verify();
    if (result.intact()) {
      System.out.println("audit chain intact: " + result.events() + " events verified");
    } else {
      System.out.println("audit chain BROKEN at event " + result.firstBrokenSeq() + ": " + result.problem());
    }
    int code = result.intact() ? 0 : 1;
    ExitCodeGenerator exit = () -> code;
    System.exit(SpringApplication.exit(context, exit));
  }
}
