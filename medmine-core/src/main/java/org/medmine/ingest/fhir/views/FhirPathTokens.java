package org.medmine.ingest.fhir.views;

import java.util.ArrayList;
import java.util.List;
import org.medmine.model.MedmineUserException;

/**
 * Splits a FHIRPath expression into tokens (FHIRPath N1 lexical rules): names (also `delimited`),
 * {@code %constants}, {@code $this}, 'strings' (kept with their opening quote and escapes
 * resolved), numbers and operators.
 */
final class FhirPathTokens {
  private static final List<String> OPERATORS =
      List.of(
          "<=", ">=", "!=", "!~", "=", "~", "<", ">", "|", "+", "-", "*", "/", "&", "(", ")", "[",
          "]", ",", ".", "{", "}");

  private FhirPathTokens() {}

  static boolean isIdentifier(String token) {
    char first = token.charAt(0);
    return first == '`' || Character.isLetter(first) || first == '_';
  }

  static List<String> split(String text) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '\'' || c == '`') {
        i = quoted(text, i, c, tokens);
      } else if (Character.isLetterOrDigit(c) || c == '_' || c == '%' || c == '$') {
        int start = i++;
        while (i < text.length() && isWordPart(text, i, Character.isDigit(c))) {
          i++;
        }
        tokens.add(text.substring(start, i));
      } else {
        i = operator(text, i, tokens);
      }
    }
    return tokens;
  }

  private static boolean isWordPart(String text, int i, boolean number) {
    char c = text.charAt(i);
    if (number && c == '.') {
      return i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
    }
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static int operator(String text, int i, List<String> tokens) {
    for (String operator : OPERATORS) {
      if (text.startsWith(operator, i)) {
        tokens.add(operator);
        return i + operator.length();
      }
    }
    throw new MedmineUserException(
        "The FHIRPath expression \""
            + text
            + "\" has an unknown character '"
            + text.charAt(i)
            + "' at position "
            + (i + 1)
            + ": correct it.");
  }

  private static int quoted(String text, int start, char quote, List<String> tokens) {
    StringBuilder value = new StringBuilder().append(quote);
    int i = start + 1;
    while (i < text.length() && text.charAt(i) != quote) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char escaped = text.charAt(++i);
        value.append(
            switch (escaped) {
              case 'n' -> '\n';
              case 't' -> '\t';
              case 'r' -> '\r';
              case 'f' -> '\f';
              default -> escaped;
            });
      } else {
        value.append(c);
      }
      i++;
    }
    if (i >= text.length()) {
      throw new MedmineUserException(
          "The FHIRPath expression \"" + text + "\" has an unclosed quote: correct it.");
    }
    tokens.add(value.toString());
    return i + 1;
  }
}
