/**
 * Imaging metadata from DICOM Part 10 files (DICOM PS3.10 file format, PS3.5 data encoding): a
 * reader of the header elements medmine stores, which stops at the pixel data, and the ingest of a
 * folder of files into {@code imaging_study} rows, one per study.
 */
package org.medmine.ingest.imaging;
