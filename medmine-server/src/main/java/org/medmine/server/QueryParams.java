package org.medmine.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.medmine.model.MedmineUserException;

/**
 * A request's query parameters, read as an app's options: each parameter at most once, none the
 * route does not describe, and a value of the wrong kind is a user error (one sentence, 400) naming
 * the parameter.
 */
final class QueryParams {
  private final Map<String, List<String>> values;

  QueryParams(Map<String, List<String>> values, List<String> allowed) {
    this.values = values;
    for (Map.Entry<String, List<String>> e : values.entrySet()) {
      if (!allowed.contains(e.getKey())) {
        throw new MedmineUserException(
            "Unknown query parameter '"
                + e.getKey()
                + "': this endpoint takes "
                + (allowed.isEmpty() ? "none" : String.join(", ", allowed))
                + ".");
      }
      if (e.getValue().size() > 1) {
        throw new MedmineUserException(
            "Query parameter '" + e.getKey() + "' is given more than once: give it once.");
      }
    }
  }

  String text(String name, String fallback) {
    List<String> v = values.get(name);
    return v == null || v.isEmpty() ? fallback : v.get(0);
  }

  int whole(String name, int fallback) {
    String v = text(name, null);
    try {
      return v == null ? fallback : Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new MedmineUserException(
          "Query parameter '" + name + "' must be a whole number, not '" + v + "'.");
    }
  }

  long wholeLong(String name, long fallback) {
    String v = text(name, null);
    try {
      return v == null ? fallback : Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      throw new MedmineUserException(
          "Query parameter '" + name + "' must be a whole number, not '" + v + "'.");
    }
  }

  double number(String name, double fallback) {
    String v = text(name, null);
    try {
      double d = v == null ? fallback : Double.parseDouble(v.strip());
      if (Double.isNaN(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new MedmineUserException(
          "Query parameter '" + name + "' must be a number, not '" + v + "'.");
    }
  }

  boolean flag(String name, boolean fallback) {
    String v = text(name, null);
    if (v == null) {
      return fallback;
    }
    return switch (v.strip()) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new MedmineUserException(
              "Query parameter '" + name + "' must be true or false, not '" + v + "'.");
    };
  }

  LocalDate date(String name) {
    String v = text(name, null);
    try {
      return v == null ? null : LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw new MedmineUserException(
          "Query parameter '" + name + "' must be a date YYYY-MM-DD, not '" + v + "'.");
    }
  }

  /** A moment, YYYY-MM-DDTHH:MM[:SS], or null when the parameter is absent. */
  java.time.LocalDateTime time(String name) {
    String v = text(name, null);
    try {
      return v == null ? null : java.time.LocalDateTime.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw new MedmineUserException(
          "Query parameter '" + name + "' must be a time YYYY-MM-DDTHH:MM, not '" + v + "'.");
    }
  }

  /** A comma-separated list, or {@code fallback}. */
  List<String> list(String name, List<String> fallback) {
    String v = text(name, null);
    return v == null
        ? fallback
        : Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
