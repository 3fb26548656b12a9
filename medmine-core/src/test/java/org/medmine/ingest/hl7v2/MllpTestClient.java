package org.medmine.ingest.hl7v2;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A sender for tests: frames messages with MLLP, reads the acknowledgments, and reads them back
 * with HAPI (an acknowledgment HAPI cannot parse fails the test).
 */
final class MllpTestClient implements AutoCloseable {
  private static final HapiContext HAPI = new DefaultHapiContext();

  static {
    HAPI.setValidationContext(ValidationContextFactory.noValidation());
    HAPI.setModelClassFactory(new ca.uhn.hl7v2.parser.CanonicalModelClassFactory("2.5"));
  }

  /** An acknowledgment as HAPI reads it. */
  record Ack(String text, String code, String controlId, String errorCode, String errorText) {
    static Ack of(String text) {
      try {
        Message m = HAPI.getPipeParser().parse(text);
        Terser t = new Terser(m);
        String version = t.get("/MSH-12");
        boolean eld = version.startsWith("2.3") || version.startsWith("2.4");
        boolean err = text.contains("\rERR");
        String error = !err ? null : eld ? t.get("/ERR-1-4-1") : t.get("/ERR-3-1");
        String reason = !err ? null : eld ? t.get("/MSA-3") : t.get("/ERR-8");
        return new Ack(text, t.get("/MSA-1"), t.get("/MSA-2"), error, reason);
      } catch (Exception e) {
        throw new AssertionError(
            "HAPI cannot read the acknowledgment " + text.replace('\r', '\n'), e);
      }
    }
  }

  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;

  MllpTestClient(int port) throws IOException {
    socket = new Socket("127.0.0.1", port);
    socket.setSoTimeout(60_000);
    out = socket.getOutputStream();
    in = new BufferedInputStream(socket.getInputStream());
  }

  /** Sends one message and waits for its acknowledgment. */
  Ack send(String message) throws IOException {
    return send(message.getBytes(StandardCharsets.UTF_8));
  }

  Ack send(byte[] message) throws IOException {
    sendOnly(message);
    return receive();
  }

  void sendOnly(byte[] message) throws IOException {
    MllpFrames.write(out, message);
  }

  /** Writes bytes as they are (a frame cut short, say). */
  void sendRaw(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  Ack receive() throws IOException {
    MllpFrames.Frame f = MllpFrames.read(in);
    if (f == null || !f.complete()) {
      throw new IOException("the listener closed the connection without an acknowledgment");
    }
    return Ack.of(new String(f.bytes(), StandardCharsets.US_ASCII));
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
