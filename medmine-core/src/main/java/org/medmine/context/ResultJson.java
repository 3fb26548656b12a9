package org.medmine.context;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Map;

/**
 * Renders results as stable JSON: indented, map keys sorted (results give dates and times as
 * ISO-8601 text themselves). Every front end writes results through this, so the CLI's {@code
 * --format json} and the server's responses are the same documents.
 */
public final class ResultJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private ResultJson() {}

  /** {@code value} as indented JSON text. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not render JSON", e);
    }
  }

  /** {@code value} (typically an options record) as a map of its properties, for provenance. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> properties(Object value) {
    return MAPPER.convertValue(value, Map.class);
  }
}
