package org.medmine.apps.cds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * The JSON schema of a CDS Hooks 2.0 response that medmine wrote from the specification ({@code
 * cds-hooks-2.0-response.schema.json}), with formats asserted, through networknt's validator.
 */
public final class CardSchema {
  private static final JsonSchema SCHEMA = load();

  private CardSchema() {}

  /** Asserts that {@code response} validates, naming every violation if not. */
  public static void assertValid(JsonNode response) {
    Set<ValidationMessage> errors = SCHEMA.validate(response);
    assertThat(errors).as("schema violations of %s", response).isEmpty();
  }

  /** The violations of {@code response} (empty when it validates). */
  public static Set<ValidationMessage> violations(JsonNode response) {
    return SCHEMA.validate(response);
  }

  private static JsonSchema load() {
    try (InputStream in =
        CardSchema.class.getResourceAsStream("cds-hooks-2.0-response.schema.json")) {
      SchemaValidatorsConfig config =
          SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in, config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
