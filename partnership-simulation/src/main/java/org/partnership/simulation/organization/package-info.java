/**
 * The partnership organization model ({@code docs/simulation-model.md}): {@link
 * org.partnership.simulation.organization.OrganizationSimulation} runs an {@link
 * org.partnership.simulation.organization.OrganizationScenario} — a {@link
 * org.partnership.simulation.organization.StylePolicy}, a size, a number of periods and {@link
 * org.partnership.simulation.organization.OrganizationParameters} — into an {@link
 * org.partnership.simulation.organization.OrganizationResult} and a ledger; {@link
 * org.partnership.simulation.organization.OrganizationModel} makes it an experiment model. Every
 * assumption is a {@link org.partnership.simulation.organization.OrganizationParameter}.
 */
package org.partnership.simulation.organization;
