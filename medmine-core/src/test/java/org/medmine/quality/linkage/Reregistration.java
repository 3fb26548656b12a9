package org.medmine.quality.linkage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Registers the persons of {@link HouseholdPopulation}: each once in {@code hospital-a}, and half
 * of them again, once or twice, in {@code clinic-b} or {@code hospital-c}, each repeat with one to
 * three of a desk's errors: a keyboard slip in a name (a neighbouring key, a dropped, doubled or
 * swapped letter), a phonetic spelling (Kathryn for Catherine), a nickname, day and month swapped
 * (or a day off by one), a move (new address, often a new phone), a missing SSN or phone, one
 * mistyped SSN digit, a dropped Jr./Sr. A record of a multiple birth says so (multipleBirthBoolean
 * or multipleBirthInteger) half the time.
 */
final class Reregistration {
  static final List<String> ERRORS =
      List.of(
          "given_typo",
          "family_typo",
          "phonetic",
          "nickname",
          "swap_day_month",
          "moved",
          "missing_ssn",
          "missing_phone",
          "ssn_typo",
          "dropped_suffix");
  private static final String[] KEYBOARD = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

  private final Random random;
  private final Map<String, Integer> copies = new HashMap<>();

  Reregistration(Random random) {
    this.random = random;
  }

  HouseholdPopulation.Generated register(
      List<HouseholdPopulation.Person> persons, Map<Long, HouseholdPopulation.Relation> relations) {
    List<RawPatient> records = new ArrayList<>();
    Map<String, Integer> personOf = new HashMap<>();
    for (HouseholdPopulation.Person p : persons) {
      RawPatient first =
          record(
              p,
              "hospital-a",
              p.given(),
              p.family(),
              p.suffix(),
              p.birthDate(),
              p.ssn(),
              p.address(),
              p.city(),
              p.zip(),
              p.phone());
      records.add(first);
      personOf.put(first.key(), p.id());
      int repeats = random.nextInt(100) < 50 ? 0 : random.nextInt(100) < 70 ? 1 : 2;
      for (int k = 0; k < repeats; k++) {
        RawPatient copy = perturb(p, random.nextBoolean() ? "clinic-b" : "hospital-c");
        records.add(copy);
        personOf.put(copy.key(), p.id());
      }
    }
    Collections.shuffle(records, random);
    return new HouseholdPopulation.Generated(records, personOf, relations, persons);
  }

  private RawPatient record(
      HouseholdPopulation.Person p,
      String source,
      String given,
      String family,
      String suffix,
      LocalDate birth,
      String ssn,
      String address,
      String city,
      String zip,
      String phone) {
    int n = copies.merge(source, 1, Integer::sum);
    boolean child = birth.isAfter(LocalDate.of(2007, 6, 1));
    Boolean multiple = null;
    Integer order = null;
    if (p.multipleBirth() > 0 && random.nextBoolean()) {
      if (random.nextBoolean()) {
        multiple = true;
      } else {
        order = p.birthOrder();
      }
    }
    return new RawPatient(
        source,
        source.charAt(0) + String.valueOf(n),
        capitalized(given),
        capitalized(family),
        suffix,
        birth,
        random.nextInt(200) == 0 ? null : p.sex(),
        child && random.nextInt(3) == 0 ? null : ssn,
        address,
        city,
        zip,
        phone,
        multiple,
        order);
  }

  private RawPatient perturb(HouseholdPopulation.Person p, String source) {
    List<String> kinds = new ArrayList<>(ERRORS);
    Collections.shuffle(kinds, random);
    String given = p.given();
    String family = p.family();
    String suffix = p.suffix();
    LocalDate birth = p.birthDate();
    String ssn = p.ssn();
    String[] place = {p.address(), p.city(), p.zip()};
    String phone = p.phone();
    for (String kind : kinds.subList(0, 1 + random.nextInt(3))) {
      switch (kind) {
        case "given_typo" -> given = typo(given);
        case "family_typo" -> family = typo(family);
        case "phonetic" -> given = RegistrationNames.PHONETIC.getOrDefault(given, typo(given));
        case "nickname" -> {
          String nick = TestAccess.nicknameOf(given, random.nextInt(10));
          given = nick == null ? typo(given) : nick;
        }
        case "swap_day_month" -> birth = slip(birth);
        case "moved" -> {
          place = HouseholdPopulation.place(random);
          phone = random.nextBoolean() ? HouseholdPopulation.phone(random) : phone;
        }
        case "missing_ssn" -> ssn = null;
        case "missing_phone" -> phone = null;
        case "ssn_typo" -> ssn = ssn == null ? null : digitTypo(ssn);
        case "dropped_suffix" -> suffix = null;
        default -> throw new IllegalStateException(kind);
      }
    }
    return record(
        p, source, given, family, suffix, birth, ssn, place[0], place[1], place[2], phone);
  }

  private LocalDate slip(LocalDate birth) {
    if (birth.getDayOfMonth() <= 12 && birth.getDayOfMonth() != birth.getMonthValue()) {
      return LocalDate.of(birth.getYear(), birth.getDayOfMonth(), birth.getMonthValue());
    }
    return birth.withDayOfMonth(birth.getDayOfMonth() == 1 ? 2 : birth.getDayOfMonth() - 1);
  }

  /**
   * One keyboard slip, never in the first letter: a neighbouring key, a dropped, doubled or swapped
   * letter.
   */
  String typo(String s) {
    if (s.length() < 3) {
      return s + s.charAt(s.length() - 1);
    }
    int i = 1 + random.nextInt(s.length() - 2);
    return switch (random.nextInt(4)) {
      case 0 -> s.substring(0, i) + neighbour(s.charAt(i)) + s.substring(i + 1);
      case 1 -> s.substring(0, i) + s.substring(i + 1);
      case 2 -> s.substring(0, i) + s.charAt(i) + s.substring(i);
      default -> s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
    };
  }

  private char neighbour(char c) {
    for (String row : KEYBOARD) {
      int k = row.indexOf(c);
      if (k >= 0) {
        return row.charAt(
            k == 0 ? 1 : k == row.length() - 1 ? k - 1 : k + (random.nextBoolean() ? 1 : -1));
      }
    }
    return c;
  }

  private String digitTypo(String ssn) {
    int i = 3 + random.nextInt(6);
    char d = (char) ('0' + (ssn.charAt(i) - '0' + 1 + random.nextInt(8)) % 10);
    return ssn.substring(0, i) + d + ssn.substring(i + 1);
  }

  private static String capitalized(String s) {
    return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
