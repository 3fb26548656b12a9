package org.medmine.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.ResourceBundle;

/**
 * The help text of every command as one resource bundle for picocli's internationalization (declared on {@link
 * MedmineCommand}): the properties files under {@code org/medmine/cli/help/}, one per group of commands, read as
 * UTF-8. Their key convention is at the top of {@code medmine.properties}. Public, with a public constructor,
 * because {@link ResourceBundle#getBundle(String)} instantiates it by name.
 */
public final class HelpText extends ResourceBundle {
  /** The files joined, in {@code org/medmine/cli/help/}. */
  static final List<String> FILES = List.of("medmine.properties", "analysis.properties", "privacy.properties");

  private final Properties text = new Properties();

  /** Reads every file of {@link #FILES}. */
  public HelpText() {
    this(FILES);
  }

  /** Reads {@code files}; a key given in two of them is a mistake and fails here. */
  HelpText(List<String> files) {
    for (String file : files) {
      Properties part = read(file);
      for (String key : part.stringPropertyNames()) {
        if (text.putIfAbsent(key, part.getProperty(key)) != null) {
          throw new IllegalStateException("help text key " + key + " is given twice; " + file + " repeats it");
        }
      }
    }
  }

  private static Properties read(String file) {
    Properties part = new Properties();
    try (InputStream in = HelpText.class.getResourceAsStream("help/" + file)) {
      if (in == null) {
        throw new IllegalStateException("help text file help/" + file + " is missing from the class path");
      }
      part.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return part;
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
