package org.medmine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.model.MedmineUserException;
import org.medmine.privacy.Role;
import org.medmine.warehouse.WarehouseSettings;

/**
 * Settings and tokens: no bind beyond loopback without TLS; tokens stored as hashes; a bad config
 * is one sentence.
 */
class ServerSettingsTest {
  @TempDir Path dir;

  private ServerSettings settings(String bind, Optional<ServerSettings.Tls> tls) {
    return new ServerSettings(
        dir.resolve("w.duckdb"),
        WarehouseSettings.defaults(),
        bind,
        0,
        tls,
        new AuthConfig(List.of()),
        Optional.empty(),
        w -> {});
  }

  @Test
  void aBindBeyondLoopbackIsRefusedWithoutTls() {
    assertThatThrownBy(() -> settings("0.0.0.0", Optional.empty()))
        .isInstanceOf(MedmineUserException.class)
        .hasMessage(
            "Refusing to serve on 0.0.0.0 without TLS: give --tls-keystore (and --tls-password-env) or bind"
                + " to 127.0.0.1.");
    assertThat(settings("127.0.0.1", Optional.empty()).bind()).isEqualTo("127.0.0.1");
    assertThat(settings("::1", Optional.empty()).bind()).isEqualTo("::1");
    assertThat(
            settings(
                    "0.0.0.0",
                    Optional.of(new ServerSettings.Tls(dir.resolve("k.p12"), "pw".toCharArray())))
                .bind())
        .isEqualTo("0.0.0.0");
  }

  @Test
  void aTokenIsKnownByItsHashAlone() throws Exception {
    Path file = dir.resolve("auth.json");
    Files.writeString(
        file,
        "{\"tokens\": [{\"sha256\": \""
            + AuthConfig.sha256("s3cret-token")
            + "\", \"user\": \"alice\", \"role\": \"data-engineer\"}]}");
    assertThat(Files.readString(file)).doesNotContain("s3cret-token");
    AuthConfig auth = AuthConfig.load(file);
    assertThat(auth.authenticate("s3cret-token")).hasValue(new Caller("alice", Role.DATA_ENGINEER));
    assertThat(auth.authenticate("s3cret-token ")).isEmpty();
    assertThat(auth.authenticate("")).isEmpty();
  }

  @Test
  void aBadAuthConfigIsOneSentence() throws Exception {
    Path file = dir.resolve("auth.json");
    Files.writeString(
        file, "{\"tokens\": [{\"sha256\": \"abc\", \"user\": \"alice\", \"role\": \"admin\"}]}");
    assertThatThrownBy(() -> AuthConfig.load(file))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining("64 hex digits");
    Files.writeString(
        file,
        "{\"tokens\": [{\"sha256\": \""
            + AuthConfig.sha256("t")
            + "\", \"user\": \"alice\", \"role\": \"superuser\"}]}");
    assertThatThrownBy(() -> AuthConfig.load(file))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining("Unknown role 'superuser'");
    Files.writeString(file, "{\"tokens\": [], \"token\": 1}");
    assertThatThrownBy(() -> AuthConfig.load(file))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageStartingWith("Cannot read the auth config");
  }
}
