package org.medmine.apps.prediction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Where a study's numbers came from: the warehouse file and its SHA-256, the study (name or file),
 * the seed, the patients consent excluded, and the versions of Java and the libraries that computed
 * them.
 */
public record Provenance(
    String warehouse,
    String warehouseSha256,
    String study,
    long seed,
    int excludedByConsent,
    Map<String, String> libraries) {

  public static Provenance of(Path warehouse, String study, long seed, int excludedByConsent) {
    return new Provenance(
        warehouse.toString(), sha256(warehouse), study, seed, excludedByConsent, libraryVersions());
  }

  /** The versions of Java and of the libraries that compute a model's figures. */
  public static Map<String, String> libraryVersions() {
    Map<String, String> libs = new LinkedHashMap<>();
    // the runtime's own version (what java.version says), not configuration: read from the runtime,
    // not a property
    libs.put(
        "java",
        Runtime.version().version().stream()
                .map(String::valueOf)
                .collect(java.util.stream.Collectors.joining("."))
            + Runtime.version().pre().map(p -> "-" + p).orElse(""));
    libs.put("xgboost4j", mavenVersion("ml.dmlc", "xgboost4j_2.12"));
    libs.put("commons-math3", mavenVersion("org.apache.commons", "commons-math3"));
    libs.put("duckdb_jdbc", mavenVersion("org.duckdb", "duckdb_jdbc"));
    return libs;
  }

  static String mavenVersion(String group, String artifact) {
    try (InputStream in =
        Provenance.class
            .getClassLoader()
            .getResourceAsStream("META-INF/maven/" + group + "/" + artifact + "/pom.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** The SHA-256 of a file, hex. */
  public static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
