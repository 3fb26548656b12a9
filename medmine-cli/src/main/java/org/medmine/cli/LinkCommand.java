package org.medmine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.medmine.privacy.AccessLayer;
import org.medmine.quality.linkage.MasterPatientIndex;
import org.medmine.quality.linkage.PatientLinker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medmine link}: keeps the master patient index of a warehouse up to date. */
@Command(
    name = "link",
    mixinStandardHelpOptions = true,
    subcommands = {LinkMatchCommand.class, LinkDecisionCommand.Merge.class, LinkDecisionCommand.Unmerge.class},
    description = {
      "Links patient records of the same person within and across sources into a master patient index: an"
          + " enterprise person id per record (table patient_link, kept across runs), a golden record per person"
          + " (mpi_person), pairs for a person to review (link_review). Source rows are not changed.",
      "Blocking; Jaro-Winkler names with nicknames, keyboard slips and Double Metaphone; Fellegi-Sunter weights"
          + " (m by EM, frequency-based name weights); twins, Jr./Sr., a generation's age gap, different SSNs and"
          + " multiple births (FHIR multipleBirth) are never linked automatically; clusters cannot chain.",
      "Incremental by default: only records new since the last run, and the persons they touch, are clustered"
          + " again; other persons keep their ids. --full refits the model and clusters every record (ids are"
          + " kept where the records are).",
      "Subcommands: match (look a FHIR Patient up), merge and unmerge (a reviewer's decision, audited and obeyed"
          + " by every later run)."
    })
final class LinkCommand implements Callable<Integer> {
  /**
   * The tables linkage writes; the patients it compares come through the consent views of the access layer,
   * so a denying patient is linked to no one and listed for no review.
   */
  static final String[] RESULTS = {"patient_link", "link_review", "mpi_person", "link_decision", "link_model"};

  @Mixin WarehouseOption warehouse;
  @Mixin FormatOption output;
  @Mixin LinkThresholds thresholds;

  @Option(names = "--full", description = "Refit the model and cluster every record again.")
  boolean full;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PatientLinker.Result r;
    try (AccessLayer w = WarehouseAccess.readAndWrite(warehouse.file, RESULTS)) {
      r = MasterPatientIndex.link(w.connection(), thresholds.options(), full);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      out.println(Json.write(LinkOutput.Run.of(r)));
    } else {
      LinkOutput.print(out, r);
    }
    return ExitCodes.OK;
  }

  static void demo(PrintWriter console, Path warehouseFile) {
    PatientLinker.Result r;
    try (AccessLayer w = WarehouseAccess.readAndWrite(warehouseFile, RESULTS)) {
      r = MasterPatientIndex.link(w.connection(), PatientLinker.Options.defaults(), true);
    }
    console.println();
    console.println("Record linkage (medmine link):");
    console.printf(Locale.ROOT,
        "  %d patient records, %d candidate pairs, %d linked pairs, %d for review -> %d persons (table patient_link)%n",
        r.records(), r.candidatePairs(), r.matches().size(), r.review().size(), r.clusters());
  }
}
