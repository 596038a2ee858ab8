package org.haven.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts small secrets (second-factor seeds) with AES-GCM before they are stored, so that a copy of the
 * database alone does not let anyone produce a user's codes. The key is {@code haven.security.secret-key}
 * (Base64 of 16, 24 or 32 bytes) when set, as a deployment with several nodes needs; otherwise a key
 * generated on first use and kept in {@code <data-dir>/keys/secret.key}, readable by its owner only.
 */
@Component
class SecretBox {
  private static final int NONCE_BYTES = 12;
  private final SecureRandom random = new SecureRandom();
  private final String configuredKey;
  private final Path keyFile;
  private volatile SecretKeySpec key;

  SecretBox(@Value("${haven.security.secret-key:}") String configuredKey,
      @Value("${haven.data-dir:./data}") String dataDir) {
    this.configuredKey = configuredKey;
    this.keyFile = Path.of(dataDir, "keys", "secret.key");
  }

  String seal(byte[] plain) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, nonce));
      byte[] sealed = cipher.doFinal(plain);
      return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce)
          .put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot encrypt", e);
    }
  }

  byte[] open(String sealed) {
    try {
      byte[] all = Base64.getDecoder().decode(sealed);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, all, 0, NONCE_BYTES));
      return cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot decrypt: was the secret key changed?", e);
    }
  }

  private SecretKeySpec key() {
    SecretKeySpec k = key;
    if (k == null) {
      synchronized (this) {
        if (key == null) {
          key = new SecretKeySpec(configuredKey.isBlank() ? keyFromFile() : Base64.getDecoder().decode(configuredKey),
              "AES");
        }
        k = key;
      }
    }
    return k;
  }

  private byte[] keyFromFile() {
    try {
      if (Files.exists(keyFile)) {
        return Base64.getDecoder().decode(Files.readString(keyFile).strip());
      }
      Files.createDirectories(keyFile.getParent());
      byte[] fresh = new byte[32];
      random.nextBytes(fresh);
      Files.writeString(keyFile, Base64.getEncoder().encodeToString(fresh));
      try {
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        // Windows: the folder's permissions apply.
      }
      return fresh;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create " + keyFile, e);
    }
  }
}
