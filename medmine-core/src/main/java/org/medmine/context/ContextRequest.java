package org.medmine.context;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.medmine.privacy.AuditKey;
import org.medmine.privacy.Role;
import org.medmine.warehouse.EncryptedWarehouses;
import org.medmine.warehouse.WarehouseSettings;

/**
 * Everything an {@link AnalysisContext} is opened from, given explicitly by the front end: the
 * warehouse file, the {@link WarehouseSettings} it is opened with (its key when it is encrypted,
 * DuckDB's memory limit), the role and the actor (who is acting, for the audit log), the action the
 * audit entry names (the command, e.g. {@code stats} or {@code study run}), the result tables the
 * apps may write, the clock that stamps provenance, an optional listener that sees every SQL
 * statement the apps run, the audit key (when the deployment seals its audit log) and where
 * warnings go.
 *
 * <p>Build one with {@link #of(Path)} and the {@code with...} methods; the defaults are: the
 * default settings (no key), role admin, actor {@code unknown}, action {@code analysis}, read-only,
 * the system UTC clock, no listener, no audit key, warnings dropped.
 */
public record ContextRequest(
    Path warehouse,
    WarehouseSettings settings,
    Role role,
    String actor,
    String action,
    Set<String> resultTables,
    Clock clock,
    QueryListener queries,
    Optional<AuditKey> auditKey,
    Consumer<String> warnings) {

  public ContextRequest {
    Objects.requireNonNull(warehouse, "warehouse");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    resultTables = Set.copyOf(resultTables);
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(queries, "queries");
    Objects.requireNonNull(auditKey, "auditKey");
    Objects.requireNonNull(warnings, "warnings");
  }

  /** A read-only request for {@code warehouse} with the defaults above. */
  public static ContextRequest of(Path warehouse) {
    return new ContextRequest(
        warehouse,
        WarehouseSettings.defaults(),
        Role.ADMIN,
        "unknown",
        "analysis",
        Set.of(),
        Clock.systemUTC(),
        QueryListener.NONE,
        Optional.empty(),
        w -> {});
  }

  /** The warehouse key, when the warehouse is encrypted (that of the {@link #settings()}). */
  public Optional<EncryptedWarehouses.Key> key() {
    return settings.key();
  }

  public ContextRequest withKey(Optional<EncryptedWarehouses.Key> k) {
    return withSettings(settings.withKey(k));
  }

  /**
   * How the front end opens warehouses: DuckDB's memory limit, the extension folder, the warehouse
   * key.
   */
  public ContextRequest withSettings(WarehouseSettings s) {
    return new ContextRequest(
        warehouse, s, role, actor, action, resultTables, clock, queries, auditKey, warnings);
  }

  public ContextRequest withRole(Role r) {
    return new ContextRequest(
        warehouse, settings, r, actor, action, resultTables, clock, queries, auditKey, warnings);
  }

  public ContextRequest withActor(String a) {
    return new ContextRequest(
        warehouse, settings, role, a, action, resultTables, clock, queries, auditKey, warnings);
  }

  public ContextRequest withAction(String a) {
    return new ContextRequest(
        warehouse, settings, role, actor, a, resultTables, clock, queries, auditKey, warnings);
  }

  /**
   * The tables the apps run in this context write (e.g. {@code observation_standard}); empty means
   * read-only.
   */
  public ContextRequest withResultTables(Set<String> tables) {
    return new ContextRequest(
        warehouse, settings, role, actor, action, tables, clock, queries, auditKey, warnings);
  }

  public ContextRequest withClock(Clock c) {
    return new ContextRequest(
        warehouse, settings, role, actor, action, resultTables, c, queries, auditKey, warnings);
  }

  /** The key the audit entries are sealed with (HMAC), when the deployment has one. */
  public ContextRequest withAuditKey(Optional<AuditKey> k) {
    return new ContextRequest(
        warehouse, settings, role, actor, action, resultTables, clock, queries, k, warnings);
  }

  /**
   * Where the context says what the user should know but that does not stop the run (e.g. an
   * unkeyed entry).
   */
  public ContextRequest withWarnings(Consumer<String> w) {
    return new ContextRequest(
        warehouse, settings, role, actor, action, resultTables, clock, queries, auditKey, w);
  }

  public ContextRequest withQueries(QueryListener q) {
    return new ContextRequest(
        warehouse, settings, role, actor, action, resultTables, clock, q, auditKey, warnings);
  }
}
