package org.haven.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The non-identifying facts of screening, for read models such as reporting: which screenings raised a
 * flag, of which category ({@code trafficking_indicators}, {@code exploitation_indicators}), and when;
 * never the answers or notes. It reads for the system itself, so it is neither authorised nor audited.
 */
@Service
public class ScreeningFacts {
  private final JdbcClient jdbc;

  ScreeningFacts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record FlagFacts(UUID screeningId, UUID caseId, String flag, Instant raisedAt) {}

  /** The case's screenings that raised a flag. */
  public List<FlagFacts> ofCase(UUID caseId) {
    return jdbc.sql("select id, case_id, flag, created_at from screenings where case_id = ? and flag <> 'none'")
        .param(caseId).query((rs, n) -> new FlagFacts(rs.getObject("id", UUID.class),
            rs.getObject("case_id", UUID.class), rs.getString("flag"), AssessmentRows.instant(rs, "created_at")))
        .list();
  }

  /** Every screening that raised a flag, streamed, to rebuild a read model. */
  public void forEach(Consumer<FlagFacts> consumer) {
    jdbc.sql("select id, case_id, flag, created_at from screenings where flag <> 'none'")
        .query(rs -> {
          consumer.accept(new FlagFacts(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
              rs.getString("flag"), AssessmentRows.instant(rs, "created_at")));
        });
  }
}
