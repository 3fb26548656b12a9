package org.medmine.quality.linkage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A synthetic population built to break record linkage where master patient indexes break:
 * households of parents and children sharing a family name, address and phone; sons named after
 * their fathers (with Jr. and Sr., or without); twins and triplets (same family name, birth date
 * and address, their own given names and SSNs, flagged as a multiple birth in some registrations);
 * common names by a Zipf law. Each person is registered once in {@code hospital-a}, and about half
 * are registered again in {@code clinic-b} or {@code hospital-c} with a desk's errors ({@link
 * Reregistration}). The truth (which records are one person, which persons are twins, parent and
 * child, or household members) comes with the records.
 *
 * <p>This generator is independent of {@code PatientDuplicator}, which copies Synthea patients.
 */
final class HouseholdPopulation {
  /** How two different persons are related. */
  enum Relation {
    TWIN,
    PARENT_CHILD,
    HOUSEHOLD
  }

  /** One person: identity as first registered, the household, the multiple birth they belong to. */
  record Person(
      int id,
      int household,
      String given,
      String family,
      String suffix,
      LocalDate birthDate,
      String sex,
      String ssn,
      String address,
      String city,
      String zip,
      String phone,
      int multipleBirth,
      int birthOrder) {}

  /** The records with their truth. */
  record Generated(
      List<RawPatient> records,
      Map<String, Integer> personOf,
      Map<Long, Relation> relations,
      List<Person> persons) {
    /** The relation between two persons, or null when they are strangers. */
    Relation relation(int p, int q) {
      return relations.get(pairCode(p, q));
    }
  }

  private final Random random;
  private final List<Person> persons = new ArrayList<>();
  private final Map<Long, Relation> relations = new HashMap<>();
  private final Set<String> ssns = new HashSet<>();
  private int multipleBirths;

  private HouseholdPopulation(long seed) {
    this.random = new Random(seed);
  }

  /** Generates {@code households} households and their registrations. */
  static Generated generate(int households, long seed) {
    HouseholdPopulation g = new HouseholdPopulation(seed);
    for (int h = 0; h < households; h++) {
      g.household(h);
    }
    return new Reregistration(g.random).register(g.persons, g.relations);
  }

  static long pairCode(int p, int q) {
    return ((long) Math.min(p, q) << 32) | Math.max(p, q);
  }

  private void household(int h) {
    String family = RegistrationNames.family(random);
    String[] place = place(random);
    String phone = phone(random);
    LocalDate today = LocalDate.of(2025, 6, 1);
    if (random.nextInt(10) < 3) {
      LocalDate birth = today.minusDays(365L * 18 + random.nextInt(365 * 70));
      add(h, sex(), family, null, birth, place, phone, 0, 0);
      return;
    }
    LocalDate fatherBirth = today.minusDays(365L * 25 + random.nextInt(365 * 45));
    boolean seniorSuffix = random.nextInt(10) < 4;
    Person father = add(h, "male", family, null, fatherBirth, place, phone, 0, 0);
    Person mother =
        add(
            h,
            "female",
            family,
            null,
            fatherBirth.plusDays(random.nextInt(3000) - 1500),
            place,
            phone,
            0,
            0);
    List<Person> parents = List.of(father, mother);
    List<Person> members = new ArrayList<>(parents);
    int births = random.nextInt(4);
    boolean juniorNamed = false;
    for (int b = 0; b < births; b++) {
      LocalDate birth =
          fatherBirth.plusYears(20 + random.nextInt(20)).plusDays(random.nextInt(365));
      if (birth.isAfter(today)) {
        continue;
      }
      int size = random.nextInt(100) < 18 ? (random.nextInt(6) == 0 ? 3 : 2) : 1;
      int multiple = size > 1 ? ++multipleBirths : 0;
      List<Person> siblings = new ArrayList<>();
      for (int k = 1; k <= size; k++) {
        String sex = sex();
        Person child;
        if (!juniorNamed && sex.equals("male") && random.nextInt(4) == 0) {
          juniorNamed = true;
          child =
              add(h, sex, family, father.given(), birth, place, phone, multiple, size > 1 ? k : 0);
          if (random.nextBoolean()) {
            persons.set(father.id(), withSuffix(father, seniorSuffix ? "Sr." : null));
            persons.set(child.id(), withSuffix(child, "Jr."));
          }
        } else {
          child = add(h, sex, family, null, birth, place, phone, multiple, size > 1 ? k : 0);
        }
        siblings.add(child);
      }
      for (Person c : siblings) {
        for (Person p : parents) {
          relations.put(pairCode(c.id(), p.id()), Relation.PARENT_CHILD);
        }
        for (Person s : siblings) {
          if (s.id() != c.id() && size > 1) {
            relations.put(pairCode(c.id(), s.id()), Relation.TWIN);
          }
        }
      }
      members.addAll(siblings);
    }
    for (Person a : members) {
      for (Person b : members) {
        if (a.id() < b.id()) {
          relations.putIfAbsent(pairCode(a.id(), b.id()), Relation.HOUSEHOLD);
        }
      }
    }
  }

  private Person add(
      int h,
      String sex,
      String family,
      String given,
      LocalDate birth,
      String[] place,
      String phone,
      int multiple,
      int order) {
    String name = given;
    while (name == null) {
      name = RegistrationNames.given(random, sex);
      if (siblingHas(h, name)) {
        name = null;
      }
    }
    Person p =
        new Person(
            persons.size(),
            h,
            name,
            family,
            null,
            birth,
            sex,
            ssn(),
            place[0],
            place[1],
            place[2],
            random.nextInt(10) < 7 ? phone : phone(random),
            multiple,
            order);
    persons.add(p);
    return p;
  }

  /**
   * Whether someone of household {@code h} has this name or one a desk would take for it (Jack for
   * John).
   */
  private boolean siblingHas(int h, String name) {
    for (int i = persons.size() - 1; i >= 0 && persons.get(i).household() == h; i--) {
      if (NameEquivalence.sameName(persons.get(i).given(), name)) {
        return true;
      }
    }
    return false;
  }

  private static Person withSuffix(Person p, String suffix) {
    return new Person(
        p.id(),
        p.household(),
        p.given(),
        p.family(),
        suffix,
        p.birthDate(),
        p.sex(),
        p.ssn(),
        p.address(),
        p.city(),
        p.zip(),
        p.phone(),
        p.multipleBirth(),
        p.birthOrder());
  }

  private String sex() {
    return random.nextBoolean() ? "male" : "female";
  }

  static String[] place(Random random) {
    String[] streets = {
      "main st",
      "oak ave",
      "elm st",
      "maple dr",
      "cedar ln",
      "park rd",
      "washington blvd",
      "lake st",
      "hill rd",
      "pine ct",
      "river rd",
      "church st",
      "mill ln",
      "spring st",
      "north ave"
    };
    int zip = random.nextInt(400);
    return new String[] {
      (1 + random.nextInt(9999)) + " " + streets[random.nextInt(streets.length)],
      "town" + zip,
      String.format("%05d", 1000 + zip * 7)
    };
  }

  static String phone(Random random) {
    return String.format("555%07d", random.nextInt(10_000_000));
  }

  private String ssn() {
    String s;
    do {
      s =
          String.format(
              "%03d%02d%04d",
              1 + random.nextInt(665), 1 + random.nextInt(99), 1 + random.nextInt(9999));
    } while (!ssns.add(s));
    return s;
  }
}
