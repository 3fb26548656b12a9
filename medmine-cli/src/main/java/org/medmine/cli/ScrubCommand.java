package org.medmine.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.medmine.apps.scrub.NoteScrubbing;
import org.medmine.apps.scrub.ScrubOptions;
import org.medmine.privacy.SecretKeySource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code medmine scrub FILE...}: the PHI scrubber on notes that never entered a warehouse. */
@Command(
    name = "scrub",
    mixinStandardHelpOptions = true,
    description = {
      "De-identifies free-text notes (UTF-8 text or JSON Lines): finds every Safe Harbor identifier and writes the"
          + " scrubbed notes and the spans found.",
      "Each FILE is UTF-8 text (one note) or JSON Lines (.jsonl/.ndjson: one note per line, a JSON string or an object"
          + " whose \"text\" is the note and whose \"patient_id\" names its patient). Finds names (patients, clinicians,"
          + " relatives, contacts), hospitals, wards, towns, states, addresses, ZIP codes, dates in every form, ages"
          + " over 89, phone/fax/pager numbers, e-mail, URLs, IPs, SSNs, and record, account, licence and device"
          + " numbers; blood pressures, gases, scores, doses and ranges are left alone. Writes NAME.spans.json (per"
          + " note: start and end code-point offsets in the original, type, detector) and, unless --mode spans,"
          + " NAME.scrubbed.txt|.jsonl. Figures: docs/deid-benchmarks.md."
    })
final class ScrubCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text or JSON Lines files.")
  List<Path> files;

  @Option(names = "--out", paramLabel = "DIR", description = "Folder for the outputs (default: beside each input).")
  Path outDir;

  @Option(names = "--mode", paramLabel = "MODE", defaultValue = "tag",
      description = "tag: replace each span with its type ([NAME], [DATE]); surrogate: a consistent fake name per person"
          + " and patient, dates shifted by the patient's offset of the shifted policy (key from --key-file or $"
          + DeidCommand.KEY_ENV + "; the patient is \"patient_id\" of a JSON line, else the file name); spans: only"
          + " NAME.spans.json. Default: ${DEFAULT-VALUE}.")
  String mode;

  @Option(names = "--key-file", paramLabel = "FILE", description = "File holding the de-identification secret, for --mode surrogate.")
  Path keyFile;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ScrubOptions.Mode m = ScrubOptions.mode(mode);
    byte[] secret = m == ScrubOptions.Mode.SURROGATE
        ? SecretKeySource.load(keyFile, DeidCommand.KEY_ENV, System.getenv()) : null;
    ScrubOptions options = new ScrubOptions(files, outDir, m);
    spec.commandLine().getOut().print(NoteScrubbing.run(options, secret).toText());
    return ExitCodes.OK;
  }
}
