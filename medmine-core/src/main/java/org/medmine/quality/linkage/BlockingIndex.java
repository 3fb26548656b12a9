package org.medmine.quality.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Blocking (Herzog, Scheuren and Winkler 2007, ch. 12): only records that share a blocking key are
 * compared, so linking grows with the records times the block sizes, not with their square. The
 * keys are chosen so that each kind of registration error leaves at least one intact: the exact
 * birth date (name typos, nicknames, moves), the valid SSN and the phone (date slips together with
 * name changes), the Double Metaphone code of the family name with the birth year, and the codes of
 * given and family name with the birth decade (date slips). Every key but SSN and phone holds part
 * of the birth date, so a block holds the namesakes of one year or decade, not of a century: blocks
 * stay small as the index grows, and linking stays near-linear. Blocks larger than the cap (a
 * placeholder date or phone shared by thousands) are skipped: they would cost more than they find.
 */
final class BlockingIndex {
  private final List<PatientRecord> records;
  private final Map<String, List<Integer>> blocks = new HashMap<>();
  private final List<List<String>> keysOf = new ArrayList<>();
  private final int maxBlockSize;

  BlockingIndex(List<PatientRecord> records, int maxBlockSize) {
    this.records = records;
    this.maxBlockSize = maxBlockSize;
    for (int i = 0; i < records.size(); i++) {
      List<String> keys = keys(records.get(i));
      keysOf.add(keys);
      for (String key : keys) {
        blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
  }

  /**
   * The records (by index) sharing at least one usable block with record {@code i}, in index order.
   */
  List<Integer> candidatesOf(int i) {
    Set<Integer> out = new LinkedHashSet<>();
    for (String key : keysOf.get(i)) {
      List<Integer> block = blocks.get(key);
      if (block != null && block.size() <= maxBlockSize) {
        for (int j : block) {
          if (j != i) {
            out.add(j);
          }
        }
      }
    }
    return new ArrayList<>(out);
  }

  /** The candidates of {@code probe}, a record that is not in the index (a lookup). */
  List<Integer> candidatesOf(PatientRecord probe) {
    Set<Integer> out = new LinkedHashSet<>();
    for (String key : keys(probe)) {
      List<Integer> block = blocks.get(key);
      if (block != null && block.size() <= maxBlockSize) {
        out.addAll(block);
      }
    }
    return new ArrayList<>(out);
  }

  /** Every pair (i < j) sharing a usable block, each once. */
  List<long[]> allPairs() {
    List<long[]> out = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      for (int j : candidatesOf(i)) {
        if (j > i) {
          out.add(new long[] {i, j});
        }
      }
    }
    return out;
  }

  static List<String> keys(PatientRecord r) {
    List<String> keys = new ArrayList<>(5);
    String family = NameEquivalence.phonetic(r.family());
    String given = NameEquivalence.phonetic(r.given());
    if (r.birthDate() != null) {
      keys.add("b:" + r.birthDate());
      if (family != null) {
        keys.add("fy:" + family + r.birthDate().getYear());
      }
    }
    if (SocialSecurityNumbers.valid(r.ssn())) {
      keys.add("s:" + r.ssn());
    }
    if (r.phone() != null && r.phone().length() >= 7) {
      keys.add("p:" + r.phone());
    }
    if (given != null && family != null && r.birthDate() != null) {
      keys.add("gf:" + given + "|" + family + "|" + r.birthDate().getYear() / 10);
    }
    return keys;
  }
}
