package org.medmine.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.Locale;
import org.medmine.ingest.hl7v2.MllpListener;
import org.medmine.ingest.hl7v2.WarehouseListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code medmine listen}: receives HL7 v2 messages over MLLP into the warehouse until stopped. */
@Command(name = "listen", mixinStandardHelpOptions = true)
final class ListenCommand extends Subcommand {
  @Mixin WarehouseOption warehouse;

  @Option(names = "--port", required = true, paramLabel = "PORT")
  int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1")
  String bind;

  @Option(names = "--source", paramLabel = "NAME")
  String source;

  @Option(names = "--timezone", paramLabel = "ZONE")
  ZoneId timeZone;

  @Option(names = "--every", paramLabel = "N", defaultValue = "1000")
  long every;

  @Override
  public Integer call() throws InterruptedException {
    if (every < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--every must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    WarehouseListener listening =
        WarehouseListener.start(
            warehouse.file,
            new MllpListener.Options(bind, port, source, timeZone, ProcessSettings.pausePoint()),
            e ->
                err.println(
                    "medmine: the warehouse refused a group of messages (answered AR): "
                        + e.getMessage()));
    out.printf(
        Locale.ROOT,
        "Listening on %s (warehouse %s, source '%s'); Ctrl-C stops.%n",
        listening.name(),
        warehouse.file,
        source == null ? "default" : source);
    out.flush();
    listening.closeOnShutdown(
        counts -> {
          out.println("Stopped: " + counts.toText());
          out.flush();
        });
    listening.reportEvery(
        every,
        counts -> {
          out.println(counts.toText());
          out.flush();
        });
    return ExitCodes.OK;
  }
}
