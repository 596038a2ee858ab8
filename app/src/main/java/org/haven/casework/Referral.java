package org.haven.casework;

import java.time.Instant;
import java.util.UUID;
import org.haven.casework.domain.ReferralStatus;
import tools.jackson.databind.JsonNode;

/**
 * A referral of a case to another agency or service provider: the service asked for, the reason, the parts
 * of the case it grants the recipient ({@code details.grants}), and any override of consent.
 */
public record Referral(UUID id, UUID caseId, UUID fromAgencyId, UUID toAgencyId, ReferralStatus status, long version,
    JsonNode details, Instant createdAt, UUID createdBy, Instant updatedAt, UUID updatedBy) {}
