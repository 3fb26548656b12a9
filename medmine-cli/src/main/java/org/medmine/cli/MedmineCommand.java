package org.medmine.cli;

import org.medmine.model.MedmineVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The root command: subcommands only. Every command's help text is in the resource bundle {@link
 * HelpText} (the files under {@code org/medmine/cli/help/}), which its subcommands inherit.
 */
@Command(
    name = "medmine",
    mixinStandardHelpOptions = true,
    versionProvider = MedmineCommand.Version.class,
    resourceBundle = "org.medmine.cli.HelpText",
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
      FederateCommand.class,
      CensusCommand.class,
      SpcCommand.class,
      RulesCommand.class,
      FraudCommand.class,
      SegmentCommand.class,
      NlpCommand.class,
      DeidCommand.class,
      SynthesizeCommand.class,
      ScrubCommand.class,
      AuditCommand.class,
      RiskCommand.class,
      DecryptCommand.Encrypt.class,
      DecryptCommand.Decrypt.class,
      ConsentCommand.class,
      StudyCommand.class,
      PredictCommand.class,
      LearnCommand.class,
      PgxCommand.class,
      CohortCommand.class,
      CohortCommand.Characterize.class,
      ServeCommand.class,
      CdsCommand.class,
      ViewCommand.class,
      AskCommand.class,
      picocli.CommandLine.HelpCommand.class
    })
final class MedmineCommand extends CommandGroup {
  static boolean verbose;

  @Option(names = "--verbose", scope = picocli.CommandLine.ScopeType.INHERIT)
  void setVerbose(boolean v) {
    verbose = v;
  }

  /** {@code --version}: the version the build wrote ({@link MedmineVersion}). */
  static final class Version implements picocli.CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"medmine " + MedmineVersion.get()};
    }
  }
}
