package org.medmine.apps.prediction.learn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medmine.context.AppResult;
import org.medmine.context.ResultJson;
import org.medmine.context.RunProvenance;
import org.medmine.ingest.table.TableData;
import org.medmine.report.ReportSection;

/**
 * What {@link LearnApp} produced: the model card ({@link LearnCard}; {@code --format json} prints
 * it with the run's provenance as {@code run}), the saved model ({@link #savedModel()}), the card's
 * report section and the split of every row ({@link #splitCsv()}), so that another learner can be
 * trained and tested on exactly the same rows.
 *
 * @param options the options
 * @param data the rows read
 * @param tokens the missing-value tokens recognised
 * @param tokensSeen how many cells held each token (tokens seen at least once)
 * @param model what was trained
 * @param source the file, its SHA-256, the seed and the library versions
 * @param provenance the run's provenance
 */
public record LearnResult(
    LearnOptions options,
    TableData data,
    List<String> tokens,
    Map<String, Long> tokensSeen,
    LearnedModel model,
    TableProvenance source,
    RunProvenance provenance)
    implements AppResult {

  /** The model card. */
  public Map<String, Object> card() {
    return LearnCard.json(this);
  }

  /** The card with the run's provenance as {@code run}. */
  @Override
  public Map<String, Object> toJson() {
    Map<String, Object> doc = new LinkedHashMap<>(card());
    doc.put("run", provenance);
    return doc;
  }

  @Override
  public String toText() {
    return LearnText.summary(this);
  }

  @Override
  public List<ReportSection> toSections() {
    return List.of(LearnText.section(this));
  }

  /**
   * What {@code medmine learn --out DIR} writes: {@code card.json} (this result's JSON), {@code
   * card.html} (its page), {@code model.json} ({@link #savedModel()}) and {@code split.csv} ({@link
   * #splitCsv()}); returns the sentence that says where they are.
   */
  public String writeFiles(Path out) throws IOException {
    Files.createDirectories(out);
    Files.writeString(out.resolve("card.json"), ResultJson.write(toJson()) + "\n");
    page().write(out.resolve("card.html"));
    savedModel().write(out.resolve("model.json"));
    Files.writeString(out.resolve("split.csv"), splitCsv());
    return "Model card: "
        + out.resolve("card.html")
        + "; model: "
        + out.resolve("model.json")
        + "; split: "
        + out.resolve("split.csv");
  }

  /** The boosted trees with the encodings, for {@code medmine predict --data}. */
  public TableModel savedModel() {
    return TableModel.of(this);
  }

  /** {@code line,part}: each row with a target, by its line in the file, and its part. */
  public String splitCsv() {
    StringBuilder b = new StringBuilder("line,part\n");
    String[] part = new String[data.size()];
    for (int i : model.split().train()) {
      part[i] = "train";
    }
    for (int i : model.split().test()) {
      part[i] = "test";
    }
    for (int i = 0; i < part.length; i++) {
      b.append(data.lines()[i]).append(',').append(part[i]).append('\n');
    }
    return b.toString();
  }
}
