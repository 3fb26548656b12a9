package org.medmine.cli;

import org.medmine.model.MedmineVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root command: subcommands only. */
@Command(
    name = "medmine",
    mixinStandardHelpOptions = true,
    versionProvider = MedmineCommand.Version.class,
    description = "Mines healthcare data: ingests FHIR R4, Synthea CSV and HL7 v2 into a DuckDB warehouse, reports on it.",
    subcommands = {
      IngestCommand.class,
      ListenCommand.class,
      ExportCommand.class,
      ImportCommand.class,
      DemoCommand.class,
      StatsCommand.class,
      ReportCommand.class,
      QualityCommand.class,
      LinkCommand.class,
      SurveilCommand.class,
      ScanCommand.class,
      ForecastCommand.class,
      SpcCommand.class,
      RulesCommand.class,
      FraudCommand.class,
      SegmentCommand.class,
      DeidCommand.class,
      ScrubCommand.class,
      AuditCommand.class,
      RiskCommand.class,
      DecryptCommand.Encrypt.class,
      DecryptCommand.Decrypt.class,
      ConsentCommand.class,
      StudyCommand.class,
      PredictCommand.class,
      ServeCommand.class,
      picocli.CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 success, 1 internal failure, 2 user error (bad option, missing file), 3 negative verdict.",
      "Every command that works on a warehouse takes --warehouse FILE (default: medmine.duckdb in the current folder)."
    })
final class MedmineCommand implements Runnable {
  static boolean verbose;

  @Option(names = "--verbose", description = "Print stack traces of failures.", scope = picocli.CommandLine.ScopeType.INHERIT)
  void setVerbose(boolean v) {
    verbose = v;
  }

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** {@code --version}: the version the build wrote ({@link MedmineVersion}). */
  static final class Version implements picocli.CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"medmine " + MedmineVersion.get()};
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
