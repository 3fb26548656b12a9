/**
 * {@code imaging}: utilization and dose of imaging studies, from {@code imaging_study} (DICOM
 * headers and FHIR ImagingStudy): studies per 1,000 patients by modality, repeat imaging, CTDIvol
 * outliers by protocol.
 */
package org.medmine.apps.imaging;
