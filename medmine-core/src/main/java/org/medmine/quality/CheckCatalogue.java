package org.medmine.quality;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medmine.ingest.JsonInputError;
import org.medmine.model.MedmineUserException;

/**
 * The check catalogue: the built-in {@code checks.json} (a resource of this package) plus any files
 * a user adds in the same format. A check with {@code each} is expanded once per entry, with {@code
 * ${name}} replaced by the entry's values. A user check with the id of a built-in one replaces it.
 */
public final class CheckCatalogue {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z_]+)}");

  private final List<CheckDefinition> checks;

  private CheckCatalogue(List<CheckDefinition> checks) {
    this.checks = List.copyOf(checks);
  }

  /** The built-in catalogue. */
  public static CheckCatalogue builtIn() {
    try (InputStream in = CheckCatalogue.class.getResourceAsStream("checks.json")) {
      return new CheckCatalogue(parse(JSON.readTree(in), "built-in checks.json"));
    } catch (IOException e) {
      throw new IllegalStateException("the built-in check catalogue does not load", e);
    }
  }

  /** The built-in catalogue extended (or overridden, id by id) by the user's files. */
  public static CheckCatalogue withExtensions(List<Path> files) {
    Map<String, CheckDefinition> byId = new LinkedHashMap<>();
    builtIn().checks.forEach(c -> byId.put(c.id(), c));
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        throw new MedmineUserException(
            "Check file " + f + " does not exist: check the path given to --checks.");
      }
      JsonNode root;
      try {
        root = JSON.readTree(f.toFile());
      } catch (JsonProcessingException e) {
        throw new MedmineUserException(
            "Check file " + f + " is not valid JSON (" + JsonInputError.describe(e) + "): fix it.",
            e);
      } catch (IOException e) {
        throw new MedmineUserException(
            "Cannot read check file " + f + " (" + firstLine(e.getMessage()) + "): check it.", e);
      }
      parse(root, f.toString()).forEach(c -> byId.put(c.id(), c));
    }
    return new CheckCatalogue(new ArrayList<>(byId.values()));
  }

  public List<CheckDefinition> checks() {
    return checks;
  }

  static List<CheckDefinition> parse(JsonNode root, String origin) {
    JsonNode list = root.isArray() ? root : root.path("checks");
    if (!list.isArray()) {
      throw new MedmineUserException(
          origin + " has no \"checks\" array: see the built-in checks.json for the format.");
    }
    List<CheckDefinition> out = new ArrayList<>();
    for (JsonNode node : list) {
      if (node.has("each")) {
        for (JsonNode entry : node.get("each")) {
          out.add(definition(substitute(node, entry, origin), origin));
        }
      } else {
        out.add(definition(node, origin));
      }
    }
    return out;
  }

  private static JsonNode substitute(JsonNode template, JsonNode entry, String origin) {
    var copy = ((com.fasterxml.jackson.databind.node.ObjectNode) template.deepCopy());
    copy.remove("each");
    Iterator<Map.Entry<String, JsonNode>> fields = copy.fields();
    List<Map.Entry<String, JsonNode>> all = new ArrayList<>();
    fields.forEachRemaining(all::add);
    for (Map.Entry<String, JsonNode> f : all) {
      if (f.getValue().isTextual()) {
        Matcher m = PLACEHOLDER.matcher(f.getValue().asText());
        StringBuilder b = new StringBuilder();
        while (m.find()) {
          JsonNode v = entry.get(m.group(1));
          if (v == null) {
            throw new MedmineUserException(
                origin
                    + ": check "
                    + template.path("id").asText()
                    + " uses ${"
                    + m.group(1)
                    + "} but an 'each' entry does not give it.");
          }
          m.appendReplacement(b, Matcher.quoteReplacement(v.asText()));
        }
        m.appendTail(b);
        copy.put(f.getKey(), b.toString());
      }
    }
    return copy;
  }

  private static CheckDefinition definition(JsonNode n, String origin) {
    String id = text(n, "id");
    if (id == null
        || text(n, "table") == null
        || (text(n, "sql") == null && text(n, "validator") == null)) {
      throw new MedmineUserException(
          origin + ": every check needs an id, a table and either sql or a validator (" + n + ").");
    }
    String family = text(n, "family");
    if (!CheckDefinition.FAMILIES.contains(family)) {
      throw new MedmineUserException(
          origin
              + ": check "
              + id
              + " has family '"
              + family
              + "'; use one of "
              + CheckDefinition.FAMILIES
              + ".");
    }
    String validator = text(n, "validator");
    if (validator != null && !CodeValidators.byName().containsKey(validator)) {
      throw new MedmineUserException(
          origin
              + ": check "
              + id
              + " names validator '"
              + validator
              + "'; use one of "
              + CodeValidators.byName().keySet()
              + ".");
    }
    return new CheckDefinition(
        id,
        family,
        text(n, "subcategory"),
        text(n, "context"),
        text(n, "table"),
        text(n, "description"),
        n.path("threshold").asDouble(0),
        n.path("fatal").asBoolean(false),
        text(n, "level"),
        text(n, "sql"),
        text(n, "denominator"),
        validator,
        text(n, "column"),
        text(n, "where"));
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
