package org.medmine.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The de-identification bench of issue 16: precision and recall per PHI type of the note scrubber
 * on both parts of the self-written corpus ({@link NoteCorpus}; the held-out figures are the ones
 * to report), and its throughput in notes per second and MB/s (UTF-8) on one thread and on {@code
 * --threads} (one scrubber per thread).
 *
 * <p>{@code DeidBench [--notes N] [--rounds R] [--threads T] [--out DIR]}: N notes per part
 * (default 400), R passes over both parts for the timing (default 20, after one warm-up pass).
 * Writes {@code deid-bench.json}, the tables in {@code deid-bench.txt}, both parts with their gold
 * spans as JSON Lines, and the misses and false alarms of each part, to DIR (default {@code
 * target/bench-deid}).
 */
public final class DeidBench {
  private DeidBench() {}

  public static void main(String[] args) throws Exception {
    int notes = 400;
    int rounds = 20;
    int threads = 2;
    Path out = Path.of("target/bench-deid");
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--notes" -> notes = Integer.parseInt(args[i + 1]);
        case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
        case "--threads" -> threads = Integer.parseInt(args[i + 1]);
        case "--out" -> out = Path.of(args[i + 1]);
        default ->
            throw new IllegalArgumentException(
                "usage: DeidBench [--notes N] [--rounds R] [--threads T] [--out DIR]");
      }
    }
    Files.createDirectories(out);
    Map<String, Object> result = new LinkedHashMap<>();
    StringBuilder tables = new StringBuilder();
    List<NoteCorpus.Note> all = new ArrayList<>();
    for (NoteCorpus.Part part : NoteCorpus.Part.values()) {
      List<NoteCorpus.Note> corpus = NoteCorpus.generate(part, notes);
      all.addAll(corpus);
      DeidEvaluation e = DeidEvaluation.run(corpus, new PhiScrubber());
      String name = part.name().toLowerCase(Locale.ROOT).replace('_', '-');
      tables
          .append("== ")
          .append(name)
          .append(" (")
          .append(corpus.size())
          .append(" notes)\n")
          .append(e.table())
          .append('\n');
      result.put(name, figures(e));
      writeCorpus(corpus, out.resolve("deid-" + name + ".jsonl"));
      Files.write(out.resolve("deid-" + name + "-misses.tsv"), e.misses, StandardCharsets.UTF_8);
      Files.write(
          out.resolve("deid-" + name + "-false-alarms.tsv"), e.falseAlarms, StandardCharsets.UTF_8);
    }
    long bytes =
        all.stream().mapToLong(n -> n.text().getBytes(StandardCharsets.UTF_8).length).sum();
    time(all, 1, 1);
    for (int t : threads == 1 ? List.of(1) : List.of(1, threads)) {
      double[] seconds = time(all, rounds, t);
      double notesPerSecond = all.size() * (double) rounds / seconds[0];
      double mbPerSecond = bytes * (double) rounds / seconds[0] / 1e6;
      double notesPerCpuSecond = all.size() * (double) rounds / seconds[1];
      result.put(
          "throughput_threads_" + t,
          Map.of(
              "notes_per_second",
              Math.round(notesPerSecond),
              "mb_per_second",
              Math.round(mbPerSecond * 100) / 100.0,
              "notes",
              all.size() * rounds,
              "seconds",
              seconds[0],
              "cpu_seconds",
              seconds[1],
              "notes_per_cpu_second",
              Math.round(notesPerCpuSecond),
              "mb_per_cpu_second",
              Math.round(bytes * (double) rounds / seconds[1] / 1e4) / 100.0));
      tables.append(
          String.format(
              Locale.ROOT,
              "throughput, %d thread(s): %,.0f notes/s, %.2f MB/s wall; %,.0f notes and %.2f MB"
                  + " per CPU-second (%d notes of %.0f bytes on average, %d passes; load average %.1f)%n",
              t,
              notesPerSecond,
              mbPerSecond,
              notesPerCpuSecond,
              bytes * (double) rounds / seconds[1] / 1e6,
              all.size(),
              bytes / (double) all.size(),
              rounds,
              java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                  .getSystemLoadAverage()));
    }
    result.put("cores", Runtime.getRuntime().availableProcessors());
    Files.writeString(out.resolve("deid-bench.txt"), tables, StandardCharsets.UTF_8);
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(out.resolve("deid-bench.json").toFile(), result);
    System.out.print(tables);
  }

  private static Map<String, Object> figures(DeidEvaluation e) {
    Map<String, Object> byType = new LinkedHashMap<>();
    e.byType.forEach(
        (k, r) ->
            byType.put(
                k,
                Map.of(
                    "gold",
                    r.gold,
                    "reported",
                    r.reported,
                    "recall",
                    r.recall(),
                    "precision",
                    r.precision())));
    return Map.of(
        "overall",
        Map.of(
            "gold",
            e.overall.gold,
            "reported",
            e.overall.reported,
            "recall",
            e.overall.recall(),
            "precision",
            e.overall.precision()),
        "by_type",
        byType);
  }

  /**
   * Scrubs every note {@code rounds} times over {@code threads} threads, one scrubber each: the
   * wall seconds and the CPU seconds of the threads (on a shared machine the second is the steadier
   * figure).
   */
  private static double[] time(List<NoteCorpus.Note> notes, int rounds, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long t0 = System.nanoTime();
      List<Future<Long>> parts = new ArrayList<>();
      java.lang.management.ThreadMXBean cpu =
          java.lang.management.ManagementFactory.getThreadMXBean();
      for (int t = 0; t < threads; t++) {
        int first = t;
        parts.add(
            pool.submit(
                () -> {
                  long cpu0 = cpu.getCurrentThreadCpuTime();
                  PhiScrubber scrubber = new PhiScrubber();
                  long spans = 0;
                  for (int r = 0; r < rounds; r++) {
                    for (int i = first; i < notes.size(); i += threads) {
                      spans += scrubber.scrub(notes.get(i).text()).spans().size();
                    }
                  }
                  return spans >= 0 ? cpu.getCurrentThreadCpuTime() - cpu0 : 0;
                }));
      }
      long cpuNanos = 0;
      for (Future<Long> f : parts) {
        cpuNanos += f.get();
      }
      return new double[] {(System.nanoTime() - t0) / 1e9, cpuNanos / 1e9};
    } finally {
      pool.shutdown();
    }
  }

  private static void writeCorpus(List<NoteCorpus.Note> notes, Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (NoteCorpus.Note n : notes) {
        List<Map<String, Object>> gold = new ArrayList<>();
        for (NoteCorpus.Gold g : n.gold()) {
          gold.add(
              Map.of(
                  "start",
                  n.text().codePointCount(0, g.span().start()),
                  "end",
                  n.text().codePointCount(0, g.span().end()),
                  "type",
                  g.span().type().name(),
                  "kind",
                  g.kind()));
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", n.id());
        row.put("patient_id", n.patient());
        row.put("style", n.style().name().toLowerCase(Locale.ROOT));
        row.put("text", n.text());
        row.put("gold", gold);
        w.write(json.writeValueAsString(row));
        w.newLine();
      }
    }
  }
}
