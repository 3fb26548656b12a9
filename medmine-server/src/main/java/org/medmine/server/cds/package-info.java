/**
 * The CDS Hooks 2.0 side of {@code medmine serve} that needs no access to the server's runner: how
 * a CDS client's JWT is trusted ({@link org.medmine.server.cds.CdsClientVerifier}, CDS Hooks 2.0
 * "Trusting CDS Clients") and the settings of the services ({@link
 * org.medmine.server.cds.CdsSettings}). The routes are {@code org.medmine.server.CdsHooksRoutes}.
 */
package org.medmine.server.cds;
