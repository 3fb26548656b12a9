package org.medmine.apps.prediction;

import org.medmine.mining.predict.FeatureMatrix;

/**
 * The LACE index for early death or unplanned readmission after discharge (van Walraven et al.,
 * CMAJ 2010): Length of stay (0-7 points), Acuity of admission (3 if through the emergency
 * department), Comorbidity (Charlson index: 0, 1, 2, 3, or 5 for 4 and more) and Emergency visits
 * in the previous six months (0-4). A score from 0 to 19, computed from the same covariates as the
 * models.
 */
public final class LaceIndex {
  private LaceIndex() {}

  public static int score(double losDays, boolean acute, double charlson, double edVisits180d) {
    int l = losDays < 1 ? 0 : losDays < 4 ? (int) losDays : losDays < 7 ? 4 : losDays < 14 ? 5 : 7;
    int a = acute ? 3 : 0;
    int c = charlson >= 4 ? 5 : (int) charlson;
    int e = (int) Math.min(4, edVisits180d);
    return l + a + c + e;
  }

  /** The score of every row of a matrix from {@link FeatureExtractor}. */
  public static double[] scores(FeatureMatrix m) {
    double[] los = m.column(FeatureExtractor.LOS);
    double[] acute = m.column(FeatureExtractor.ACUTE);
    double[] charlson = m.column(FeatureExtractor.CHARLSON);
    double[] ed = m.column(FeatureExtractor.ED_180);
    double[] out = new double[m.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = score(los[i], acute[i] > 0, charlson[i], ed[i]);
    }
    return out;
  }
}
