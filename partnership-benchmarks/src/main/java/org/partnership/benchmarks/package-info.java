/** JMH benchmarks of the library; see BENCHMARKS.md for the commands and the figures. */
package org.partnership.benchmarks;
