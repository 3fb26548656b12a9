package org.medmine.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.stream.Collectors;
import org.medmine.model.MedmineUserException;

/**
 * What is wrong with a JSON file a user gave (a study definition, a check file, Consent resources),
 * said in the user's terms: the fault, the field path and the line and column, without Jackson's
 * own vocabulary (its class names, {@code StreamReadFeature} hints, Java types). Used to build the
 * one sentence of a {@link MedmineUserException}.
 */
public final class JsonInputError {
  private JsonInputError() {}

  /**
   * The fault in a few words, e.g. {@code unexpected end of the input (line 3, column 1)} or {@code
   * unknown field 'minAge' at target (line 4, column 12)}; a value a record refused keeps that
   * record's own sentence.
   */
  public static String describe(JsonProcessingException e) {
    if (e instanceof ValueInstantiationException v
        && v.getCause() instanceof MedmineUserException user) {
      return stripPeriod(user.getMessage());
    }
    String what;
    if (e instanceof UnrecognizedPropertyException u) {
      what =
          "unknown field '"
              + u.getPropertyName()
              + "'"
              + at(u.getPath().subList(0, u.getPath().size() - 1));
    } else if (e instanceof InvalidFormatException f) {
      what =
          "the value "
              + quoted(f.getValue())
              + " is not "
              + kind(f.getTargetType())
              + at(f.getPath());
    } else if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
      what =
          "a value of the wrong kind (expected " + kind(m.getTargetType()) + ")" + at(m.getPath());
    } else if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      what = "an invalid value" + at(m.getPath());
    } else {
      String original =
          e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage().split("\n")[0];
      what = original.replace("`", "'").replaceAll("\\s*\\(for .*\\)$", "");
    }
    return what + where(e.getLocation());
  }

  private static String at(java.util.List<JsonMappingException.Reference> path) {
    if (path.isEmpty()) {
      return "";
    }
    String p =
        path.stream()
            .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
            .collect(Collectors.joining())
            .replaceFirst("^\\.", "");
    return " at " + p;
  }

  private static String where(JsonLocation loc) {
    return loc == null || loc.getLineNr() < 1
        ? ""
        : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
  }

  private static String quoted(Object value) {
    return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
  }

  /** A Java type as a JSON user knows it: a number, text, true or false, a list, an object. */
  private static String kind(Class<?> type) {
    if (type == null) {
      return "a value of another kind";
    }
    if (Number.class.isAssignableFrom(type)
        || (type.isPrimitive() && type != boolean.class && type != char.class)) {
      return type == int.class || type == long.class || type == Integer.class || type == Long.class
          ? "a whole number"
          : "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class || type == char.class || type.isEnum()) {
      return "text";
    }
    if (type.isArray() || Iterable.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (type.getName().startsWith("java.time.")) {
      return "a date (YYYY-MM-DD)";
    }
    return "an object";
  }

  private static String stripPeriod(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }
}
