/**
 * {@code stats} and the overview of {@code report}: what a warehouse holds (rows per table, date
 * ranges, top codes, population, encounters per month, quarantine, ingest runs), computed by {@link
 * org.medmine.apps.stats.StatsQueries} through an analysis context and rendered as text, JSON and
 * report sections.
 */
package org.medmine.apps.stats;
