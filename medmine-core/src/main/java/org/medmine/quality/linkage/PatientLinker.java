package org.medmine.quality.linkage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.medmine.model.MedmineUserException;
import org.medmine.warehouse.WarehouseException;

/**
 * Finds patient records of the same person within and across sources. Candidate pairs come from
 * blocking on several keys (birth date; family-name prefix and birth year; ZIP and given-name
 * prefix; SSN; name prefixes), each pair is compared into an agreement vector ({@link
 * PairComparator}), scored by a Fellegi–Sunter model fitted to these data ({@link FellegiSunter}),
 * and pairs at or above the match threshold are joined into clusters by transitive closure. Pairs
 * between the review and the match threshold go to a review list. {@link #linkAndStore} writes
 * {@code patient_link} and {@code link_review}; the source rows are never altered.
 */
public final class PatientLinker {

  /** Linkage settings; thresholds are match probabilities. */
  public record Options(
      double matchThreshold, double reviewThreshold, long seed, int randomPairs, int maxBlockSize) {
    public static Options defaults() {
      return new Options(0.9, 0.3, 42, 20_000, 2_000);
    }

    public Options {
      if (!(reviewThreshold >= 0 && reviewThreshold <= matchThreshold && matchThreshold <= 1)) {
        throw new MedmineUserException(
            "Thresholds must satisfy 0 <= review <= match <= 1, not review "
                + reviewThreshold
                + " and match "
                + matchThreshold
                + ".");
      }
    }
  }

  /** A compared pair with its agreement vector, weight and match probability. */
  public record ScoredPair(
      PatientRecord a, PatientRecord b, int[] levels, double weight, double probability) {}

  /**
   * The outcome: pairs compared, matched and for review, the cluster of every record, the fitted
   * model.
   */
  public record Result(
      Options options,
      int records,
      long candidatePairs,
      List<ScoredPair> matches,
      List<ScoredPair> review,
      Map<String, String> clusterOf,
      int clusters,
      FellegiSunter model,
      double seconds) {}

  private PatientLinker() {}

  /**
   * Reads every patient of the warehouse, links them, and rewrites {@code patient_link} and {@code
   * link_review}.
   */
  public static Result linkAndStore(Connection c, Options options) {
    try {
      Result r = link(read(c), options);
      store(c, r);
      return r;
    } catch (SQLException e) {
      throw new WarehouseException("record linkage failed", e);
    }
  }

  public static List<PatientRecord> read(Connection c) throws SQLException {
    List<PatientRecord> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT source, id, given_name, family_name, birth_date, sex, ssn, address_line, city, postal_code, phone"
                    + " FROM patient ORDER BY source, id")) {
      while (rs.next()) {
        java.sql.Date birth = rs.getDate(5);
        out.add(
            PatientRecord.of(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                birth == null ? null : birth.toLocalDate(),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11)));
      }
    }
    return out;
  }

  /** Links records in memory (no warehouse): the algorithm itself. */
  public static Result link(List<PatientRecord> records, Options options) {
    long t0 = System.nanoTime();
    List<long[]> blocked = candidatePairs(records, options.maxBlockSize());
    List<long[]> pairs = new ArrayList<>(blocked.size());
    List<int[]> vectors = new ArrayList<>(blocked.size());
    for (long[] p : blocked) {
      int[] v = PairComparator.compare(records.get((int) p[0]), records.get((int) p[1]));
      if (hasIdentityEvidence(v)) {
        pairs.add(p);
        vectors.add(v);
      }
    }
    FellegiSunter model = FellegiSunter.fit(vectors, randomVectors(records, options), 200);
    List<ScoredPair> matches = new ArrayList<>();
    List<ScoredPair> review = new ArrayList<>();
    int[] parent = new int[records.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int k = 0; k < pairs.size(); k++) {
      int[] v = vectors.get(k);
      double prob = model.probability(v);
      if (prob < options.reviewThreshold()) {
        continue;
      }
      int i = (int) pairs.get(k)[0];
      int j = (int) pairs.get(k)[1];
      ScoredPair sp = new ScoredPair(records.get(i), records.get(j), v, model.weight(v), prob);
      if (prob >= options.matchThreshold()) {
        matches.add(sp);
        parent[find(parent, i)] = find(parent, j);
      } else {
        review.add(sp);
      }
    }
    Map<Integer, String> clusterName = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      String key = records.get(i).key();
      clusterName.merge(find(parent, i), key, (x, y) -> x.compareTo(y) <= 0 ? x : y);
    }
    Map<String, String> clusterOf = new TreeMap<>();
    for (int i = 0; i < records.size(); i++) {
      clusterOf.put(records.get(i).key(), clusterName.get(find(parent, i)));
    }
    review.sort(Comparator.comparingDouble(ScoredPair::probability).reversed());
    return new Result(
        options,
        records.size(),
        pairs.size(),
        matches,
        review,
        clusterOf,
        clusterName.size(),
        model,
        (System.nanoTime() - t0) / 1e9);
  }

  /**
   * Whether a blocked pair agrees, at least partly, on a name or on the SSN. Pairs that share only a birth
   * date, sex and place (Synthea writes groups of such people) are never the same person and are left out
   * before EM: kept in, they form the largest cluster of similar pairs and EM takes them for the match class
   * (on a clean 1,000-patient population it linked 336 such pairs).
   */
  static boolean hasIdentityEvidence(int[] v) {
    int given = PairComparator.FIELDS.indexOf(new PairComparator.Field("given", 3));
    int family = PairComparator.FIELDS.indexOf(new PairComparator.Field("family", 3));
    int ssn = PairComparator.FIELDS.indexOf(new PairComparator.Field("ssn", 2));
    return v[given] > 0 || v[family] > 0 || v[ssn] > 0;
  }

  /**
   * Record pairs (i < j) sharing at least one blocking key; blocks larger than the cap are skipped.
   */
  static List<long[]> candidatePairs(List<PatientRecord> records, int maxBlockSize) {
    Map<String, List<Integer>> blocks = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      for (String key : blockingKeys(records.get(i))) {
        blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    Set<Long> seen = new LinkedHashSet<>();
    blocks.keySet().stream()
        .sorted()
        .forEach(
            key -> {
              List<Integer> block = blocks.get(key);
              if (block.size() < 2 || block.size() > maxBlockSize) {
                return;
              }
              for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                  int i = Math.min(block.get(x), block.get(y));
                  int j = Math.max(block.get(x), block.get(y));
                  seen.add(((long) i << 32) | j);
                }
              }
            });
    List<long[]> out = new ArrayList<>(seen.size());
    for (long code : seen) {
      out.add(new long[] {code >>> 32, code & 0xffffffffL});
    }
    return out;
  }

  static List<String> blockingKeys(PatientRecord r) {
    List<String> keys = new ArrayList<>();
    String given = prefix(r.given(), 2);
    String family = prefix(r.family(), 3);
    Integer year = r.birthDate() == null ? null : r.birthDate().getYear();
    if (r.birthDate() != null) {
      keys.add("b:" + r.birthDate());
    }
    if (family != null && year != null) {
      keys.add("fy:" + family + year);
    }
    if (given != null && year != null) {
      keys.add("gy:" + given + year);
    }
    if (r.postalCode() != null && given != null) {
      keys.add("zg:" + r.postalCode() + given);
    }
    if (r.ssn() != null) {
      keys.add("s:" + r.ssn());
    }
    if (given != null && family != null) {
      keys.add("gf:" + given + family);
    }
    return keys;
  }

  private static String prefix(String s, int n) {
    return s == null ? null : s.length() <= n ? s : s.substring(0, n);
  }

  private static List<int[]> randomVectors(List<PatientRecord> records, Options options) {
    Random random = new Random(options.seed());
    int n = records.size();
    long possible = (long) n * (n - 1) / 2;
    int count = (int) Math.min(options.randomPairs(), possible);
    List<int[]> out = new ArrayList<>(count);
    for (int k = 0; k < count && n > 1; k++) {
      int i = random.nextInt(n);
      int j = random.nextInt(n - 1);
      if (j >= i) {
        j++;
      }
      out.add(PairComparator.compare(records.get(i), records.get(j)));
    }
    return out;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void store(Connection c, Result r) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    String run = "link-s" + r.options().seed() + "-t" + r.options().matchThreshold();
    try (Statement s = c.createStatement()) {
      s.execute("DELETE FROM patient_link");
      s.execute("DELETE FROM link_review");
      Map<String, Integer> sizes = new HashMap<>();
      r.clusterOf().values().forEach(cl -> sizes.merge(cl, 1, Integer::sum));
      try (PreparedStatement p =
          c.prepareStatement(
              "INSERT INTO patient_link VALUES (?, ?, ?, ?, ?, current_timestamp)")) {
        for (var e : r.clusterOf().entrySet()) {
          int slash = e.getKey().indexOf('/');
          p.setString(1, e.getKey().substring(0, slash));
          p.setString(2, e.getKey().substring(slash + 1));
          p.setString(3, e.getValue());
          p.setInt(4, sizes.get(e.getValue()));
          p.setString(5, run);
          p.addBatch();
        }
        p.executeBatch();
      }
      try (PreparedStatement p =
          c.prepareStatement("INSERT INTO link_review VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (ScoredPair sp : r.review()) {
          p.setString(1, sp.a().source());
          p.setString(2, sp.a().id());
          p.setString(3, sp.b().source());
          p.setString(4, sp.b().id());
          p.setDouble(5, sp.probability());
          p.setDouble(6, sp.weight());
          p.setString(7, PairComparator.describe(sp.levels()));
          p.setString(8, run);
          p.addBatch();
        }
        p.executeBatch();
      }
      c.commit();
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }
}
