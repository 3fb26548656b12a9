package org.medmine.bench.nlp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.medmine.mining.nlp.TargetJudge;

/**
 * The NLP bench of issue 17. {@code NlpBench accuracy OUTDIR [dev|heldout|both]}: P/R/F1 per class
 * of medmine's ConText and of a plain NegEx on the gold halves (errors of each half written to
 * OUTDIR). {@code NlpBench throughput WAREHOUSE POPULATION|- [THREADS...]}: medmine's note pipeline
 * over every note of a warehouse (see {@code org.medmine.bench.NlpThroughputBench}).
 */
public final class NlpBench {
  private NlpBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length >= 2 && args[0].equals("accuracy")) {
      accuracy(Path.of(args[1]), args.length > 2 ? args[2] : "both");
    } else if (args.length >= 2 && args[0].equals("throughput")) {
      org.medmine.bench.NlpThroughputBench.main(java.util.Arrays.copyOfRange(args, 1, args.length));
    } else {
      System.err.println(
          "usage: NlpBench accuracy OUTDIR [dev|heldout|both] | throughput WAREHOUSE POPULATION|- [THREADS...]");
      System.exit(2);
    }
  }

  static void accuracy(Path out, String halves) throws IOException {
    Files.createDirectories(out);
    TargetJudge judge = TargetJudge.standard();
    NegExBaseline negex = NegExBaseline.standard();
    for (String half : new String[] {"dev", "heldout"}) {
      if (!halves.equals("both") && !halves.equals(half)) {
        continue;
      }
      ContextEvaluation e =
          ContextEvaluation.run(half, "context-gold-" + half + ".tsv", judge, negex);
      e.print(System.out);
      Files.write(out.resolve("errors-" + half + ".tsv"), e.errors());
    }
  }
}
