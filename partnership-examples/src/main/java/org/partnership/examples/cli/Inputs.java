package org.partnership.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.partnership.jackson.DocumentType;
import org.partnership.rules.Policy;

/** Reading the optional inputs shared by several commands. */
final class Inputs {

  private Inputs() {}

  /** The policy in the file, or the seed policy when no file is given. */
  static Policy policy(Path file) throws IOException {
    return file == null ? Policy.seed() : DocumentType.POLICY.read(file);
  }
}
