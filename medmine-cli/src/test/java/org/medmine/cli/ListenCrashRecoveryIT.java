package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code medmine listen} killed with SIGKILL mid-stream, and restarted, stores each message exactly
 * once. The sender behaves as interface engines do: it sends ahead up to a window, and after a lost
 * connection sends again every message whose acknowledgment it did not get. The listener is killed
 * once between a commit and its acknowledgments (paused there, so the resent messages are already
 * stored), once at an arbitrary moment while messages stream in, and finally stopped with SIGTERM,
 * which acknowledges what was read and exits.
 */
class ListenCrashRecoveryIT {
  private static final Pattern LISTENING =
      Pattern.compile("Listening on mllp://127\\.0\\.0\\.1:(\\d+)");
  private static final int PATIENTS = 300;
  private static final int WINDOW = 20;

  @TempDir Path dir;

  @Test
  void killedMidStreamAndRestartedItStoresEachMessageExactlyOnce() throws Exception {
    Path w = dir.resolve("live.duckdb");
    List<String> messages = feed();
    int acked = 0;

    PackagedCli.Started first = listener(w, "-Dmedmine.test.pause=listener-committed");
    acked = send(port(first), messages, acked, messages.size(), () -> awaitPaused(first));
    kill(first);
    assertThat(acked).as("nothing acknowledged before the first commit's acknowledgments").isZero();

    PackagedCli.Started second = listener(w, null);
    int target = messages.size() / 2;
    acked = send(port(second), messages, acked, target, () -> {});
    kill(second);
    assertThat(acked).isGreaterThanOrEqualTo(target);

    PackagedCli.Started third = listener(w, null);
    acked = send(port(third), messages, acked, messages.size(), () -> {});
    assertThat(acked).isEqualTo(messages.size());
    third.process().destroy();
    assertThat(third.process().waitFor(2, TimeUnit.MINUTES)).isTrue();
    String out = Files.readString(third.outFile());
    assertThat(out).as("SIGTERM stops it cleanly: %s", third.err()).contains("Stopped: ");

    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + w.toAbsolutePath());
        Statement s = c.createStatement()) {
      assertThat(count(s, "SELECT count(*) FROM hl7v2_message")).isEqualTo(messages.size());
      assertThat(
              count(
                  s,
                  "SELECT count(DISTINCT control_id) FROM hl7v2_message WHERE status = 'stored'"))
          .isEqualTo(messages.size());
      assertThat(count(s, "SELECT count(*) FROM encounter")).isEqualTo(PATIENTS);
      assertThat(count(s, "SELECT count(*) FROM encounter_location"))
          .as("one admission and one transfer each")
          .isEqualTo(2L * PATIENTS);
      assertThat(count(s, "SELECT count(*) FROM encounter_location WHERE end_time IS NULL"))
          .as("patients still in house: the odd ones")
          .isEqualTo(PATIENTS / 2);
      assertThat(count(s, "SELECT count(*) FROM observation")).isEqualTo(PATIENTS);
      assertThat(count(s, "SELECT count(*) FROM quarantine")).isZero();
    }
    assertThat(out).contains("resent (already");
  }

  /** For each patient: admit, transfer, a result; every second patient is then discharged. */
  private static List<String> feed() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < PATIENTS; i++) {
      String pid = "PID|1||P" + i + "^^^GHH^MR||DOE^PAT" + i + "||19700101|F";
      out.add(adt("A01", "A" + i, pid, "V" + i, "4E^" + (100 + i % 40) + "^A^GHH", "202401021000"));
      out.add(adt("A02", "T" + i, pid, "V" + i, "5W^" + (200 + i % 40) + "^B^GHH", "202401031000"));
      out.add(
          msh("ORU^R01", "R" + i)
              + pid
              + "\rPV1|1|I|||||||||||||||||V"
              + i
              + "\rOBR|1||F"
              + i
              + "|2093-3^Cholesterol^LN|||202401031100\rOBX|1|NM|2093-3^Cholesterol^LN||"
              + (150 + i)
              + "|mg/dL^^UCUM|<200|N|||F\r");
      if (i % 2 == 0) {
        out.add(
            adt("A03", "D" + i, pid, "V" + i, "5W^" + (200 + i % 40) + "^B^GHH", "202401041000"));
      }
    }
    return out;
  }

  private static String msh(String type, String control) {
    return "MSH|^~\\&|ADT1|GHH|MEDMINE|GHH|202401021000||" + type + "|" + control + "|P|2.5.1\r";
  }

  private static String adt(
      String event, String control, String pid, String visit, String location, String at) {
    return msh("ADT^" + event, control)
        + "EVN|"
        + event
        + "|"
        + at
        + "||||"
        + at
        + "\r"
        + pid
        + "\rPV1|1|I|"
        + location
        + "||||||||||||||||"
        + visit
        + "\r";
  }

  private PackagedCli.Started listener(Path w, String jvmOption) throws IOException {
    PackagedCli cli = PackagedCli.in(dir);
    if (jvmOption != null) {
      cli = cli.withJvmOption(jvmOption);
    }
    return cli.start(
        "listen", "--port", "0", "-w", w.toString(), "--source", "ghh", "--every", "100");
  }

  private static int port(PackagedCli.Started listener) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline) {
      Matcher m = LISTENING.matcher(Files.readString(listener.outFile()));
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      assertThat(listener.process().isAlive())
          .as("the listener started: %s", listener.err())
          .isTrue();
      Thread.sleep(50);
    }
    throw new AssertionError("the listener did not say where it listens: " + listener.err());
  }

  private static void awaitPaused(PackagedCli.Started listener) {
    try {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
      while (!listener.err().contains("medmine: paused at listener-committed")) {
        assertThat(System.nanoTime())
            .as("the listener reached its first commit")
            .isLessThan(deadline);
        Thread.sleep(20);
      }
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void kill(PackagedCli.Started listener) throws InterruptedException {
    listener.process().destroyForcibly();
    assertThat(listener.process().waitFor(1, TimeUnit.MINUTES)).isTrue();
  }

  /**
   * Sends messages {@code from} on, up to {@link #WINDOW} ahead of their acknowledgments, until
   * {@code until} are acknowledged or the connection is lost; {@code whenAllSent} runs once the
   * first window is out. Returns how many messages, from the first, are acknowledged (each must be
   * AA for its own control id).
   */
  private static int send(
      int port, List<String> messages, int from, int until, Runnable whenAllSent)
      throws IOException {
    int acked = from;
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(120_000);
      OutputStream out = socket.getOutputStream();
      InputStream in = new BufferedInputStream(socket.getInputStream());
      int sent = from;
      boolean firstWindow = true;
      while (acked < until) {
        while (sent < messages.size() && sent - acked < WINDOW) {
          frame(out, messages.get(sent++));
        }
        if (firstWindow) {
          firstWindow = false;
          whenAllSent.run();
        }
        String ack = readFrame(in);
        if (ack == null) {
          break; // the listener died: resend from the first unacknowledged message
        }
        String[] msa = ack.substring(ack.indexOf("\rMSA|") + 5).split("[|\r]");
        assertThat(msa[0]).as("acknowledgment of %s: %s", messages.get(acked), ack).isEqualTo("AA");
        String expected = messages.get(acked).split("\\|")[9];
        assertThat(msa[1]).as("acknowledgments come in order").isEqualTo(expected);
        acked++;
      }
    } catch (IOException e) {
      // the connection was cut by the kill
    }
    return acked;
  }

  private static void frame(OutputStream out, String message) throws IOException {
    out.write(0x0B);
    out.write(message.getBytes(StandardCharsets.US_ASCII));
    out.write(new byte[] {0x1C, 0x0D});
    out.flush();
  }

  private static String readFrame(InputStream in) throws IOException {
    int b;
    while ((b = in.read()) != 0x0B) {
      if (b < 0) {
        return null;
      }
    }
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    while ((b = in.read()) != 0x1C) {
      if (b < 0) {
        return null;
      }
      buf.write(b);
    }
    in.read();
    return buf.toString(StandardCharsets.US_ASCII);
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
