package org.medmine.cli.planted;

import java.sql.Connection;
import org.medmine.mining.timeseries.EarsDetector;

/** A planted violation (test fixture): a command that runs SQL and mining itself. */
public final class PlantedCommand {
  Connection connection;

  Object detector() {
    return EarsDetector.of(EarsDetector.Variant.C1);
  }
}
