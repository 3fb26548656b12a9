package org.medmine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * Every command's {@code --help}, the root's and each nested subcommand's (picocli's command tree
 * walked recursively), in one text: written to {@code target/help/all-help.txt} so that a change
 * meant to keep the help as it was can be checked with a diff against the text before it.
 */
final class HelpDump {
  private HelpDump() {}

  /** The qualified names of every command, root first, picocli's {@code help} command left out. */
  static List<String> commandNames() {
    List<String> names = new ArrayList<>();
    collect(Main.commandLine(), names);
    return names;
  }

  /**
   * Each command's name, exit code and standard output and error for {@code --help}, in tree order.
   */
  static String text() {
    StringBuilder all = new StringBuilder();
    for (String name : commandNames()) {
      List<String> args =
          new ArrayList<>(List.of(name.split(" ")).subList(1, name.split(" ").length));
      args.add("--help");
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
      all.append("==== ").append(name).append(" --help (exit ").append(code).append(")\n");
      all.append(out).append("---- stderr\n").append(err);
    }
    return all.toString();
  }

  static Path write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text(), StandardCharsets.UTF_8);
  }

  private static void collect(CommandLine cli, List<String> names) {
    names.add(cli.getCommandSpec().qualifiedName());
    cli.getSubcommands()
        .forEach(
            (name, sub) -> {
              if (!name.equals("help")) {
                collect(sub, names);
              }
            });
  }
}
