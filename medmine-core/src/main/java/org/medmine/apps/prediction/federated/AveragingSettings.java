package org.medmine.apps.prediction.federated;

/**
 * Federated averaging (McMahan et al., AISTATS 2017) of the logistic regression: each round every
 * site takes {@code localSteps} full-batch gradient steps of size {@code learningRate} on its share
 * of the pooled penalized objective from the coordinator's model, and the coordinator averages the
 * sites' changes weighted by their rows. With {@code privacy} each change is clipped and noised at
 * its site and the sites weigh equally (DP-FedAvg, McMahan et al., ICLR 2018).
 *
 * @param rounds rounds of averaging
 * @param localSteps gradient steps per site and round
 * @param learningRate the step size on the standardized scale
 * @param privacy the differential-privacy settings, or null for none
 */
public record AveragingSettings(
    int rounds, int localSteps, double learningRate, DifferentialPrivacy privacy) {
  /** 60 rounds of 5 steps of size 0.5, without differential privacy. */
  public static AveragingSettings defaults() {
    return new AveragingSettings(60, 5, 0.5, null);
  }
}
