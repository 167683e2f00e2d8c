package org.partnership.simulation;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The lines of a file from a stranger, read within bounds: only a regular file (not a device or a
 * pipe a link may point at), at most a given number of bytes in all and per line, each line UTF-8 —
 * a byte that is not is reported with the file, line and column. Lines end at {@code \n}; a {@code
 * \r} before it is dropped. Internal to the engine; not thread-safe.
 */
final class BoundedLines implements Closeable {

  private final Path file;
  private final InputStream in;
  private final long maxBytes;
  private final int maxLine;
  private final CharsetDecoder utf8 =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private byte[] line = new byte[256];
  private long read;
  private long number;

  private BoundedLines(Path file, InputStream in, long maxBytes, int maxLine) {
    this.file = file;
    this.in = in;
    this.maxBytes = maxBytes;
    this.maxLine = maxLine;
  }

  /**
   * Opens a file for bounded reading.
   *
   * @throws IllegalArgumentException if it is not a regular file or larger than {@code maxBytes}
   * @throws IOException if it cannot be opened
   */
  static BoundedLines open(Path file, long maxBytes, int maxLine) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          file + ": not a regular file (a device, a pipe or a directory is not read)");
    }
    long size = Files.size(file);
    if (size > maxBytes) {
      throw new IllegalArgumentException(
          file + ": " + size + " bytes, more than the " + maxBytes + " it can need");
    }
    return new BoundedLines(
        file, new BufferedInputStream(Files.newInputStream(file), 65_536), maxBytes, maxLine);
  }

  /** The number of the line {@link #next()} returned last, from 1. */
  long lineNumber() {
    return number;
  }

  /**
   * The next line, without its end; null at the end of the file.
   *
   * @throws IllegalArgumentException with file:line:column if the line is too long, the file grows
   *     past its bound while read, or a byte is not UTF-8
   * @throws IOException if the file cannot be read
   */
  String next() throws IOException {
    int length = 0;
    int b = in.read();
    if (b < 0) {
      return null;
    }
    number++;
    while (b >= 0 && b != '\n') {
      if (++read > maxBytes) {
        throw new IllegalArgumentException(
            file + ":" + number + ": the file grows past the " + maxBytes + " bytes it can need");
      }
      if (length == maxLine) {
        throw new IllegalArgumentException(
            file + ":" + number + ": a line longer than " + maxLine + " bytes");
      }
      if (length == line.length) {
        line = Arrays.copyOf(line, Math.min(maxLine, 2 * length));
      }
      line[length++] = (byte) b;
      b = in.read();
    }
    read++;
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return decode(length);
  }

  private String decode(int length) {
    ByteBuffer bytes = ByteBuffer.wrap(line, 0, length);
    CharBuffer chars = CharBuffer.allocate(length);
    utf8.reset();
    CoderResult result = utf8.decode(bytes, chars, true);
    if (result.isError()) {
      throw new IllegalArgumentException(
          file + ":" + number + ":" + (chars.position() + 1) + ": is not valid UTF-8");
    }
    utf8.flush(chars);
    chars.flip();
    return chars.toString();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
