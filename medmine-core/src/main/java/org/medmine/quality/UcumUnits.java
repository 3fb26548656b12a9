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
 * UCUM units through the FHIR UCUM Java library ({@code org.fhir:ucum}, the UCUM essence file it ships):
 * whether a unit parses, and the affine map {@code y = factor * x + offset} that converts a value between two
 * commensurable units (an offset only for temperatures). Mass ↔ substance conversions need a molar mass, which
 * {@link #toCanonical} takes from the caller.
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
    return VALID.computeIfAbsent(unit, u -> {
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
   * The conversion from {@code from} to {@code canonical}; when they are not commensurable but one is a
   * substance concentration and the other a mass concentration, goes through {@code molarMass} (g/mol).
   */
  public static Optional<Conversion> toCanonical(String from, String canonical, Double molarMass) {
    Optional<Conversion> direct = conversion(from, canonical);
    if (direct.isPresent() || molarMass == null) {
      return direct;
    }
    Optional<Conversion> toMol = conversion(from, "mol/L");
    Optional<Conversion> fromGram = conversion("g/L", canonical);
    if (toMol.isPresent() && fromGram.isPresent()) {
      return Optional.of(new Conversion(toMol.get().factor() * molarMass * fromGram.get().factor(), 0));
    }
    Optional<Conversion> toGram = conversion(from, "g/L");
    Optional<Conversion> fromMol = conversion("mol/L", canonical);
    if (toGram.isPresent() && fromMol.isPresent()) {
      return Optional.of(new Conversion(toGram.get().factor() / molarMass * fromMol.get().factor(), 0));
    }
    return Optional.empty();
  }

  private static double convert(double value, String from, String to) throws UcumException {
    Decimal d = service().convert(new Decimal(BigDecimal.valueOf(value).toPlainString()), from, to);
    return Double.parseDouble(d.asDecimal());
  }
}
