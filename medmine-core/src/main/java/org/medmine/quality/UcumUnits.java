package org.medmine.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.fhir.ucum.Decimal;
import org.fhir.ucum.UcumEssenceService;
import org.fhir.ucum.UcumException;

/**
 * UCUM units through the FHIR UCUM Java library ({@code org.fhir:ucum}, the UCUM essence file it
 * ships): whether a unit parses, and the affine map {@code y = factor * x + offset} that converts a
 * value between two commensurable units (an offset only for temperatures). Mass ↔ substance
 * conversions need a molar mass, which {@link #toCanonical} takes from the caller.
 */
public final class UcumUnits {
  private static volatile UcumEssenceService service;
  private static final Map<String, Boolean> VALID = new ConcurrentHashMap<>();

  /** {@code y = factor * x + offset}. */
  public record Conversion(double factor, double offset) {
    public double apply(double x) {
      return factor * x + offset;
    }
  }

  /**
   * The library cannot convert UCUM's special (non-ratio) units, so the three temperature scales
   * carry their UCUM definitions here: Cel = K − 273.15, [degF] = 5/9 (x + 459.67) K.
   */
  private static final Map<String, Conversion> TO_KELVIN =
      Map.of(
          "K",
          new Conversion(1, 0),
          "Cel",
          new Conversion(1, 273.15),
          "[degF]",
          new Conversion(5.0 / 9, 459.67 * 5 / 9));

  private UcumUnits() {}

  static UcumEssenceService service() {
    if (service == null) {
      synchronized (UcumUnits.class) {
        if (service == null) {
          try (InputStream in = UcumEssenceService.class.getResourceAsStream("/ucum-essence.xml")) {
            service = new UcumEssenceService(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          } catch (UcumException e) {
            throw new IllegalStateException("the UCUM essence file does not load", e);
          }
        }
      }
    }
    return service;
  }

  /** Whether {@code unit} is a valid UCUM expression (case-sensitive form). */
  public static boolean valid(String unit) {
    if (unit == null || unit.isBlank()) {
      return false;
    }
    return VALID.computeIfAbsent(
        unit,
        u -> {
          try {
            return service().validate(u) == null;
          } catch (RuntimeException e) {
            return false;
          }
        });
  }

  /** The conversion from {@code from} to {@code to}, if both parse and are commensurable. */
  public static Optional<Conversion> conversion(String from, String to) {
    if (!valid(from) || !valid(to)) {
      return Optional.empty();
    }
    if (from.equals(to)) {
      return Optional.of(new Conversion(1, 0));
    }
    if (!annotations(from).equals(annotations(to))) {
      // UCUM treats {annotations} as 1, so mL/min and mL/min/{1.73_m2} would "convert"; they mean
      // different things.
      return Optional.empty();
    }
    if (TO_KELVIN.containsKey(from) && TO_KELVIN.containsKey(to)) {
      Conversion a = TO_KELVIN.get(from);
      Conversion b = TO_KELVIN.get(to);
      // x K = (y - b.offset) / b.factor in the target unit.
      return Optional.of(
          new Conversion(a.factor() / b.factor(), (a.offset() - b.offset()) / b.factor()));
    }
    try {
      if (!service().isComparable(from, to)) {
        return Optional.empty();
      }
      double zero = convert(0, from, to);
      double one = convert(1, from, to);
      // Check the map is affine at a second point (guards against non-linear special units).
      double hundred = convert(100, from, to);
      Conversion c = new Conversion(one - zero, zero);
      if (Math.abs(c.apply(100) - hundred) > 1e-6 * Math.max(1, Math.abs(hundred))) {
        return Optional.empty();
      }
      return Optional.of(c);
    } catch (UcumException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The conversion from {@code from} to {@code canonical}; when they are not commensurable but one
   * is a substance concentration and the other a mass concentration, goes through {@code molarMass}
   * (g/mol).
   */
  public static Optional<Conversion> toCanonical(String from, String canonical, Double molarMass) {
    Optional<Conversion> direct = conversion(from, canonical);
    if (direct.isPresent() || molarMass == null) {
      return direct;
    }
    Optional<Conversion> toMol = conversion(from, "mol/L");
    Optional<Conversion> fromGram = conversion("g/L", canonical);
    if (toMol.isPresent() && fromGram.isPresent()) {
      return Optional.of(
          new Conversion(toMol.get().factor() * molarMass * fromGram.get().factor(), 0));
    }
    Optional<Conversion> toGram = conversion(from, "g/L");
    Optional<Conversion> fromMol = conversion("mol/L", canonical);
    if (toGram.isPresent() && fromMol.isPresent()) {
      return Optional.of(
          new Conversion(toGram.get().factor() / molarMass * fromMol.get().factor(), 0));
    }
    return Optional.empty();
  }

  private static java.util.List<String> annotations(String unit) {
    java.util.List<String> out = new java.util.ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{[^}]*}").matcher(unit);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static double convert(double value, String from, String to) throws UcumException {
    // The library keeps the input's significant digits, so the input carries plenty of them.
    String precise =
        BigDecimal.valueOf(value).setScale(15, java.math.RoundingMode.HALF_EVEN).toPlainString();
    Decimal d = service().convert(new Decimal(precise), from, to);
    return Double.parseDouble(d.asDecimal());
  }
}
