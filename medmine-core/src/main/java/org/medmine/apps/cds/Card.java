package org.medmine.apps.cds;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A CDS Hooks 2.0 card (https://cds-hooks.hl7.org/2.0/#card-attributes): a summary under 140
 * characters, an indicator ({@code info}, {@code warning} or {@code critical}: critical is an
 * interruptive card), its source, a Markdown detail, suggestions with their actions, how many may
 * be chosen, the reasons a clinician may give to override it and links.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Card(
    String uuid,
    String summary,
    String detail,
    String indicator,
    Source source,
    List<Suggestion> suggestions,
    String selectionBehavior,
    List<Coding> overrideReasons,
    List<Link> links) {
  /** The longest summary the specification allows, exclusive. */
  public static final int SUMMARY_LIMIT = 140;

  public Card {
    if (summary.length() >= SUMMARY_LIMIT) {
      summary = summary.substring(0, SUMMARY_LIMIT - 2) + "…";
    }
    suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    overrideReasons = overrideReasons == null ? List.of() : List.copyOf(overrideReasons);
    links = links == null ? List.of() : List.copyOf(links);
  }

  /** Where a card's knowledge comes from: a label, and a URL and topic where there are ones. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Source(String label, String url, Coding topic) {}

  /** A FHIR Coding (override reasons, topics). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Coding(String system, String code, String display) {}

  /** A suggestion: a label, its id, whether it is recommended, and its actions. */
  public record Suggestion(
      String label, String uuid, boolean isRecommended, List<Action> actions) {}

  /**
   * An action of a suggestion: {@code create}, {@code update} (with the resource) or {@code delete}
   * (with the resource ids, {@code Type/id}).
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Action(
      String type, String description, Map<String, Object> resource, List<String> resourceId) {}

  /** A link: a label, an absolute URL, its type ({@code absolute} or {@code smart}). */
  public record Link(String label, String url, String type) {}
}
