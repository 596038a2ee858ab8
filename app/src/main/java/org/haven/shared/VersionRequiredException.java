package org.haven.shared;

/** An update came without If-Match. Answered with 428: blind overwrites are not accepted. */
public class VersionRequiredException extends RuntimeException {
  public VersionRequiredException() {
    super("send If-Match with the ETag of the version you edited");
  }
}
