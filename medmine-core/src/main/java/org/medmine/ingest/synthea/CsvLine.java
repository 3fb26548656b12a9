package org.medmine.ingest.synthea;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One data line of a Synthea CSV file, read strictly by column name: an empty field is null, a value that
 * does not parse raises a {@link SyntheaFormatException} naming the column and the value.
 *
 * @param file the file name (e.g. {@code conditions.csv}), for messages and derived ids
 * @param header column name to index, from the file's first line
 * @param fields the line's fields, as many as the header has columns
 */
record CsvLine(String file, Map<String, Integer> header, List<String> fields) {

  /** The field of a column, or null when it is empty or the file has no such column. */
  String text(String column) {
    Integer i = header.get(column);
    if (i == null) {
      return null;
    }
    String v = fields.get(i);
    return v.isEmpty() ? null : v;
  }

  /** The field of a column that every line must fill. */
  String required(String column) {
    String v = text(column);
    if (v == null || v.isBlank()) {
      throw new SyntheaFormatException(file + " column " + column + " is empty: the row cannot be identified");
    }
    return v;
  }

  /**
   * A Synthea date or timestamp as UTC: {@code 2019-02-17T05:07:38Z} (any offset) or a plain date
   * {@code 2019-02-17}, which means midnight UTC of that day.
   */
  LocalDateTime time(String column) {
    String v = text(column);
    if (v == null) {
      return null;
    }
    try {
      if (v.length() == 10) {
        return LocalDate.parse(v).atStartOfDay();
      }
      return OffsetDateTime.parse(v).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    } catch (DateTimeException e) {
      throw new SyntheaFormatException(file + " column " + column + ": '" + v + "' is not a valid date or timestamp");
    }
  }

  /** A date column ({@code 1984-07-15}); a timestamp is cut to its UTC date. */
  LocalDate date(String column) {
    LocalDateTime t = time(column);
    return t == null ? null : t.toLocalDate();
  }

  /** An amount of money, rounded half-even to cents as the warehouse's DECIMAL(18,2) holds it. */
  BigDecimal money(String column) {
    String v = text(column);
    if (v == null) {
      return null;
    }
    try {
      return new BigDecimal(v.trim()).setScale(2, RoundingMode.HALF_EVEN);
    } catch (NumberFormatException e) {
      throw new SyntheaFormatException(file + " column " + column + ": '" + v + "' is not a number");
    }
  }

  Double number(String column) {
    String v = text(column);
    if (v == null) {
      return null;
    }
    try {
      double d = Double.parseDouble(v.trim());
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new SyntheaFormatException(file + " column " + column + ": '" + v + "' is not a number");
    }
  }

  Long count(String column) {
    String v = text(column);
    if (v == null) {
      return null;
    }
    try {
      return Long.parseLong(v.trim());
    } catch (NumberFormatException e) {
      Double d = number(column);
      if (d % 1 != 0) {
        throw new SyntheaFormatException(file + " column " + column + ": '" + v + "' is not a whole number");
      }
      return d.longValue();
    }
  }

  /**
   * A stable id for a line whose file has no id column: a name-based (type 3) UUID of the file name, every
   * field of the line and {@code repeat}, which counts identical lines before it (so that they stay distinct
   * rows). The same input always gives the same ids, so re-ingest is an upsert.
   */
  String derivedId(int repeat) {
    StringBuilder b = new StringBuilder(file);
    for (String f : fields) {
      b.append('\u001f').append(f);
    }
    b.append('\u001f').append(repeat);
    return UUID.nameUUIDFromBytes(b.toString().getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** The line as CSV text again (fields quoted where needed), for quarantine. */
  String raw() {
    return raw(fields);
  }

  static String raw(List<String> fields) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      String f = fields.get(i);
      if (i > 0) {
        b.append(',');
      }
      if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
        b.append('"').append(f.replace("\"", "\"\"")).append('"');
      } else {
        b.append(f);
      }
    }
    return b.toString();
  }
}
