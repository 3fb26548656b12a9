package org.medmine.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.medmine.apps.deid.DeidKeys;
import org.medmine.apps.deid.DeidOptions;
import org.medmine.apps.deid.DeidOutcome;
import org.medmine.apps.deid.Deidentification;
import org.medmine.privacy.SecretKeySource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code medmine deid}: writes a de-identified copy of a warehouse into a new warehouse file. */
@Command(name = "deid", mixinStandardHelpOptions = true, subcommands = DeidVerifyCommand.class)
final class DeidCommand extends WarehouseSubcommand {
  @Mixin EncryptOption encryption;

  @Option(names = "--out", paramLabel = "FILE")
  Path out;

  @Option(names = "--policy", paramLabel = "POLICY", defaultValue = "safe-harbor")
  String policy;

  @Option(names = "--key-file", paramLabel = "FILE")
  Path keyFile;

  @Option(names = "--as-of", paramLabel = "DATE")
  LocalDate asOf;

  @Override
  public Integer call() {
    DeidOptions options =
        DeidOptions.of(out, policy, asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC));
    byte[] secret = SecretKeySource.load(keyFile, DeidKeys.SECRET_ENV, System.getenv());
    DeidKeys keys =
        new DeidKeys(
            secret,
            ProcessSettings.warehouse().key(),
            encryption.encrypt ? Optional.of(encryption.key()) : Optional.empty());
    DeidOutcome outcome =
        Contexts.with(spec, warehouse.file, c -> Deidentification.run(c, options, keys));
    output.print(spec, outcome.toJson(), outcome.toText());
    return ExitCodes.OK;
  }
}
