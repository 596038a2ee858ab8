package org.haven.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The hash that links each audit event to the one before it. */
final class AuditChain {
  static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  static String hash(AuditEvent e) {
    String canonical = String.join("|", e.prevHash(), Long.toString(e.seq()), e.id().toString(),
        Long.toString(e.at().toEpochMilli()), str(e.userId()), str(e.agencyId()), e.action(), str(e.recordType()),
        str(e.recordId()), e.outcome().code(), str(e.purpose()));
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static String str(Object value) {
    return value == null ? "" : value.toString();
  }
}
