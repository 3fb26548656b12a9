package org.medmine.ingest.hl7v2;

import ca.uhn.hl7v2.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.HexFormat;
import org.medmine.warehouse.RecordOrigin;

/**
 * Reads the bytes of one message into an {@link Incoming}: decodes them (MSH-18), reads the header,
 * rejects (AR) versions outside 2.3 to 2.8 and message types and events medmine does not store,
 * requires a control id, then splits the message into its segments ({@link Er7Reader}) and maps it.
 * Never throws for bad input: a message that cannot be stored comes back with its rejection.
 */
final class MessageIntake {
  private final ZoneId zone;

  /**
   * @param zone the time zone of date/times that carry no offset (the sender's local time)
   */
  MessageIntake(ZoneId zone) {
    this.zone = zone;
  }

  Incoming read(byte[] bytes, RecordOrigin origin) {
    String text;
    try {
      text = MessageDecoder.decode(bytes);
    } catch (Rejection.Thrown e) {
      String lossless = MessageDecoder.lossless(bytes);
      return new Incoming(
          origin, headerOrNull(lossless), lossless, hash(lossless), null, e.rejection());
    }
    MessageHeader header;
    try {
      header = MessageHeader.read(text);
    } catch (Rejection.Thrown e) {
      return new Incoming(origin, null, text, hash(text), null, e.rejection());
    }
    try {
      MessageKind kind = check(header);
      MappedMessage mapped =
          MessageMapper.map(kind, header, Er7Reader.segments(text, header), zone);
      return new Incoming(origin, header, text, hash(text), mapped, null);
    } catch (Rejection.Thrown e) {
      return new Incoming(origin, header, text, hash(text), null, e.rejection());
    }
  }

  /**
   * What medmine takes: versions 2.3 to 2.8, the types and events of {@link MessageKind}, a control
   * id.
   */
  private static MessageKind check(MessageHeader header) {
    String version = header.version();
    if (!MessageHeader.VERSIONS.contains(version)) {
      throw Rejection.reject(
              ErrorCode.UNSUPPORTED_VERSION_ID,
              "MSH",
              12,
              (version.isEmpty()
                      ? "MSH-12 (version) is empty"
                      : "version '" + version + "' is not one medmine reads")
                  + ": send HL7 v2.3 to v2.8")
          .thrown();
    }
    String type = header.messageType();
    if (!MessageKind.TYPES.contains(type)) {
      throw Rejection.reject(
              ErrorCode.UNSUPPORTED_MESSAGE_TYPE,
              "MSH",
              9,
              "message type '"
                  + type
                  + "' is not one medmine stores ("
                  + MessageKind.supported()
                  + ")")
          .thrown();
    }
    MessageKind kind = MessageKind.of(type, header.triggerEvent());
    if (kind == null) {
      throw Rejection.reject(
              ErrorCode.UNSUPPORTED_EVENT_CODE,
              "MSH",
              9,
              "event '"
                  + header.typeAndEvent()
                  + "' is not one medmine stores ("
                  + MessageKind.supported()
                  + ")")
          .thrown();
    }
    if (header.controlId().isBlank()) {
      throw Rejection.error(
              ErrorCode.REQUIRED_FIELD_MISSING,
              "MSH",
              10,
              "MSH-10 (message control id) is empty: medmine keys each message by it, so that none is stored twice")
          .thrown();
    }
    return kind;
  }

  private static MessageHeader headerOrNull(String text) {
    try {
      return MessageHeader.read(text);
    } catch (Rejection.Thrown e) {
      return null;
    }
  }

  static String hash(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
