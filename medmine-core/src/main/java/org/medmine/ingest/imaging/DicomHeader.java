package org.medmine.ingest.imaging;

import java.time.LocalDateTime;

/**
 * The header elements of one DICOM instance that medmine stores (tags of DICOM PS3.6).
 *
 * @param patientId Patient ID (0010,0020)
 * @param studyUid Study Instance UID (0020,000D)
 * @param seriesUid Series Instance UID (0020,000E)
 * @param sopInstanceUid SOP Instance UID (0008,0018)
 * @param sopClassUid SOP Class UID (0008,0016)
 * @param modality Modality (0008,0060)
 * @param bodyPart Body Part Examined (0018,0015)
 * @param studyDescription Study Description (0008,1030)
 * @param studyTime Study Date (0008,0020) and Study Time (0008,0030), taken as UTC
 * @param manufacturer Manufacturer (0008,0070)
 * @param model Manufacturer's Model Name (0008,1090)
 * @param station Station Name (0008,1010)
 * @param protocol Protocol Name (0018,1030)
 * @param ctdiVol CTDIvol (0018,9345), mGy, or null
 */
public record DicomHeader(
    String patientId,
    String studyUid,
    String seriesUid,
    String sopInstanceUid,
    String sopClassUid,
    String modality,
    String bodyPart,
    String studyDescription,
    LocalDateTime studyTime,
    String manufacturer,
    String model,
    String station,
    String protocol,
    Double ctdiVol) {}
