package org.medmine.cli;

import java.util.concurrent.Callable;
import org.medmine.apps.link.LinkApp;
import org.medmine.apps.link.LinkOptions;
import org.medmine.apps.link.LinkResult;
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
  @Mixin WarehouseOption warehouse;
  @Mixin FormatOption output;
  @Mixin LinkThresholds thresholds;

  @Option(names = "--full", description = "Refit the model and cluster every record again.")
  boolean full;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    LinkOptions options = new LinkOptions(thresholds.options(), full);
    LinkApp app = new LinkApp();
    LinkResult result = Contexts.run(spec, warehouse.file, app, options);
    output.print(spec, result);
    return ExitCodes.OK;
  }
}
