package org.medmine.mining.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelAnnotatorTest {
  private static final NoteAnnotator ANNOTATOR = NoteAnnotator.with(Lexicon.standard());

  private static String note(int i) {
    return i % 2 == 0
        ? "Denies chest pain. History of asthma " + i + "."
        : "Mother with diabetes; reports cough.";
  }

  private static Map<Integer, Integer> run(int threads) throws InterruptedException {
    Map<Integer, Integer> mentions = new ConcurrentHashMap<>();
    new ParallelAnnotator(ANNOTATOR, threads)
        .run(
            IntStream.range(0, 2000).boxed().iterator(),
            ParallelAnnotatorTest::note,
            (i, a) -> mentions.put(i, a.mentions().size()));
    return mentions;
  }

  @Test
  void twoThreadsGiveWhatOneGives() throws InterruptedException {
    Map<Integer, Integer> one = run(1);
    assertThat(one).hasSize(2000);
    assertThat(one.get(0)).isEqualTo(2);
    assertThat(run(2)).isEqualTo(one);
  }

  @Test
  void readAheadIsBounded() throws InterruptedException {
    AtomicInteger read = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    AtomicInteger maxAhead = new AtomicInteger();
    Iterator<Integer> notes =
        new Iterator<>() {
          public boolean hasNext() {
            return read.get() < 5000;
          }

          public Integer next() {
            maxAhead.accumulateAndGet(read.incrementAndGet() - done.get(), Math::max);
            return read.get();
          }
        };
    new ParallelAnnotator(ANNOTATOR, 2)
        .run(notes, ParallelAnnotatorTest::note, (i, a) -> done.incrementAndGet());
    assertThat(done.get()).isEqualTo(5000);
    assertThat(maxAhead.get()).isLessThanOrEqualTo(2 * 64 + 1);
  }

  @Test
  void aFailureOfOneNoteIsRaised() {
    assertThatThrownBy(
            () ->
                new ParallelAnnotator(ANNOTATOR, 2)
                    .run(
                        IntStream.range(0, 100).boxed().iterator(),
                        i -> i == 50 ? null : note(i),
                        (i, a) -> {}))
        .isInstanceOf(NullPointerException.class);
  }
}
