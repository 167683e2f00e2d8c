package org.partnership.rules;

import java.util.List;
import org.immutables.value.Value;
import org.partnership.model.Trait;

/**
 * The question to ask first about a tentative recommendation: the unknown trait whose answer
 * narrows the styles it could take the most, in words, and what each answer would leave.
 *
 * <p>The answers cover the values the trait can take, in increasing order, each a range of values
 * with the styles the completions then reach and the style then recommended. A range no completion
 * reaches (between two sources that disagree, for example) is not an answer.
 *
 * <p>Immutable and thread-safe; equality is by value.
 */
@Value.Immutable
public abstract class Question {

  Question() {}

  /** The trait to ask about. */
  public abstract Trait trait();

  /** The question in words, e.g. {@code Does the group share the goals the decision serves?}. */
  public abstract String text();

  /** The possible answers, in increasing order of the trait's value; at least two. */
  public abstract List<Answer> answers();

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(trait().id()).append(": ");
    boolean first = true;
    for (Answer a : answers()) {
      s.append(first ? "" : "; ").append(a);
      first = false;
    }
    return s.toString();
  }
}
