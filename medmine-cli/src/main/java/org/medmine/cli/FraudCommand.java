package org.medmine.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.medmine.apps.fraud.FraudApp;
import org.medmine.apps.fraud.FraudOptions;
import org.medmine.apps.fraud.FraudResult;
import org.medmine.apps.fraud.FraudScreen;
import org.medmine.context.AnalysisContext;
import org.medmine.privacy.ProtectedOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;


/** {@code medmine fraud}: providers ranked by how far their claims deviate from their peers, with reasons. */
@Command(
    name = "fraud",
    mixinStandardHelpOptions = true,
    description = {
      "Screens billing providers for claims fraud: per-provider features (claims and services per patient, cost per"
          + " claim, procedure-mix divergence, off-hours billing, claims without an encounter, upcoded visits, split"
          + " and duplicate claims, sex-impossible or post-mortem services) scored by robust peer z-scores and an"
          + " isolation forest into one ranked list, each provider with the reasons that drove it.",
      "JSON (--format json): {parameters, providers: [{rank, provider, name, specialty, claims, patients, score,"
          + " isolationScore, features: {feature: value}, z: {feature: z}, reasons: [{feature, value, z, text}]}],"
          + " claims: [{rank, claim, patient, provider, start, total, score, reasons: [{feature, weight, text}]}]}"
          + " (claims: the first --top-claims of the per-claim ranking; run: the provenance)."
    })
final class FraudCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;
  @Mixin FormatOption output;
  @Mixin ProtectedOutputOption protection;

  @Option(names = "--min-claims", defaultValue = "10", paramLabel = "N", description = "Screen providers with at least N claims. Default: ${DEFAULT-VALUE}.")
  int minClaims;

  @Option(names = "--reason-z", defaultValue = "3.5", paramLabel = "Z", description = "Robust z-score from which a feature is a reason. Default: ${DEFAULT-VALUE}.")
  double reasonZ;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Isolation forest seed. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--top", defaultValue = "25", paramLabel = "N", description = "Providers shown in the table and report. Default: ${DEFAULT-VALUE}.")
  int top;

  @Option(names = "--top-claims", defaultValue = "100", paramLabel = "N",
      description = "Claims of the per-claim ranking in the JSON, table and report (0: none). Default: ${DEFAULT-VALUE}.")
  int topClaims;

  @Option(names = "--report", paramLabel = "FILE", description = "Also write an HTML report with the ranked lists;"
      + " encrypted as FILE.enc unless the warehouse is de-identified or --plaintext is given.")
  Path report;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    FraudScreen.Options d = FraudScreen.Options.defaults();
    FraudOptions options = new FraudOptions(new FraudScreen.Options(minClaims, reasonZ, d.minPeers(), d.trees(), seed), top,
        topClaims);
    ProtectedOutput protect;
    FraudResult result;
    try (AnalysisContext context = Contexts.open(spec, warehouse.file, null)) {
      protect = report == null ? null : protection.decide(context, "fraud", report);
      result = context.run(new FraudApp(), options);
    }
    Path written = protect == null ? null : protect.write(report,
        f -> Contexts.page(result).write(f));
    output.print(spec, result);
    if (!output.json() && written != null) {
      spec.commandLine().getOut().println("Wrote " + ProtectedOutputOption.describe(protect, written));
    }
    return ExitCodes.OK;
  }
}
