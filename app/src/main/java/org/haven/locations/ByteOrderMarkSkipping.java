package org.haven.locations;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/** Drops the byte order mark that spreadsheet programs put at the start of UTF-8 CSV exports. */
final class ByteOrderMarkSkipping extends FilterReader {
  private boolean started;

  ByteOrderMarkSkipping(Reader in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0];
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (!started && n > 0) {
      started = true;
      if (buffer[offset] == '\uFEFF') {
        System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
        return n == 1 ? read(buffer, offset, length) : n - 1;
      }
    }
    return n;
  }
}
