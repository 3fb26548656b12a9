package org.medmine.mining.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * A closed list of people nouns for ConText's experiencer <em>other</em> (Harkema et al. 2009 name
 * the experiencer by trigger phrases; medmine writes the nouns once and derives the phrases), from
 * the resource {@code other-people.txt}.
 */
final class OtherPeople {
  private static final List<String> DETERMINERS =
      List.of(
          "his",
          "her",
          "their",
          "my",
          "our",
          "the",
          "a",
          "an",
          "one",
          "another",
          "other",
          "several",
          "some",
          "two",
          "fellow",
          "a fellow");

  private OtherPeople() {}

  /**
   * The trigger lines of a closed list of people nouns for the experiencer <em>other</em> (resource
   * {@code other-people.txt}): a relation noun names another person after it, bare or with a
   * determiner ("his boss had COVID"); a role noun ({@code role N}) only with a determiner ("her
   * babysitter"); either, after "in" or "among" and a determiner, before it ("confirmed in her
   * nanny"); "as a", "is a", "was a" before it make it the patient's own role.
   */
  static List<String> triggerLines(List<String> nouns) {
    List<String> lines = new ArrayList<>();
    for (String entry : nouns) {
      boolean role = entry.startsWith("role ");
      String n = role ? entry.substring(5).strip() : entry.strip();
      if (!role) {
        lines.add("other\tforward\t" + n);
      }
      // "former boyfriend": "former" is about the person, not a time cue for what follows.
      lines.add("other\tforward\tformer " + n);
      for (String det : DETERMINERS) {
        if (role) {
          lines.add("other\tforward\t" + det + " " + n);
        }
        lines.add("other\tbackward\tin " + det + " " + n);
        lines.add("other\tbackward\tamong " + det + " " + n);
      }
      lines.add("other\tbackward\tin " + n);
      lines.add("other\tbackward\tamong " + n);
      for (String own : List.of("as a ", "as an ", "is a ", "is an ", "was a ", "was an ")) {
        lines.add("pseudo\t-\t" + own + n);
      }
    }
    return lines;
  }
}
