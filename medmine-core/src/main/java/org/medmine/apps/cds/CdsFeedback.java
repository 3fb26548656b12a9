package org.medmine.apps.cds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.medmine.model.MedmineUserException;

/**
 * The feedback a CDS client sends about cards (CDS Hooks 2.0, "Feedback"): for each card, whether
 * it was {@code accepted} (with the suggestions taken) or {@code overridden} (with the reason
 * chosen among the card's override reasons, and the user's comment).
 *
 * @param card the card's uuid
 * @param outcome {@code accepted} or {@code overridden}
 * @param acceptedSuggestions the uuids of the suggestions taken
 * @param overrideReason the override reason's code, or null
 * @param outcomeTimestamp when the outcome happened, as sent (ISO 8601)
 */
public record CdsFeedback(
    String card,
    String outcome,
    List<String> acceptedSuggestions,
    String overrideReason,
    String outcomeTimestamp) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> OUTCOMES = Set.of("accepted", "overridden");

  public CdsFeedback {
    acceptedSuggestions = List.copyOf(acceptedSuggestions);
  }

  /** Parses a feedback body {@code {"feedback": [...]}}, or says in one sentence what is wrong. */
  public static List<CdsFeedback> parse(String body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new MedmineUserException(
          "The CDS Hooks feedback is not JSON: send {\"feedback\": [{\"card\", \"outcome\"}]}.");
    }
    if (root == null || !root.path("feedback").isArray() || root.get("feedback").isEmpty()) {
      throw new MedmineUserException(
          "The CDS Hooks feedback needs a non-empty \"feedback\" array of {card, outcome}.");
    }
    List<CdsFeedback> items = new ArrayList<>();
    int at = 0;
    for (JsonNode f : root.get("feedback")) {
      items.add(item(f, at++));
    }
    return items;
  }

  private static CdsFeedback item(JsonNode f, int at) {
    String card = f.path("card").asText("");
    String outcome = f.path("outcome").asText("");
    if (card.isBlank() || !OUTCOMES.contains(outcome)) {
      throw new MedmineUserException(
          "Feedback item "
              + at
              + " needs \"card\" (the card's uuid) and \"outcome\" accepted or overridden.");
    }
    List<String> accepted = new ArrayList<>();
    f.path("acceptedSuggestions").forEach(s -> accepted.add(s.path("id").asText()));
    JsonNode reason = f.path("overrideReason").path("reason");
    return new CdsFeedback(
        card,
        outcome,
        accepted,
        reason.isMissingNode() ? null : reason.path("code").asText(null),
        f.path("outcomeTimestamp").asText(null));
  }

  /** The audit-log form: {@code card:outcome[:reason or suggestions]}, without spaces. */
  public String auditText() {
    String extra =
        outcome.equals("overridden")
            ? (overrideReason == null ? "" : ":" + overrideReason)
            : (acceptedSuggestions.isEmpty() ? "" : ":" + String.join("+", acceptedSuggestions));
    return (card + ":" + outcome + extra).replace(' ', '_');
  }
}
