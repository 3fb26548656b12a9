package org.medmine.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --include-findings} option of the commands that summarize conditions (stats, report,
 * rules): by default they show disorders and leave out SNOMED CT findings and situations (see
 * {@link org.medmine.model.SnomedSemanticTag}).
 */
final class FindingsOption {
  @Option(names = "--include-findings")
  boolean include;
}
