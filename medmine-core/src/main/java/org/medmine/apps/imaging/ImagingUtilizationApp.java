package org.medmine.apps.imaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.medmine.context.AnalysisContext;
import org.medmine.context.App;
import org.medmine.warehouse.WarehouseException;

/**
 * {@code imaging}: studies per 1,000 patients by modality; repeat imaging (a study of the same
 * patient, modality and body part as one started at most {@code repeatDays} before it, as in the
 * repeat-imaging measures of Lu et al. 2014 and the ACR's appropriateness work); and CTDIvol
 * outliers by protocol by Tukey's fences (above Q3 + k IQR of the protocol's studies, protocols
 * with at least four dosed studies).
 */
public final class ImagingUtilizationApp
    implements App<ImagingUtilizationOptions, ImagingUtilizationResult> {

  static final String BY_MODALITY =
      "WITH s AS (SELECT source, patient_id, id, coalesce(modality_code, 'unknown') AS modality,"
          + "   body_site_code, started_time FROM imaging_study),"
          + " r AS (SELECT modality, EXISTS (SELECT 1 FROM s e WHERE e.source = s.source"
          + "   AND e.patient_id = s.patient_id AND e.modality = s.modality"
          + "   AND e.body_site_code IS NOT DISTINCT FROM s.body_site_code AND e.id <> s.id"
          + "   AND e.started_time < s.started_time"
          + "   AND e.started_time >= s.started_time - to_days(CAST(? AS INTEGER))) AS repeat FROM s)"
          + " SELECT modality, count(*), count(*) FILTER (WHERE repeat) FROM r"
          + " GROUP BY modality ORDER BY count(*) DESC, modality";

  static final String OUTLIERS =
      "WITH d AS (SELECT id, patient_id, protocol_name, ctdi_vol FROM imaging_study"
          + "   WHERE ctdi_vol IS NOT NULL AND protocol_name IS NOT NULL),"
          + " f AS (SELECT protocol_name, quantile_cont(ctdi_vol, 0.75) + ? *"
          + "   (quantile_cont(ctdi_vol, 0.75) - quantile_cont(ctdi_vol, 0.25)) AS fence"
          + "   FROM d GROUP BY protocol_name HAVING count(*) >= 4)"
          + " SELECT d.id, d.patient_id, d.protocol_name, d.ctdi_vol, f.fence FROM d"
          + " JOIN f USING (protocol_name) WHERE d.ctdi_vol > f.fence ORDER BY d.ctdi_vol DESC, d.id";

  @Override
  public String name() {
    return "imaging";
  }

  @Override
  public ImagingUtilizationResult run(AnalysisContext context, ImagingUtilizationOptions options) {
    try (Statement s = context.connection().createStatement()) {
      long patients;
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM patient")) {
        rs.next();
        patients = rs.getLong(1);
      }
      List<ImagingUtilizationResult.ModalityUse> uses = new ArrayList<>();
      try (var p = context.connection().prepareStatement(BY_MODALITY)) {
        p.setInt(1, options.repeatDays());
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            long n = rs.getLong(2);
            uses.add(
                new ImagingUtilizationResult.ModalityUse(
                    rs.getString(1), n, patients == 0 ? 0 : 1000.0 * n / patients, rs.getLong(3)));
          }
        }
      }
      List<ImagingUtilizationResult.DoseOutlier> outliers = new ArrayList<>();
      try (var p = context.connection().prepareStatement(OUTLIERS)) {
        p.setDouble(1, options.outlierIqr());
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            outliers.add(
                new ImagingUtilizationResult.DoseOutlier(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getDouble(4),
                    rs.getDouble(5)));
          }
        }
      }
      return new ImagingUtilizationResult(
          patients, uses, outliers, context.provenance(name(), options, null));
    } catch (SQLException e) {
      throw new WarehouseException("could not summarise imaging", e);
    }
  }
}
