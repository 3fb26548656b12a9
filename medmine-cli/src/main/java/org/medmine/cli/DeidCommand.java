package org.medmine.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.medmine.apps.deid.DeidKeys;
import org.medmine.apps.deid.DeidOptions;
import org.medmine.apps.deid.DeidOutcome;
import org.medmine.apps.deid.Deidentification;
import org.medmine.context.AnalysisContext;
import org.medmine.privacy.SecretKeySource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medmine deid}: writes a de-identified copy of a warehouse into a new warehouse file. */
@Command(
    name = "deid",
    mixinStandardHelpOptions = true,
    subcommands = DeidVerifyCommand.class,
    description = {
      "Writes a de-identified copy of the warehouse to a NEW warehouse (--out) under a policy: safe-harbor (the default),"
          + " shifted or limited-data-set.",
      "Policies:",
      "  safe-harbor       HIPAA §164.514(b)(2): identifiers removed, dates to the year, ZIP3 (000 where restricted), ages over 89 to 90",
      "  shifted           as safe-harbor but every date of a patient shifted by a keyed per-patient offset (intervals kept)",
      "  limited-data-set  direct identifiers removed; dates, city, state and ZIP kept",
      "Ids become HMAC-SHA256 pseudonyms under the secret in MEDMINE_DEID_KEY or --key-file (stable across runs).",
      "Notes are scrubbed of PHI ([NAME], [DATE], ...); the manifest counts replacements by type.",
      "--encrypt creates the new warehouse encrypted (as 'medmine ingest --encrypt'; needs httpfs, else refused, no file left)."
    })
final class DeidCommand implements Callable<Integer> {
  static final String KEY_ENV = "MEDMINE_DEID_KEY";

  @Mixin WarehouseOption warehouse;
  @Mixin FormatOption output;
  @Mixin EncryptOption encryption;

  @Option(names = "--out", paramLabel = "FILE", description = "The new warehouse to write (must not exist).")
  Path out;

  @Option(names = "--policy", paramLabel = "POLICY", defaultValue = "safe-harbor",
      description = "safe-harbor, shifted or limited-data-set. Default: ${DEFAULT-VALUE}.")
  String policy;

  @Option(names = "--key-file", paramLabel = "FILE", description = "File holding the pseudonymization secret (else $" + KEY_ENV + ").")
  Path keyFile;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Date at which living patients' ages are computed (default: today, UTC).")
  LocalDate asOf;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    DeidOptions options = DeidOptions.of(out, policy, asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC));
    byte[] secret = SecretKeySource.load(keyFile, KEY_ENV, System.getenv());
    DeidKeys keys = new DeidKeys(secret, ProcessSettings.warehouse().key(),
        encryption.encrypt ? Optional.of(encryption.key()) : Optional.empty());
    DeidOutcome outcome;
    try (AnalysisContext context = Contexts.open(spec, warehouse.file, null)) {
      outcome = Deidentification.run(context, options, keys);
    }
    output.print(spec, outcome.toJson(), outcome.toText());
    return ExitCodes.OK;
  }
}
