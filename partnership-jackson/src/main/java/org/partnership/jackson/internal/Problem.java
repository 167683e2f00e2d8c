package org.partnership.jackson.internal;

import tools.jackson.core.JsonPointer;

/** A problem at a place in a document tree, before its line and column are known. Internal. */
public final class Problem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient JsonPointer pointer;
  private final String path;

  Problem(JsonPointer pointer, String path, String message, Throwable cause) {
    super(message, cause);
    this.pointer = pointer;
    this.path = path;
  }

  /** Where the problem is, as a JSON pointer. */
  public JsonPointer pointer() {
    return pointer;
  }

  /** Where the problem is, as a readable path. */
  public String path() {
    return path;
  }
}
