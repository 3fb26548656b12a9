/**
 * Patient segmentation: a feature vector per patient (age, sex, race, ethnicity, comorbidity
 * indicators, utilization, cost, key lab values) from the warehouse, clustered by k-means++ (k by
 * silhouette), DBSCAN, or k-medoids or HDBSCAN* over Gower's distance for the mixed numeric and
 * categorical features; each segment profiled by what sets it apart. The app: {@link
 * org.medmine.apps.segments.SegmentApp} ({@code segment}).
 */
package org.medmine.apps.segments;
