package org.haven.cases;

import java.nio.file.Path;
import org.haven.shared.ForbiddenException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code bin/haven import cases --file F.csv --owner USER [--skip-invalid] [--id-map OUT.csv]}: runs
 * {@link CaseImport} and exits 0 when the file was imported, 1 when it was not, 2 on a usage error.
 */
@Component
class CaseImportCommand implements ApplicationRunner {
  static final String USAGE = "usage: bin/haven import cases --file FILE.csv --owner USERNAME [--skip-invalid] "
      + "[--id-map OUT.csv] [--data DIR | --db-url URL --db-user U --db-password P]";

  private final String command;
  private final String file;
  private final String owner;
  private final boolean skipInvalid;
  private final String idMap;
  private final CaseImport imports;
  private final ApplicationContext context;

  CaseImportCommand(@Value("${haven.import-command:}") String command, @Value("${haven.import.file:}") String file,
      @Value("${haven.import.owner:}") String owner, @Value("${haven.import.skip-invalid:false}") boolean skipInvalid,
      @Value("${haven.import.id-map:}") String idMap, CaseImport imports, ApplicationContext context) {
    this.command = command.trim();
    this.file = file.trim();
    this.owner = owner.trim();
    this.skipInvalid = skipInvalid;
    this.idMap = idMap.trim();
    this.imports = imports;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (command.isEmpty()) {
      return;
    }
    if (!command.equals("cases") || file.isEmpty() || owner.isEmpty()) {
      System.err.println(command.equals("cases") ? USAGE : "unknown import '" + command + "'; known: cases");
      exit(2);
    }
    int code;
    try {
      CaseImport.Result result = imports.run(new CaseImport.Request(Path.of(file), owner, skipInvalid,
          idMap.isEmpty() ? null : Path.of(idMap)), message -> System.err.println("import: " + message));
      result.problems().forEach(p -> System.err.println("import: skipped " + p));
      System.out.printf("imported %d cases from %s, %d invalid rows skipped (checked in %.1f s, written in %.1f s)%n",
          result.imported(), file, result.skipped(), result.checking().toMillis() / 1000.0,
          result.writing().toMillis() / 1000.0);
      code = 0;
    } catch (CaseImport.Failure | ForbiddenException e) {
      System.err.println("import: " + e.getMessage());
      code = 1;
    }
    exit(code);
  }

  private void exit(int code) {
    System.exit(SpringApplication.exit(context, () -> code));
  }
}
