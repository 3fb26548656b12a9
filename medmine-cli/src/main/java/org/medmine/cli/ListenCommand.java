package org.medmine.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.medmine.ingest.hl7v2.ListenerStats;
import org.medmine.ingest.hl7v2.MllpListener;
import org.medmine.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medmine listen}: receives HL7 v2 messages over MLLP into the warehouse until stopped. */
@Command(
    name = "listen",
    mixinStandardHelpOptions = true,
    description = {
      "Receives HL7 v2 messages (2.3 to 2.8: ADT, ORU^R01, VXU^V04) over MLLP and stores each before acknowledging"
          + " it: AA stored, AE not storable as sent (quarantined with its reason and raw text), AR a version, type"
          + " or event medmine does not take. A message resent with the same control id (MSH-10) is answered as"
          + " before and never stored twice, across restarts too.",
      "Runs until stopped (Ctrl-C or SIGTERM): it then acknowledges what it has read and exits."
    })
final class ListenCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;

  @Option(names = "--port", required = true, paramLabel = "PORT",
      description = "TCP port to listen on (0: any free port, which the first line names).")
  int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
  String bind;

  @Option(names = "--source", paramLabel = "NAME", description = "Source name for the rows. Default: default.")
  String source;

  @Option(names = "--timezone", paramLabel = "ZONE", converter = IngestCommand.ZoneConverter.class,
      description = "Time zone of HL7 date/times that carry no offset, e.g. America/New_York. Default: UTC.")
  ZoneId timeZone;

  @Option(names = "--every", paramLabel = "N", defaultValue = "1000",
      description = "Print a line each N messages answered. Default: ${DEFAULT-VALUE}.")
  long every;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--port " + port + " is not a TCP port: give 0 to 65535");
    }
    if (every < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--every must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Warehouse w = Warehouse.open(warehouse.file);
    MllpListener listener;
    try {
      listener = MllpListener.start(w, new MllpListener.Options(bind, port, source, timeZone, ProcessSettings.pausePoint()),
          e -> err.println("medmine: the warehouse refused a group of messages (answered AR): " + e.getMessage()));
    } catch (RuntimeException e) {
      w.close(); // a port that cannot be bound: the warehouse is not left open behind the error
      throw e;
    }
    out.printf(Locale.ROOT, "Listening on %s (warehouse %s, source '%s'); Ctrl-C stops.%n", listener.name(),
        warehouse.file, source == null ? "default" : source);
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      listener.close();
      w.close();
      out.println("Stopped: " + line(listener.stats().counts()));
      out.flush();
      stopped.countDown();
    }, "medmine-listen-stop"));
    long printed = 0;
    while (stopped.getCount() > 0) {
      long answered = listener.stats().answered();
      if (answered / every > printed / every) {
        out.println(line(listener.stats().counts()));
        out.flush();
        printed = answered;
      }
      stopped.await(200, java.util.concurrent.TimeUnit.MILLISECONDS);
    }
    return ExitCodes.OK;
  }

  private static String line(ListenerStats.Counts c) {
    return String.format(Locale.ROOT, "%,d messages: %,d stored, %,d quarantined, %,d skipped, %,d resent (already"
        + " stored), %,d refused by the warehouse", c.received(), c.stored(), c.quarantined(), c.skipped(),
        c.duplicates(), c.failed());
  }
}
