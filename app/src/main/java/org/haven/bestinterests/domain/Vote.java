package org.haven.bestinterests.domain;

import java.time.Instant;
import java.util.UUID;

/** One panel member's vote in one round of a BID (a reopened BID votes again in a new round). */
public record Vote(UUID bidId, int round, UUID memberId, BidChoice choice, String comment, Instant at) {}
