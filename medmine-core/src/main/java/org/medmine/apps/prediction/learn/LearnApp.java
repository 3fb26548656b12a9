package org.medmine.apps.prediction.learn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.medmine.apps.prediction.Provenance;
import org.medmine.context.AnalysisContext;
import org.medmine.context.App;
import org.medmine.context.RunProvenance;
import org.medmine.ingest.table.ColumnProfile;
import org.medmine.ingest.table.MissingTokens;
import org.medmine.ingest.table.TableData;
import org.medmine.ingest.table.TableProfiler;
import org.medmine.ingest.table.TableReader;
import org.medmine.ingest.table.TableSource;
import org.medmine.model.MedmineUserException;

/**
 * {@code learn}: a prediction model on any table. The file is read through DuckDB ({@link
 * TableSource}), its columns profiled and typed ({@link TableProfiler#profiles}, {@code --types}),
 * the rows with a target fetched as columns ({@link TableReader}), and the study's models trained
 * and evaluated on a split by group ({@link TableClassifier}, {@link TableRegressor}). The result
 * is the study's model card with the table's columns, missing-value tokens and encodings, and a
 * saved model for {@code medmine predict --data}. No warehouse is opened: the provenance names the
 * file and its SHA-256.
 */
public final class LearnApp implements App<LearnOptions, LearnResult> {
  @Override
  public String name() {
    return "learn";
  }

  @Override
  public LearnResult run(AnalysisContext context, LearnOptions options) {
    RunProvenance run = context.provenanceOfFile(name(), options, options.seed(), options.data());
    String file = options.data().toString();
    MissingTokens missing = MissingTokens.of(options.na());
    TableData data;
    Map<String, Long> tokens;
    try (TableSource t =
        TableSource.open(options.data(), context.settings().memoryLimit(), missing)) {
      List<ColumnProfile> profiles =
          TableProfiler.profiles(t, features(t, options, file), options.types());
      tokens = TableProfiler.tokenCounts(t, t.columns());
      data =
          TableReader.read(
              t,
              profiles,
              new TableReader.Roles(options.target(), options.group(), options.fairness()));
    }
    requireTwoGroups(data, options.group(), file);
    TableTarget target = TableTarget.of(options.target(), data.target(), options.positive(), file);
    LearnedModel model =
        target.regression()
            ? TableRegressor.train(data, target, options.seed())
            : TableClassifier.train(data, target, options.seed());
    TableProvenance provenance =
        new TableProvenance(
            file, Provenance.sha256(options.data()), options.seed(), Provenance.libraryVersions());
    return new LearnResult(options, data, missing.tokens(), tokens, model, provenance, run);
  }

  /** The feature columns: every column but the target, the group and the dropped ones. */
  static List<String> features(TableSource t, LearnOptions o, String file) {
    t.requireColumn(o.target(), "--target");
    if (o.group() != null) {
      t.requireColumn(o.group(), "--group");
    }
    o.drop().forEach(c -> t.requireColumn(c, "--drop"));
    o.fairness().forEach(c -> t.requireColumn(c, "--fairness"));
    List<String> out = new ArrayList<>(t.columns());
    out.remove(o.target());
    out.remove(o.group());
    out.removeAll(o.drop());
    if (out.isEmpty()) {
      throw new MedmineUserException(
          "No column of " + file + " is left to learn from: drop fewer columns.");
    }
    return out;
  }

  private static void requireTwoGroups(TableData data, String group, String file) {
    if (group != null && new HashSet<>(List.of(data.groups())).size() < 2) {
      throw new MedmineUserException(
          "The group column '"
              + group
              + "' of "
              + file
              + " has one value in every row: a split by group needs at least two groups;"
              + " give another --group, or none.");
    }
  }
}
