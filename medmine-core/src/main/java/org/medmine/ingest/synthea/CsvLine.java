package org.medmine.ingest.synthea;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One data line of a Synthea CSV file, read strictly by column name: an empty field is null, a
 * value that does not parse raises a {@link SyntheaFormatException} naming the column and the
 * value.
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
      throw new SyntheaFormatException(
          file + " column " + column + " is empty: the row cannot be identified");
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
      if (isUtcSeconds(v)) {
        return LocalDateTime.of(
            digits(v, 0, 4),
            digits(v, 5, 7),
            digits(v, 8, 10),
            digits(v, 11, 13),
            digits(v, 14, 16),
            digits(v, 17, 19));
      }
      return OffsetDateTime.parse(v).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    } catch (DateTimeException e) {
      throw new SyntheaFormatException(
          file + " column " + column + ": '" + v + "' is not a valid date or timestamp");
    }
  }

  /**
   * Whether {@code v} is Synthea's usual form {@code yyyy-MM-ddTHH:mm:ssZ}, read without a
   * formatter.
   */
  private static boolean isUtcSeconds(String v) {
    if (v.length() != 20
        || v.charAt(19) != 'Z'
        || v.charAt(4) != '-'
        || v.charAt(7) != '-'
        || v.charAt(10) != 'T'
        || v.charAt(13) != ':'
        || v.charAt(16) != ':') {
      return false;
    }
    for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18}) {
      if (v.charAt(i) < '0' || v.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static int digits(String v, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (v.charAt(i) - '0');
    }
    return n;
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
      throw new SyntheaFormatException(
          file + " column " + column + ": '" + v + "' is not a number");
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
      throw new SyntheaFormatException(
          file + " column " + column + ": '" + v + "' is not a number");
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
        throw new SyntheaFormatException(
            file + " column " + column + ": '" + v + "' is not a whole number");
      }
      return d.longValue();
    }
  }

  /**
   * A stable id for a line whose file has no id column: a name-based (type 3) UUID of the file
   * name, every field of the line and {@code repeat}, which counts identical lines before it (so
   * that they stay distinct rows). The same input always gives the same ids, so re-ingest is an
   * upsert.
   */
  String derivedId(int repeat, MessageDigest md5) {
    StringBuilder b = new StringBuilder(file);
    for (String f : fields) {
      b.append('\u001f').append(f);
    }
    b.append('\u001f').append(repeat);
    md5.reset();
    byte[] h = md5.digest(b.toString().getBytes(StandardCharsets.UTF_8));
    h[6] = (byte) ((h[6] & 0x0f) | 0x30); // version 3, as UUID.nameUUIDFromBytes (RFC 4122 §4.3)
    h[8] = (byte) ((h[8] & 0x3f) | 0x80); // IETF variant
    return new UUID(ByteBuffer.wrap(h, 0, 8).getLong(), ByteBuffer.wrap(h, 8, 8).getLong())
        .toString();
  }

  /**
   * A fresh MD5 digest for {@link #derivedId} (one per reader: looking one up per line is slow).
   */
  static MessageDigest md5() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has MD5", e);
    }
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
      if (f.indexOf(',') >= 0
          || f.indexOf('"') >= 0
          || f.indexOf('\n') >= 0
          || f.indexOf('\r') >= 0) {
        b.append('"').append(f.replace("\"", "\"\"")).append('"');
      } else {
        b.append(f);
      }
    }
    return b.toString();
  }
}
