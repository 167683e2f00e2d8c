/**
 * The immutable domain model: people and their competences, roles in a real hierarchy, the two
 * sources of authority (position and competence), decisions and their traits, the seven-step style
 * continuum and its two modes, and time allocations.
 *
 * <p>Every type here is immutable and thread-safe. Values are validated once, at construction: a
 * bad value fails with {@link java.lang.IllegalArgumentException} whose message names the field,
 * the value and the rule; a null fails with {@link java.lang.NullPointerException} naming the
 * parameter. No method of this package returns null; absent values are {@link java.util.Optional}
 * or {@link java.util.OptionalDouble}.
 */
@ValueStyle
package org.partnership.model;

import org.partnership.internal.ValueStyle;
