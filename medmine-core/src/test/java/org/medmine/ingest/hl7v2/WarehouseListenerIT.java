package org.medmine.ingest.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.model.MedmineUserException;

/**
 * {@code medmine listen}'s lifecycle on a real socket and warehouse: the counts are reported each
 * time another N messages were answered, reporting ends when the listener is closed, and a port
 * that cannot be bound is one sentence that leaves the warehouse file closed.
 */
class WarehouseListenerIT {
  @TempDir Path dir;

  private static final MllpListener.Options OPTIONS =
      new MllpListener.Options("127.0.0.1", 0, "ghh", null);

  private static String admit(String control, String patient) {
    return Hl7MessageBuilder.adt("A01")
        .control(control)
        .eventAt("202401021000")
        .patient(patient)
        .visit("V-" + patient, "I", "4E", "401", "A")
        .text();
  }

  @Test
  void reportsEachNAnsweredMessagesUntilClosed() throws Exception {
    Hl7v2Warehouse w = new Hl7v2Warehouse(dir);
    List<ListenerStats.Counts> reports = new CopyOnWriteArrayList<>();
    List<Exception> failures = new CopyOnWriteArrayList<>();
    Thread reporter;
    try (WarehouseListener listening = WarehouseListener.start(w.file(), OPTIONS, failures::add)) {
      assertThat(listening.name()).isEqualTo("mllp://127.0.0.1:" + listening.port());
      reporter =
          new Thread(
              () -> {
                try {
                  listening.reportEvery(2, reports::add);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
      reporter.start();
      try (MllpTestClient c = new MllpTestClient(listening.port())) {
        for (int i = 1; i <= 3; i++) {
          assertThat(c.send(admit("M" + i, "P" + i)).code()).isEqualTo("AA");
        }
      }
      Thread.sleep(600); // three polls: a third message alone does not make another report
      assertThat(reporter.isAlive()).as("reporting until closed").isTrue();
    }
    reporter.join(5_000);
    assertThat(reporter.isAlive()).as("reporting ends when the listener is closed").isFalse();
    assertThat(failures).isEmpty();
    assertThat(reports).hasSize(1);
    assertThat(reports.get(0).stored()).isBetween(2L, 3L);
    assertThat(reports.get(0).toText())
        .matches(
            "\\d messages: \\d stored, 0 quarantined, 0 skipped, 0 resent \\(already stored\\), 0"
                + " refused by the warehouse");
    assertThat(w.count("SELECT count(*) FROM hl7v2_message WHERE status = 'stored'")).isEqualTo(3);
  }

  @Test
  void aPortInUseIsOneSentence() throws Exception {
    Hl7v2Warehouse w = new Hl7v2Warehouse(dir);
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      MllpListener.Options busy =
          new MllpListener.Options("127.0.0.1", taken.getLocalPort(), "ghh", null);
      assertThatThrownBy(() -> WarehouseListener.start(w.file(), busy, e -> {}))
          .isInstanceOf(MedmineUserException.class)
          .hasMessageStartingWith("Cannot listen on 127.0.0.1:" + taken.getLocalPort());
    }
  }
}
