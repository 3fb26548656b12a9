/**
 * OAuth 2.0 for {@code medmine serve}: bearer JWTs verified against trusted issuers' public keys
 * (RFC 6750, RFC 7519, RFC 9068; RS256 and ES256 only), the scopes that name medmine's roles, and
 * the SMART Backend Services client-credentials grant (HL7 SMART App Launch v2, "Backend Services";
 * RFC 7523 client assertions) that issues short-lived access tokens signed by the server's own key.
 * JOSE is nimbus-jose-jwt's. This package knows nothing of HTTP: the server turns its refusals into
 * answers and audit entries.
 */
package org.medmine.server.auth;
