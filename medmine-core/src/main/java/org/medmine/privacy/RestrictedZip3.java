package org.medmine.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The 3-digit ZIP codes whose geographic units held 20,000 people or fewer in the 2000 Census; Safe
 * Harbor (§164.514(b)(2)(i)(B)) replaces them with 000. The list ships as {@code
 * restricted-zip3.txt}.
 */
public final class RestrictedZip3 {
  private static final Set<String> CODES = load();

  private RestrictedZip3() {}

  public static Set<String> codes() {
    return CODES;
  }

  /**
   * The Safe Harbor form of a ZIP code: its first three digits, or 000 for a restricted area; null
   * stays null.
   */
  public static String generalize(String zip) {
    if (zip == null) {
      return null;
    }
    String digits = zip.replaceAll("[^0-9]", "");
    if (digits.length() < 3) {
      return "000";
    }
    String zip3 = digits.substring(0, 3);
    return CODES.contains(zip3) ? "000" : zip3;
  }

  private static Set<String> load() {
    try (InputStream in = RestrictedZip3.class.getResourceAsStream("restricted-zip3.txt")) {
      if (in == null) {
        throw new IllegalStateException("restricted-zip3.txt missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
