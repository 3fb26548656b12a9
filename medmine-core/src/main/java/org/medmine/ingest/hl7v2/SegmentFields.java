package org.medmine.ingest.hl7v2;

/**
 * One segment's values by HL7 position ({@code PID-3.1}), read from its encoded text (ER7, HL7 v2.5
 * §2.5-2.7): fields split by the field separator, repetitions, components and subcomponents by the
 * encoding characters of MSH-2, and the escape sequences for the delimiters ({@code \F\ \S\ \T\ \R\
 * \E\}) replaced by the characters they stand for; other escape sequences (formatting, hexadecimal)
 * are kept as written. A value reads the same whatever data type a version gives its field (CE in
 * 2.5, CWE in 2.6), and fields newer than 2.5 (OBX-21) read too. Absent values are null; HL7's
 * explicit null is {@link V2Values#EXPLICIT_NULL}.
 *
 * <p>This is medmine's hot path, where HAPI's full parse cost 300 to 870 µs a message and its
 * Terser 70 to 210 µs more on this machine (docs/hl7v2.md); {@code SegmentFieldsMatchHapiTest}
 * checks that it reads every field of the test messages as HAPI's Terser does.
 */
final class SegmentFields {
  private final String name;
  private final String[] fields;
  private final Delimiters d;

  /** The delimiters of a message, from MSH-1 and MSH-2. */
  record Delimiters(char field, char component, char repetition, char escape, char subcomponent) {
    static Delimiters of(MessageHeader h) {
      String e = h.field(2);
      return new Delimiters(
          h.fieldSeparator(),
          e.charAt(0),
          e.charAt(1),
          e.length() > 2 ? e.charAt(2) : '\\',
          e.length() > 3 ? e.charAt(3) : '&');
    }
  }

  /** The segment {@code text} (without its terminator). */
  SegmentFields(String text, Delimiters d) {
    this.d = d;
    this.name = text.length() >= 3 ? text.substring(0, 3) : text;
    String[] split = split(text, d.field());
    if (name.equals("MSH")) {
      // MSH-1 is the field separator itself: shift so that fields[n] is MSH-n
      String[] shifted = new String[split.length + 1];
      shifted[0] = "MSH";
      shifted[1] = String.valueOf(d.field());
      System.arraycopy(split, 1, shifted, 2, split.length - 1);
      split = shifted;
    }
    this.fields = split;
  }

  String name() {
    return name;
  }

  /** How many repetitions field {@code field} has (0 when it is empty or absent). */
  int repetitions(int field) {
    if (field >= fields.length || fields[field].isEmpty()) {
      return 0;
    }
    if (name.equals("MSH") && field <= 2) {
      return 1;
    }
    return count(fields[field], d.repetition()) + 1;
  }

  /**
   * Component {@code component} (1-based) of repetition {@code rep} (0-based) of field {@code
   * field}.
   */
  String get(int field, int rep, int component) {
    return get(field, rep, component, 1);
  }

  /** Subcomponent {@code sub} (1-based) of a component. */
  String get(int field, int rep, int component, int sub) {
    if (field >= fields.length || fields[field].isEmpty()) {
      return null;
    }
    String f = fields[field];
    if (name.equals("MSH") && field <= 2) {
      return rep == 0 && component == 1 && sub == 1 ? f : null;
    }
    String v =
        nth(
            nth(nth(f, d.repetition(), rep), d.component(), component - 1),
            d.subcomponent(),
            sub - 1);
    return v == null || v.isEmpty() ? null : unescape(v);
  }

  /** Component {@code component} of the first repetition. */
  String get(int field, int component) {
    return get(field, 0, component);
  }

  /** The first component of the first repetition. */
  String get(int field) {
    return get(field, 0, 1);
  }

  private static String[] split(String s, char c) {
    String[] out = new String[count(s, c) + 1];
    int from = 0;
    for (int i = 0; i < out.length; i++) {
      int to = s.indexOf(c, from);
      out[i] = to < 0 ? s.substring(from) : s.substring(from, to);
      from = to + 1;
    }
    return out;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) {
      n++;
    }
    return n;
  }

  /** Part {@code n} (0-based) of {@code s} split by {@code c}, or null. */
  private static String nth(String s, char c, int n) {
    if (s == null) {
      return null;
    }
    int from = 0;
    for (int i = 0; i < n; i++) {
      int next = s.indexOf(c, from);
      if (next < 0) {
        return null;
      }
      from = next + 1;
    }
    int to = s.indexOf(c, from);
    return to < 0 ? s.substring(from) : s.substring(from, to);
  }

  private String unescape(String v) {
    char e = d.escape();
    if (v.indexOf(e) < 0) {
      return v;
    }
    StringBuilder out = new StringBuilder(v.length());
    for (int i = 0; i < v.length(); i++) {
      char ch = v.charAt(i);
      if (ch == e && i + 2 < v.length() && v.charAt(i + 2) == e) {
        char code = v.charAt(i + 1);
        Character replaced =
            switch (code) {
              case 'F' -> d.field();
              case 'S' -> d.component();
              case 'T' -> d.subcomponent();
              case 'R' -> d.repetition();
              case 'E' -> e;
              default -> null;
            };
        if (replaced != null) {
          out.append(replaced.charValue());
          i += 2;
          continue;
        }
      }
      out.append(ch);
    }
    return out.toString();
  }
}
