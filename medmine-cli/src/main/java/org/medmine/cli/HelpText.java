package org.medmine.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.ResourceBundle;

/**
 * The help text of every command as one resource bundle for picocli's internationalization
 * (declared on {@link MedmineCommand}): the properties files under {@code org/medmine/cli/help/},
 * one per group of commands, read as UTF-8; their key convention is at the top of {@code
 * medmine.properties}. Public, with a public constructor, because {@link
 * ResourceBundle#getBundle(String)} instantiates it by name.
 */
public final class HelpText extends ResourceBundle {
  static final List<String> FILES =
      List.of("medmine.properties", "analysis.properties", "privacy.properties");

  private final Properties text = new Properties();

  public HelpText() {
    this(FILES);
  }

  /**
   * Reads {@code files} from {@code help/}; a key given in two of them is a mistake and fails here.
   */
  HelpText(List<String> files) {
    for (String file : files) {
      Properties part = new Properties();
      try (InputStream in = HelpText.class.getResourceAsStream("help/" + file)) {
        part.load(
            new InputStreamReader(
                Objects.requireNonNull(in, "help/" + file), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      part.forEach(
          (key, value) -> {
            if (text.putIfAbsent(key, value) != null) {
              throw new IllegalStateException(
                  "help text key " + key + " is given twice; " + file + " repeats it");
            }
          });
    }
  }

  @Override
  protected Object handleGetObject(String key) {
    return text.getProperty(key);
  }

  @Override
  public Enumeration<String> getKeys() {
    return Collections.enumeration(text.stringPropertyNames());
  }
}
