package org.haven.reporting.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import net.lingala.zip4j.io.outputstream.ZipOutputStream;
import net.lingala.zip4j.model.ZipParameters;
import net.lingala.zip4j.model.enums.AesKeyStrength;
import net.lingala.zip4j.model.enums.EncryptionMethod;

/**
 * One file inside a zip encrypted with AES-256 (the WinZip AE-2 format, written by zip4j), which 7-Zip,
 * WinZip, macOS and most archive tools open with the password; the legacy ZipCrypto is never used.
 */
public final class EncryptedZip {
  private EncryptedZip() {}

  public static byte[] of(String fileName, byte[] content, String password) {
    ZipParameters parameters = new ZipParameters();
    parameters.setEncryptFiles(true);
    parameters.setEncryptionMethod(EncryptionMethod.AES);
    parameters.setAesKeyStrength(AesKeyStrength.KEY_STRENGTH_256);
    parameters.setFileNameInZip(fileName);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out, password.toCharArray())) {
      zip.putNextEntry(parameters);
      zip.write(content);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
