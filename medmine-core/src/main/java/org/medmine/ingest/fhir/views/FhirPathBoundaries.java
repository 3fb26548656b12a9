package org.medmine.ingest.fhir.views;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * FHIRPath's {@code lowBoundary()} and {@code highBoundary()} (FHIRPath 3.0 section 5.7): the least
 * and greatest values a value of limited precision can stand for. A decimal of scale s spans plus
 * or minus half a unit in its last place; a partial date its first and last day; a date-time
 * without a time zone the earliest (+14:00) and latest (-12:00) instant; a time its millisecond
 * range.
 */
final class FhirPathBoundaries {
  private FhirPathBoundaries() {}

  static List<FhirPathValue> of(List<FhirPathValue> input, boolean low) {
    if (input.size() != 1) {
      return List.of();
    }
    FhirPathValue value = input.get(0);
    JsonNode node = value.node();
    if (node.isNumber()) {
      BigDecimal decimal = node.decimalValue();
      BigDecimal half =
          BigDecimal.ONE
              .movePointLeft(Math.max(decimal.scale(), 0) + 1)
              .multiply(BigDecimal.valueOf(5));
      return List.of(
          new FhirPathValue(
              DecimalNode.valueOf(low ? decimal.subtract(half) : decimal.add(half)), "decimal"));
    }
    if (!node.isTextual()) {
      return List.of();
    }
    String text = node.textValue();
    if ("time".equals(value.type())) {
      return typed(time(text, low), "time");
    }
    if ("dateTime".equals(value.type()) || "instant".equals(value.type()) || text.contains("T")) {
      return typed(dateTime(text, low), "dateTime");
    }
    if (text.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
      return typed(date(text, low), "date");
    }
    return List.of();
  }

  private static List<FhirPathValue> typed(String text, String type) {
    return text == null ? List.of() : List.of(new FhirPathValue(TextNode.valueOf(text), type));
  }

  private static String date(String text, boolean low) {
    if (text.length() == 4) {
      return text + (low ? "-01-01" : "-12-31");
    }
    if (text.length() == 7) {
      YearMonth month = YearMonth.parse(text);
      return low ? month.atDay(1).toString() : month.atEndOfMonth().toString();
    }
    return text;
  }

  private static String dateTime(String text, boolean low) {
    int t = text.indexOf('T');
    String date = date(t < 0 ? text : text.substring(0, t), low);
    String rest = t < 0 ? "" : text.substring(t + 1);
    String zone = "";
    java.util.regex.Matcher zoned =
        java.util.regex.Pattern.compile("(Z|[+-]\\d{2}:\\d{2})$").matcher(rest);
    if (zoned.find()) {
      zone = zoned.group(1);
      rest = rest.substring(0, zoned.start());
    } else {
      zone = low ? "+14:00" : "-12:00";
    }
    return date + "T" + time(rest, low) + zone;
  }

  private static String time(String text, boolean low) {
    String[] parts = text.isEmpty() ? new String[0] : text.split(":");
    String hour = parts.length > 0 ? parts[0] : low ? "00" : "23";
    String minute = parts.length > 1 ? parts[1] : low ? "00" : "59";
    String second = parts.length > 2 ? parts[2] : low ? "00" : "59";
    if (!second.contains(".")) {
      second += low ? ".000" : ".999";
    }
    return hour + ":" + minute + ":" + second;
  }
}
