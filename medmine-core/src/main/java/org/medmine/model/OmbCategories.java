package org.medmine.model;

import java.util.Map;

/**
 * The OMB race and ethnicity categories (CDC Race and Ethnicity code set,
 * urn:oid:2.16.840.1.113883.6.238, as US Core's race and ethnicity extensions and HL7 v2 PID-10 and
 * PID-22 carry them) and the short names the warehouse stores in {@code patient.race} and {@code
 * patient.ethnicity}.
 */
public final class OmbCategories {
  /** The code system of the categories. */
  public static final String SYSTEM = "urn:oid:2.16.840.1.113883.6.238";

  private static final Map<String, String> NAMES =
      Map.of(
          "2106-3",
          "white",
          "2054-5",
          "black",
          "2028-9",
          "asian",
          "1002-5",
          "native",
          "2076-8",
          "hawaiian",
          "2131-1",
          "other",
          "2135-2",
          "hispanic",
          "2186-5",
          "nonhispanic");

  private OmbCategories() {}

  /** The short name of an OMB category code, or the code itself when it is not one. */
  public static String name(String code) {
    return code == null ? null : NAMES.getOrDefault(code, code);
  }
}
