package org.medmine.cohort;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.medmine.model.MedmineUserException;

/**
 * A set of clinical codes of one code system: exact codes (SNOMED CT concepts of a syndrome, LOINC
 * tests) and code prefixes (an ICD-10-CM category such as {@code J45} holds {@code J45.909}), in
 * the sense of OMOP's concept sets and FHIR R4 ValueSet.compose.include (system + concepts),
 * without a terminology server's hierarchy. A code is in the set when its system matches (a null
 * system accepts any) and it equals one of the codes or starts with one of the prefixes.
 *
 * <p>The SQL predicate ({@link #sql}) embeds the codes as literals, so every code, prefix and
 * system is validated when the set is made: codes and prefixes are letters, digits, '.', '-' and
 * '_' (every code of SNOMED CT, LOINC, ICD-10, RxNorm, CVX and HL7 v3 ActCode is); a system is a
 * URI without quotes, spaces or backslashes. Anything else is refused, so no text from a study file
 * or a command line can reach the SQL as anything but a string. Prefixes are matched with {@code
 * substr}, not {@code LIKE}, so '_' is a character and not a wildcard. The SQL and Java ({@link
 * #contains}) answers agree.
 *
 * @param system the code system URI ("http://snomed.info/sct"), or null for any system
 * @param codes exact codes
 * @param prefixes code prefixes
 */
public record CodeSet(String system, Set<String> codes, Set<String> prefixes) {
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final Pattern SYSTEM = Pattern.compile("[A-Za-z][A-Za-z0-9+.\\-:/#?=&%~]{0,255}");

  /** SNOMED CT's system URI (FHIR R4 terminology). */
  public static final String SNOMED_CT = "http://snomed.info/sct";

  /** LOINC's system URI. */
  public static final String LOINC = "http://loinc.org";

  /**
   * Sorts and copies the codes; refuses an empty set and any code, prefix or system outside the
   * forms above.
   */
  public CodeSet {
    codes = checked(codes, "code");
    prefixes = checked(prefixes, "code prefix");
    if (codes.isEmpty() && prefixes.isEmpty()) {
      throw new MedmineUserException(
          "a code set needs at least one code or prefix: fix the code list.");
    }
    if (system != null && !SYSTEM.matcher(system).matches()) {
      throw new MedmineUserException(
          "'" + system + "' is not a code system URI: fix the code list.");
    }
  }

  /** The set of exactly {@code codes} in {@code system} (null: any system). */
  public static CodeSet of(String system, Iterable<String> codes) {
    Set<String> c = new TreeSet<>();
    codes.forEach(c::add);
    return new CodeSet(system, c, Set.of());
  }

  /**
   * The set of the codes of {@code system} (null: any system) that start with one of {@code
   * prefixes}.
   */
  public static CodeSet prefixed(String system, Iterable<String> prefixes) {
    Set<String> p = new TreeSet<>();
    prefixes.forEach(p::add);
    return new CodeSet(system, Set.of(), p);
  }

  /** Whether {@code code} of {@code codeSystem} is in the set. */
  public boolean contains(String codeSystem, String code) {
    if (code == null || (system != null && !system.equals(codeSystem))) {
      return false;
    }
    return codes.contains(code) || prefixes.stream().anyMatch(code::startsWith);
  }

  /**
   * The SQL condition that the row's code {@code codeExpr} of system {@code systemExpr} is in the
   * set; {@code systemExpr} may be null only when the set accepts any system.
   */
  public String sql(String codeExpr, String systemExpr) {
    List<String> parts = new ArrayList<>();
    if (!codes.isEmpty()) {
      parts.add(
          codeExpr
              + " IN ("
              + String.join(", ", codes.stream().map(c -> "'" + c + "'").toList())
              + ")");
    }
    for (String p : prefixes) {
      parts.add("substr(" + codeExpr + ", 1, " + p.length() + ") = '" + p + "'");
    }
    String any = parts.size() == 1 ? parts.get(0) : "(" + String.join(" OR ", parts) + ")";
    if (system == null) {
      return any;
    }
    if (systemExpr == null) {
      throw new IllegalArgumentException(
          "the code set of " + system + " needs the code system column");
    }
    return "(" + systemExpr + " = '" + system + "' AND " + any + ")";
  }

  private static Set<String> checked(Set<String> values, String what) {
    Set<String> out = new TreeSet<>();
    for (String v : values) {
      if (v == null || !CODE.matcher(v).matches()) {
        throw new MedmineUserException(
            "'"
                + v
                + "' is not a "
                + what
                + " (letters, digits, '.', '-' and '_', at most 64): fix the code list.");
      }
      out.add(v);
    }
    return Collections.unmodifiableSet(out);
  }
}
