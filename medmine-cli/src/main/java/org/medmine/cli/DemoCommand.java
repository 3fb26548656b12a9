package org.medmine.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.medmine.demo.Demo;
import org.medmine.demo.DemoHost;
import org.medmine.demo.DemoOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code medmine demo}: the main job end to end on the embedded default ({@link Demo}), with this
 * command's contexts ({@link Contexts}) and the process environment.
 */
@Command(name = "demo", mixinStandardHelpOptions = true)
final class DemoCommand extends Subcommand {
  @Option(names = "--patients", defaultValue = "50", paramLabel = "N")
  int patients;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "S")
  long seed;

  @Option(names = "--out", defaultValue = "medmine-demo", paramLabel = "DIR")
  Path out;

  @Option(
      names = {"-w", "--warehouse"},
      paramLabel = "FILE")
  Path warehouseFile;

  @Override
  public Integer call() throws IOException {
    DemoOptions options = new DemoOptions(patients, seed, out, Optional.ofNullable(warehouseFile));
    Demo.run(options, host(spec));
    return ExitCodes.OK;
  }

  /** The demo's host when run by {@code spec}'s command: its output, its contexts. */
  static DemoHost host(picocli.CommandLine.Model.CommandSpec spec) {
    return new DemoHost(
        spec.commandLine().getOut(), w -> Contexts.request(spec, w, null), System.getenv());
  }
}
