package org.medmine.mining.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.medmine.model.MedmineUserException;

/**
 * The sentence mode of NegEx's test format: a UTF-8 file of {@code sentence<TAB>target} lines
 * (further columns, such as gold labels, are ignored; a first line starting {@code
 * sentence<TAB>target} is a header; blank lines are skipped) judged line by line with {@link
 * TargetJudge}, results in input order. A line without a tab or whose target is not in its sentence
 * is a user error naming the file and line.
 */
public final class PairsFile {
  private PairsFile() {}

  /** One judged line: its line number, sentence, target and judgement. */
  public record PairResult(int line, String sentence, String target, ContextJudgement judgement) {}

  /** The judgements of every pair of {@code file}, in order. */
  public static List<PairResult> judge(Path file, TargetJudge judge) {
    List<PairResult> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank()
            || (n == 1 && line.toLowerCase(java.util.Locale.ROOT).startsWith("sentence\ttarget"))) {
          continue;
        }
        out.add(judgeLine(file, n, line, judge));
      }
    } catch (java.nio.charset.MalformedInputException e) {
      throw new MedmineUserException(
          file + " is not UTF-8 text: save it as UTF-8 and run again.", e);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
    return out;
  }

  private static PairResult judgeLine(Path file, int n, String line, TargetJudge judge) {
    String[] f = line.split("\t", -1);
    if (f.length < 2 || f[1].isBlank()) {
      throw new MedmineUserException(
          "Line "
              + n
              + " of "
              + file
              + " has no target: write each line as the sentence, a tab, and the target phrase.");
    }
    try {
      return new PairResult(n, f[0], f[1].strip(), judge.judge(f[0], f[1].strip()));
    } catch (IllegalArgumentException e) {
      throw new MedmineUserException(
          "Line "
              + n
              + " of "
              + file
              + ": the target \""
              + f[1].strip()
              + "\" does not occur in its sentence; give a phrase of the sentence as the target.",
          e);
    }
  }
}
