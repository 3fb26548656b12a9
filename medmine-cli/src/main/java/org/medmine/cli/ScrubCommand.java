package org.medmine.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.medmine.apps.deid.DeidKeys;
import org.medmine.apps.scrub.NoteScrubbing;
import org.medmine.apps.scrub.ScrubOptions;
import org.medmine.privacy.SecretKeySource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code medmine scrub FILE...}: the PHI scrubber on notes that never entered a warehouse. */
@Command(name = "scrub", mixinStandardHelpOptions = true)
final class ScrubCommand extends Subcommand {
  @Parameters(arity = "1..*", paramLabel = "FILE")
  List<Path> files;

  @Option(names = "--out", paramLabel = "DIR")
  Path outDir;

  @Option(names = "--mode", paramLabel = "MODE", defaultValue = "tag")
  String mode;

  @Option(names = "--key-file", paramLabel = "FILE")
  Path keyFile;

  @Override
  public Integer call() throws IOException {
    ScrubOptions.Mode m = ScrubOptions.mode(mode);
    byte[] secret =
        m == ScrubOptions.Mode.SURROGATE
            ? SecretKeySource.load(keyFile, DeidKeys.SECRET_ENV, System.getenv())
            : null;
    ScrubOptions options = new ScrubOptions(files, outDir, m);
    spec.commandLine().getOut().print(NoteScrubbing.run(options, secret).toText());
    return ExitCodes.OK;
  }
}
