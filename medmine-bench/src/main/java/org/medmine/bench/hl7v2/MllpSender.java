package org.medmine.bench.hl7v2;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.app.Connection;
import ca.uhn.hl7v2.app.Initiator;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The load bench's second process: sends the {@link LoadFeed} over MLLP to 127.0.0.1, on {@code
 * connections} connections at once, each sending up to {@code window} messages ahead of its
 * acknowledgments (1: send and wait, HL7's original mode), checks that every acknowledgment is AA
 * for its own message, and prints one line: messages, seconds, messages per second, and the p50 and
 * p99 time from sending a message to reading its acknowledgment. With {@code hapi} as the client it
 * sends through HAPI's own initiator instead (send and wait, one connection each).
 *
 * <p>Usage: {@code MllpSender PORT PATIENTS CONNECTIONS WINDOW own|hapi}
 */
public final class MllpSender {
  private MllpSender() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    int patients = Integer.parseInt(args[1]);
    int connections = Integer.parseInt(args[2]);
    int window = Integer.parseInt(args[3]);
    boolean hapi = args[4].equals("hapi");
    List<long[]> latencies = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
    // the clock starts once every connection is open (and HAPI's context is built): set-up is not
    // messages
    java.util.concurrent.CyclicBarrier connected =
        new java.util.concurrent.CyclicBarrier(connections + 1);
    for (int c = 0; c < connections; c++) {
      List<String> messages = LoadFeed.messages(patients, c, connections);
      long[] lat = new long[messages.size()];
      latencies.add(lat);
      Thread t =
          new Thread(
              () -> {
                try {
                  if (hapi) {
                    sendWithHapi(port, messages, lat, connected);
                  } else {
                    send(port, messages, window, lat, connected);
                  }
                } catch (Throwable e) {
                  errors.add(e);
                  connected.reset();
                }
              });
      threads.add(t);
      t.start();
    }
    try {
      connected.await();
    } catch (java.util.concurrent.BrokenBarrierException e) {
      // a connection failed before the start: reported below
    }
    long t0 = System.nanoTime();
    for (Thread t : threads) {
      t.join();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (!errors.isEmpty()) {
      errors.get(0).printStackTrace();
      System.exit(1);
    }
    long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    System.out.printf(
        Locale.ROOT,
        "RESULT messages=%d seconds=%.2f rate=%.0f p50_ms=%.2f p99_ms=%.2f%n",
        all.length,
        seconds,
        all.length / seconds,
        all[all.length / 2] / 1e6,
        all[(int) (all.length * 0.99)] / 1e6);
  }

  private static void send(
      int port,
      List<String> messages,
      int window,
      long[] latency,
      java.util.concurrent.CyclicBarrier connected)
      throws Exception {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setTcpNoDelay(true);
      connected.await();
      OutputStream out = new BufferedOutputStream(s.getOutputStream(), 1 << 16);
      InputStream in = new BufferedInputStream(s.getInputStream(), 1 << 16);
      BlockingQueue<Integer> inFlight = new ArrayBlockingQueue<>(Math.max(1, window));
      long[] sentAt = new long[messages.size()];
      Thread reader =
          new Thread(
              () -> {
                try {
                  for (int i = 0; i < messages.size(); i++) {
                    String ack = readFrame(in);
                    int expected = inFlight.take();
                    latency[expected] = System.nanoTime() - sentAt[expected];
                    String control = messages.get(expected).split("\\|", 11)[9];
                    if (ack == null
                        || !ack.contains("\rMSA|AA|" + control + "\r")
                            && !ack.contains("\rMSA|AA|" + control + "|")) {
                      throw new IllegalStateException("not AA for " + control + ": " + ack);
                    }
                  }
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      List<Throwable> readerError = new ArrayList<>();
      reader.setUncaughtExceptionHandler((t, e) -> readerError.add(e));
      reader.start();
      for (int i = 0; i < messages.size(); i++) {
        while (!inFlight.offer(i, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
          if (!reader.isAlive()) {
            throw new IllegalStateException(
                "the acknowledgment reader stopped",
                readerError.isEmpty() ? null : readerError.get(0));
          }
        }
        sentAt[i] = System.nanoTime();
        out.write(0x0B);
        out.write(messages.get(i).getBytes(StandardCharsets.US_ASCII));
        out.write(0x1C);
        out.write(0x0D);
        out.flush();
      }
      reader.join();
      if (!readerError.isEmpty()) {
        throw new IllegalStateException(readerError.get(0));
      }
    }
  }

  private static void sendWithHapi(
      int port, List<String> messages, long[] latency, java.util.concurrent.CyclicBarrier connected)
      throws Exception {
    HapiContext context = new DefaultHapiContext();
    context.setValidationContext(ValidationContextFactory.noValidation());
    context.setModelClassFactory(new CanonicalModelClassFactory("2.5"));
    PipeParser parser = context.getPipeParser();
    Connection connection = context.newClient("127.0.0.1", port, false);
    Initiator initiator = connection.getInitiator();
    initiator.setTimeout(60, java.util.concurrent.TimeUnit.SECONDS);
    try {
      connected.await();
      for (int i = 0; i < messages.size(); i++) {
        Message m = parser.parse(messages.get(i));
        long t = System.nanoTime();
        Message ack = initiator.sendAndReceive(m);
        latency[i] = System.nanoTime() - t;
        String code = new Terser(ack).get("/MSA-1");
        if (!"AA".equals(code)) {
          throw new IllegalStateException("not AA: " + code);
        }
      }
    } finally {
      connection.close();
      context.close();
    }
  }

  private static String readFrame(InputStream in) throws IOException {
    int b;
    while ((b = in.read()) != 0x0B) {
      if (b < 0) {
        return null;
      }
    }
    ByteArrayOutputStream buf = new ByteArrayOutputStream(256);
    while ((b = in.read()) != 0x1C) {
      if (b < 0) {
        return null;
      }
      buf.write(b);
    }
    in.read();
    return buf.toString(StandardCharsets.US_ASCII);
  }
}
