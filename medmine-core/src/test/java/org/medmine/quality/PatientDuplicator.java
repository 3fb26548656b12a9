package org.medmine.quality;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Copies a seeded share of the patients into a second source with the perturbations a second
 * hospital's registration desk produces: name typos (substitution, deletion, insertion,
 * transposition), nicknames (William → Bill), day and month swapped in the birth date, a moved
 * address, a missing SSN or phone. Each copy gets two to four perturbations; the true pairs are
 * returned for measuring linkage.
 */
final class PatientDuplicator {
  static final String SECOND_SOURCE = "hospital-b";
  static final List<String> PERTURBATIONS =
      List.of(
          "given_typo",
          "family_typo",
          "nickname",
          "swap_day_month",
          "moved_address",
          "missing_ssn",
          "missing_phone");

  /** A duplicated patient: the original's key, the copy's key, and the perturbations applied. */
  record Duplicate(String original, String copy, List<String> perturbations) {}

  private PatientDuplicator() {}

  static List<Duplicate> duplicate(Connection c, double share, long seed) throws SQLException {
    Random random = new Random(seed);
    List<String[]> patients = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT source, id, given_name, family_name, birth_date FROM patient ORDER BY source, id")) {
      while (rs.next()) {
        patients.add(
            new String[] {
              rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)
            });
      }
    }
    List<String[]> chosen = new ArrayList<>(patients);
    Collections.shuffle(chosen, random);
    chosen = chosen.subList(0, (int) Math.round(share * patients.size()));
    List<Duplicate> out = new ArrayList<>();
    for (String[] p : chosen) {
      String copyId = "b-" + p[1];
      try (PreparedStatement ins =
          c.prepareStatement(
              "INSERT INTO patient SELECT * REPLACE (? AS source, ? AS id) FROM patient WHERE source = ? AND id = ?")) {
        ins.setString(1, SECOND_SOURCE);
        ins.setString(2, copyId);
        ins.setString(3, p[0]);
        ins.setString(4, p[1]);
        ins.executeUpdate();
      }
      List<String> kinds = new ArrayList<>(PERTURBATIONS);
      Collections.shuffle(kinds, random);
      kinds = new ArrayList<>(kinds.subList(0, 2 + random.nextInt(3)));
      String given = letters(p[2]);
      String family = letters(p[3]);
      LocalDate birth = p[4] == null ? null : LocalDate.parse(p[4]);
      List<String> applied = new ArrayList<>();
      for (String kind : kinds) {
        switch (kind) {
          case "given_typo" -> given = typo(given, random);
          case "family_typo" -> family = typo(family, random);
          case "nickname" -> {
            String nick =
                org.medmine.quality.linkage.TestAccess.nicknameOf(
                    given.toLowerCase(Locale.ROOT), random.nextInt(10));
            if (nick == null) {
              given = typo(given, random);
              kind = "given_typo";
            } else {
              given = Character.toUpperCase(nick.charAt(0)) + nick.substring(1);
            }
          }
          case "swap_day_month" -> {
            if (birth != null
                && birth.getDayOfMonth() <= 12
                && birth.getDayOfMonth() != birth.getMonthValue()) {
              birth = LocalDate.of(birth.getYear(), birth.getDayOfMonth(), birth.getMonthValue());
            } else if (birth != null) {
              birth =
                  birth.withDayOfMonth(birth.getDayOfMonth() == 1 ? 2 : birth.getDayOfMonth() - 1);
              kind = "day_typo";
            }
          }
          case "moved_address" -> {
            String[] other = patients.get(random.nextInt(patients.size()));
            exec(
                c,
                "UPDATE patient SET address_line = o.address_line, city = o.city, county = o.county, postal_code = o.postal_code,"
                    + " latitude = o.latitude, longitude = o.longitude FROM (SELECT * FROM patient WHERE source = '"
                    + other[0]
                    + "' AND id = '"
                    + other[1]
                    + "') o WHERE patient.source = '"
                    + SECOND_SOURCE
                    + "' AND patient.id = '"
                    + copyId
                    + "'");
          }
          case "missing_ssn" ->
              exec(
                  c,
                  "UPDATE patient SET ssn = NULL WHERE source = '"
                      + SECOND_SOURCE
                      + "' AND id = '"
                      + copyId
                      + "'");
          case "missing_phone" ->
              exec(
                  c,
                  "UPDATE patient SET phone = NULL WHERE source = '"
                      + SECOND_SOURCE
                      + "' AND id = '"
                      + copyId
                      + "'");
          default -> throw new IllegalStateException(kind);
        }
        applied.add(kind);
      }
      try (PreparedStatement upd =
          c.prepareStatement(
              "UPDATE patient SET given_name = ?, family_name = ?, birth_date = ? WHERE source = ? AND id = ?")) {
        upd.setString(1, given);
        upd.setString(2, family);
        upd.setDate(3, birth == null ? null : Date.valueOf(birth));
        upd.setString(4, SECOND_SOURCE);
        upd.setString(5, copyId);
        upd.executeUpdate();
      }
      out.add(new Duplicate(p[0] + "/" + p[1], SECOND_SOURCE + "/" + copyId, applied));
    }
    return out;
  }

  /**
   * The name as a second hospital would write it: Synthea's appended digits dropped, first given
   * name only.
   */
  private static String letters(String name) {
    String n = name == null ? "" : name.replaceAll("[0-9]", "").strip();
    int space = n.indexOf(' ');
    return space < 0 ? n : n.substring(0, space);
  }

  /** One keyboard slip: substitute, delete, insert or transpose a letter (never the first). */
  static String typo(String s, Random random) {
    if (s.length() < 3) {
      return s + "e";
    }
    int i = 1 + random.nextInt(s.length() - 2);
    char letter = (char) ('a' + random.nextInt(26));
    return switch (random.nextInt(4)) {
      case 0 ->
          s.substring(0, i)
              + (letter == s.charAt(i) ? (char) (letter == 'z' ? 'a' : letter + 1) : letter)
              + s.substring(i + 1);
      case 1 -> s.substring(0, i) + s.substring(i + 1);
      case 2 -> s.substring(0, i) + letter + s.substring(i);
      default -> s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
    };
  }

  private static void exec(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
