package org.medmine.cli;

import org.medmine.context.App;
import org.medmine.context.AppResult;
import picocli.CommandLine.Mixin;

/**
 * A subcommand that reads a warehouse and prints a result as a table or JSON: the {@code
 * --warehouse} and {@code --format} options most commands share.
 */
abstract class WarehouseSubcommand extends Subcommand {
  @Mixin WarehouseOption warehouse;
  @Mixin FormatOption output;

  /** Runs {@code app} with {@code options} on the command's warehouse ({@link Contexts#run}). */
  <O extends Record, R extends AppResult> R run(App<O, R> app, O options) {
    return Contexts.run(spec, warehouse.file, app, options);
  }

  /** Runs {@code app}, prints its result in the command's format and returns success. */
  <O extends Record, R extends AppResult> int runAndPrint(App<O, R> app, O options) {
    output.print(spec, run(app, options));
    return ExitCodes.OK;
  }
}
