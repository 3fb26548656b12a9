package org.medmine.quality.linkage;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The best value of each identifying field of one person, with the record ({@code source/id}) it
 * came from. "Best" is the value most of the person's records agree on once normalized (so one
 * mistyped record is outvoted); among equally common values, the longer one as written (Elizabeth
 * over Liz, a full address over a bare street) and then the record key decide, so the choice is
 * deterministic. The address is chosen as a whole (line, city and ZIP from one record), so a golden
 * record never mixes two addresses.
 */
public record GoldenRecord(
    String personId,
    int records,
    Sourced<String> given,
    Sourced<String> family,
    Sourced<String> suffix,
    Sourced<LocalDate> birthDate,
    Sourced<String> sex,
    Sourced<String> ssn,
    Sourced<Address> address,
    Sourced<String> phone,
    Boolean multipleBirth,
    Integer birthOrder) {

  /** A postal address as one value. */
  public record Address(String line, String city, String postalCode) {}

  /**
   * A chosen value and the key of the record it came from; both null when no record has the field.
   */
  public record Sourced<T>(T value, String record) {
    static <T> Sourced<T> none() {
      return new Sourced<>(null, null);
    }
  }

  /** Builds the golden record of person {@code personId} from its records. */
  public static GoldenRecord of(String personId, List<RawPatient> members) {
    Sourced<Address> address =
        best(
            members,
            r ->
                r.addressLine() == null
                    ? null
                    : new Address(r.addressLine(), r.city(), r.postalCode()),
            a -> PatientRecord.address(a.line()),
            a -> a.line() + " " + a.city() + " " + a.postalCode());
    boolean multiple = members.stream().anyMatch(r -> Boolean.TRUE.equals(r.multipleBirth()));
    boolean single = members.stream().anyMatch(r -> Boolean.FALSE.equals(r.multipleBirth()));
    return new GoldenRecord(
        personId,
        members.size(),
        text(members, RawPatient::given, PatientRecord::name),
        text(members, RawPatient::family, PatientRecord::name),
        text(members, RawPatient::suffix, PatientRecord::generational),
        best(members, RawPatient::birthDate, Objects::toString, Objects::toString),
        text(members, RawPatient::sex, s -> s.toLowerCase(java.util.Locale.ROOT)),
        text(
            members,
            r -> SocialSecurityNumbers.valid(PatientRecord.digits(r.ssn())) ? r.ssn() : null,
            PatientRecord::digits),
        address,
        text(members, RawPatient::phone, PatientRecord::digits),
        multiple ? Boolean.TRUE : single ? Boolean.FALSE : null,
        best(members, RawPatient::birthOrder, Objects::toString, Objects::toString).value());
  }

  private static Sourced<String> text(
      List<RawPatient> members,
      Function<RawPatient, String> field,
      Function<String, String> normalize) {
    return best(members, r -> blankToNull(field.apply(r)), normalize, Function.identity());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /**
   * The value of {@code field} whose normalized form ({@code normalize}) most records share; ties
   * to the longest {@code written} form, then to the smallest record key.
   */
  private static <T> Sourced<T> best(
      List<RawPatient> members,
      Function<RawPatient, T> field,
      Function<T, String> normalize,
      Function<T, String> written) {
    Map<String, Integer> votes = new HashMap<>();
    for (RawPatient r : members) {
      T v = field.apply(r);
      if (v != null && normalize.apply(v) != null) {
        votes.merge(normalize.apply(v), 1, Integer::sum);
      }
    }
    Comparator<RawPatient> order =
        Comparator.<RawPatient>comparingInt(r -> votes.get(normalize.apply(field.apply(r))))
            .thenComparingInt(r -> written.apply(field.apply(r)).length())
            .reversed()
            .thenComparing(RawPatient::key);
    return members.stream()
        .filter(r -> field.apply(r) != null && normalize.apply(field.apply(r)) != null)
        .min(order)
        .map(r -> new Sourced<>(field.apply(r), r.key()))
        .orElse(Sourced.none());
  }
}
