package org.medmine.cli;

import java.nio.file.Path;
import org.medmine.apps.segments.SegmentApp;
import org.medmine.apps.segments.Segmentation;
import org.medmine.apps.segments.TableSegmentApp;
import org.medmine.apps.segments.TableSegmentOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code medmine segment}: patient segments and what sets each apart. */
@Command(name = "segment", mixinStandardHelpOptions = true)
final class SegmentCommand extends WarehouseSubcommand {
  @Option(names = "--method", defaultValue = "kmeans", paramLabel = "M")
  String method;

  @Option(names = "--k-min", defaultValue = "2", paramLabel = "K")
  int kMin;

  @Option(names = "--k-max", defaultValue = "6", paramLabel = "K")
  int kMax;

  @Option(names = "--min-pts", defaultValue = "4", paramLabel = "N")
  int minPts;

  @Option(names = "--min-cluster-size", defaultValue = "0", paramLabel = "N")
  int minClusterSize;

  @Option(names = "--eps", paramLabel = "R")
  Double eps;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "S")
  long seed;

  @Option(names = "--report", paramLabel = "FILE")
  Path report;

  @Option(names = "--data", paramLabel = "FILE")
  Path data;

  @Override
  public Integer call() {
    Segmentation.Options options =
        new Segmentation.Options(
            Segmentation.Method.parse(method),
            kMin,
            kMax,
            minPts,
            eps == null ? Double.NaN : eps,
            minClusterSize,
            0.1,
            seed);
    var result =
        data == null
            ? run(new SegmentApp(), options)
            : Contexts.run(
                spec, data, new TableSegmentApp(), new TableSegmentOptions(data, options));
    if (report != null) {
      result.page().write(report);
    }
    output.print(spec, result);
    return ExitCodes.OK;
  }
}
