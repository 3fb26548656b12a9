package org.medmine.ingest.hl7v2;

import ca.uhn.hl7v2.ErrorCode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the bytes of one message into its text: in the character set MSH-18 names (HL7 table 0211),
 * strictly (a byte sequence that is not valid in it is an error, not a replacement character), with
 * segments separated by carriage returns whatever the sender used ({@code \r}, {@code \n} or {@code
 * \r\n}). Without MSH-18 the bytes must be UTF-8, of which HL7's default, 7-bit ASCII, is a part.
 *
 * <p>Only character sets in which the delimiters are single ASCII bytes are read (not UTF-16 or
 * UTF-32): the framing and the header are found by those bytes.
 */
final class MessageDecoder {
  /** HL7 table 0211 (alternate character sets) to Java's names. */
  private static final Map<String, String> CHARSETS =
      Map.ofEntries(
          Map.entry("ASCII", "US-ASCII"),
          Map.entry("ISO IR6", "US-ASCII"),
          Map.entry("8859/1", "ISO-8859-1"),
          Map.entry("ISO IR100", "ISO-8859-1"),
          Map.entry("8859/2", "ISO-8859-2"),
          Map.entry("8859/3", "ISO-8859-3"),
          Map.entry("8859/4", "ISO-8859-4"),
          Map.entry("8859/5", "ISO-8859-5"),
          Map.entry("8859/6", "ISO-8859-6"),
          Map.entry("8859/7", "ISO-8859-7"),
          Map.entry("8859/8", "ISO-8859-8"),
          Map.entry("8859/9", "ISO-8859-9"),
          Map.entry("8859/15", "ISO-8859-15"),
          Map.entry("UNICODE UTF-8", "UTF-8"),
          Map.entry("UNICODE", "UTF-8"),
          Map.entry("ISO IR192", "UTF-8"),
          Map.entry("GB 18030-2000", "GB18030"),
          Map.entry("KS X 1001", "EUC-KR"),
          Map.entry("BIG-5", "Big5"),
          Map.entry("ISO IR87", "ISO-2022-JP"),
          Map.entry("ISO IR14", "JIS_X0201"));

  private MessageDecoder() {}

  /**
   * The message's text; throws a {@link Rejection} when the bytes are not text in the declared set.
   */
  static String decode(byte[] bytes) {
    String declared = declaredCharacterSet(bytes);
    Charset charset = charset(declared);
    try {
      String text =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return normalizeSegments(text);
    } catch (CharacterCodingException e) {
      int at = firstInvalidByte(bytes, charset);
      throw Rejection.error(
              ErrorCode.DATA_TYPE_ERROR,
              "MSH",
              18,
              "byte "
                  + at
                  + " (0x"
                  + String.format(Locale.ROOT, "%02X", bytes[at] & 0xff)
                  + ") is not "
                  + charset.name()
                  + (declared.isEmpty()
                      ? ", and MSH-18 names no character set: declare the one the message is written in (e.g. 8859/1)"
                      : ", the character set MSH-18 declares ('"
                          + declared
                          + "'): send the message in it or declare the right one"))
          .thrown();
    }
  }

  /**
   * The text as it may be kept when it cannot be decoded: one character per byte, so nothing is
   * lost.
   */
  static String lossless(byte[] bytes) {
    return normalizeSegments(new String(bytes, StandardCharsets.ISO_8859_1));
  }

  static String normalizeSegments(String text) {
    String s = text.indexOf('\n') < 0 ? text : text.replace("\r\n", "\r").replace('\n', '\r');
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == '\r' || s.charAt(end - 1) == ' ')) {
      end--;
    }
    return s.substring(0, end);
  }

  /** MSH-18 read from the header bytes (ASCII by the standard), "" when absent. */
  static String declaredCharacterSet(byte[] bytes) {
    if (bytes.length < 8 || bytes[0] != 'M' || bytes[1] != 'S' || bytes[2] != 'H') {
      return "";
    }
    byte separator = bytes[3];
    int field = 1;
    int start = -1;
    for (int i = 3; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b == '\r' || b == '\n') {
        break;
      }
      if (b == separator) {
        field++;
        if (field == 18) {
          start = i + 1;
        } else if (field == 19) {
          return component(bytes, start, i);
        }
      }
    }
    if (start < 0) {
      return "";
    }
    int end = start;
    while (end < bytes.length && bytes[end] != '\r' && bytes[end] != '\n') {
      end++;
    }
    return component(bytes, start, end);
  }

  private static String component(byte[] bytes, int from, int to) {
    String s = new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    char componentSeparator = (char) bytes[4];
    char repetitionSeparator = (char) bytes[5];
    for (char c : new char[] {componentSeparator, repetitionSeparator}) {
      int i = s.indexOf(c);
      if (i >= 0) {
        s = s.substring(0, i);
      }
    }
    return s.strip();
  }

  private static Charset charset(String declared) {
    if (declared.isEmpty()) {
      return StandardCharsets.UTF_8;
    }
    String name = CHARSETS.get(declared.toUpperCase(Locale.ROOT));
    if (name == null) {
      String hint =
          declared.toUpperCase(Locale.ROOT).contains("16")
                  || declared.toUpperCase(Locale.ROOT).contains("32")
              ? ": medmine reads character sets whose delimiters are single bytes (ASCII, 8859/n, UNICODE UTF-8)"
              : ": use a value of HL7 table 0211, e.g. 8859/1 or UNICODE UTF-8";
      throw Rejection.error(
              ErrorCode.TABLE_VALUE_NOT_FOUND,
              "MSH",
              18,
              "'" + declared + "' is not a character set medmine reads" + hint)
          .thrown();
    }
    return Charset.forName(name);
  }

  private static int firstInvalidByte(byte[] bytes, Charset charset) {
    var decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    var out = java.nio.CharBuffer.allocate(bytes.length + 1);
    var result = decoder.decode(in, out, true);
    return result.isError() ? Math.min(in.position(), bytes.length - 1) : 0;
  }
}
