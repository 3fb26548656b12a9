package org.medmine.demo;

import java.nio.file.Path;
import java.time.Duration;
import org.medmine.ingest.IngestResult;

/**
 * What a demo run left: the {@code warehouse} it loaded, what the ingest stored ({@code ingest}),
 * the {@code report} it wrote and how long it took.
 */
public record DemoResult(Path warehouse, IngestResult ingest, Path report, Duration elapsed) {}
