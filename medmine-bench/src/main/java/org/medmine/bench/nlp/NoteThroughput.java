package org.medmine.bench.nlp; final class NoteThroughput { static void main(String[] a) {} }
