package org.medmine.apps.pgx;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.medmine.context.AnalysisContext;
import org.medmine.context.App;
import org.medmine.context.RunProvenance;
import org.medmine.ingest.genomics.GeneCall;
import org.medmine.ingest.genomics.GenotypeObservations;
import org.medmine.ingest.genomics.PgxPhenotyper;
import org.medmine.ingest.genomics.PgxProfile;
import org.medmine.ingest.genomics.PgxRecommendation;
import org.medmine.ingest.genomics.PgxRecommendations;
import org.medmine.ingest.genomics.VcfGeneCaller;
import org.medmine.ingest.genomics.VcfQuarantine;
import org.medmine.model.MedmineUserException;
import org.medmine.warehouse.WarehouseException;

/**
 * {@code pgx}: calls every shipped gene from the VCF ({@link VcfGeneCaller}, after PharmCAT's
 * named-allele matcher), adds the outside CYP2D6 call, looks up CPIC phenotypes and the CPIC
 * recommendations for every drug in medmine's table; with a patient, replaces that patient's
 * pharmacogenomic observations in the warehouse ({@link GenotypeObservations}) and quarantines the
 * VCF lines it refused ({@link VcfQuarantine}).
 */
public final class PgxApp implements App<PgxOptions, PgxResult> {
  private final boolean stores;

  private PgxApp(boolean stores) {
    this.stores = stores;
  }

  /** The app for {@code options}: it writes observations only when a patient is named. */
  public static PgxApp forOptions(PgxOptions options) {
    return new PgxApp(options.patient() != null);
  }

  @Override
  public String name() {
    return "pgx";
  }

  @Override
  public Set<String> writes() {
    return stores ? Set.of("observation", "quarantine") : Set.of();
  }

  @Override
  public PgxResult run(AnalysisContext context, PgxOptions options) {
    VcfGeneCaller.Calls read = VcfGeneCaller.allGenes().call(options.vcf());
    List<GeneCall> calls = new ArrayList<>(read.calls());
    if (options.cyp2d6Diplotype() != null) {
      calls.add(GeneCall.outside(options.cyp2d6Diplotype()));
    }
    PgxProfile profile = PgxProfile.of(options.patient(), calls, new PgxPhenotyper());
    List<PgxRecommendation> recommendations = PgxRecommendations.shipped().all(profile);
    String source = null;
    int stored = 0;
    if (stores) {
      Connection c = context.connection();
      source = sourceOf(c, options);
      stored = GenotypeObservations.write(c, source, options.patient(), profile.genes());
      VcfQuarantine.write(c, source, read.sample().file(), read.sample().problems());
      context.note(
          "pgx", "stored " + stored + " observation rows for patient " + options.patient());
    }
    RunProvenance provenance = context.provenanceOfFile(name(), options, null, options.vcf());
    return new PgxResult(
        read.sample(),
        calls,
        profile,
        recommendations,
        options.patient(),
        source,
        stored,
        provenance);
  }

  /**
   * The patient's source: the one given, which must hold the patient, or the only one that does.
   */
  private static String sourceOf(Connection c, PgxOptions options) {
    List<String> sources = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement("SELECT DISTINCT source FROM patient WHERE id = ? ORDER BY source")) {
      s.setString(1, options.patient());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          sources.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new WarehouseException("could not look up patient " + options.patient(), e);
    }
    if (options.source() != null && sources.contains(options.source())) {
      return options.source();
    }
    if (sources.isEmpty() || options.source() != null) {
      throw new MedmineUserException(
          "Patient "
              + options.patient()
              + " is not in the warehouse"
              + (options.source() != null ? " under source " + options.source() : "")
              + ": ingest the patient first or check --patient and --source.");
    }
    if (sources.size() > 1) {
      throw new MedmineUserException(
          "Patient "
              + options.patient()
              + " is in several sources "
              + sources
              + ": give --source.");
    }
    return sources.get(0);
  }
}
