/**
 * Examples built on the library: the sample school district and, in {@link
 * org.partnership.examples.cli}, the {@code partnership.jar} command line.
 */
package org.partnership.examples;
