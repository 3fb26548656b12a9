package org.medmine.bench;

// Run with the source launcher (bench/scale.sh does): it is not compiled by Maven and needs only the JDK.

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Scales a Synthea CSV population up by re-keyed copies: {@code RekeyPopulation SRC_CSV OUT_CSV COPIES [SEED]}
 * writes COPIES copies of every patient-level file of SRC_CSV into OUT_CSV (organizations, providers and payers
 * once, as they are shared). Copy c keeps the rows and their distributions and changes what identifies them: every
 * UUID that is not an organization's, provider's or payer's has its first eight hex digits XORed with c, so the
 * references between files stay consistent within a copy and no two copies share an id; every date and timestamp
 * of the copy moves back by one number of days drawn for it (0 to 3 years, seeded), so birth dates, visits and
 * deaths move together and nothing lands in the future; the SSN's last six digits are shifted by c, so no two
 * copies of a person share one. Copy 0 is the source population itself. Names and addresses stay: the copies of a
 * person differ in birth date and SSN, which is what record linkage must tell apart.
 */
public final class RekeyPopulation {
  private static final Set<String> SHARED = Set.of("organizations.csv", "providers.csv", "payers.csv");

  private RekeyPopulation() {}

  /** Entry point. */
  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: RekeyPopulation SRC_CSV OUT_CSV COPIES [SEED]");
      System.exit(2);
    }
    Path src = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int copies = Integer.parseInt(args[2]);
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 42L;
    Files.createDirectories(out);
    Set<String> sharedIds = new HashSet<>();
    for (String name : SHARED) {
      try (Stream<String> lines = Files.lines(src.resolve(name))) {
        lines.skip(1).forEach(l -> sharedIds.add(l.substring(0, l.indexOf(','))));
      }
      Files.copy(src.resolve(name), out.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    long[] shift = new long[copies];
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int c = 1; c < copies; c++) {
      shift[c] = rnd.nextLong(3 * 365 + 1);
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(src)) {
      list.filter(p -> p.toString().endsWith(".csv") && !SHARED.contains(p.getFileName().toString()))
          .sorted()
          .forEach(files::add);
    }
    for (Path file : files) {
      long started = System.nanoTime();
      rekey(file, out.resolve(file.getFileName()), copies, shift, sharedIds);
      System.err.printf("%s: %d copies in %.1f s%n", file.getFileName(), copies, (System.nanoTime() - started) / 1e9);
    }
  }

  private static void rekey(Path in, Path out, int copies, long[] shift, Set<String> sharedIds) throws IOException {
    List<String> lines = Files.readAllLines(in, StandardCharsets.UTF_8);
    int ssnColumn = List.of(lines.get(0).split(",")).indexOf("SSN");
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write(lines.get(0));
      w.newLine();
      StringBuilder row = new StringBuilder(512);
      for (int c = 0; c < copies; c++) {
        for (int i = 1; i < lines.size(); i++) {
          row.setLength(0);
          rekeyLine(lines.get(i), c, shift[c], sharedIds, ssnColumn, row);
          w.append(row).append('\n');
        }
      }
    }
  }

  /** Copies {@code line} into {@code row} field by field, re-keying the unquoted ids, dates and SSN. */
  private static void rekeyLine(String line, int copy, long days, Set<String> sharedIds, int ssnColumn, StringBuilder row) {
    int column = 0;
    int at = 0;
    while (at <= line.length()) {
      int end;
      if (at < line.length() && line.charAt(at) == '"') {
        end = at + 1;
        while (end < line.length() && !(line.charAt(end) == '"' && (end + 1 == line.length() || line.charAt(end + 1) != '"'))) {
          end += line.charAt(end) == '"' ? 2 : 1;
        }
        end = line.indexOf(',', end);
        end = end < 0 ? line.length() : end;
        row.append(line, at, end);
      } else {
        end = line.indexOf(',', at);
        end = end < 0 ? line.length() : end;
        String field = line.substring(at, end);
        row.append(copy == 0 ? field : rekeyField(field, copy, days, sharedIds, column == ssnColumn));
      }
      if (end < line.length()) {
        row.append(',');
      }
      at = end + 1;
      column++;
    }
  }

  private static String rekeyField(String f, int copy, long days, Set<String> sharedIds, boolean ssn) {
    int n = f.length();
    if (n == 36 && f.charAt(8) == '-' && f.charAt(13) == '-' && f.charAt(23) == '-' && !sharedIds.contains(f)) {
      int head = Integer.parseUnsignedInt(f, 0, 8, 16) ^ copy;
      char[] id = f.toCharArray();
      for (int i = 7; i >= 0; i--, head >>>= 4) {
        id[i] = Character.forDigit(head & 0xf, 16);
      }
      return new String(id);
    }
    if (n >= 10 && f.charAt(4) == '-' && f.charAt(7) == '-' && Character.isDigit(f.charAt(0))
        && (n == 10 || f.charAt(10) == 'T')) {
      LocalDate day =
          LocalDate.of(
                  Integer.parseInt(f, 0, 4, 10), Integer.parseInt(f, 5, 7, 10), Integer.parseInt(f, 8, 10, 10))
              .minusDays(days);
      return day + f.substring(10);
    }
    if (ssn && n == 11) {
      int digits = Integer.parseInt(f.substring(4, 6) + f.substring(7, 11));
      String shifted = String.format("%06d", (digits + copy * 7919L) % 1_000_000);
      return f.substring(0, 4) + shifted.substring(0, 2) + "-" + shifted.substring(2);
    }
    return f;
  }
}
