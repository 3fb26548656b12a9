package org.medmine.server;

/**
 * A route's answer that is an image rather than a JSON document: a standalone SVG document (W3C SVG
 * 1.1, served as {@value #CONTENT_TYPE}).
 *
 * @param svg the SVG document, its root element {@code <svg xmlns=...>}
 */
record SvgImage(String svg) {
  /** The media type of SVG (RFC 6838 registration of image/svg+xml). */
  static final String CONTENT_TYPE = "image/svg+xml; charset=utf-8";

  SvgImage {
    if (svg == null || !svg.startsWith("<svg")) {
      throw new IllegalArgumentException("an SVG image starts with its <svg> root element");
    }
  }
}
