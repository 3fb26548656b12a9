/**
 * Clustering over plain feature matrices: standardization, k-means++ (Arthur and Vassilvitskii
 * 2007, through Apache Commons Math) with k chosen by the mean silhouette (Rousseeuw 1987), DBSCAN
 * (Ester et al. 1996) for irregular groups and noise, HDBSCAN* (Campello et al. 2013, through
 * Oracle Tribuo) for groups of varying density, Gower's distance (Gower 1971) and k-medoids for
 * mixed numeric and categorical data, and the adjusted Rand index (Hubert and Arabie 1985) to
 * compare partitions.
 */
package org.medmine.mining.cluster;
