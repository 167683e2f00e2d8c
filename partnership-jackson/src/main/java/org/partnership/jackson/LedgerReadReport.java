package org.partnership.jackson;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * What reading a ledger file did: records read, accepted and rejected ({@code read = accepted +
 * rejected}, always), and the first problems ({@value #MAX_PROBLEMS} at most), each as {@code
 * file:line:column field: problem}.
 *
 * <p>Immutable and thread-safe.
 */
public final class LedgerReadReport {

  /** At most this many problems are kept. */
  public static final int MAX_PROBLEMS = 10;

  private final String source;
  private final long accepted;
  private final long rejected;
  private final ImmutableList<DocumentException> problems;

  LedgerReadReport(String source, long accepted, long rejected, List<DocumentException> problems) {
    this.source = source;
    this.accepted = accepted;
    this.rejected = rejected;
    this.problems = ImmutableList.copyOf(problems);
  }

  /** The file name or description read. */
  public String source() {
    return source;
  }

  /** Records (rows or lines) read, blank lines excepted. */
  public long read() {
    return accepted + rejected;
  }

  /** Records accepted and handed on. */
  public long accepted() {
    return accepted;
  }

  /** Records rejected (lenient mode only; strict mode stops at the first). */
  public long rejected() {
    return rejected;
  }

  /** The first problems, in file order. */
  public List<DocumentException> problems() {
    return problems;
  }

  /** The report combined with another's counts and problems (for a ledger of several files). */
  public LedgerReadReport plus(LedgerReadReport other) {
    Objects.requireNonNull(other, "other");
    ImmutableList.Builder<DocumentException> all = ImmutableList.builder();
    all.addAll(problems);
    all.addAll(other.problems.subList(0, Math.min(other.problems.size(), MAX_PROBLEMS)));
    List<DocumentException> list = all.build();
    return new LedgerReadReport(
        source + ", " + other.source,
        accepted + other.accepted,
        rejected + other.rejected,
        list.subList(0, Math.min(list.size(), MAX_PROBLEMS)));
  }

  @Override
  public String toString() {
    return source + ": read " + read() + ", accepted " + accepted + ", rejected " + rejected;
  }
}
