package org.medmine.bench.hl7v2;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.app.HL7Service;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.protocol.ReceivingApplication;
import ca.uhn.hl7v2.util.StandardSocketFactory;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.medmine.ingest.hl7v2.MllpListener;
import org.medmine.warehouse.Warehouse;

/**
 * The HL7 v2 load bench of issue 21: a second process ({@link MllpSender}) sends the {@link
 * LoadFeed} over MLLP on loopback to a receiver in this process, and reports messages per second
 * with acknowledgments and the p50 and p99 acknowledgment latency. Receivers: {@code medmine}, the
 * {@link MllpListener} storing into a new warehouse (each acknowledgment after its commit), after
 * which medmine's census app is checked against the feed's own census ({@link CensusCheck}); and
 * {@code hapi}, HAPI HL7v2's own server answering each message with {@code generateACK()} and
 * storing nothing, the peer.
 *
 * <p>Usage: {@code Hl7v2LoadBench medmine|hapi PATIENTS CONNECTIONS WINDOW own|hapi OUT_DIR}
 */
public final class Hl7v2LoadBench {
  private Hl7v2LoadBench() {}

  public static void main(String[] args) throws Exception {
    String receiver = args[0];
    int patients = Integer.parseInt(args[1]);
    int connections = Integer.parseInt(args[2]);
    int window = Integer.parseInt(args[3]);
    String client = args[4];
    Path out = Path.of(args[5]);
    Files.createDirectories(out);
    String label =
        String.format(
            Locale.ROOT,
            "%s receiver, %s client, %d connection(s), window %d, %d messages",
            receiver,
            client,
            connections,
            window,
            LoadFeed.total(patients));
    if (receiver.equals("hapi")) {
      try (HapiContext context = hapiContext()) {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
          port = probe.getLocalPort();
        }
        HL7Service server = hapiServer(context, port);
        try {
          System.out.println(label + ": " + runSender(port, patients, connections, window, client));
        } finally {
          server.stopAndWait();
        }
      }
      return;
    }
    Path file = out.resolve("live-" + System.nanoTime() + ".duckdb");
    try {
      try (Warehouse w = Warehouse.open(file);
          MllpListener l =
              MllpListener.start(
                  w,
                  new MllpListener.Options("127.0.0.1", 0, "ghh", null),
                  e -> System.err.println("warehouse failure: " + e))) {
        String result = runSender(l.port(), patients, connections, window, client);
        System.out.printf(
            Locale.ROOT, "%s: %s commits=%d%n", label, result, l.stats().counts().commits());
      }
      System.out.println("  census: " + CensusCheck.check(file, patients));
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(Path.of(file + ".wal"));
    }
  }

  /** Runs the sender as its own JVM on this class path; returns its RESULT line. */
  private static String runSender(
      int port, int patients, int connections, int window, String client)
      throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                java.toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                MllpSender.class.getName(),
                String.valueOf(port),
                String.valueOf(patients),
                String.valueOf(connections),
                String.valueOf(window),
                client)
            .redirectErrorStream(true)
            .start();
    String result = null;
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("RESULT ")) {
          result = line.substring(7);
        } else {
          System.err.println("  sender: " + line);
        }
      }
    }
    if (p.waitFor() != 0 || result == null) {
      throw new IllegalStateException("the sender failed (exit " + p.exitValue() + ")");
    }
    return result;
  }

  private static HapiContext hapiContext() {
    HapiContext context = new DefaultHapiContext();
    context.setValidationContext(ValidationContextFactory.noValidation());
    context.setModelClassFactory(new CanonicalModelClassFactory("2.5"));
    // HAPI binds its server socket to every address; the bench binds it to loopback only
    context.setSocketFactory(
        new StandardSocketFactory() {
          @Override
          public ServerSocket createServerSocket() throws IOException {
            return new ServerSocket() {
              @Override
              public void bind(SocketAddress endpoint, int backlog) throws IOException {
                super.bind(
                    new InetSocketAddress(
                        InetAddress.getLoopbackAddress(), ((InetSocketAddress) endpoint).getPort()),
                    backlog);
              }
            };
          }
        });
    return context;
  }

  private static HL7Service hapiServer(HapiContext context, int port) throws InterruptedException {
    HL7Service server = context.newServer(port, false);
    server.registerApplication(
        "*",
        "*",
        new ReceivingApplication<Message>() {
          @Override
          public Message processMessage(Message message, Map<String, Object> metadata)
              throws HL7Exception {
            try {
              return message.generateACK();
            } catch (IOException e) {
              throw new HL7Exception(e);
            }
          }

          @Override
          public boolean canProcess(Message message) {
            return true;
          }
        });
    server.startAndWait();
    return server;
  }
}
