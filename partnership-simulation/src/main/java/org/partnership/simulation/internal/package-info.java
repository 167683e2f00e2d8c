/** Helpers shared by the simulation packages; not API, never used outside this module. */
package org.partnership.simulation.internal;
