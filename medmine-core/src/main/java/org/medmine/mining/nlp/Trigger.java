package org.medmine.mining.nlp;

import java.util.List;
import java.util.Set;

/**
 * A ConText trigger phrase: its words (lower case; {@code <n>} stands for any number, {@code <n3>}
 * for a number of at least three, {@code <year>} for a year), what it does, which way its scope
 * runs and how many content tokens the scope may span at most ({@code Integer.MAX_VALUE}: to the
 * sentence end or a terminator). For a {@link TriggerCategory#TERMINATE} phrase, {@code ends} names
 * the categories whose scope it ends; for an {@link TriggerCategory#INFORMANT} phrase, {@link
 * Direction#FORWARD} means it stands before the relative ("per his wife") and {@link
 * Direction#BACKWARD} after ("mother states").
 */
public record Trigger(
    String phrase,
    List<String> words,
    TriggerCategory category,
    Direction direction,
    int maxScope,
    Set<TriggerCategory> ends) {

  /** Which way a trigger's scope runs from the trigger. */
  public enum Direction {
    FORWARD,
    BACKWARD,
    BOTH
  }

  public Trigger {
    words = List.copyOf(words);
    ends = Set.copyOf(ends);
  }

  /** How the trigger is named in a mention's trigger list: {@code negated:denies}. */
  public String describe() {
    return category.name().toLowerCase(java.util.Locale.ROOT) + ":" + phrase;
  }
}
