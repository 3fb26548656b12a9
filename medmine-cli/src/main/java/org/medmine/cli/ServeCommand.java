package org.medmine.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.medmine.apps.cds.AlertPolicy;
import org.medmine.apps.cds.PgxAdvisor;
import org.medmine.apps.cds.Severity;
import org.medmine.model.MedmineUserException;
import org.medmine.privacy.AuditKey;
import org.medmine.server.AuthConfig;
import org.medmine.server.MedmineServer;
import org.medmine.server.ServerSettings;
import org.medmine.server.cds.CdsSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code medmine serve}: the HTTP API and the dashboard over a warehouse, until stopped
 * (docs/server.md).
 */
@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;

  @Option(names = "--port", defaultValue = "8080", paramLabel = "N")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS")
  String bind;

  @Option(names = "--tls-keystore", paramLabel = "FILE")
  Path tlsKeystore;

  @Option(names = "--tls-password-env", defaultValue = "MEDMINE_TLS_PASSWORD", paramLabel = "VAR")
  String tlsPasswordEnv;

  @Option(names = "--auth-config", paramLabel = "FILE")
  Path authConfig;

  @Option(names = "--cds-model", paramLabel = "FILE")
  Path cdsModel;

  @Option(names = "--cds-severity-floor", defaultValue = "moderate", paramLabel = "SEVERITY")
  String cdsSeverityFloor;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    ServerSettings settings = settings();
    CountDownLatch stopped = new CountDownLatch(1);
    MedmineServer server = MedmineServer.start(settings, cdsSettings());
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "medmine-serve-stop"));
    spec.commandLine()
        .getOut()
        .println(
            "Serving "
                + warehouse.file
                + " on "
                + (tlsKeystore != null ? "https" : "http")
                + "://"
                + bind
                + ":"
                + server.port()
                + "/ (Ctrl-C stops)");
    spec.commandLine().getOut().flush();
    stopped.await();
    return ExitCodes.OK;
  }

  /** The CDS Hooks services' settings (docs/cds-hooks.md). */
  private CdsSettings cdsSettings() {
    if (cdsModel != null && !Files.isRegularFile(cdsModel)) {
      throw new MedmineUserException(
          "No model file at " + cdsModel + ": give a NAME-model.json of 'medmine study run'.");
    }
    return new CdsSettings(
        new AlertPolicy(Severity.parse(cdsSeverityFloor)),
        Optional.ofNullable(cdsModel),
        PgxAdvisor.NONE);
  }

  private ServerSettings settings() {
    if (!Files.isRegularFile(warehouse.file)) {
      throw new MedmineUserException(
          "No warehouse at "
              + warehouse.file
              + ": run 'medmine ingest' first or give --warehouse.");
    }
    if (authConfig == null) {
      throw new MedmineUserException(
          "medmine serve needs --auth-config FILE naming who may call: API tokens, token issuers or clients (docs/server.md"
              + " shows the format).");
    }
    return new ServerSettings(
        warehouse.file,
        ProcessSettings.warehouse(),
        bind,
        port,
        tls(),
        AuthConfig.load(authConfig),
        AuditKey.from(null, System.getenv()),
        w -> spec.commandLine().getErr().println("medmine: warning: " + w));
  }

  private Optional<ServerSettings.Tls> tls() {
    if (tlsKeystore == null) {
      return Optional.empty();
    }
    if (!Files.isRegularFile(tlsKeystore)) {
      throw new MedmineUserException(
          "No keystore at " + tlsKeystore + ": give the PKCS#12 file of --tls-keystore.");
    }
    String password = System.getenv(tlsPasswordEnv);
    if (password == null || password.isEmpty()) {
      throw new MedmineUserException(
          "Set "
              + tlsPasswordEnv
              + " to the password of "
              + tlsKeystore
              + " (or name another variable with --tls-password-env).");
    }
    return Optional.of(new ServerSettings.Tls(tlsKeystore, password.toCharArray()));
  }
}
