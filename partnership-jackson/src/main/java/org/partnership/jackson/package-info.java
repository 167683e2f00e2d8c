/**
 * Reading and writing the library's values as JSON and YAML documents with Jackson 3.
 *
 * <p>Documents are data only: no polymorphic typing, no class names, no expression language, so a
 * document can never make the reader run code. Readers refuse unknown fields, duplicate keys,
 * documents over a size limit and documents nested too deeply. Every error is a {@link
 * org.partnership.jackson.DocumentException} that names the source, the line and column, the path
 * of the bad field and what was expected.
 */
package org.partnership.jackson;
