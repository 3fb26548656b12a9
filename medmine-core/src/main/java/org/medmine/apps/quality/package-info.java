/**
 * {@code quality} and the data-quality section of {@code report}: the quality pass of {@link
 * org.medmine.quality.QualityAssessment} (unit standardization into {@code observation_standard},
 * the profile of every table, the check catalogue after Kahn et al. 2016, "A Harmonized Data
 * Quality Assessment Terminology and Framework") run through an analysis context, so that it reads
 * only what consent allows, and rendered as text, JSON and a report section.
 */
package org.medmine.apps.quality;
