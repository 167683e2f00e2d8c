/**
 * March (1991), exploration and exploitation in organizational learning, exactly as docs/models.md
 * states it: {@link org.partnership.simulation.march.March1991}, its experiment {@link
 * org.partnership.simulation.march.MarchModel} and the paper's figures.
 */
package org.partnership.simulation.march;
