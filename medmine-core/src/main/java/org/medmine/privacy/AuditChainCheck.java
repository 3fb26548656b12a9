package org.medmine.privacy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medmine.model.MedmineUserException;
import org.medmine.privacy.AuditLog.Problem;

/**
 * Verifies one audit log: each entry's hash (a MAC under the {@link AuditKey} for keyed entries,
 * plain SHA-256 otherwise), the chain of seq and previous hashes in storage order, that no unkeyed
 * entry follows a keyed one (with the key, a log without any keyed entry is itself a problem: it
 * was written without the key or re-forged), and the head recorded outside the warehouse ({@link
 * AuditAnchor}): entries cut from the end, an emptied log, a rewritten chain, an altered or (for a
 * keyed log) missing head file.
 */
final class AuditChainCheck {
  private final Path warehouse;
  private final Optional<AuditKey> key;
  private final List<Problem> problems = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  AuditChainCheck(Path warehouse, Optional<AuditKey> key) {
    this.warehouse = warehouse;
    this.key = key;
  }

  AuditLog.Verdict check(List<AuditEntry> entries) {
    long keyed = entries.stream().filter(AuditEntry::keyed).count();
    if (keyed > 0 && key.isEmpty()) {
      throw new MedmineUserException(
          "The audit log of "
              + warehouse
              + " is keyed: set "
              + AuditKey.KEY_ENV
              + " (or "
              + AuditKey.KEY_FILE_ENV
              + "=FILE) or give --key-file FILE to verify it.");
    }
    String head = chain(entries);
    keying(entries, keyed);
    anchor(entries, keyed);
    return new AuditLog.Verdict(
        entries.size(), List.copyOf(problems), head, keyed, List.copyOf(notes));
  }

  /** Hashes and the seq/prev-hash chain in storage order; returns the last entry's hash. */
  private String chain(List<AuditEntry> entries) {
    long prevSeq = 0;
    String prevHash = AuditEntry.GENESIS;
    for (AuditEntry e : entries) {
      boolean changed =
          !(e.keyed() ? e.computeMac(key.orElseThrow()) : e.computeHash()).equals(e.hash());
      if (changed) {
        problems.add(
            new Problem(
                e.seq(),
                "changed",
                e.keyed()
                    ? "entry "
                        + e.seq()
                        + " was changed or forged: its MAC does not verify under the audit key"
                    : "entry " + e.seq() + " was changed: its hash does not match its content"));
      }
      if (e.seq() < prevSeq) {
        problems.add(
            new Problem(
                e.seq(),
                "reordered",
                "entry " + e.seq() + " was moved: it is stored after entry " + prevSeq));
      } else if (e.seq() == prevSeq) {
        problems.add(
            new Problem(
                e.seq(), "inserted", "an entry was inserted: seq " + e.seq() + " appears twice"));
      } else if (e.seq() > prevSeq + 1) {
        problems.add(
            new Problem(
                prevSeq + 1,
                "deleted",
                range(prevSeq + 1, e.seq() - 1) + " deleted before entry " + e.seq()));
      } else if (!changed && !e.prevHash().equals(prevHash)) {
        problems.add(
            new Problem(
                e.seq(),
                "inserted",
                "entry "
                    + e.seq()
                    + " does not follow the entry stored before it: an entry was inserted or replaced"));
      }
      prevSeq = Math.max(prevSeq, e.seq());
      prevHash = e.hash();
    }
    return prevHash;
  }

  /** With a key: no plain entry after a keyed one, and a non-empty log has keyed entries. */
  private void keying(List<AuditEntry> entries, long keyed) {
    if (key.isEmpty()) {
      notes.add(
          "the chain is not keyed: whoever can write the warehouse and its head file can rebuild it undetected;"
              + " set "
              + AuditKey.KEY_ENV
              + " (e.g. openssl rand -hex 32) for every command");
      return;
    }
    if (!entries.isEmpty() && keyed == 0) {
      problems.add(
          new Problem(
              entries.get(0).seq(),
              "unkeyed",
              "no entry is keyed under the audit key: the log was written"
                  + " without it or re-forged (a log last written by a medmine before keyed logs is sealed by the next command run with the key)"));
      return;
    }
    long firstKeyed = -1;
    for (AuditEntry e : entries) {
      if (e.keyed() && firstKeyed < 0) {
        firstKeyed = e.seq();
      } else if (!e.keyed() && firstKeyed >= 0) {
        problems.add(
            new Problem(
                e.seq(),
                "unkeyed",
                "entry "
                    + e.seq()
                    + " is not keyed although an entry before it is:"
                    + " it was written without the audit key, or forged"));
      }
    }
    if (firstKeyed > 1) {
      notes.add(
          "entries before "
              + firstKeyed
              + " are plain SHA-256 (written without the key or by an earlier medmine),"
              + " sealed by keyed entry "
              + firstKeyed);
    }
  }

  /** The head file against the log. */
  private void anchor(List<AuditEntry> entries, long keyed) {
    Path file = AuditAnchor.fileOf(warehouse);
    AuditAnchor.Reading reading = AuditAnchor.read(warehouse);
    if (reading.damaged()) {
      problems.add(new Problem(0, "head", "the head file " + file + " is damaged"));
      return;
    }
    if (reading.head().isEmpty()) {
      if (keyed > 0) {
        problems.add(
            new Problem(
                0,
                "head",
                "the head file "
                    + file
                    + " is missing: entries at the end of the log may have been deleted"));
      } else {
        notes.add(
            "no head file "
                + file
                + ": a log cut at its end cannot be detected (an earlier medmine's log gets one with its next entry)");
      }
      return;
    }
    compareHead(entries, keyed, file, reading.head().get());
  }

  /**
   * The head file's entry against the log: signed under the key, present, unchanged, and the last
   * one.
   */
  private void compareHead(List<AuditEntry> entries, long keyed, Path file, AuditAnchor.Head head) {
    if (key.isPresent() && (keyed > 0 || head.mac() != null) && !head.signedBy(key.get())) {
      problems.add(
          new Problem(
              head.seq(),
              "head",
              "the head file " + file + " does not verify under the audit key: it was altered"));
    }
    long last = entries.stream().mapToLong(AuditEntry::seq).max().orElse(0);
    if (head.seq() > last) {
      problems.add(
          new Problem(
              last + 1,
              "deleted",
              entries.isEmpty()
                  ? "every entry was deleted: the head file names entry " + head.seq()
                  : range(last + 1, head.seq())
                      + " deleted from the end (the head file names entry "
                      + head.seq()
                      + ")"));
      return;
    }
    AuditEntry anchored =
        entries.stream().filter(e -> e.seq() == head.seq()).reduce((a, b) -> b).orElse(null);
    if (anchored == null || !anchored.hash().equals(head.hash())) {
      problems.add(
          new Problem(
              head.seq(),
              "rewritten",
              "entry " + head.seq() + " differs from the head file: the chain was rewritten"));
    }
    long after = entries.stream().filter(e -> e.seq() > head.seq()).count();
    if (after > 0) {
      notes.add(
          after
              + " entr"
              + (after == 1 ? "y" : "ies")
              + " after the head file's entry "
              + head.seq()
              + " (a command that stopped before updating it)");
    }
  }

  private static String range(long from, long to) {
    return from == to ? "entry " + from + " was" : "entries " + from + ".." + to + " were";
  }
}
