package org.medmine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.medmine.ingest.hl7v2.MllpListener;
import org.medmine.server.MedmineServer;
import org.medmine.server.ServeOptions;
import org.medmine.server.cds.CdsSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code medmine serve}: the HTTP API and the dashboard over a warehouse, until stopped
 * (docs/server.md).
 */
@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand extends Subcommand {
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

  @Option(names = "--listen-port", paramLabel = "PORT")
  Integer listenPort;

  @Override
  public Integer call() throws InterruptedException {
    ServeOptions options =
        new ServeOptions(
            warehouse.file,
            bind,
            port,
            Optional.ofNullable(tlsKeystore),
            tlsPasswordEnv,
            Optional.ofNullable(authConfig));
    MedmineServer server =
        MedmineServer.start(
            options.settings(
                ProcessSettings.warehouse(),
                System.getenv(),
                w -> spec.commandLine().getErr().println("medmine: warning: " + w)),
            CdsSettings.forServe(cdsSeverityFloor, Optional.ofNullable(cdsModel)));
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "medmine-serve-stop"));
    PrintWriter out = spec.commandLine().getOut();
    out.println("Serving " + warehouse.file + " on " + server.url() + " (Ctrl-C stops)");
    if (listenPort != null) {
      MllpListener.Options feed = new MllpListener.Options(bind, listenPort, null, null);
      String name = server.listen(feed, e -> out.println("medmine: warning: " + e)).name();
      out.println(
          "Listening for HL7 v2 on " + name + "; the bed board is at " + server.url() + "beds");
    }
    out.flush();
    server.awaitClose();
    return ExitCodes.OK;
  }
}
