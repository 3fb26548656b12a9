package org.medmine.apps.nlp;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.medmine.model.MedmineUserException;

/**
 * What {@link NlpFilesApp} reads: text files, each one note, or one file of sentence/target pairs
 * (NegEx's test format), never both; every file must exist.
 *
 * @param texts the text files to annotate (UTF-8), empty in the sentence mode
 * @param pairs the file of {@code sentence<TAB>target} lines, or null
 */
public record NlpFilesOptions(
    @JsonSerialize(contentUsing = ToStringSerializer.class) List<Path> texts,
    @JsonSerialize(using = ToStringSerializer.class) Path pairs) {
  /** Refuses no input, both inputs, or a file that is not there, as user errors. */
  public NlpFilesOptions {
    texts = List.copyOf(texts);
    if (texts.isEmpty() == (pairs == null)) {
      throw new MedmineUserException(
          "Give either --text FILE... or --pairs FILE.tsv, not both, or neither to annotate the"
              + " warehouse.");
    }
    List<Path> all = new ArrayList<>(texts);
    if (pairs != null) {
      all.add(pairs);
    }
    for (Path f : all) {
      if (!Files.isRegularFile(f)) {
        throw new MedmineUserException("No such file: " + f + "; check the path.");
      }
    }
  }

  /** Every input file, in the order given. */
  List<Path> inputs() {
    return pairs == null ? texts : List.of(pairs);
  }
}
