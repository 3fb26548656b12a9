package org.medmine.privacy;

import java.util.List;

/**
 * The people and places around one patient of the corpus: the same patient, clinicians, relatives,
 * town and hospital recur in all of the patient's notes, as they do in a real record.
 */
record NotePeople(
    String first,
    String last,
    boolean female,
    List<String[]> clinicians,
    List<String[]> relatives,
    String contact,
    String town,
    String hospital,
    String street) {

  static NotePeople draw(NotePools pools, PhiForms f) {
    String last = f.chance(0.1) ? f.pick(pools.rareFamily()) : f.pick(pools.family());
    List<String[]> clinicians = List.of(person(pools, f), person(pools, f), person(pools, f));
    List<String[]> relatives =
        List.of(
            new String[] {
              f.pick(
                  List.of(
                      "wife",
                      "husband",
                      "son",
                      "daughter",
                      "sister",
                      "brother",
                      "niece",
                      "mother")),
              f.pick(pools.given()),
              f.chance(0.3) ? last : ""
            },
            new String[] {
              f.pick(List.of("son", "daughter", "friend", "grandson", "partner", "nephew")),
              f.pick(pools.given()),
              f.chance(0.2) ? f.pick(pools.family()) : ""
            });
    return new NotePeople(
        f.pick(pools.given()),
        last,
        f.chance(0.5),
        clinicians,
        relatives,
        f.pick(pools.given()) + (f.chance(0.5) ? " " + f.pick(pools.family()) : ""),
        f.pick(pools.towns()),
        f.pick(pools.hospitals()),
        f.between(2, 480) + " " + f.pick(pools.streets()));
  }

  private static String[] person(NotePools pools, PhiForms f) {
    return new String[] {
      f.pick(pools.given()), f.chance(0.1) ? f.pick(pools.rareFamily()) : f.pick(pools.family())
    };
  }
}
