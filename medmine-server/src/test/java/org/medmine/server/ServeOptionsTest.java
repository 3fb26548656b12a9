package org.medmine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.model.MedmineUserException;
import org.medmine.warehouse.WarehouseSettings;

/**
 * {@code medmine serve}'s options become settings, or one sentence naming what is missing: the
 * warehouse, the token file, the keystore, its password; the TLS password and the audit key come
 * from the environment given, not the process's.
 */
class ServeOptionsTest {
  @TempDir Path dir;
  private Path warehouse;
  private Path tokens;

  @BeforeEach
  void files() throws Exception {
    warehouse = Files.writeString(dir.resolve("w.duckdb"), "");
    tokens =
        Files.writeString(
            dir.resolve("auth.json"),
            "{\"tokens\": [{\"sha256\": \""
                + AuthConfig.sha256("t")
                + "\", \"user\": \"alice\", \"role\": \"analyst\"}]}");
  }

  private ServeOptions options(Path w, Path keystore, Path auth) {
    return new ServeOptions(
        w,
        "127.0.0.1",
        0,
        Optional.ofNullable(keystore),
        "TLS_PASSWORD",
        Optional.ofNullable(auth));
  }

  private ServerSettings settings(ServeOptions o, Map<String, String> env) {
    return o.settings(WarehouseSettings.defaults(), env, w -> {});
  }

  @Test
  void whatIsMissingIsOneSentence() throws Exception {
    assertThatThrownBy(() -> settings(options(dir.resolve("none.duckdb"), null, tokens), Map.of()))
        .isInstanceOf(MedmineUserException.class)
        .hasMessage(
            "No warehouse at "
                + dir.resolve("none.duckdb")
                + ": run 'medmine ingest' first or give --warehouse.");
    assertThatThrownBy(() -> settings(options(warehouse, null, null), Map.of()))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageStartingWith("medmine serve needs --auth-config FILE");
    Path keystore = dir.resolve("k.p12");
    assertThatThrownBy(() -> settings(options(warehouse, keystore, tokens), Map.of()))
        .isInstanceOf(MedmineUserException.class)
        .hasMessage("No keystore at " + keystore + ": give the PKCS#12 file of --tls-keystore.");
    Files.writeString(keystore, "");
    assertThatThrownBy(() -> settings(options(warehouse, keystore, tokens), Map.of()))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageStartingWith("Set TLS_PASSWORD to the password of " + keystore);
  }

  @Test
  void theTlsPasswordAndAuditKeyComeFromTheEnvironmentGiven() throws Exception {
    Path keystore = Files.writeString(dir.resolve("k.p12"), "");
    ServerSettings s =
        settings(
            options(warehouse, keystore, tokens),
            Map.of("TLS_PASSWORD", "pw", "MEDMINE_AUDIT_KEY", "an-audit-key-of-some-length-0123"));
    assertThat(s.warehouse()).isEqualTo(warehouse);
    assertThat(s.tls()).hasValueSatisfying(t -> assertThat(t.password()).containsExactly('p', 'w'));
    assertThat(s.auditKey()).isPresent();
    assertThat(s.auth().authenticate("t")).isPresent();
    assertThat(settings(options(warehouse, null, tokens), Map.of()).tls()).isEmpty();
  }
}
