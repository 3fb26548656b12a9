package org.medmine.ingest.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Reads FHIR R4 primitive and general-purpose data types out of a JSON tree, strictly: a value of
 * the wrong JSON type or an impossible date raises a {@link FhirFormatException} that names the
 * element.
 */
final class FhirValues {
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** A coding: system, code, display. */
  record Coding(String system, String code, String display) {
    static final Coding NONE = new Coding(null, null, null);
  }

  private FhirValues() {}

  static boolean present(JsonNode n) {
    return n != null && !n.isNull() && !n.isMissingNode();
  }

  static String text(JsonNode parent, String field, String path) {
    JsonNode n = parent.get(field);
    if (!present(n)) {
      return null;
    }
    if (!n.isTextual()) {
      throw new FhirFormatException(path + "." + field + ": expected a string, found " + kind(n));
    }
    return n.asText();
  }

  static String kind(JsonNode n) {
    return n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  static Double number(JsonNode parent, String field, String path) {
    JsonNode n = parent.get(field);
    if (!present(n)) {
      return null;
    }
    if (!n.isNumber()) {
      throw new FhirFormatException(
          path + "." + field + ": expected a number, found " + kind(n) + " " + n);
    }
    return n.doubleValue();
  }

  static BigDecimal money(JsonNode moneyNode, String path) {
    if (!present(moneyNode)) {
      return null;
    }
    JsonNode v = moneyNode.get("value");
    if (!present(v)) {
      return null;
    }
    if (!v.isNumber()) {
      throw new FhirFormatException(path + ".value: expected a number, found " + kind(v) + " " + v);
    }
    return v.decimalValue().setScale(2, java.math.RoundingMode.HALF_EVEN);
  }

  static Integer integer(JsonNode parent, String field, String path) {
    JsonNode n = parent.get(field);
    if (!present(n)) {
      return null;
    }
    if (!n.isIntegralNumber() || !n.canConvertToInt()) {
      throw new FhirFormatException(
          path + "." + field + ": expected an integer, found " + kind(n) + " " + n);
    }
    return n.intValue();
  }

  static Boolean bool(JsonNode parent, String field, String path) {
    JsonNode n = parent.get(field);
    if (!present(n)) {
      return null;
    }
    if (!n.isBoolean()) {
      throw new FhirFormatException(path + "." + field + ": expected true or false, found " + n);
    }
    return n.booleanValue();
  }

  /**
   * A FHIR date, dateTime or instant as a UTC timestamp. Partial dates (year, year-month, date)
   * mean the start of that period, at midnight UTC.
   */
  static LocalDateTime dateTime(JsonNode parent, String field, String path) {
    String s = text(parent, field, path);
    return s == null ? null : parseDateTime(s, path + "." + field);
  }

  static LocalDateTime parseDateTime(String s, String path) {
    try {
      LocalDateTime fast = parseCommonDateTime(s);
      if (fast != null) {
        return fast;
      }
      if (DATE.matcher(s).matches()) {
        return LocalDate.parse(s).atStartOfDay();
      }
      if (YEAR_MONTH.matcher(s).matches()) {
        return LocalDate.parse(s + "-01").atStartOfDay();
      }
      if (YEAR.matcher(s).matches()) {
        return LocalDate.parse(s + "-01-01").atStartOfDay();
      }
      return OffsetDateTime.parse(s).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    } catch (DateTimeParseException e) {
      throw new FhirFormatException(path + ": '" + s + "' is not a valid FHIR date or dateTime");
    } catch (DateTimeException e) {
      throw new FhirFormatException(path + ": '" + s + "' is not a valid FHIR date or dateTime");
    }
  }

  /**
   * The two shapes nearly every FHIR file uses, {@code yyyy-MM-dd} and {@code
   * yyyy-MM-ddTHH:mm:ss[.f]Z|±hh:mm}, read without regular expressions or formatters (they
   * dominated ingest time); null for any other shape, which {@link #parseDateTime} then reads the
   * general way. Impossible values still raise {@link DateTimeException}.
   */
  static LocalDateTime parseCommonDateTime(String s) {
    int n = s.length();
    if (n < 10
        || !digits(s, 0, 4)
        || s.charAt(4) != '-'
        || !digits(s, 5, 7)
        || s.charAt(7) != '-'
        || !digits(s, 8, 10)) {
      return null;
    }
    int year = number(s, 0, 4);
    int month = number(s, 5, 7);
    int day = number(s, 8, 10);
    if (n == 10) {
      return LocalDateTime.of(year, month, day, 0, 0);
    }
    if (n < 20
        || s.charAt(10) != 'T'
        || !digits(s, 11, 13)
        || s.charAt(13) != ':'
        || !digits(s, 14, 16)
        || s.charAt(16) != ':'
        || !digits(s, 17, 19)) {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (s.charAt(i) == '.') {
      int start = ++i;
      while (i < n && i - start < 9 && isDigit(s.charAt(i))) {
        nanos = nanos * 10 + (s.charAt(i) - '0');
        i++;
      }
      if (i == start) {
        return null;
      }
      for (int k = i - start; k < 9; k++) {
        nanos *= 10;
      }
    }
    int offsetSeconds = offsetSeconds(s, i);
    if (offsetSeconds == NO_OFFSET) {
      return null;
    }
    LocalDateTime local =
        LocalDateTime.of(
            year, month, day, number(s, 11, 13), number(s, 14, 16), number(s, 17, 19), nanos);
    return offsetSeconds == 0 ? local : local.minusSeconds(offsetSeconds);
  }

  /** What {@link #offsetSeconds} returns for a string that does not end in an offset it reads. */
  private static final int NO_OFFSET = Integer.MIN_VALUE;

  /**
   * The UTC offset that ends {@code s} from index {@code i} ({@code Z} or {@code ±hh:mm}, at most
   * 18 hours), in seconds; {@link #NO_OFFSET} for anything else.
   */
  private static int offsetSeconds(String s, int i) {
    int n = s.length();
    if (i == n - 1 && s.charAt(i) == 'Z') {
      return 0;
    }
    if (i == n - 6
        && (s.charAt(i) == '+' || s.charAt(i) == '-')
        && digits(s, i + 1, i + 3)
        && s.charAt(i + 3) == ':'
        && digits(s, i + 4, i + 6)) {
      int hours = number(s, i + 1, i + 3);
      int minutes = number(s, i + 4, i + 6);
      if (hours > 18 || minutes > 59 || (hours == 18 && minutes > 0)) {
        return NO_OFFSET;
      }
      return (s.charAt(i) == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
    }
    return NO_OFFSET;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int number(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }

  static LocalDate date(JsonNode parent, String field, String path) {
    LocalDateTime t = dateTime(parent, field, path);
    return t == null ? null : t.toLocalDate();
  }

  /** The start of a Period element. */
  static LocalDateTime periodStart(JsonNode parent, String field, String path) {
    JsonNode p = object(parent, field, path);
    return p == null ? null : dateTime(p, "start", path + "." + field);
  }

  static LocalDateTime periodEnd(JsonNode parent, String field, String path) {
    JsonNode p = object(parent, field, path);
    return p == null ? null : dateTime(p, "end", path + "." + field);
  }

  static JsonNode object(JsonNode parent, String field, String path) {
    JsonNode n = parent.get(field);
    if (!present(n)) {
      return null;
    }
    if (!n.isObject()) {
      throw new FhirFormatException(path + "." + field + ": expected an object, found " + kind(n));
    }
    return n;
  }

  /**
   * The elements of an array field (empty when absent); a single object is accepted as a
   * one-element array.
   */
  static Iterable<JsonNode> array(JsonNode parent, String field, String path) {
    JsonNode n = parent.get(field);
    if (!present(n)) {
      return java.util.List.of();
    }
    if (n.isArray()) {
      return n;
    }
    throw new FhirFormatException(path + "." + field + ": expected an array, found " + kind(n));
  }

  static JsonNode first(JsonNode parent, String field, String path) {
    for (JsonNode n : array(parent, field, path)) {
      return n;
    }
    return null;
  }

  /** The first coding of a CodeableConcept (its text as display when the coding has none). */
  static Coding coding(JsonNode concept, String path) {
    if (!present(concept)) {
      return Coding.NONE;
    }
    if (!concept.isObject()) {
      throw new FhirFormatException(
          path + ": expected a CodeableConcept object, found " + kind(concept));
    }
    JsonNode c = first(concept, "coding", path);
    String text = text(concept, "text", path);
    if (c == null) {
      return new Coding(null, null, text);
    }
    String display = text(c, "display", path + ".coding");
    return new Coding(
        text(c, "system", path + ".coding"),
        text(c, "code", path + ".coding"),
        display != null ? display : text);
  }

  static Coding coding(JsonNode parent, String field, String path) {
    return coding(parent.get(field), path + "." + field);
  }

  /** The first coding of the first CodeableConcept of an array field. */
  static Coding firstCoding(JsonNode parent, String field, String path) {
    return coding(first(parent, field, path), path + "." + field);
  }

  /**
   * The id a Reference points to: {@code urn:uuid:X} and {@code urn:oid:X} give X, {@code Type/X}
   * and absolute {@code http://server/fhir/Type/X[/_history/n]} give X; conditional references
   * ({@code Type?identifier=...}) are kept whole for the warehouse to resolve; contained ({@code
   * #x}) give null.
   */
  static String reference(JsonNode parent, String field, String path) {
    JsonNode r = object(parent, field, path);
    return r == null ? null : referenceValue(r, path + "." + field);
  }

  static String referenceValue(JsonNode r, String path) {
    String ref = text(r, "reference", path);
    return ref == null ? null : normalizeReference(ref);
  }

  /**
   * Like {@link #reference}, but a logical reference (Reference.identifier, no literal reference)
   * becomes the conditional form {@code type?identifier=system|value} that the warehouse resolves
   * after the run.
   */
  static String reference(JsonNode parent, String field, String path, String type) {
    JsonNode r = object(parent, field, path);
    return r == null ? null : referenceOrIdentifier(r, path + "." + field, type);
  }

  static String referenceOrIdentifier(JsonNode r, String path, String type) {
    String literal = referenceValue(r, path);
    if (literal != null) {
      return literal;
    }
    JsonNode ident = object(r, "identifier", path);
    if (ident == null) {
      return null;
    }
    String t = text(r, "type", path);
    return (t != null ? t : type)
        + "?identifier="
        + text(ident, "system", path + ".identifier")
        + "|"
        + text(ident, "value", path + ".identifier");
  }

  static String normalizeReference(String ref) {
    if (ref.isEmpty() || ref.startsWith("#")) {
      return null;
    }
    if (ref.startsWith("urn:uuid:")) {
      return ref.substring(9);
    }
    if (ref.startsWith("urn:oid:")) {
      return ref.substring(8);
    }
    if (ref.contains("?")) {
      return ref;
    }
    String r = ref;
    int history = r.indexOf("/_history/");
    if (history >= 0) {
      r = r.substring(0, history);
    }
    int slash = r.lastIndexOf('/');
    return slash >= 0 ? r.substring(slash + 1) : r;
  }
}
