package org.medmine.privacy;

import java.util.List;
import java.util.Map;

/**
 * Re-identification risk of a table on its quasi-identifiers (El Emam and Dankar 2008; Sweeney
 * 2002).
 *
 * @param quasiIdentifiers the columns that form the equivalence classes
 * @param k the k asked for
 * @param records the records (after suppression, if any)
 * @param classes the number of equivalence classes
 * @param classSizeCounts how many classes have each size (size to count)
 * @param shareBelowK the share of records in classes smaller than k
 * @param prosecutorMaxRisk 1 / the smallest class size: the risk of the most exposed record
 * @param prosecutorAverageRisk the average over records of 1 / class size (= classes / records)
 * @param journalistMaxRisk 1 / the smallest population class that holds a sample class (equal to
 *     the prosecutor risk when the sample is the population)
 * @param levels the generalization level applied to each quasi-identifier (0 = as recorded)
 * @param suppressed records suppressed to reach k
 * @param informationLoss the mean over quasi-identifiers of level / top level (Sweeney's precision
 *     loss), plus the share of records suppressed
 */
public record RiskReport(
    List<String> quasiIdentifiers,
    int k,
    int records,
    int classes,
    Map<Integer, Integer> classSizeCounts,
    double shareBelowK,
    double prosecutorMaxRisk,
    double prosecutorAverageRisk,
    double journalistMaxRisk,
    Map<String, Integer> levels,
    int suppressed,
    double informationLoss) {}
