package org.haven.bestinterests.persistence;

import java.util.List;
import org.haven.bestinterests.domain.Vote;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The votes of BID panels, one per member and round. */
@Repository
public class VoteRows {
  private final JdbcClient jdbc;
  private final JsonMapper json;

  VoteRows(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Stores the vote; false when this member has voted in this round already. */
  public boolean insert(Vote vote) {
    try {
      return jdbc.sql("insert into bid_votes (bid_id, round, member_id, document, voted_at) values (?,?,?,?,?)")
          .params(vote.bidId(), vote.round(), vote.memberId(), json.writeValueAsString(vote),
              ProcedureRows.at(vote.at()))
          .update() == 1;
    } catch (DuplicateKeyException alreadyVoted) {
      return false;
    }
  }

  public List<Vote> ofRound(java.util.UUID bidId, int round) {
    return jdbc.sql("select document from bid_votes where bid_id = ? and round = ? order by voted_at, member_id")
        .params(bidId, round).query((rs, n) -> json.readValue(rs.getString(1), Vote.class)).list();
  }
}
