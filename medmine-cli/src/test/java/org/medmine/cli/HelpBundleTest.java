package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Member;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.medmine.apps.deid.DeidKeys;
import org.medmine.privacy.AuditKey;
import org.medmine.privacy.FileEncryption;
import org.medmine.warehouse.EncryptedWarehouses;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The help text lives in the resource bundle {@link HelpText}, the files under {@code
 * org/medmine/cli/help/} (picocli's internationalization; the key convention is at the top of
 * {@code medmine.properties}): every command, option and positional parameter has its key there,
 * the annotations carry no help text, no key is left over, and a text that names an environment
 * variable names the one the code reads. picocli falls back to an empty description when a key is
 * missing, so without these checks a lost key would go unnoticed.
 */
class HelpBundleTest {
  private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.medmine.cli.HelpText");

  @Test
  void everyCommandsHelpIsDumpedForADiff() throws Exception {
    Path file = HelpDump.write(Path.of("target", "help", "all-help.txt"));
    String text = Files.readString(file);
    assertThat(HelpDump.commandNames())
        .contains("medmine", "medmine link match", "medmine deid verify");
    assertThat(text)
        .contains("==== medmine link match --help (exit 0)")
        .doesNotContain("(exit 1)", "(exit 2)");
  }

  @Test
  void theRootCommandDeclaresTheBundleEveryCommandReads() {
    forEachCommand(
        spec ->
            assertThat(spec.resourceBundleBaseName())
                .as(spec.qualifiedName())
                .isEqualTo("org.medmine.cli.HelpText"));
  }

  @Test
  void aKeyGivenInTwoFilesFails() {
    assertThat(new HelpText(List.of("medmine.properties")).getString("medmine.usage.description"))
        .isNotBlank();
    assertThatThrownBy(
            () -> new HelpText(List.of("medmine.properties", "repeats-a-key.properties")))
        .hasMessageContaining(
            "help text key medmine.stats.top is given twice; repeats-a-key.properties");
  }

  @Test
  void everyCommandOptionAndParameterIsDescribedByItsKey() {
    List<String> missing = new ArrayList<>();
    forEachCommand(
        spec -> {
          String description = spec.qualifiedName(".") + ".usage.description";
          if (!has(description) && !has(description + ".0")) {
            missing.add(description);
          }
          if (String.join("", spec.usageMessage().description()).isBlank()) {
            missing.add(spec.qualifiedName() + ": empty description");
          }
          for (ArgSpec arg : describedArgs(spec)) {
            String key = key(spec, arg);
            if (!has(key) && !has(key + ".0")) {
              missing.add(key);
            }
            if (String.join("", arg.description()).isBlank()) {
              missing.add(spec.qualifiedName() + " " + arg + ": empty description");
            }
          }
        });
    assertThat(missing).as("help text missing from the help files").isEmpty();
  }

  @Test
  void everyKeyOfTheBundleDescribesSomething() {
    Set<String> used = new LinkedHashSet<>();
    forEachCommand(
        spec -> {
          used.add(spec.qualifiedName(".") + ".usage.description");
          used.add(spec.qualifiedName(".") + ".usage.footer");
          describedArgs(spec).forEach(arg -> used.add(key(spec, arg)));
        });
    Set<String> unused = new TreeSet<>();
    for (String key : BUNDLE.keySet()) {
      if (!used.contains(key) && !used.contains(key.replaceFirst("\\.\\d+$", ""))) {
        unused.add(key);
      }
    }
    assertThat(unused).as("keys no command, option or parameter reads").isEmpty();
  }

  @Test
  void theAnnotationsCarryNoHelpText() {
    List<String> inCode = new ArrayList<>();
    forEachCommand(
        spec -> {
          Command command = spec.userObject().getClass().getAnnotation(Command.class);
          if (command.description().length > 0 || command.footer().length > 0) {
            inCode.add(spec.userObject().getClass().getName());
          }
          for (ArgSpec arg : describedArgs(spec)) {
            AccessibleObject member = (AccessibleObject) arg.userObject();
            Option option = member.getAnnotation(Option.class);
            Parameters parameters = member.getAnnotation(Parameters.class);
            if ((option != null ? option.description() : parameters.description()).length > 0) {
              inCode.add(member.toString());
            }
          }
        });
    assertThat(inCode).as("help text to move into the help files").isEmpty();
  }

  /**
   * The texts that were Java concatenations of these constants before the help moved into the
   * bundle.
   */
  @Test
  void textsNameTheEnvironmentVariablesTheCodeReads() {
    Map<String, List<String>> named =
        Map.of(
            "warehouse-key-file", List.of(EncryptedWarehouses.KEY_ENV),
            "duckdb-extensions", List.of(EncryptedWarehouses.EXTENSIONS_ENV),
            "key-file", List.of(FileEncryption.KEY_ENV),
            "medmine.import.key-file", List.of(FileEncryption.KEY_ENV),
            "medmine.encrypt.key-file", List.of(FileEncryption.KEY_ENV),
            "medmine.decrypt.key-file", List.of(FileEncryption.KEY_ENV),
            "medmine.deid.key-file", List.of(DeidKeys.SECRET_ENV),
            "medmine.scrub.mode", List.of(DeidKeys.SECRET_ENV),
            "medmine.audit.verify.key-file", List.of(AuditKey.KEY_ENV, AuditKey.KEY_FILE_ENV));
    named.forEach(
        (key, variables) ->
            variables.forEach(
                variable ->
                    assertThat(BUNDLE.getString(key))
                        .as(key)
                        .containsPattern(Pattern.quote("$" + variable) + "\\b")));

    Set<String> known =
        Set.of(
            EncryptedWarehouses.KEY_ENV,
            EncryptedWarehouses.KEY_FILE_ENV,
            EncryptedWarehouses.EXTENSIONS_ENV,
            FileEncryption.KEY_ENV,
            DeidKeys.SECRET_ENV,
            AuditKey.KEY_ENV,
            AuditKey.KEY_FILE_ENV,
            "MEDMINE_ROLE" /* read by Contexts.role */);
    for (String key : BUNDLE.keySet()) {
      Matcher m = Pattern.compile("\\$(MEDMINE_[A-Z_]+)").matcher(BUNDLE.getString(key));
      while (m.find()) {
        assertThat(known).as(key + " names $" + m.group(1)).contains(m.group(1));
      }
    }
  }

  private static boolean has(String key) {
    return BUNDLE.containsKey(key);
  }

  /**
   * The options and parameters whose text is medmine's: all but picocli's own --help and --version.
   */
  private static List<ArgSpec> describedArgs(CommandSpec spec) {
    List<ArgSpec> args = new ArrayList<>();
    for (OptionSpec option : spec.options()) {
      if (!option.usageHelp() && !option.versionHelp()) {
        args.add(option);
      }
    }
    args.addAll(spec.positionalParameters());
    return args;
  }

  /**
   * The key picocli reads for {@code arg}: the option's longest name without dashes, or the
   * parameter's label and index, prefixed with the command's name; for an option several commands
   * share (a mixin's, or one inherited) picocli reads that key when the command gives its own text
   * (e.g. medmine.scan.codes for SyndromeOption's --codes), else the unqualified one.
   */
  private static String key(CommandSpec spec, ArgSpec arg) {
    String key =
        arg.descriptionKey() != null && !arg.descriptionKey().isEmpty()
            ? arg.descriptionKey()
            : arg instanceof OptionSpec option
                ? option.longestName().replaceFirst("^-+", "")
                : arg.paramLabel() + "[" + ((PositionalParamSpec) arg).index() + "]";
    String qualified = spec.qualifiedName(".") + "." + key;
    return !shared(spec, arg) || has(qualified) || has(qualified + ".0") ? qualified : key;
  }

  private static boolean shared(CommandSpec spec, ArgSpec arg) {
    if (arg.scopeType() == CommandLine.ScopeType.INHERIT || arg.inherited()) {
      return true;
    }
    Class<?> declaring = ((Member) arg.userObject()).getDeclaringClass();
    return !declaring.isAssignableFrom(spec.userObject().getClass());
  }

  /** Every command of the tree but picocli's {@code help}. */
  private static void forEachCommand(Consumer<CommandSpec> check) {
    walk(Main.commandLine(), check);
  }

  private static void walk(CommandLine cli, Consumer<CommandSpec> check) {
    check.accept(cli.getCommandSpec());
    cli.getSubcommands()
        .forEach(
            (name, sub) -> {
              if (!name.equals("help")) {
                walk(sub, check);
              }
            });
  }
}
