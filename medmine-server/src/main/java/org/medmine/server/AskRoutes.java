package org.medmine.server;

import java.util.List;
import org.medmine.apps.ask.AskApp;
import org.medmine.apps.ask.AskOptions;
import org.medmine.model.MedmineUserException;

/**
 * The route of a question in plain English ({@code medmine ask}), which the dashboard's ask box
 * calls: {@code GET /api/v1/ask?q=QUESTION[&asOf=DATE]} answers with the interpretation, the SQL
 * and the rows, or with a clarification and its candidate interpretations (status 200 either way: a
 * clarification is an answer, not an error). Counts, rates and averages over groups, never a list
 * of patients; small cells are suppressed for the roles that see de-identified data only, as on the
 * command line.
 */
final class AskRoutes {
  private AskRoutes() {}

  static List<ApiRoute> all(AppRunner runner) {
    return List.of(
        new ApiRoute(
            "/ask",
            "A question in plain English, its interpretation and answer (medmine ask)",
            List.of("q", "asOf"),
            false,
            (caller, q, path) ->
                runner.run(
                    caller,
                    "GET /api/v1/ask",
                    false,
                    new AskApp(),
                    new AskOptions(question(q), q.date("asOf")))));
  }

  private static String question(QueryParams q) {
    String question = q.text("q", "");
    if (question.isBlank()) {
      throw new MedmineUserException(
          "Give the question as the query parameter q, e.g. /api/v1/ask?q=how+many+patients+have+asthma.");
    }
    return question;
  }
}
