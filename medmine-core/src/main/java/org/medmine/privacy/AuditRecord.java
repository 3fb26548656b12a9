package org.medmine.privacy;

/**
 * What one {@code audit_log} entry says before it is chained: who ({@code actor}, {@code role}),
 * did what ({@code action}), to which tables (comma-separated) and how many rows, with details
 * ({@code key=value} pairs). {@link AuditLog#appendAll} numbers, stamps and hashes it.
 */
public record AuditRecord(
    String actor, String role, String action, String tables, long rows, String detail) {}
