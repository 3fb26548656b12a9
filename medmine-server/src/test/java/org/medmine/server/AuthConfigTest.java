package org.medmine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.model.MedmineUserException;
import org.medmine.privacy.Role;
import org.medmine.server.auth.ScopeRoles;

/**
 * The extended auth config: the issuers, clients, token service, limits and CORS parts read with
 * their defaults, key files relative to the config, and every mistake (an unknown field at any
 * depth, an HMAC key, a private key's secret parts) is one sentence or harmless.
 */
class AuthConfigTest {
  @TempDir Path dir;

  @Test
  void theFullFormReadsWithItsKeysFromAJwksFileBesideIt() throws Exception {
    TestAuthority idp = new TestAuthority();
    Files.writeString(
        dir.resolve("idp.jwks.json"), new JWKSet(idp.rsa).toString(false)); // private parts too
    Path file =
        Files.writeString(
            dir.resolve("auth.json"),
            "{\"issuers\": [{\"issuer\": \"https://idp.test\", \"audience\": \"medmine\","
                + " \"jwks\": \"idp.jwks.json\"}],"
                + " \"tokenService\": {\"lifetimeSeconds\": 120, \"url\":"
                + " \"https://medmine.example.org/auth/token\"},"
                + " \"clockSkewSeconds\": 5}");
    AuthConfig c = AuthConfig.load(file);
    assertThat(c.tokens()).isEmpty();
    assertThat(c.issuers())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.keys().getKeys()).singleElement().matches(k -> !k.isPrivate());
            });
    assertThat(c.tokenService().lifetime()).isEqualTo(Duration.ofMinutes(2));
    assertThat(c.tokenService().url()).hasValue("https://medmine.example.org/auth/token");
    assertThat(c.clockSkew()).isEqualTo(Duration.ofSeconds(5));
    assertThat(c.limits()).isEqualTo(RequestLimits.DEFAULT);
    assertThat(c.corsOrigins()).isEmpty();
  }

  @Test
  void theOldTokensOnlyFormStillReads() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("auth.json"),
            "{\"tokens\": [{\"sha256\": \""
                + AuthConfig.sha256("t0ken")
                + "\", \"user\": \"alice\", \"role\": \"auditor\"}]}");
    AuthConfig c = AuthConfig.load(file);
    assertThat(c.authenticate("t0ken")).hasValue(new Caller("alice", Role.AUDITOR));
    assertThat(c.issuers()).isEmpty();
    assertThat(c.clients()).isEmpty();
  }

  @Test
  void mistakesAreOneSentence() throws Exception {
    OctetSequenceKey hmac = new OctetSequenceKeyGenerator(256).generate();
    assertRefused(
        "{\"issuers\": [{\"issuer\": \"i\", \"audience\": \"a\", \"keys\": ["
            + hmac.toJSONString()
            + "]}]}",
        "HMAC is not accepted");
    assertRefused(
        "{\"issuers\": [{\"issuer\": \"i\", \"audience\": \"a\", \"keys\": [], \"alg\": \"HS256\"}]}",
        "alg");
    assertRefused("{\"issuers\": [{\"issuer\": \"i\", \"audience\": \"a\"}]}", "no public key");
    assertRefused(
        "{\"issuers\": [{\"issuer\": \"i\", \"audience\": \"a\", \"jwks\": \"missing.json\"}]}",
        "Cannot read the JWKS file");
    assertRefused("{\"clients\": [{\"clientId\": \"c\", \"keys\": []}]}", "\"scopes\"");
    assertRefused("{\"limits\": {\"maxBodyBytes\": 10}}", "maxBodyBytes");
    assertRefused("{\"cors\": {\"origins\": [\"*\"]}}", "CORS origin");
    assertRefused("{}", "lists no tokens, issuers or clients");
  }

  @Test
  void scopesNameRolesInTwoSpellings() {
    assertThat(ScopeRoles.roleOf("system/medmine.admin")).hasValue(Role.ADMIN);
    assertThat(ScopeRoles.roleOf("user/medmine.clinician")).hasValue(Role.CLINICIAN);
    assertThat(ScopeRoles.roleOf("medmine/data-engineer")).hasValue(Role.DATA_ENGINEER);
    assertThat(ScopeRoles.roleOf("patient/medmine.admin")).isEmpty();
    assertThat(ScopeRoles.roleOf("system/medmine.root")).isEmpty();
    assertThat(ScopeRoles.roleOf("system/Patient.rs")).isEmpty();
    assertThat(ScopeRoles.roleOf("xsystem/medmine.admin")).isEmpty();
  }

  private void assertRefused(String json, String fragment) throws Exception {
    Path file = Files.writeString(dir.resolve("bad.json"), json);
    assertThatThrownBy(() -> AuthConfig.load(file))
        .as(json)
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining(fragment)
        .message()
        .doesNotContain("\n");
  }
}
