package org.medmine.bench.nlp;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.medmine.mining.nlp.ContextJudgement;
import org.medmine.mining.nlp.TargetJudge;

/**
 * Scores medmine's ConText ({@link TargetJudge}) and the NegEx baseline on one half of the gold
 * set: precision, recall and F1 per class of assertion, temporality and experiencer, side by side,
 * and the pairs medmine got wrong.
 */
final class ContextEvaluation {
  private final String name;
  private final List<GoldPair> gold;
  private final List<String[]> medmine = new ArrayList<>();
  private final List<String[]> negex = new ArrayList<>();

  private ContextEvaluation(String name, List<GoldPair> gold) {
    this.name = name;
    this.gold = gold;
  }

  /** Runs both systems over the pairs of {@code resource}. */
  static ContextEvaluation run(
      String name, String resource, TargetJudge judge, NegExBaseline baseline) {
    ContextEvaluation e = new ContextEvaluation(name, GoldPair.read(resource));
    for (GoldPair p : e.gold) {
      ContextJudgement j = judge.judge(p.sentence(), p.target());
      e.medmine.add(
          new String[] {
            j.assertion().label(),
            j.temporality().label(),
            j.experiencer().label(),
            String.join(" ", j.triggers())
          });
      e.negex.add(
          new String[] {baseline.assertion(p.sentence(), p.target()), "recent", "patient", ""});
    }
    return e;
  }

  /** The scores of every class for the given system's predictions. */
  List<ClassScores> scores(boolean ofMedmine) {
    List<ClassScores> out = new ArrayList<>();
    List<String[]> predicted = ofMedmine ? medmine : negex;
    for (GoldPair.Dimension d : GoldPair.Dimension.values()) {
      List<String> g = gold.stream().map(p -> p.label(d)).toList();
      List<String> p = predicted.stream().map(x -> x[d.ordinal()]).toList();
      for (String label : d.classes) {
        out.add(ClassScores.of(d.name().toLowerCase(Locale.ROOT), label, g, p));
      }
    }
    return out;
  }

  /** Prints the side-by-side table. */
  void print(PrintStream out) {
    out.printf(Locale.ROOT, "%n%s: %d pairs%n", name, gold.size());
    out.printf(
        Locale.ROOT,
        "%-12s %-13s %7s | %6s %6s %6s | %6s %6s %6s%n",
        "dimension",
        "class",
        "support",
        "P",
        "R",
        "F1",
        "NegEx P",
        "R",
        "F1");
    List<ClassScores> m = scores(true);
    List<ClassScores> n = scores(false);
    for (int i = 0; i < m.size(); i++) {
      ClassScores a = m.get(i);
      ClassScores b = n.get(i);
      out.printf(
          Locale.ROOT,
          "%-12s %-13s %7d | %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f%n",
          a.dimension(),
          a.label(),
          a.support(),
          a.precision(),
          a.recall(),
          a.f1(),
          b.precision(),
          b.recall(),
          b.f1());
    }
  }

  /** The pairs medmine labelled differently from the gold, one line each, for error analysis. */
  List<String> errors() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      GoldPair g = gold.get(i);
      String[] p = medmine.get(i);
      if (!g.assertion().equals(p[0])
          || !g.temporality().equals(p[1])
          || !g.experiencer().equals(p[2])) {
        out.add(
            String.join(
                "\t",
                g.sentence(),
                g.target(),
                g.assertion() + "/" + g.temporality() + "/" + g.experiencer(),
                p[0] + "/" + p[1] + "/" + p[2],
                p[3]));
      }
    }
    return out;
  }
}
