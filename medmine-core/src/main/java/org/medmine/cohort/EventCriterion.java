package org.medmine.cohort;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.TreeSet;
import org.medmine.model.MedmineUserException;

/**
 * The events of one domain whose code is in a code set: the codes of one system, exact or as
 * prefixes ({@link CodeSet}). Prefixes are how a definition takes a code with its descendants where
 * the hierarchy is in the code itself (an ICD-10-CM category such as {@code E11} holds {@code
 * E11.9}); SNOMED CT and RxNorm descendants need their hierarchies, which medmine does not ship, so
 * there a definition lists the codes it means.
 *
 * @param domain the kind of event
 * @param system the code system URI, or null for any system
 * @param codes exact codes (may be empty when prefixes are given)
 * @param prefixes code prefixes (may be empty when codes are given)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EventCriterion(
    EventDomain domain, String system, List<String> codes, List<String> prefixes) {
  /** Refuses a criterion without a domain, or whose codes do not make a {@link CodeSet}. */
  public EventCriterion {
    if (domain == null) {
      throw new MedmineUserException(
          "an event needs a \"domain\" (condition, medication, procedure, measurement or"
              + " encounter).");
    }
    codes = codes == null ? List.of() : List.copyOf(codes);
    prefixes = prefixes == null ? List.of() : List.copyOf(prefixes);
    new CodeSet(system, new TreeSet<>(codes), new TreeSet<>(prefixes));
  }

  /** The code set of the criterion. */
  public CodeSet codeSet() {
    return new CodeSet(system, new TreeSet<>(codes), new TreeSet<>(prefixes));
  }

  /**
   * The SQL condition that the row {@code alias} of the domain's table is one of these events and
   * is dated.
   */
  public String sql(String alias) {
    String p = alias + ".";
    return "("
        + p
        + domain.timeColumn()
        + " IS NOT NULL AND "
        + codeSet().sql(p + "code", system == null ? null : p + "code_system")
        + ")";
  }

  /** The SQL date of the event row {@code alias}. */
  public String dateSql(String alias) {
    return "CAST(" + alias + "." + domain.timeColumn() + " AS DATE)";
  }
}
