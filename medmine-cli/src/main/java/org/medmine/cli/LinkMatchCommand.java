package org.medmine.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.medmine.ingest.fhir.FhirPatients;
import org.medmine.model.MedmineUserException;
import org.medmine.privacy.AccessLayer;
import org.medmine.quality.linkage.PatientMatcher;
import org.medmine.warehouse.Row;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medmine link match}: looks a FHIR Patient up in the master patient index, storing nothing. */
@Command(name = "match", mixinStandardHelpOptions = true,
    description = {
      "Looks up a FHIR Patient (a resource, or a Bundle of them) in the patient index, like FHIR's Patient/$match:"
          + " each candidate record with its person id, match probability, grade (certain, probable, possible,"
          + " certainly-not) and the evidence of every field (agreement and weight in bits).",
      "Needs a 'medmine link' run first (it uses that run's model). Stores nothing; the lookup is audited."
    })
final class LinkMatchCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;
  @Mixin FormatOption output;
  @Mixin LinkThresholds thresholds;

  @Option(names = "--fhir", paramLabel = "FILE", required = true, description = "The FHIR Patient (JSON) to look up.")
  Path fhir;

  @Option(names = "--limit", defaultValue = "10", paramLabel = "N",
      description = "At most N candidates per patient. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(fhir)) {
      throw new MedmineUserException("No file at " + fhir + ": give --fhir FILE, a FHIR Patient in JSON.");
    }
    if (limit < 1) {
      throw new MedmineUserException("--limit must be at least 1, not " + limit + ".");
    }
    List<Row> patients = FhirPatients.read(fhir);
    List<LinkOutput.Match> matches = new ArrayList<>();
    try (AccessLayer w = WarehouseAccess.read(warehouse.file)) {
      for (Row p : patients) {
        matches.add(LinkOutput.Match.of(
            PatientMatcher.match(w.connection(), PatientMatcher.probe(p), thresholds.options(), limit)));
      }
    }
    AuditSession.current().note(warehouse.file, Map.of(), "match", fhir.getFileName().toString());
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      out.println(Json.write(matches.size() == 1 ? matches.get(0) : matches));
    } else {
      matches.forEach(m -> LinkOutput.print(out, m));
    }
    return ExitCodes.OK;
  }
}
