package org.partnership.jackson;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the ledger readers share. Package-private. */
final class Ledgers {

  private Ledgers() {}

  /**
   * A reader of a UTF-8 file that replaces bytes that are not UTF-8 with U+FFFD instead of failing
   * the whole file, so that readers can reject the row they are in, with its line and column.
   */
  static Reader utf8(Path file) throws IOException {
    return new InputStreamReader(
        Files.newInputStream(file),
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE));
  }
}
