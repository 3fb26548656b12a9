package org.medmine.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every medmine subcommand has: picocli's spec of the command (its streams, its name, its
 * parsed options) and a run that returns the process's exit code ({@link ExitCodes}). Picocli reads
 * annotated fields of superclasses too, so a command declares only its own options.
 */
abstract class Subcommand implements Callable<Integer> {
  @Spec CommandSpec spec;
}
