package org.medmine.server;

/**
 * An answer already written as JSON text, with the result it was written from (compared by
 * identity: a kept result is rendered once, a new one again).
 */
record RenderedJson(Object source, String json) {}
