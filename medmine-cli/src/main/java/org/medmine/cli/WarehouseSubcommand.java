package org.medmine.cli;

import picocli.CommandLine.Mixin;

/**
 * A subcommand that reads a warehouse and prints a result as a table or JSON: the {@code
 * --warehouse} and {@code --format} options most commands share.
 */
abstract class WarehouseSubcommand extends Subcommand {
  @Mixin WarehouseOption warehouse;
  @Mixin FormatOption output;
}
