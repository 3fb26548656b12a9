/**
 * The demo, a front end of its own (shared/DESIGN.md, "Contexts and apps"): it generates a Synthea
 * population in-process, ingests it, and runs the apps over it in analysis contexts, printing each
 * step and writing one self-contained report. {@link org.medmine.demo.Demo#run} is its entry; the
 * front end that calls it (the command line's {@code medmine demo}) gives it its options, where to
 * print and how to open a context ({@link org.medmine.demo.DemoHost}). It uses core and the Synthea
 * generator, never the command line or the server.
 */
package org.medmine.demo;
