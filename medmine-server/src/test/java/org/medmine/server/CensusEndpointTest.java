package org.medmine.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.apps.deid.DeidKeys;
import org.medmine.apps.deid.DeidOptions;
import org.medmine.apps.deid.Deidentification;
import org.medmine.context.AnalysisContext;
import org.medmine.context.ContextRequest;
import org.medmine.context.SharedListener;
import org.medmine.ingest.IngestOptions;
import org.medmine.ingest.Ingestor;
import org.medmine.ingest.hl7v2.MllpListener;
import org.medmine.ingest.progress.IngestListener;
import org.medmine.warehouse.Warehouse;

/**
 * {@code /api/v1/census} and the bed board on a server on loopback over a warehouse fed with ADT
 * messages: the admin sees names, a census read after more messages were stored shows them, a
 * clinician gets no list of patients from identified data, the analyst on a de-identified copy gets
 * each bed's patient reference and no name, and the bed board is served from the jar.
 */
class CensusEndpointTest {
  @TempDir Path dir;
  private final HttpClient client = HttpClient.newHttpClient();
  private int files;

  static String adt(
      String event, String control, String patient, String cls, String loc, String at) {
    return "MSH|^~\\&|ADT1|GHH|MEDMINE|GHH|"
        + at
        + "||ADT^"
        + event
        + "|"
        + control
        + "|P|2.5.1\rEVN|"
        + event
        + "|"
        + at
        + "||||"
        + at
        + "\rPID|1||"
        + patient
        + "^^^GHH^MR||ZEBEDEE^"
        + patient
        + "|||F\rPV1|1|"
        + cls
        + "|"
        + loc
        + "|".repeat(16)
        + "V"
        + patient
        + "\r";
  }

  private void ingest(Path warehouse, String... messages) throws Exception {
    Path f = dir.resolve("feed-" + (++files) + ".hl7");
    Files.writeString(f, String.join("", messages));
    try (Warehouse w = Warehouse.open(warehouse)) {
      Ingestor.ingest(
          w,
          new IngestOptions(List.of(f), "ghh", IngestOptions.InputFormat.AUTO),
          IngestListener.NONE);
    }
  }

  private Path morning() throws Exception {
    Path w = dir.resolve("w.duckdb");
    ingest(
        w,
        adt("A04", "M1", "P1", "E", "ED^1^^GHH", "202403010800"),
        adt("A06", "M2", "P1", "I", "ED^1^^GHH", "202403010900"),
        adt("A01", "M3", "P2", "I", "4E^401^A^GHH", "202403011000"));
    return w;
  }

  private HttpResponse<String> census(MedmineServer server, String query, String token)
      throws Exception {
    return ServedWarehouse.get(
        client, "http://127.0.0.1:" + server.port() + "/api/v1/census" + query, token);
  }

  @Test
  void theAdminSeesNamesAndTheCensusFollowsTheMessagesStored() throws Exception {
    Path w = morning();
    try (MedmineServer server =
        MedmineServer.start(
            ServedWarehouse.settings(w, ServedWarehouse.auth(dir), ServedWarehouse.warnings()))) {
      HttpResponse<String> first = census(server, "", ServedWarehouse.ADMIN);
      assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
      JsonNode doc = ServedWarehouse.json(first);
      assertThat(doc.get("inHouse").asInt()).isEqualTo(2);
      assertThat(doc.at("/patients/0/name").asText()).isEqualTo("P2 ZEBEDEE");
      assertThat(doc.at("/boarding/boardingNow").asInt()).isEqualTo(1);
      assertThat(doc.at("/run/app").asText()).isEqualTo("census");
      ingest(
          w,
          adt("A02", "M4", "P1", "I", "4E^402^B^GHH", "202403011100"),
          adt("A01", "M5", "P3", "I", "4E^403^A^GHH", "202403011130"));
      JsonNode later = ServedWarehouse.json(census(server, "", ServedWarehouse.ADMIN));
      assertThat(later.get("asOf").asText()).isEqualTo("2024-03-01T11:30");
      assertThat(later.get("inHouse").asInt()).isEqualTo(3);
      assertThat(later.at("/boarding/boardingNow").asInt()).isZero();
      assertThat(later.at("/boarding/episodes/0/hours").asDouble()).isEqualTo(2.0);
      assertThat(census(server, "?asOf=noon", ServedWarehouse.ADMIN).statusCode()).isEqualTo(400);
      HttpResponse<String> clinician = census(server, "", ServedWarehouse.CLINICIAN);
      assertThat(clinician.statusCode()).as(clinician.body()).isEqualTo(403);
    }
  }

  /**
   * Issue 21, the live bed board: {@code medmine serve --listen-port} receives ADT over MLLP into
   * the warehouse it serves, and a census asked for right after an acknowledgment shows it (a
   * census kept from before the message would not). A second DuckDB database opened on the file in
   * this process would write behind the server's back; the listener writes through the server's.
   */
  @Test
  void aListenerInsideTheServerFeedsTheCensusMessageByMessage() throws Exception {
    Path w = morning();
    try (MedmineServer server =
        MedmineServer.start(
            ServedWarehouse.settings(w, ServedWarehouse.auth(dir), ServedWarehouse.warnings()))) {
      assertThat(
              ServedWarehouse.json(census(server, "", ServedWarehouse.ADMIN))
                  .get("inHouse")
                  .asInt())
          .isEqualTo(2);
      List<Exception> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
      SharedListener feed =
          server.listen(new MllpListener.Options("127.0.0.1", 0, "ghh", null), failures::add);
      long patients = patients(server);
      try (Socket sender = new Socket("127.0.0.1", feed.port())) {
        sender.setSoTimeout(60_000);
        assertThat(mllp(sender, adt("A01", "L1", "P3", "I", "4E^403^A^GHH", "202403011130")))
            .contains("MSA|AA|L1");
        assertThat(patients(server))
            .as("statistics kept from before the message are not answered after it")
            .isEqualTo(patients + 1);
        JsonNode admitted = ServedWarehouse.json(census(server, "", ServedWarehouse.ADMIN));
        assertThat(admitted.get("inHouse").asInt()).isEqualTo(3);
        assertThat(admitted.get("asOf").asText()).isEqualTo("2024-03-01T11:30");
        assertThat(mllp(sender, adt("A03", "L2", "P2", "I", "4E^401^A^GHH", "202403011200")))
            .contains("MSA|AA|L2");
        assertThat(mllp(sender, adt("A01", "L1", "P3", "I", "4E^403^A^GHH", "202403011130")))
            .as("a resent control id is answered as before and stored once")
            .contains("MSA|AA|L1");
      }
      JsonNode discharged = ServedWarehouse.json(census(server, "", ServedWarehouse.ADMIN));
      assertThat(discharged.get("inHouse").asInt()).isEqualTo(2);
      assertThat(discharged.toString()).doesNotContain("P2 ZEBEDEE").contains("P3 ZEBEDEE");
      assertThat(feed.counts().toText()).contains("3 messages: 2 stored").contains("1 resent");
      assertThat(failures).isEmpty();
    }
    try (Warehouse closed = Warehouse.open(w)) {
      assertThat(closed).as("the server closed the listener and the warehouse with it").isNotNull();
    }
  }

  private long patients(MedmineServer server) throws Exception {
    HttpResponse<String> stats =
        ServedWarehouse.get(
            client, "http://127.0.0.1:" + server.port() + "/api/v1/stats", ServedWarehouse.ADMIN);
    return ServedWarehouse.json(stats).at("/population/patients").asLong();
  }

  /** Sends {@code message} framed as MLLP and returns the acknowledgment's text. */
  private static String mllp(Socket socket, String message) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(0x0B);
    out.write(message.getBytes(StandardCharsets.US_ASCII));
    out.write(new byte[] {0x1C, 0x0D});
    out.flush();
    InputStream in = socket.getInputStream();
    StringBuilder ack = new StringBuilder();
    for (int b = in.read(); b != 0x1C; b = in.read()) {
      assertThat(b).as("the listener closed the connection before acknowledging").isNotNegative();
      if (b != 0x0B) {
        ack.append((char) b);
      }
    }
    return ack.toString();
  }

  @Test
  void theAnalystOnADeidentifiedCopySeesBedsWithPatientReferencesNotNames() throws Exception {
    Path source = morning();
    Path deid = dir.resolve("deid.duckdb");
    try (AnalysisContext context =
        AnalysisContext.open(ContextRequest.of(source).withAction("deid"))) {
      Deidentification.run(
          context,
          DeidOptions.of(deid, "limited-data-set", LocalDate.of(2026, 1, 1)),
          new DeidKeys(
              "a test secret of enough length".getBytes(StandardCharsets.UTF_8),
              Optional.empty(),
              Optional.empty()));
    }
    try (MedmineServer server =
        MedmineServer.start(
            ServedWarehouse.settings(
                deid, ServedWarehouse.auth(dir), ServedWarehouse.warnings()))) {
      HttpResponse<String> r = census(server, "", ServedWarehouse.ANALYST);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      JsonNode doc = ServedWarehouse.json(r);
      assertThat(doc.get("inHouse").asInt()).isEqualTo(2);
      for (JsonNode p : doc.get("patients")) {
        assertThat(p.has("name")).isFalse();
        assertThat(p.get("patient").asText()).isNotIn("P1", "P2").isNotBlank();
      }
      assertThat(r.body()).doesNotContain("ZEBEDEE");
      assertThat(doc.at("/run/role").asText()).isEqualTo("analyst");
    }
  }

  @Test
  void theBedBoardIsServedFromTheJarAndPollsTheCensus() throws Exception {
    Path w = morning();
    try (MedmineServer server =
        MedmineServer.start(
            ServedWarehouse.settings(w, ServedWarehouse.auth(dir), ServedWarehouse.warnings()))) {
      String base = "http://127.0.0.1:" + server.port();
      HttpResponse<String> page = ServedWarehouse.get(client, base + "/beds", null);
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
      assertThat(page.body()).contains("src=\"/beds.js\"").doesNotContain("http://", "https://");
      HttpResponse<String> script = ServedWarehouse.get(client, base + "/beds.js", null);
      assertThat(script.statusCode()).isEqualTo(200);
      assertThat(script.body())
          .contains("/api/v1/census", "setTimeout(poll, POLL_MS)", "textContent")
          .doesNotContain("innerHTML", "http://", "https://");
    }
  }
}
