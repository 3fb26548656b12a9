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
@Command(name = "listen", mixinStandardHelpOptions = true)
final class ListenCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;

  @Option(names = "--port", required = true, paramLabel = "PORT")
  int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1")
  String bind;

  @Option(names = "--source", paramLabel = "NAME")
  String source;

  @Option(names = "--timezone", paramLabel = "ZONE", converter = IngestCommand.ZoneConverter.class)
  ZoneId timeZone;

  @Option(names = "--every", paramLabel = "N", defaultValue = "1000")
  long every;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--port " + port + " is not a TCP port: give 0 to 65535");
    }
    if (every < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--every must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Warehouse w = Warehouse.open(warehouse.file);
    MllpListener listener;
    try {
      listener =
          MllpListener.start(
              w,
              new MllpListener.Options(bind, port, source, timeZone, ProcessSettings.pausePoint()),
              e ->
                  err.println(
                      "medmine: the warehouse refused a group of messages (answered AR): "
                          + e.getMessage()));
    } catch (RuntimeException e) {
      w.close(); // a port that cannot be bound: the warehouse is not left open behind the error
      throw e;
    }
    out.printf(
        Locale.ROOT,
        "Listening on %s (warehouse %s, source '%s'); Ctrl-C stops.%n",
        listener.name(),
        warehouse.file,
        source == null ? "default" : source);
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  listener.close();
                  w.close();
                  out.println("Stopped: " + line(listener.stats().counts()));
                  out.flush();
                  stopped.countDown();
                },
                "medmine-listen-stop"));
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
    return String.format(
        Locale.ROOT,
        "%,d messages: %,d stored, %,d quarantined, %,d skipped, %,d resent (already"
            + " stored), %,d refused by the warehouse",
        c.received(),
        c.stored(),
        c.quarantined(),
        c.skipped(),
        c.duplicates(),
        c.failed());
  }
}
