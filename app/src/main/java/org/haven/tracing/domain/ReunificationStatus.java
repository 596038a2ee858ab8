package org.haven.tracing.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * Where the reunification of a confirmed match stands:
 * {@code verifying → verified → assessed → reunified}, or {@code verification_failed},
 * {@code not_recommended}, {@code not_reunified} (closed with a reason).
 */
@org.springframework.modulith.NamedInterface("reunification")
public enum ReunificationStatus {
  VERIFYING, VERIFICATION_FAILED, VERIFIED, ASSESSED, NOT_RECOMMENDED, REUNIFIED, NOT_REUNIFIED;

  public boolean closed() {
    return this == REUNIFIED || this == NOT_REUNIFIED;
  }

  @JsonValue
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static ReunificationStatus fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown reunification status"));
  }
}
