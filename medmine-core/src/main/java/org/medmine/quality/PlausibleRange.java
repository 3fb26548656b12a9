package org.medmine.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A physiologically plausible range for a LOINC code in its canonical UCUM unit, for ages in {@code
 * [minAge, maxAge)} years; {@code molarMass} (g/mol, or null) allows mass ↔ substance conversion.
 * The built-in list is the resource {@code plausible-ranges.json}.
 */
public record PlausibleRange(
    String code,
    String name,
    String unit,
    double low,
    double high,
    double minAge,
    double maxAge,
    Double molarMass) {

  /** The built-in ranges. */
  public static List<PlausibleRange> builtIn() {
    try (InputStream in = PlausibleRange.class.getResourceAsStream("plausible-ranges.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      List<PlausibleRange> out = new ArrayList<>();
      for (JsonNode r : root.get("ranges")) {
        out.add(
            new PlausibleRange(
                r.get("code").asText(),
                r.path("name").asText(),
                r.get("unit").asText(),
                r.get("low").asDouble(),
                r.get("high").asDouble(),
                r.path("min_age").asDouble(0),
                r.path("max_age").asDouble(200),
                r.hasNonNull("molar_mass") ? r.get("molar_mass").asDouble() : null));
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException("the built-in plausible ranges do not load", e);
    }
  }
}
