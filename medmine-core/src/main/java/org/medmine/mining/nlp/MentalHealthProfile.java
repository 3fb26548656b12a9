package org.medmine.mining.nlp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The mental-health view of one patient: per marker, how many note mentions assert it of the
 * patient, deny it, leave it uncertain or hypothetical, or speak of a family member; and the latest
 * score of each screening instrument with its severity. A marker {@link #isPresent is present} when
 * a mention asserts it of the patient or the latest score of its instrument screens positive.
 */
public record MentalHealthProfile(
    String patientId,
    Map<MentalHealthMarker, MarkerMentions> markers,
    List<ScreeningScore> latestScores) {
  public MentalHealthProfile {
    markers = Map.copyOf(markers);
    latestScores = List.copyOf(latestScores);
  }

  /** How the notes speak of one marker. */
  public record MarkerMentions(int asserted, int negated, int uncertain, int family) {
    /** No mention. */
    public static final MarkerMentions NONE = new MarkerMentions(0, 0, 0, 0);

    /** These counts and one more mention judged {@code j}. */
    public MarkerMentions plus(ContextJudgement j) {
      boolean patient = j.experiencer() == Experiencer.PATIENT;
      return new MarkerMentions(
          asserted + (patient && j.assertion() == Assertion.AFFIRMED ? 1 : 0),
          negated + (patient && j.assertion() == Assertion.NEGATED ? 1 : 0),
          uncertain
              + (patient
                      && (j.assertion() == Assertion.POSSIBLE
                          || j.assertion() == Assertion.HYPOTHETICAL)
                  ? 1
                  : 0),
          family + (j.experiencer() == Experiencer.FAMILY ? 1 : 0));
    }
  }

  /**
   * Whether the marker is present: asserted in a note, or the latest score of its instrument is
   * positive.
   */
  public boolean isPresent(MentalHealthMarker marker) {
    MarkerMentions m = markers.get(marker);
    boolean asserted = m != null && m.asserted() > 0;
    return asserted
        || latestScores.stream()
            .anyMatch(
                s -> s.instrument().marker() == marker && s.instrument().isPositive(s.score()));
  }

  /** The profile of a patient from the mentions of their notes and their screening scores. */
  public static MentalHealthProfile of(
      String patientId, Collection<NoteMention> mentions, Collection<ScreeningScore> scores) {
    Map<MentalHealthMarker, MarkerMentions> markers = new EnumMap<>(MentalHealthMarker.class);
    for (NoteMention m : mentions) {
      MentalHealthMarker marker = m.mention().concept().marker();
      if (marker != MentalHealthMarker.NONE) {
        markers.merge(
            marker,
            MarkerMentions.NONE.plus(m.judgement()),
            (a, b) ->
                new MarkerMentions(
                    a.asserted() + b.asserted(),
                    a.negated() + b.negated(),
                    a.uncertain() + b.uncertain(),
                    a.family() + b.family()));
      }
    }
    return of(patientId, markers, scores);
  }

  /**
   * The profile of a patient from mention counts per marker (gathered note by note, as an
   * application streaming a corpus does with {@link MarkerMentions#plus}) and their screening
   * scores, of which the latest per instrument is kept.
   */
  public static MentalHealthProfile of(
      String patientId,
      Map<MentalHealthMarker, MarkerMentions> markers,
      Collection<ScreeningScore> scores) {
    Map<ScreeningInstrument, ScreeningScore> latest = new EnumMap<>(ScreeningInstrument.class);
    for (ScreeningScore s : scores) {
      latest.merge(s.instrument(), s, (a, b) -> b.date().isAfter(a.date()) ? b : a);
    }
    List<ScreeningScore> ordered = new ArrayList<>(latest.values());
    ordered.sort(Comparator.comparing(ScreeningScore::instrument));
    return new MentalHealthProfile(patientId, markers, ordered);
  }
}
