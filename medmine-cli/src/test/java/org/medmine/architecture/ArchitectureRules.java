package org.medmine.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules that keep medmine's architecture (shared/DESIGN.md, "Modules" and "Contexts and apps"),
 * over every module on the class path: the front ends (command line, HTTP server) are shells (no
 * mining, no SQL, no DuckDB), apps are independent of one another, packages form no cycle, and each
 * package imports only from the layers to its left; core reads no system property or environment
 * variable and holds no ThreadLocal (front ends pass configuration in).
 */
final class ArchitectureRules {
  /**
   * The layers of core, left to right, then the front ends. Report is the rendering toolkit the
   * apps' results draw with; context is how apps reach the warehouse; apps come last in core.
   */
  static final List<String> LAYERS =
      List.of(
          "model",
          "cohort",
          "warehouse",
          "ingest",
          "quality",
          "privacy",
          "mining",
          "report",
          "context",
          "apps",
          "demo",
          "server",
          "cli");

  /**
   * The front ends: shells over the apps (the demo and the HTTP server, then the command line,
   * which starts both). The demo imports neither the server nor the command line.
   */
  static final List<String> FRONT_ENDS = List.of("demo", "server", "cli");

  private ArchitectureRules() {}

  /**
   * The front ends (the command line, the HTTP server, the demo) parse input, open a context, run
   * apps and write results: they mine nothing and run no SQL.
   */
  static final ArchRule CLI_IS_A_SHELL =
      noClasses()
          .that()
          .resideInAnyPackage("org.medmine.cli..", "org.medmine.server..", "org.medmine.demo..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.medmine.mining..", "java.sql..", "org.duckdb..")
          .because(
              "shared/DESIGN.md: front ends only parse input, open a context, run apps and write results");

  /**
   * One app does not reach into another: what two apps share lives upstream (cohort, mining,
   * report, context).
   */
  static final ArchRule APPS_ARE_INDEPENDENT =
      slices()
          .matching("org.medmine.apps.(*)..")
          .should()
          .notDependOnEachOther()
          .because(
              "an app owns its SQL, its result and its provenance; shared building blocks live upstream");

  /** No cycles between packages. */
  static final ArchRule NO_CYCLES =
      slices()
          .matching("org.medmine.(**)")
          .should()
          .beFreeOfCycles()
          .because("a cycle makes two packages one, whatever their names say");

  /** Each layer imports only from the layers to its left. */
  static List<ArchRule> layering() {
    List<ArchRule> rules = new ArrayList<>();
    for (int i = 0; i < LAYERS.size() - 1; i++) {
      String[] right =
          LAYERS.subList(i + 1, LAYERS.size()).stream()
              .map(l -> "org.medmine." + l + "..")
              .toArray(String[]::new);
      rules.add(
          noClasses()
              .that()
              .resideInAPackage("org.medmine." + LAYERS.get(i) + "..")
              .should()
              .dependOnClassesThat()
              .resideInAnyPackage(right)
              .because("shared/DESIGN.md: a package imports only from packages to its left"));
    }
    return rules;
  }

  /** The packages of core: every layer but the front ends. */
  static String[] corePackages() {
    return LAYERS.stream()
        .filter(l -> !FRONT_ENDS.contains(l))
        .map(l -> "org.medmine." + l + "..")
        .toArray(String[]::new);
  }

  /** A call that reads or sets a system property or reads the environment. */
  private static final DescribedPredicate<JavaMethodCall> READS_PROCESS_SETTINGS =
      DescribedPredicate.describe(
          "reads a system property or an environment variable",
          call -> {
            String name = call.getName();
            JavaClass owner = call.getTargetOwner();
            return owner.isEquivalentTo(System.class)
                    && Set.of(
                            "getProperty",
                            "getProperties",
                            "setProperty",
                            "clearProperty",
                            "getenv")
                        .contains(name)
                || owner.isEquivalentTo(Boolean.class) && name.equals("getBoolean")
                || owner.isEquivalentTo(Integer.class) && name.equals("getInteger")
                || owner.isEquivalentTo(Long.class) && name.equals("getLong");
          });

  /**
   * Core is configured by its front ends: it reads no system property and no environment variable
   * itself.
   */
  static final ArchRule CORE_READS_NO_PROCESS_SETTINGS =
      noClasses()
          .that()
          .resideInAnyPackage(corePackages())
          .should()
          .callMethodWhere(READS_PROCESS_SETTINGS)
          .because(
              "shared/DESIGN.md: no system property read inside core: front ends pass configuration in");

  /**
   * No thread-bound state in core: what a run needs is passed to it (a context, options, settings).
   */
  static final ArchRule NO_THREAD_LOCAL_IN_CORE =
      noClasses()
          .that()
          .resideInAnyPackage(corePackages())
          .should()
          .dependOnClassesThat()
          .areAssignableTo(ThreadLocal.class)
          .because("shared/DESIGN.md: no ThreadLocal; a context is opened and passed explicitly");
}
