package org.medmine.apps.deid;

import java.nio.file.Files;
import java.nio.file.Path;
import org.medmine.context.AnalysisContext;
import org.medmine.model.MedmineUserException;
import org.medmine.privacy.DeidManifest;
import org.medmine.privacy.Deidentifier;

/**
 * {@code deid}: writes a de-identified copy of the context's warehouse into a new warehouse. It
 * copies every patient (de-identified), so it reads the source file whole, not through the consent
 * views; the context records the run in the source's audit log ({@code deid=policy=... out=...},
 * the rows copied) and the making of the new warehouse in the new one's ({@code
 * created-by-deid=...}).
 */
public final class Deidentification {
  private Deidentification() {}

  /** De-identifies the context's warehouse as {@code options} say, with {@code keys}. */
  public static DeidOutcome run(AnalysisContext context, DeidOptions options, DeidKeys keys) {
    Path source = context.warehouse();
    if (!Files.isRegularFile(source)) {
      throw new MedmineUserException("No warehouse at " + source + ": give --warehouse FILE.");
    }
    String policy = "policy=" + options.policy().cliName();
    DeidManifest m =
        new Deidentifier(options.policy(), keys.pseudonyms(), options.asOf())
            .run(source, options.out(), context.settings().withKey(keys.source()), keys.out());
    context.noteOther(source, m.rows(), "deid", policy + " out=" + options.out().getFileName());
    context.noteOther(
        options.out(),
        m.rows(),
        "created-by-deid",
        policy + " run=" + m.runId() + (keys.out().isPresent() ? " encrypted=aes-256-gcm" : ""));
    return new DeidOutcome(source, options.out(), m);
  }
}
