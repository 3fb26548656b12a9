package org.medmine.ingest.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medmine.model.MedmineUserException;

/**
 * A {@code --types} file: one {@code column,type} line per column to override ({@code type} one of
 * numeric, ordinal, categorical, date, code); blank lines and lines starting with {@code #} are
 * skipped.
 */
public final class TypesFile {
  private TypesFile() {}

  /** The declared kinds by column; {@code columns} are the table's, to catch a misspelt name. */
  public static Map<String, ColumnKind> read(Path file, List<String> columns) {
    Map<String, ColumnKind> out = new LinkedHashMap<>();
    if (file == null) {
      return out;
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new MedmineUserException("Cannot read the types file " + file + ": check the path.", e);
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int comma = line.lastIndexOf(',');
      String where = file + " line " + (i + 1);
      if (comma < 0) {
        throw new MedmineUserException(
            where + " is not 'column,type': write one column and its type per line.");
      }
      String column = line.substring(0, comma).strip();
      if (!columns.contains(column)) {
        throw new MedmineUserException(
            where
                + " names the column '"
                + column
                + "', which the table does not have: use one of its column names.");
      }
      out.put(column, ColumnKind.parse(line.substring(comma + 1), where));
    }
    return out;
  }
}
