package org.medmine.cohort;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.Optional;

/**
 * Finds the first JSON field that no component of the record it is read into names, walking nested
 * records and lists of records. Jackson reports an unknown field only after a record's constructor
 * has run, so a definition whose misspelt field leaves a rule incomplete would be refused for the
 * rule, not for the misspelling; this check runs first.
 */
final class KnownFields {
  private KnownFields() {}

  /** The path ({@code inclusion[1].minimumAge}) of the first unknown field in {@code node}. */
  static Optional<String> firstUnknown(JsonNode node, Type type, String path) {
    Class<?> raw =
        type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    if (node.isArray() && type instanceof ParameterizedType p) {
      for (int i = 0; i < node.size(); i++) {
        Optional<String> u =
            firstUnknown(node.get(i), p.getActualTypeArguments()[0], path + "[" + i + "]");
        if (u.isPresent()) {
          return u;
        }
      }
      return Optional.empty();
    }
    if (!raw.isRecord() || !node.isObject()) {
      return Optional.empty();
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      String at = path.isEmpty() ? name : path + "." + name;
      RecordComponent component = component(raw, name);
      if (component == null) {
        return Optional.of(at);
      }
      Optional<String> u = firstUnknown(node.get(name), component.getGenericType(), at);
      if (u.isPresent()) {
        return u;
      }
    }
    return Optional.empty();
  }

  private static RecordComponent component(Class<?> record, String name) {
    for (RecordComponent c : record.getRecordComponents()) {
      if (c.getName().equals(name)) {
        return c;
      }
    }
    return null;
  }
}
