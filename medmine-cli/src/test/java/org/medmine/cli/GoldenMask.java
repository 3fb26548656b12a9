package org.medmine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medmine.synthea.SyntheaPopulation;

/**
 * Masks what legitimately differs between two runs of the same command on the same data, so that
 * golden outputs compare what a script depends on: the temporary folder in paths, wall-clock times
 * and durations, the run's own days, run ids, and digests of files that hold them; ingest run ids;
 * times after the population's reference date (only the clock writes those); and floating-point
 * noise beyond 9 significant digits (DuckDB sums in parallel, in no fixed order). Everything else
 * is kept as printed.
 */
final class GoldenMask {
  /** Keys whose values are times, durations, run ids or digests of files with times in them. */
  static final Set<String> VOLATILE =
      Set.of(
          "seconds",
          "ms",
          "millis",
          "elapsed",
          "elapsedSeconds",
          "durationSeconds",
          "startedAt",
          "finishedAt",
          "started_at",
          "finished_at",
          "loggedAt",
          "logged_at",
          "runId",
          "run_id",
          "ranAt",
          "warehouseSha256",
          "warehouseFingerprint",
          "headHash",
          "head_hash",
          "hash",
          "prev_hash",
          "fitSeconds",
          "notesPerSecond",
          "megabytesPerSecond",
          "fit_seconds",
          "libraries");

  /** A profiled text column's lengths. */
  static final java.util.List<String> LENGTHS =
      java.util.List.of("minLength", "meanLength", "maxLength");

  /** Fields the refactoring adds: the provenance of the run. */
  static final Set<String> ADDITIONS = Set.of("run");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TIMESTAMP =
      Pattern.compile("\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z?");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");
  private static final Pattern RUN_ID =
      Pattern.compile("run-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  /**
   * The shared test populations' folder, wherever the checkout is (the fixtures were recorded in
   * another).
   */
  private static final Pattern TEST_CACHE = Pattern.compile("\\S*/target/test-cache/");

  private static final MathContext DIGITS = new MathContext(9);

  private GoldenMask() {}

  /**
   * The exit code, standard output (a JSON tree when it parses, else its lines) and error lines,
   * masked.
   */
  static ObjectNode observed(CliTest.Run run, Path dir) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("exit", run.code());
    String out = run.out().replace(dir.toString(), "<dir>");
    JsonNode tree;
    try {
      tree = JSON.readTree(out);
    } catch (Exception e) {
      tree = null;
    }
    o.set("stdout", tree != null && out.strip().startsWith("{") ? mask(tree) : lines(out));
    o.set("stderr", lines(run.err().replace(dir.toString(), "<dir>")));
    return o;
  }

  private static ArrayNode lines(String text) {
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    text.lines().map(GoldenMask::maskText).forEach(a::add);
    return a;
  }

  private static JsonNode mask(JsonNode n) {
    if (n instanceof ObjectNode o) {
      for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        e.setValue(
            VOLATILE.contains(e.getKey()) ? TextNode.valueOf("<masked>") : mask(e.getValue()));
      }
      if (o.path("min").asText("").startsWith("<test-cache>/")) {
        // a profiled column of checkout paths: its lengths depend on where the checkout is
        LENGTHS.forEach(k -> o.replace(k, TextNode.valueOf("<masked>")));
      }
      if (o.path("min").asText("").equals("<time>") && o.has("approxDistinct")) {
        // a profiled column of clock times: how many differ depends on how fast the run went
        o.replace("approxDistinct", TextNode.valueOf("<masked>"));
      }
    } else if (n instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        a.set(i, mask(a.get(i)));
      }
    } else if (n.isTextual()) {
      return TextNode.valueOf(maskText(n.asText()));
    } else if (n.isFloatingPointNumber()) {
      return DoubleNode.valueOf(new BigDecimal(n.asText()).round(DIGITS).doubleValue());
    }
    return n;
  }

  /**
   * Whether {@code s} is a bare date of the run's own days (the clock's, either side of midnight):
   * the day a run or a de-identification happened, which a fixture recorded on another day holds.
   */
  private static boolean clockDay(String s) {
    if (!DATE.matcher(s).matches()) {
      return false;
    }
    LocalDate d = LocalDate.parse(s);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    return !d.isBefore(today.minusDays(2)) && !d.isAfter(today.plusDays(1));
  }

  /** Run ids, clock days and clock times (later than the population's reference date) in a text. */
  private static String maskText(String s) {
    if (clockDay(s)) {
      return "<date>";
    }
    String out = RUN_ID.matcher(s).replaceAll("<run-id>");
    out = TEST_CACHE.matcher(out).replaceAll("<test-cache>/");
    Matcher m = TIMESTAMP.matcher(out);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      boolean clock =
          LocalDate.parse(m.group().substring(0, 10)).isAfter(SyntheaPopulation.REFERENCE_DATE);
      m.appendReplacement(b, clock ? "<time>" : Matcher.quoteReplacement(m.group()));
    }
    return m.appendTail(b).toString();
  }

  /** Removes the fields the refactoring adds, wherever they occur at the top of the output. */
  static void dropAdditions(ObjectNode observed) {
    if (observed.get("stdout") instanceof ObjectNode out) {
      ADDITIONS.forEach(out::remove);
    }
  }

  /** The path and the two values of the first place where {@code a} and {@code b} differ. */
  static String firstDifference(JsonNode a, JsonNode b, String path) {
    if (a.isObject() && b.isObject()) {
      for (String k : (Iterable<String>) () -> union(a, b)) {
        JsonNode x = a.get(k);
        JsonNode y = b.get(k);
        if (x == null || y == null) {
          return path + "." + k + ": " + (x == null ? "added " + y : "missing, was " + x);
        }
        if (!same(x, y)) {
          return firstDifference(x, y, path + "." + k);
        }
      }
    }
    if (a.isArray() && b.isArray()) {
      for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
        if (!same(a.get(i), b.get(i))) {
          return firstDifference(a.get(i), b.get(i), path + "[" + i + "]");
        }
      }
      if (a.size() != b.size()) {
        return path + ": " + a.size() + " elements, now " + b.size();
      }
    }
    return path + ": was " + abbreviate(a) + ", now " + abbreviate(b);
  }

  /**
   * Whether two outputs are the same: equal trees, numbers within a relative 1e-7 (DuckDB sums in
   * parallel, so an aggregate's last digits vary from run to run: a fraud feature was 5785.41413 in
   * one run, 5785.41412 in the next).
   */
  static boolean same(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      double x = a.asDouble();
      double y = b.asDouble();
      return x == y || Math.abs(x - y) <= 1e-7 * Math.max(Math.abs(x), Math.abs(y));
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        if (!b.has(k) || !same(a.get(k), b.get(k))) {
          return false;
        }
      }
      return true;
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!same(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  private static Iterator<String> union(JsonNode a, JsonNode b) {
    java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>();
    a.fieldNames().forEachRemaining(keys::add);
    b.fieldNames().forEachRemaining(keys::add);
    return List.copyOf(keys).iterator();
  }

  private static String abbreviate(JsonNode n) {
    String s = n.toString();
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }
}
