package org.medmine.apps.prediction.federated;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.medmine.apps.prediction.StudyDefinition;
import org.medmine.context.AnalysisContext;
import org.medmine.context.App;
import org.medmine.context.ContextRequest;

/**
 * {@code federate --simulate-sites N}: splits the context's warehouse into N site warehouses by the
 * patients' main organization ({@link SiteSplitter}, through the consent-filtered connection),
 * opens a {@link SiteAgent} on each (its own analysis context and audit trail), runs the protocol
 * ({@link FederatedTraining}) and, since one process holds every site here, the pooled reference it
 * is measured against ({@link PooledReference}).
 */
public final class FederateApp implements App<FederateOptions, FederateResult> {
  @Override
  public String name() {
    return "federate";
  }

  @Override
  public FederateResult run(AnalysisContext context, FederateOptions options) {
    StudyDefinition study = StudyDefinition.load(options.study());
    long seed = options.seedFor(study);
    Path dir = folder(options.out());
    List<SiteAgent> agents = new ArrayList<>();
    try {
      List<SiteSplitter.SitePart> parts =
          SiteSplitter.split(context.connection(), options.sites(), dir);
      for (SiteSplitter.SitePart part : parts) {
        ContextRequest site =
            ContextRequest.of(part.warehouse())
                .withActor(context.actor())
                .withRole(context.role())
                .withAction(name());
        agents.add(SiteAgent.open(part.site(), site, study, seed));
      }
      List<String> log = new ArrayList<>();
      FederatedTraining.Settings settings = options.settings(study, seed);
      FederatedTraining.Outcome outcome = FederatedTraining.run(agents, settings, log::add);
      PooledReference pooled = PooledReference.of(agents, settings.boosting(), seed);
      closeAll(agents);
      List<Integer> messages = agents.stream().map(SiteAgent::auditedMessages).toList();
      context.note("federated-sites", Integer.toString(parts.size()));
      return new FederateResult(
          study.name(),
          parts,
          messages,
          outcome,
          pooled,
          log,
          settings,
          options.out() == null ? null : dir,
          context.provenance(name(), options, seed));
    } finally {
      closeAll(agents);
      if (options.out() == null) {
        delete(dir);
      }
    }
  }

  /** Closes every site, which writes the audit entries of what it sent (again: no-op). */
  private static void closeAll(List<SiteAgent> agents) {
    agents.forEach(SiteAgent::close);
  }

  private static Path folder(Path out) {
    try {
      return out == null
          ? Files.createTempDirectory("medmine-federate")
          : Files.createDirectories(out);
    } catch (IOException e) {
      throw new UncheckedIOException("the folder of the site warehouses cannot be made", e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the temporary site warehouses cannot be removed", e);
    }
  }
}
