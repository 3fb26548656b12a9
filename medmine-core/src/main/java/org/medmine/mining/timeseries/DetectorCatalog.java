package org.medmine.mining.timeseries;

import java.util.List;
import java.util.Locale;
import org.medmine.model.MedmineUserException;

/**
 * The outbreak detectors by the names users give them ({@code ears-c1}, {@code cusum}, {@code
 * noufaily}, ...), with the settings medmine runs them with: the one place a name becomes an {@link
 * OutbreakDetector}, for surveillance, its command line and its demo. A new detector is one line in
 * {@link #NAMES} and one in {@link #byName}.
 */
public final class DetectorCatalog {
  /** Every detector name, in the order the help lists them. */
  public static final List<String> NAMES =
      List.of(
          "ears-c1",
          "ears-c2",
          "ears-c3",
          "cusum",
          "farrington",
          "noufaily",
          "bayes",
          "glrnb",
          "glr-seasonal",
          "nb-regression",
          "ensemble");

  private DetectorCatalog() {}

  /**
   * The detector called {@code name} (case and surrounding blanks ignored) for a series of {@code
   * granularity}; EARS floors its baseline's standard deviation at {@code minSigma} ({@link
   * EarsDetector#sparse}).
   */
  public static OutbreakDetector byName(String name, Granularity granularity, double minSigma) {
    requireMinSigma(minSigma);
    int perYear = granularity.periodsPerYear();
    return switch (requireKnown(name)) {
      case "ears-c1" -> EarsDetector.sparse(EarsDetector.Variant.C1, minSigma);
      case "ears-c2" -> EarsDetector.sparse(EarsDetector.Variant.C2, minSigma);
      case "ears-c3" -> EarsDetector.sparse(EarsDetector.Variant.C3, minSigma);
      case "cusum" -> CusumDetector.standard();
      case "farrington" ->
          new FarringtonFlexibleDetector(FarringtonOptions.farrington1996(), perYear);
      case "noufaily" -> new FarringtonFlexibleDetector(FarringtonOptions.noufaily(), perYear);
      case "bayes" -> BayesDetector.standard(perYear);
      case "glrnb" ->
          new GlrNegativeBinomialDetector(
              GlrNegativeBinomialDetector.Options.asR(perYear, 1, false, 5));
      case "glr-seasonal" ->
          new GlrNegativeBinomialDetector(GlrNegativeBinomialDetector.Options.seasonal(perYear));
      case "nb-regression" ->
          new NegativeBinomialRegressionDetector(
              NegativeBinomialRegressionDetector.Options.standard(perYear));
      case "ensemble" -> EnsembleDetector.standard(perYear);
      default -> throw new IllegalStateException("a name in NAMES without a detector: " + name);
    };
  }

  /**
   * {@code name} normalised (lower case, stripped), or a user error naming the detectors there are.
   */
  public static String requireKnown(String name) {
    String key = name.strip().toLowerCase(Locale.ROOT);
    if (!NAMES.contains(key)) {
      String last = NAMES.get(NAMES.size() - 1);
      throw new MedmineUserException(
          "Unknown --method '"
              + key
              + "': use "
              + String.join(", ", NAMES.subList(0, NAMES.size() - 1))
              + " or "
              + last
              + ".");
    }
    return key;
  }

  /** Refuses a negative (or NaN) least standard deviation of an EARS baseline. */
  public static void requireMinSigma(double minSigma) {
    if (!(minSigma >= 0)) {
      throw new MedmineUserException("--min-sigma must be 0 or more, not " + minSigma + ".");
    }
  }
}
