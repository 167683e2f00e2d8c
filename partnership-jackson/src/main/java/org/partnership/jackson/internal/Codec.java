package org.partnership.jackson.internal;

import tools.jackson.databind.JsonNode;

/** Converts one kind of value from and to a document tree. Internal. */
public interface Codec<T> {

  /** The value of a tree; problems are {@link Problem}s at their node. */
  T read(Node root);

  /** The tree of a value; reading it back gives an equal value. */
  JsonNode write(T value);
}
