#!/usr/bin/env bash
# HL7 v2 load bench of issue 21: a second process sends a hospital day of HL7 v2 messages (A04, A01, ORU^R01, A02,
# A03) over MLLP on 127.0.0.1 and waits for every acknowledgment; messages per second with acknowledgments and the
# p50/p99 acknowledgment latency (the clock starts once every connection is open), for medmine's listener (each acknowledgment after its commit into the warehouse;
# the census is then checked against the feed) and for HAPI HL7v2's own server and client (storing nothing), the
# peer. Figures are recorded in docs/hl7v2.md.
#
# Usage: bench/hl7v2.sh [--patients N] [--sequential-patients N] [--out DIR]
#   --patients N             patients of the HAPI, sent-ahead and many-connection legs (default 4000: 17,334 messages)
#   --sequential-patients N  patients of the one-connection send-and-wait leg (a commit per message; default 400)
#   --out DIR                where the warehouses are made (default target/bench-hl7v2); each is deleted after
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
patients=4000
sequential=400
out="$here/target/bench-hl7v2"
while [ $# -gt 0 ]; do
  case "$1" in
    --patients) patients="$2"; shift 2 ;;
    --sequential-patients) sequential="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "bench: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
mkdir -p "$out"
cd "$here"
mvn -B -ntp -q -pl medmine-bench -am test-compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -DincludeScope=runtime \
  -Dmdep.outputFile="$here/target/hl7v2-bench.classpath"
cp="$here/medmine-bench/target/classes:$here/medmine-core/target/classes:$(cat "$here/target/hl7v2-bench.classpath")"
run() { java -Xmx1g -cp "$cp" org.medmine.bench.hl7v2.Hl7v2LoadBench "$@" "$out"; }
echo "== HAPI HL7v2 server and client, send and wait (HAPI's own round trip, nothing stored)"
run hapi "$patients" 1 1 hapi
echo "== medmine listener, send and wait on one connection (one commit per message)"
run medmine "$sequential" 1 1 own
echo "== medmine listener, send and wait on 8 connections (8 senders share commits)"
run medmine "$patients" 8 1 own
echo "== medmine listener, one connection sending up to 100 ahead"
run medmine "$patients" 1 100 own
echo "== medmine listener, 4 connections each sending up to 100 ahead"
run medmine "$patients" 4 100 own
echo "== reading a message: HAPI HL7v2's parse against medmine's intake (warm, best of 12 rounds)"
java -Xmx1g -cp "$cp" org.medmine.ingest.hl7v2.Hl7v2ParseBench 1000
