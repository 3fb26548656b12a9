package org.medmine.cli;

import java.nio.file.Path;
import org.medmine.apps.pgx.PgxApp;
import org.medmine.apps.pgx.PgxOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code medmine pgx}: a VCF's pharmacogenes, diplotypes, phenotypes and CPIC recommendations;
 * stored for a patient with {@code --patient}.
 */
@Command(name = "pgx", mixinStandardHelpOptions = true)
final class PgxCommand extends WarehouseSubcommand {
  @Parameters(index = "0", paramLabel = "FILE.vcf")
  Path vcf;

  @Option(names = "--patient", paramLabel = "ID")
  String patient;

  @Option(names = "--source", paramLabel = "NAME")
  String source;

  @Option(names = "--cyp2d6", paramLabel = "DIPLOTYPE")
  String cyp2d6;

  @Override
  public Integer call() {
    PgxOptions options = new PgxOptions(vcf, patient, source, cyp2d6);
    return runAndPrint(PgxApp.forOptions(options), options);
  }
}
