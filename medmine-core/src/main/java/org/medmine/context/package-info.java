/**
 * The one way in for every front end (shared/DESIGN.md, "Contexts and apps"): an {@link
 * org.medmine.context.AnalysisContext} is opened explicitly from a {@link
 * org.medmine.context.ContextRequest} (warehouse, key, role, actor), hands out consent-filtered
 * reads and the writes the role allows, and writes the command's one audit entry when it closes. An
 * {@link org.medmine.context.App} turns an options record into a {@link
 * org.medmine.context.AppResult} that carries its {@link org.medmine.context.RunProvenance} and
 * renders itself as JSON, text and a report section. The CLI, the server, a Spark driver and the
 * tests open contexts the same way; nothing here reads a system property or a thread-local.
 */
package org.medmine.context;
