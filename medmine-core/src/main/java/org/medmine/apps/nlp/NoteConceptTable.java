package org.medmine.apps.nlp;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BiConsumer;
import org.medmine.mining.nlp.ConceptCode;
import org.medmine.mining.nlp.ContextJudgement;
import org.medmine.mining.nlp.LexiconEntry;
import org.medmine.mining.nlp.MentalHealthMarker;
import org.medmine.mining.nlp.NoteAnnotation;
import org.medmine.mining.nlp.NoteMention;
import org.medmine.mining.nlp.ParallelAnnotator;
import org.medmine.warehouse.TableAppender;
import org.medmine.warehouse.WarehouseException;

/**
 * Rebuilds {@code note_concept} from the notes a connection shows (the consent views): in ONE
 * transaction the old rows are deleted, every note with text is streamed to a {@link
 * ParallelAnnotator} and each mention appended as a row; the transaction commits only when every
 * note is done, so a re-run replaces the table and a run that fails or is killed leaves the one
 * before. The notes are read, and the rows written, on the calling thread (a JDBC connection serves
 * one thread): workers queue their rows, and the reader hands them to DuckDB's appender before it
 * reads the next note, so the rows waiting are those of the notes read ahead, whatever the corpus.
 */
final class NoteConceptTable {
  static final String NAME = "note_concept";

  /** A note as read: its key, patient and text. */
  record Note(String source, String id, String patientId, String text) {}

  private NoteConceptTable() {}

  /**
   * Rebuilds the table with the mentions {@code annotator} finds; {@code observer} sees every note
   * with its annotation, on the annotating threads (and fails the run if it throws).
   *
   * @return the rows written
   */
  static long rebuild(
      Connection c, ParallelAnnotator annotator, BiConsumer<Note, NoteAnnotation> observer) {
    try {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        long rows = write(c, annotator, observer);
        c.commit();
        return rows;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw new WarehouseException("could not rebuild " + NAME, e);
    }
  }

  private static long write(
      Connection c, ParallelAnnotator annotator, BiConsumer<Note, NoteAnnotation> observer)
      throws SQLException {
    Queue<Object[]> pending = new ConcurrentLinkedQueue<>();
    long[] written = {0};
    try (Statement s = c.createStatement()) {
      s.execute("DELETE FROM " + NAME);
      try (TableAppender appender = TableAppender.open(c, NAME);
          ResultSet notes =
              s.executeQuery(
                  "SELECT source, id, patient_id, text FROM note WHERE text IS NOT NULL")) {
        Runnable drain = () -> written[0] += drain(pending, appender);
        annotator.run(
            iterate(notes, drain),
            Note::text,
            (Note n, NoteAnnotation a) -> {
              observer.accept(n, a);
              a.mentions().forEach(m -> pending.add(row(n, m)));
            });
        drain.run();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("the annotation of the notes was interrupted", e);
      }
    }
    return written[0];
  }

  /** One row of the table, in its column order. */
  static Object[] row(Note n, NoteMention m) {
    LexiconEntry concept = m.mention().concept();
    ConceptCode code = concept.codes().isEmpty() ? null : concept.codes().get(0);
    ContextJudgement j = m.judgement();
    return new Object[] {
      n.source(),
      n.id(),
      n.patientId(),
      m.mention().start(),
      m.mention().end(),
      m.section().name(),
      concept.id(),
      concept.preferred(),
      concept.category().name().toLowerCase(java.util.Locale.ROOT),
      concept.marker() == MentalHealthMarker.NONE
          ? null
          : concept.marker().name().toLowerCase(java.util.Locale.ROOT),
      code == null ? null : code.system(),
      code == null ? null : code.code(),
      m.mention().text(),
      j.assertion().label(),
      j.temporality().label(),
      j.experiencer().label(),
      j.triggers().isEmpty() ? null : String.join("; ", j.triggers())
    };
  }

  private static long drain(Queue<Object[]> pending, TableAppender appender) {
    long n = 0;
    try {
      for (Object[] row = pending.poll(); row != null; row = pending.poll()) {
        appender.append(row);
        n++;
      }
    } catch (SQLException e) {
      throw new WarehouseException("could not append to " + NAME, e);
    }
    return n;
  }

  /**
   * The notes of a result set, read as the annotator asks for them; before each read the rows
   * waiting are written ({@code beforeRead}).
   */
  private static Iterator<Note> iterate(ResultSet rs, Runnable beforeRead) {
    return new Iterator<>() {
      private Boolean ahead;

      @Override
      public boolean hasNext() {
        if (ahead == null) {
          beforeRead.run();
          try {
            ahead = rs.next();
          } catch (SQLException e) {
            throw new WarehouseException("could not read the notes", e);
          }
        }
        return ahead;
      }

      @Override
      public Note next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        ahead = null;
        try {
          return new Note(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
        } catch (SQLException e) {
          throw new WarehouseException("could not read a note", e);
        }
      }
    };
  }
}
