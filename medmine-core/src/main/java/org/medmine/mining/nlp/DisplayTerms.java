package org.medmine.mining.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The terms a warehouse display name is written as in notes: lower case, without the SNOMED CT
 * semantic tag ({@code "Essential hypertension (disorder)"} is {@code essential hypertension}); for
 * RxNorm drugs the ingredient names before the strength ({@code "lisinopril 10 MG Oral Tablet"} is
 * {@code lisinopril}; a combination gives each ingredient). Displays too short or too generic to
 * find in text give no term.
 */
public final class DisplayTerms {
  private static final Pattern TAG =
      Pattern.compile(
          "\\s*\\((disorder|finding|situation|procedure|morphologic abnormality|"
              + "regime/therapy|person|observable entity|qualifier value|event|body structure|substance|product)\\)\\s*$");
  private static final Pattern STRENGTH =
      Pattern.compile(
          "\\s+[0-9.]+\\s*(MG|ML|UNT|MCG|ACTUAT|HR|MEQ|%).*$", Pattern.CASE_INSENSITIVE);

  private DisplayTerms() {}

  /** The terms of {@code display}, of a concept in {@code system}. */
  public static List<String> of(String display, String system) {
    List<String> out = new ArrayList<>();
    if (display == null || display.isBlank()) {
      return out;
    }
    String d = TAG.matcher(display.strip()).replaceAll("");
    if (ConceptCode.RXNORM.equals(system)) {
      d = d.replaceAll("^[0-9.]+\\s+(HR|ML|ACTUAT)\\s+", "").replaceAll("\\[[^]]*]", "");
      for (String part : d.split("\\s+/\\s+")) {
        addTerm(out, STRENGTH.matcher(part).replaceAll(""));
      }
    } else {
      addTerm(out, d);
    }
    return out;
  }

  private static void addTerm(List<String> out, String term) {
    String t = term.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    if (t.length() >= 3 && !out.contains(t)) {
      out.add(t);
    }
  }
}
