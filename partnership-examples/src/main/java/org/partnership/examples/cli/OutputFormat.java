package org.partnership.examples.cli;

/** How a command prints its result. */
enum OutputFormat {
  text,
  json,
  csv
}
