package org.medmine.mining.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The token trie behind trigger matching: longest match, placeholders, limits and ties. */
class TriggerTrieTest {
  private static Trigger trigger(String phrase, TriggerCategory category) {
    return new Trigger(
        phrase,
        TriggerSet.phraseWords(phrase),
        category,
        Trigger.Direction.FORWARD,
        Integer.MAX_VALUE,
        Set.of());
  }

  private static List<List<String>> keys(String... words) {
    return java.util.Arrays.stream(words).map(PhrasePattern::keysFor).toList();
  }

  @Test
  void theLongestPhraseAtAWordWinsAndPlaceholdersMatchNumbers() {
    TriggerTrie trie =
        new TriggerTrie(
            List.of(
                trigger("no", TriggerCategory.NEGATED),
                trigger("no increase", TriggerCategory.PSEUDO),
                trigger("<n> years ago", TriggerCategory.HISTORICAL)));
    TriggerMatch m = trie.longestAt(keys("no", "increase", "in", "pain"), 0, 4);
    assertThat(m.trigger().phrase()).isEqualTo("no increase");
    assertThat(m.end()).isEqualTo(2);
    TriggerMatch ago = trie.longestAt(keys("stroke", "3", "years", "ago"), 1, 4);
    assertThat(ago.trigger().phrase()).isEqualTo("<n> years ago");
    assertThat(trie.longestAt(keys("stroke", "3", "years", "ago"), 0, 4)).isNull();
  }

  @Test
  void aPhraseMayNotRunPastTheLimit() {
    TriggerTrie trie =
        new TriggerTrie(
            List.of(
                trigger("no", TriggerCategory.NEGATED),
                trigger("no increase", TriggerCategory.PSEUDO)));
    assertThat(trie.longestAt(keys("no", "increase"), 0, 1).trigger().phrase()).isEqualTo("no");
  }

  @Test
  void ofEquallyLongPhrasesTheLiteralWordThenTheEarlierListedWins() {
    Trigger byNumber = trigger("at <n>", TriggerCategory.HISTORICAL);
    Trigger literal = trigger("at 3", TriggerCategory.HYPOTHETICAL);
    TriggerTrie trie = new TriggerTrie(List.of(byNumber, literal));
    assertThat(trie.longestAt(keys("at", "3"), 0, 2).trigger()).isSameAs(literal);
    Trigger first = trigger("watch for", TriggerCategory.HYPOTHETICAL);
    Trigger second = trigger("watch for", TriggerCategory.PSEUDO);
    TriggerTrie twins = new TriggerTrie(List.of(first, second));
    assertThat(twins.longestAt(keys("watch", "for"), 0, 2).trigger()).isSameAs(first);
    assertThat(twins.withWords(List.of("watch", "for"))).containsExactly(first, second);
  }
}
