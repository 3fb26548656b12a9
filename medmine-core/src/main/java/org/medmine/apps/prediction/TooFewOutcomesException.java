package org.medmine.apps.prediction;

/**
 * A study whose cohort was built but has too few outcomes (or too few non-outcomes) in its training
 * or test patients to fit and evaluate a model. It keeps the cohort, its attrition and the split,
 * so that a report can still show who was in the study and why no model was trained, instead of
 * leaving the study out. Not a user error: the study and its options were fine, the data are too
 * few ({@code medmine study run} exits 3, the negative verdict, and writes a card that says why).
 */
public final class TooFewOutcomesException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient StudyDefinition study;
  private final transient Cohort cohort;
  private final transient StudyResult.Split split;
  private final long seed;

  TooFewOutcomesException(
      StudyDefinition study, Cohort cohort, StudyResult.Split split, long seed) {
    super(
        "Study "
            + study.name()
            + " has "
            + cohort.outcomes()
            + " outcomes in "
            + cohort.events().size()
            + " index events ("
            + split.trainOutcomes()
            + " in training, "
            + split.testOutcomes()
            + " in test): too few to"
            + " train and evaluate a model (at least 2 training and 1 test outcome, and non-outcomes in both, are needed)."
            + " Use a larger population.");
    this.study = study;
    this.cohort = cohort;
    this.split = split;
    this.seed = seed;
  }

  public StudyDefinition study() {
    return study;
  }

  public Cohort cohort() {
    return cohort;
  }

  public StudyResult.Split split() {
    return split;
  }

  public long seed() {
    return seed;
  }
}
