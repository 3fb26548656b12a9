package org.medmine.quality.linkage;

import java.util.Set;

/**
 * Which SSNs are evidence. A number carries evidence only when it has nine digits and the SSA's
 * structural rules allow it (area not 000 or 666, group not 00, serial not 0000) and it is not a
 * placeholder a registration desk types for "unknown" (123-45-6789, one digit repeated). Areas
 * 900–999 are never issued to people, but Synthea writes its test SSNs there (999-xx-xxxx), so they
 * are kept: two different such numbers still name two different people.
 */
final class SocialSecurityNumbers {
  private static final Set<String> PLACEHOLDERS = Set.of("123456789", "987654321", "078051120");

  private SocialSecurityNumbers() {}

  /** Whether {@code digits} (digits only) is an SSN that can be compared. */
  static boolean valid(String digits) {
    if (digits == null || digits.length() != 9 || PLACEHOLDERS.contains(digits)) {
      return false;
    }
    if (digits.chars().distinct().count() == 1) {
      return false;
    }
    String area = digits.substring(0, 3);
    return !area.equals("000")
        && !area.equals("666")
        && !digits.substring(3, 5).equals("00")
        && !digits.substring(5).equals("0000");
  }

  /** Whether two valid numbers differ by one digit or by two neighbouring digits swapped. */
  static boolean oneSlipApart(String a, String b) {
    return a.length() == b.length() && NameEquivalence.withinOneSlip(a, b);
  }
}
