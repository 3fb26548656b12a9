package org.medmine.apps.link;

import java.util.Locale;
import org.medmine.quality.linkage.PairComparator;
import org.medmine.quality.linkage.PatientLinker;
import org.medmine.quality.linkage.ScoredPair;

/** The linkage apps' results for a terminal. */
final class LinkText {
  /** Pairs listed of each kind. */
  static final int PAIRS_SHOWN = 20;

  private LinkText() {}

  static String run(PatientLinker.Result r) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%s run: %d patient records (%d new), %d clustered again in %.1f s: %d pairs"
                + " compared, %d linked pairs, %d pairs for review, %d persons%n",
            r.full() ? "Full" : "Incremental",
            r.records(),
            r.newRecords(),
            r.region().size(),
            r.seconds(),
            r.candidatePairs(),
            r.matches().size(),
            r.review().size(),
            r.clusters()));
    out.append(
        String.format(
            Locale.ROOT,
            "  Fellegi-Sunter: match prevalence among candidates %.4f after %d EM"
                + " iterations%n",
            r.model().prevalence(),
            r.model().iterations()));
    for (ScoredPair p : r.matches().stream().limit(PAIRS_SHOWN).toList()) {
      out.append(
          String.format(
              Locale.ROOT,
              "  linked  %.3f  %s  ~  %s  [%s]%n",
              p.probability(),
              p.a().key(),
              p.b().key(),
              PairComparator.describe(p.levels())));
    }
    for (ScoredPair p : r.review().stream().limit(PAIRS_SHOWN).toList()) {
      out.append(
          String.format(
              Locale.ROOT,
              "  review  %.3f  %s  ~  %s  [%s]%s%n",
              p.probability(),
              p.a().key(),
              p.b().key(),
              PairComparator.describe(p.levels()),
              p.forbidden() ? "  forbidden: " + String.join(", ", LinkJson.rules(p)) : ""));
    }
    return out.toString();
  }

  static String match(LinkJson.Match m) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Patient %s: %d records compared, %d candidates%n",
            m.probe(),
            m.compared(),
            m.candidates().size()));
    for (LinkJson.Candidate c : m.candidates()) {
      out.append(
          String.format(
              Locale.ROOT,
              "%n  %-14s %-28s person %s  probability %.4f  weight %.1f bits%n",
              c.grade(),
              c.record(),
              c.personId(),
              c.probability(),
              c.weight()));
      for (LinkJson.Evidence e : c.evidence()) {
        out.append(
            String.format(
                Locale.ROOT,
                "    %-10s %-8s %+6.1f   %s | %s%n",
                e.field(),
                e.agreement(),
                e.weight(),
                e.probe() == null ? "-" : e.probe(),
                e.candidate() == null ? "-" : e.candidate()));
      }
      for (String rule : c.forbiddenBy()) {
        out.append(String.format(Locale.ROOT, "    forbidden: %s%n", rule));
      }
    }
    return out.toString();
  }
}
