package org.medmine.server;

import java.util.List;
import org.medmine.apps.operations.CensusApp;
import org.medmine.apps.operations.CensusOptions;

/**
 * The route of the live census ({@code medmine census}): who is in which unit and bed, occupancy,
 * hourly flow and emergency boarding, the JSON the dashboard's bed board polls. The census names
 * patients only for the roles that may see identified data (admin, data-engineer: {@link
 * CensusApp#mayName}); every other role gets each bed's patient reference. It lists patients, so a
 * clinician gets it only from a de-identified warehouse, as the other lists ({@link AppRunner}).
 */
final class CensusRoutes {
  private CensusRoutes() {}

  static List<ApiRoute> all(AppRunner runner) {
    return List.of(
        new ApiRoute(
            "/census",
            "Who is in which unit and bed, occupancy, hourly flow and ED boarding (medmine census)",
            List.of("asOf", "edUnits"),
            true,
            (caller, q, path) ->
                runner.run(
                    caller,
                    "GET /api/v1/census",
                    true,
                    new CensusApp(),
                    new CensusOptions(
                        q.time("asOf"),
                        q.list("edUnits", List.of(CensusOptions.DEFAULT_ED_UNITS)),
                        CensusApp.mayName(caller.role())))));
  }
}
