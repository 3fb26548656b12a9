package org.medmine.context;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.medmine.mining.nlp.ConceptCategory;
import org.medmine.mining.nlp.Lexicon;
import org.medmine.warehouse.WarehouseException;

/**
 * The coded concepts a warehouse holds, read through the connection an app is given (the consent
 * views): the distinct (system, code, display) of a clinical table, as the {@link
 * Lexicon#withDisplays} input that grows the shipped lexicon. Shared by the apps that read concepts
 * named in words (the note annotator of {@code nlp}, the question parser of {@code ask}), which may
 * not import one another.
 */
public final class WarehouseConcepts {
  /** The tables whose codes name clinical concepts, and the category each one's concepts take. */
  public enum Table {
    CONDITION("condition", ConceptCategory.CONDITION),
    MEDICATION("medication", ConceptCategory.DRUG),
    PROCEDURE("procedure", ConceptCategory.PROCEDURE),
    OBSERVATION("observation", ConceptCategory.OTHER);

    private final String sqlName;
    private final ConceptCategory category;

    Table(String sqlName, ConceptCategory category) {
      this.sqlName = sqlName;
      this.category = category;
    }

    /** The table's name in the warehouse schema. */
    public String sqlName() {
      return sqlName;
    }
  }

  private WarehouseConcepts() {}

  /** The distinct (system, code, display) of conditions, medications and procedures. */
  public static List<Lexicon.WarehouseConcept> clinical(Connection c) {
    List<Lexicon.WarehouseConcept> out = new ArrayList<>();
    for (Table t : List.of(Table.CONDITION, Table.MEDICATION, Table.PROCEDURE)) {
      out.addAll(of(c, t));
    }
    return out;
  }

  /** The distinct (system, code, display) of one table, in code order. */
  public static List<Lexicon.WarehouseConcept> of(Connection c, Table table) {
    List<Lexicon.WarehouseConcept> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT DISTINCT code_system, code, code_display FROM "
                    + table.sqlName
                    + " WHERE code IS NOT NULL AND code_display IS NOT NULL ORDER BY 1, 2, 3")) {
      while (rs.next()) {
        out.add(
            new Lexicon.WarehouseConcept(
                rs.getString(1), rs.getString(2), rs.getString(3), table.category));
      }
    } catch (SQLException e) {
      throw new WarehouseException("could not read the warehouse's concepts", e);
    }
    return out;
  }
}
