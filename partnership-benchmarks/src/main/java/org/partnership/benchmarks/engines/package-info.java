/**
 * The Vroom (2000) time-driven model in four engines — this library, Easy Rules, Drools (executable
 * model) and KIE DMN — built from the same published matrix, for a side-by-side benchmark.
 */
package org.partnership.benchmarks.engines;
