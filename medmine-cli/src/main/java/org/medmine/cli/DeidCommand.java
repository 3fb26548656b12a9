package org.medmine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.medmine.model.MedmineUserException;
import org.medmine.privacy.DeidManifest;
import org.medmine.privacy.DeidPolicy;
import org.medmine.privacy.Deidentifier;
import org.medmine.privacy.SecretKeySource;
import org.medmine.warehouse.EncryptedWarehouses;
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
    if (out == null) {
      throw new MedmineUserException("Missing --out FILE: give the path of the new de-identified warehouse.");
    }
    DeidPolicy p = DeidPolicy.parse(policy);
    byte[] secret = SecretKeySource.load(keyFile, KEY_ENV, System.getenv());
    if (!java.nio.file.Files.isRegularFile(warehouse.file)) {
      throw new MedmineUserException("No warehouse at " + warehouse.file + ": give --warehouse FILE.");
    }
    LocalDate date = asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC);
    Optional<EncryptedWarehouses.Key> outKey = encryption.encrypt ? Optional.of(encryption.key()) : Optional.empty();
    DeidManifest m = new Deidentifier(p, secret, date).run(warehouse.file, out,
        ProcessSettings.warehouse(), outKey);
    AuditSession.current().note(warehouse.file, m.rows(), "deid", "policy=" + p.cliName() + " out=" + out.getFileName());
    AuditSession.current().note(out, m.rows(), "created-by-deid", "policy=" + p.cliName() + " run=" + m.runId()
        + (encryption.encrypt ? " encrypted=aes-256-gcm" : ""));
    print(spec.commandLine().getOut(), m);
    return ExitCodes.OK;
  }

  private void print(PrintWriter w, DeidManifest m) {
    if (output.json()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("out", out.toString());
      json.put("manifest", m);
      w.println(Json.write(json));
      return;
    }
    w.println("De-identified (" + m.policy() + ") into " + out);
    m.rows().forEach((t, n) -> w.printf(java.util.Locale.ROOT, "  %-22s %,10d rows%n", t, n));
    w.println("Left out: " + m.tablesLeftOut().keySet());
    w.println("PHI replaced in free text: " + (m.phiReplaced().isEmpty() ? "none" : m.phiReplaced()));
    w.println("Ages over 89 collapsed: " + m.agesCollapsed() + "; ZIP codes in restricted 3-digit areas: " + m.restrictedZips());
    w.println("Next: medmine deid verify --warehouse " + out + " --against " + warehouse.file);
  }
}
