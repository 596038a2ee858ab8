package org.haven.cases;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.haven.audit.AuditEntry;
import org.haven.audit.AuditLog;
import org.haven.audit.FieldChange;
import org.haven.audit.FieldDiff;
import org.haven.audit.RecordHistory;
import org.haven.cases.domain.CaseDetails;
import org.haven.cases.domain.CaseStatus;
import org.haven.cases.domain.ChildCase;
import org.haven.cases.persistence.CaseRows;
import org.haven.forms.FieldType;
import org.haven.forms.FormConfiguration;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.identity.ActorDirectory;
import org.haven.shared.FieldError;
import org.haven.shared.InvalidRequestException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk import of children's descriptions from a CSV file of the matching interchange contract
 * (MATCHING.md), each registered as a case owned by one user, within that user's agency.
 *
 * <p>Every row passes the same checks as a registration through the API. The whole file is checked
 * before anything is written, so a bad row stops the import with nothing stored (or, when asked, is
 * skipped and counted). Rows are then written in transactions of {@value #BATCH} cases, each with its
 * name keys, its creation history and one audit event {@code case.import}, appended to the audit chain
 * under one lock per batch.
 */
@Service
public class CaseImport {
  static final int BATCH = 1000;
  static final String AUDIT_ACTION = "case.import";
  private static final int MAX_REPORTED_PROBLEMS = 20;

  private final CaseRows rows;
  private final CaseBodyParser parser;
  private final CaseAccess access;
  private final CaseMatcher matcher;
  private final RecordHistory history;
  private final AuditLog audit;
  private final FormConfiguration forms;
  private final ActorDirectory actors;
  private final TransactionTemplate transactions;
  private final JsonMapper json;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  CaseImport(CaseRows rows, CaseBodyParser parser, CaseAccess access, CaseMatcher matcher, RecordHistory history,
      AuditLog audit, FormConfiguration forms, ActorDirectory actors, TransactionTemplate transactions,
      JsonMapper json, Clock clock, ApplicationEventPublisher events) {
    this.events = events;
    this.rows = rows;
    this.parser = parser;
    this.access = access;
    this.matcher = matcher;
    this.history = history;
    this.audit = audit;
    this.forms = forms;
    this.actors = actors;
    this.transactions = transactions;
    this.json = json;
    this.clock = clock;
  }

  /**
   * What to import. {@code idMap}, when given, receives {@code record_id,case_id,case_number} of every
   * imported row, so that the source system can be linked to the new cases.
   */
  public record Request(Path file, String ownerUsername, boolean skipInvalid, Path idMap) {}

  /** What was imported; {@code problems} holds the first few skipped rows' reasons. */
  public record Result(long imported, long skipped, List<String> problems, Duration checking, Duration writing) {}

  /** The import cannot go on; the message names the file, line and column where a row is at fault. */
  public static class Failure extends RuntimeException {
    public Failure(String message) {
      super(message);
    }
  }

  public Result run(Request request, Consumer<String> progress) {
    Actor owner = actors.byUsername(request.ownerUsername())
        .orElseThrow(() -> new Failure("no active user named '" + request.ownerUsername() + "'"));
    access.require(owner, Action.CASE_CREATE, AUDIT_ACTION);
    boolean keepRecordId = forms.registrationForm().field(ImportedRowBody.SOURCE_RECORD_ID)
        .filter(f -> !f.isCore() && f.type() == FieldType.TEXT && !f.isMultiple()).isPresent();

    long started = System.nanoTime();
    Check check = check(request, keepRecordId, progress);
    Duration checking = Duration.ofNanos(System.nanoTime() - started);
    if (!request.skipInvalid() && !check.problems().isEmpty()) {
      throw new Failure(check.problems().get(0) + "; nothing was imported");
    }
    started = System.nanoTime();
    long imported = write(request, owner, keepRecordId, check.invalidRows(), progress);
    progress.accept("updating the database's statistics");
    rows.refreshStatistics();
    return new Result(imported, check.invalidRows().cardinality(),
        check.problems().subList(0, Math.min(MAX_REPORTED_PROBLEMS, check.problems().size())), checking,
        Duration.ofNanos(System.nanoTime() - started));
  }

  /** Rows (by their index among the data rows) that fail a check, and why. */
  private record Check(BitSet invalidRows, List<String> problems) {}

  private Check check(Request request, boolean keepRecordId, Consumer<String> progress) {
    BitSet invalid = new BitSet();
    List<String> problems = new ArrayList<>();
    Set<String> recordIds = new HashSet<>();
    LocalDate latestRecordedOn = clock.instant().atZone(ZoneOffset.UTC).toLocalDate().plusDays(1);
    int index = 0;
    try (ImportCsv csv = new ImportCsv(request.file())) {
      for (List<ImportCsv.Row> chunk = csv.next(BATCH); !chunk.isEmpty(); chunk = csv.next(BATCH)) {
        List<String> chunkProblems = chunk.parallelStream()
            .map(row -> problemOf(csv, row, keepRecordId, latestRecordedOn)).toList();
        for (int i = 0; i < chunk.size(); i++, index++) {
          String problem = chunkProblems.get(i);
          String id = chunk.get(i).get("record_id");
          if (problem == null && id != null && !recordIds.add(id)) {
            problem = csv.problem(chunk.get(i).line(), "record_id", "record_id appears twice").getMessage();
          }
          if (problem != null) {
            invalid.set(index);
            problems.add(problem);
            if (!request.skipInvalid()) {
              return new Check(invalid, problems);
            }
          }
        }
        if (index % 100_000 < BATCH) {
          progress.accept("checked " + index + " rows");
        }
      }
    }
    return new Check(invalid, problems);
  }

  private String problemOf(ImportCsv csv, ImportCsv.Row row, boolean keepRecordId, LocalDate latestRecordedOn) {
    if (row.get("record_id") == null) {
      return csv.problem(row.line(), "record_id", "is empty").getMessage();
    }
    String recordedOn = row.get("recorded_on");
    if (recordedOn != null) {
      try {
        if (LocalDate.parse(recordedOn).isAfter(latestRecordedOn)) {
          return csv.problem(row.line(), "recorded_on", "is in the future").getMessage();
        }
      } catch (DateTimeParseException e) {
        return csv.problem(row.line(), "recorded_on", "must be a date YYYY-MM-DD").getMessage();
      }
    }
    ImportedRowBody body = ImportedRowBody.of(row, keepRecordId, json);
    try {
      parser.parse(body.body());
      return null;
    } catch (InvalidRequestException e) {
      FieldError first = e.errors().get(0);
      String column = body.columnOf(first.field());
      return csv.problem(row.line(), column, column == null ? first.field() + " " + first.message()
          : first.message()).getMessage();
    }
  }

  /** A row ready to be written: everything but its case number, which the database hands out. */
  private record Prepared(String recordId, UUID id, Instant createdAt, CaseDetails details, Set<String> nameKeys,
      List<FieldChange> changes) {}

  // Marks the end of the rows; compared by identity.
  private static final List<Prepared> END = new ArrayList<>();

  private long write(Request request, Actor owner, boolean keepRecordId, BitSet invalid, Consumer<String> progress) {
    Instant importedAt = clock.instant();
    // Reading and validating rows runs beside the writing: on a few cores the two take turns at the CPU
    // while the database works.
    BlockingQueue<List<Prepared>> batches = new ArrayBlockingQueue<>(4);
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    Thread reader = new Thread(() -> prepareAll(request.file(), keepRecordId, invalid, importedAt, batches, failure),
        "case-import-reader");
    reader.setDaemon(true);
    reader.start();
    long imported = 0;
    try (IdMap idMap = new IdMap(request.idMap())) {
      while (true) {
        List<Prepared> batch = batches.take();
        if (batch == END) {
          break;
        }
        List<ChildCase> written = writeBatch(owner, batch);
        matcher.indexAll(written);
        idMap.add(batch, written);
        imported += batch.size();
        if (imported % 100_000 < BATCH) {
          progress.accept("imported " + imported + " cases");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failure("interrupted after " + imported + " cases were imported");
    } catch (RuntimeException e) {
      throw new Failure("stopped after " + imported + " cases were imported: " + e.getMessage());
    } finally {
      reader.interrupt();
    }
    if (failure.get() != null) {
      throw new Failure("stopped after " + imported + " cases were imported: " + failure.get().getMessage());
    }
    return imported;
  }

  private void prepareAll(Path file, boolean keepRecordId, BitSet invalid, Instant importedAt,
      BlockingQueue<List<Prepared>> batches, AtomicReference<RuntimeException> failure) {
    int index = 0;
    try (ImportCsv csv = new ImportCsv(file)) {
      for (List<ImportCsv.Row> chunk = csv.next(BATCH); !chunk.isEmpty(); chunk = csv.next(BATCH)) {
        List<ImportCsv.Row> valid = new ArrayList<>(chunk.size());
        for (ImportCsv.Row row : chunk) {
          if (!invalid.get(index++)) {
            valid.add(row);
          }
        }
        List<Prepared> batch = valid.parallelStream().map(row -> prepare(row, keepRecordId, importedAt)).toList();
        if (!batch.isEmpty()) {
          batches.put(batch);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    } catch (RuntimeException e) {
      failure.set(e);
    }
    try {
      batches.put(END);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Prepared prepare(ImportCsv.Row row, boolean keepRecordId, Instant importedAt) {
    CaseDetails parsed = parser.parse(ImportedRowBody.of(row, keepRecordId, json).body());
    // The same Latin forms a registration through the API gets.
    CaseDetails details = parsed.withLatinNames(
        parsed.givenNameLatin() != null ? parsed.givenNameLatin() : LatinNames.of(parsed.givenName()),
        parsed.familyNameLatin() != null ? parsed.familyNameLatin() : LatinNames.of(parsed.familyName()));
    String recordedOn = row.get("recorded_on");
    // The description was taken on recorded_on: ages given in the row are ages on that day.
    Instant createdAt = recordedOn == null ? importedAt
        : LocalDate.parse(recordedOn).atStartOfDay(ZoneOffset.UTC).toInstant();
    return new Prepared(row.get("record_id"), TimeOrderedIds.next(), createdAt, details, matcher.nameKeys(details),
        FieldDiff.between(null, json.valueToTree(details)));
  }

  private List<ChildCase> writeBatch(Actor owner, List<Prepared> batch) {
    return transactions.execute(tx -> {
      List<Long> numbers = rows.nextCaseNumbers(batch.size());
      List<ChildCase> cases = new ArrayList<>(batch.size());
      Map<UUID, Set<String>> keys = new LinkedHashMap<>();
      List<RecordHistory.Change> changes = new ArrayList<>(batch.size());
      List<AuditEntry> entries = new ArrayList<>(batch.size());
      for (int i = 0; i < batch.size(); i++) {
        Prepared p = batch.get(i);
        cases.add(new ChildCase(p.id(), CaseNumbers.format(numbers.get(i)), CaseStatus.OPEN, 1, owner.userId(),
            owner.agencyId(), p.createdAt(), owner.userId(), p.createdAt(), owner.userId(), p.details()));
        keys.put(p.id(), p.nameKeys());
        changes.add(new RecordHistory.Change(CaseAccess.RECORD_TYPE, p.id(), owner.userId(), p.createdAt(),
            p.changes()));
        entries.add(AuditEntry.of(owner.userId(), owner.agencyId(), AUDIT_ACTION, CaseAccess.RECORD_TYPE, p.id(),
            "bulk import"));
      }
      rows.insertAll(cases);
      rows.insertNameKeys(keys);
      history.recordAll(changes);
      events.publishEvent(new CaseEvents.CasesImported(cases.stream().map(ChildCase::id).toList()));
      // Chained at once (the import is the only writer) and last, so that the chain's head stays locked
      // only until the commit that follows.
      audit.allowedInBulk(entries);
      return cases;
    });
  }

  /** The optional file linking each imported row to its case; written batch by batch, after each commit. */
  private static final class IdMap implements AutoCloseable {
    private final BufferedWriter out;

    IdMap(Path file) {
      try {
        out = file == null ? null : Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        if (out != null) {
          out.write("record_id,case_id,case_number\n");
        }
      } catch (IOException e) {
        throw new Failure(file + ": cannot write the id map (" + e.getMessage() + ")");
      }
    }

    void add(List<Prepared> batch, List<ChildCase> written) {
      if (out == null) {
        return;
      }
      try {
        for (int i = 0; i < batch.size(); i++) {
          out.write(csv(batch.get(i).recordId()) + "," + written.get(i).id() + "," + written.get(i).caseNumber()
              + "\n");
        }
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static String csv(String value) {
      return value.matches("[^,\"\r\n]*") ? value : "\"" + value.replace("\"", "\"\"") + "\"";
    }

    @Override
    public void close() {
      if (out != null) {
        try {
          out.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }
}
