/**
 * {@code medmine serve}: the HTTP front end. Like the command line it is a shell (shared/DESIGN.md,
 * "Contexts and apps"): each request is authenticated by its bearer token, an opaque API token of
 * the {@link org.medmine.server.AuthConfig} or an OAuth 2.0 access token ({@link
 * org.medmine.server.auth}), opens an {@link org.medmine.context.AnalysisContext} with the token's
 * user as actor and its role, runs one app and answers with the app's JSON document, the same as
 * the command line's {@code --format json}. Consent filtering, role checks and the one audit entry
 * per request come from the context. It imports no mining and no SQL (ArchUnit).
 */
package org.medmine.server;
