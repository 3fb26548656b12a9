package org.medmine.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import org.medmine.context.WarehouseConcepts;
import org.medmine.ingest.IngestOptions;
import org.medmine.ingest.Ingestor;
import org.medmine.ingest.progress.IngestListener;
import org.medmine.mining.nlp.Lexicon;
import org.medmine.mining.nlp.NoteAnnotation;
import org.medmine.mining.nlp.NoteAnnotator;
import org.medmine.mining.nlp.NoteMention;
import org.medmine.mining.nlp.ParallelAnnotator;
import org.medmine.warehouse.Warehouse;

/**
 * Throughput of medmine's note pipeline ({@link NoteAnnotator}: sections, sentences, tokens,
 * concepts, ConText) over every note of a warehouse, streamed from DuckDB and annotated by {@link
 * ParallelAnnotator} on 1 and 2 threads (the machine's two cores): notes/s and MB/s of note text,
 * CPU seconds and the peak heap in use, after an untimed warm-up pass over the whole corpus on the
 * largest thread count (a warm-up over the first 3,000 notes left the JIT's work unfinished, so the
 * first timed run of a JVM was the slower one, whichever thread count it had); the lexicon is the
 * shipped one grown by the warehouse's condition, medication and procedure displays, as an
 * application would build it. Also prints counts by assertion, experiencer, temporality, section
 * and mental-health marker, and example mentions. Usage: {@code NlpThroughputBench WAREHOUSE
 * POPULATION|- [THREADS...]}; with a Synthea output folder as POPULATION and no WAREHOUSE file yet,
 * its FHIR export is ingested into WAREHOUSE first.
 */
public final class NlpThroughputBench {
  private NlpThroughputBench() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    if (!Files.exists(file) && !"-".equals(args[1])) {
      ingest(Path.of(args[1]), file);
    }
    List<Integer> threads = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      threads.add(Integer.parseInt(args[i]));
    }
    if (threads.isEmpty()) {
      threads = List.of(1, 2);
    }
    try (Warehouse w = Warehouse.openExisting(file, true)) {
      Connection c = w.connection();
      long t0 = System.nanoTime();
      Lexicon lexicon = Lexicon.standard().withDisplays(WarehouseConcepts.clinical(c));
      NoteAnnotator annotator = NoteAnnotator.with(lexicon);
      System.out.printf(
          Locale.ROOT,
          "lexicon: %d concepts (%d shipped) built in %.2f s%n",
          lexicon.entries().size(),
          Lexicon.standard().entries().size(),
          (System.nanoTime() - t0) / 1e9);
      long[] corpus = corpus(c);
      System.out.printf(
          Locale.ROOT,
          "corpus: %d notes, %.1f MB of text (%s)%n",
          corpus[0],
          corpus[1] / 1e6,
          file);
      timedRun(c, annotator, java.util.Collections.max(threads), corpus[1], "warm-up, untimed");
      for (int t : threads) {
        Tally tally = timedRun(c, annotator, t, corpus[1], "threads " + t);
        if (t == threads.get(threads.size() - 1)) {
          tally.print();
        }
      }
    }
  }

  /** Ingests the FHIR export of a Synthea output folder into a new warehouse file. */
  private static void ingest(Path population, Path file) throws Exception {
    long t0 = System.nanoTime();
    try (Warehouse w = Warehouse.open(file)) {
      Ingestor.ingest(
          w,
          new IngestOptions(List.of(population.resolve("fhir")), "synthea", null),
          IngestListener.NONE);
    }
    System.out.printf(
        Locale.ROOT,
        "ingested %s into %s in %.0f s%n",
        population,
        file,
        (System.nanoTime() - t0) / 1e9);
  }

  /**
   * Annotates every note on {@code threads} threads and prints the throughput and resources of the
   * run.
   */
  private static Tally timedRun(
      Connection c, NoteAnnotator annotator, int threads, long textBytes, String label)
      throws Exception {
    Tally tally = new Tally();
    ResourceMeter meter = new ResourceMeter();
    meter.start();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT text FROM note WHERE text IS NOT NULL")) {
      new ParallelAnnotator(annotator, threads).run(texts(rs, Long.MAX_VALUE), x -> x, tally::add);
    }
    meter.stop();
    System.out.printf(
        Locale.ROOT,
        "%s: %d notes in %.1f s = %.0f notes/s, %.2f MB/s; %.1f CPU-s; peak heap %.0f MiB;"
            + " %d sentences, %d mentions; on %d thread(s)%n",
        label,
        tally.notes.sum(),
        meter.seconds(),
        tally.notes.sum() / meter.seconds(),
        textBytes / 1e6 / meter.seconds(),
        meter.cpuSeconds(),
        ResourceMeter.peakHeapMib(),
        tally.sentences.sum(),
        tally.mentions.sum(),
        threads);
    return tally;
  }

  private static long[] corpus(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*), coalesce(sum(strlen(text)), 0) FROM note WHERE text IS NOT NULL")) {
      rs.next();
      return new long[] {rs.getLong(1), rs.getLong(2)};
    }
  }

  /** The note texts of a result set, read as the annotator asks for them. */
  private static Iterator<String> texts(ResultSet rs, long limit) {
    return new Iterator<>() {
      private long read;
      private Boolean ahead;

      @Override
      public boolean hasNext() {
        if (ahead == null) {
          try {
            ahead = read < limit && rs.next();
          } catch (SQLException e) {
            throw new IllegalStateException("could not read the notes", e);
          }
        }
        return ahead;
      }

      @Override
      public String next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        ahead = null;
        read++;
        try {
          return rs.getString(1);
        } catch (SQLException e) {
          throw new IllegalStateException("could not read a note", e);
        }
      }
    };
  }

  /** Counts of one run, thread-safe. */
  private static final class Tally {
    final LongAdder notes = new LongAdder();
    final LongAdder sentences = new LongAdder();
    final LongAdder mentions = new LongAdder();
    final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<String> examples = new ConcurrentLinkedQueue<>();
    final Map<String, LongAdder> exampleKinds = new ConcurrentHashMap<>();

    void add(String text, NoteAnnotation a) {
      notes.increment();
      sentences.add(a.sentences());
      mentions.add(a.mentions().size());
      for (NoteMention m : a.mentions()) {
        count("assertion " + m.judgement().assertion().label());
        count("experiencer " + m.judgement().experiencer().label());
        count("temporality " + m.judgement().temporality().label());
        count("section " + m.section());
        count("marker " + m.mention().concept().marker());
        count("match " + m.mention().kind());
        String kind =
            m.judgement().assertion()
                + "/"
                + m.judgement().temporality()
                + "/"
                + m.judgement().experiencer();
        if (exampleKinds.computeIfAbsent(kind, k -> new LongAdder()).sum() < 2) {
          exampleKinds.get(kind).increment();
          examples.add(
              kind.toLowerCase(Locale.ROOT)
                  + "\t"
                  + m.mention().text()
                  + "\t"
                  + m.judgement().triggers()
                  + "\t"
                  + text.substring(m.sentenceStart(), m.sentenceEnd()).replaceAll("\\s+", " "));
        }
      }
    }

    private void count(String key) {
      counts.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    void print() {
      counts.entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(
              e -> System.out.printf(Locale.ROOT, "  %-40s %d%n", e.getKey(), e.getValue().sum()));
      System.out.println(
          "examples (assertion/temporality/experiencer, mention, triggers, sentence):");
      examples.stream().sorted().forEach(e -> System.out.println("  " + e));
    }
  }
}
