#!/usr/bin/env bash
# Devices bench (issue 22). Two legs; the figures are recorded in docs/benchmarks.md. Not a test: nothing is asserted.
#  1. memory: one patient's Apple Health export.xml of --bytes (default 1 GiB) written by bench/AppleHealthExport.java,
#     ingested by `medmine ingest --input-format apple-health` with the heap capped at -Xmx512m: wall time,
#     records/s, peak RSS (GNU time) and the GC log's largest heap after collection.
#  2. detection: --patients (default 20) patients x 365 days of device streams with planted events (resting heart
#     rate up 12-18 bpm for 7-10 days before an admission, activity and sleep falling with it; admissions without
#     warning; raised episodes with no admission), ingested with their FHIR admissions, then
#     org.medmine.bench.devices.DeviceDetectionBench: precision, recall and lead time of the change detector
#     against planted.csv.
#
# Usage: bench/devices.sh [--bytes N] [--patients N] [--skip-memory] [--skip-detection] [--out DIR]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bytes=1073741824
patients=20
memory=1
detection=1
out="$here/target/bench-devices"
while [ $# -gt 0 ]; do
  case "$1" in
    --bytes) bytes="$2"; shift 2 ;;
    --patients) patients="$2"; shift 2 ;;
    --skip-memory) memory=0; shift ;;
    --skip-detection) detection=0; shift ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "bench: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
mkdir -p "$out"
cd "$here"
if [ "$memory" = 1 ]; then
  rm -rf "$out/memory" && mkdir -p "$out/memory"
  echo "== generating a $bytes-byte Apple Health export"
  java bench/AppleHealthExport.java "$out/memory" 1 365 42 "$bytes"
  ls -l "$out/memory/dev-0.xml"
  ./medmine ingest "$out/memory/patients.json" --warehouse "$out/memory/w.duckdb" --no-progress > /dev/null
  echo "== ingesting it with -Xmx512m"
  MEDMINE_JAVA_OPTS="-Xmx512m -Xlog:gc:file=$out/memory/gc.log" /usr/bin/time -v \
    ./medmine ingest "$out/memory/dev-0.xml" --input-format apple-health --patient dev-0 \
    --warehouse "$out/memory/w.duckdb" --no-progress 2> "$out/memory/time.txt"
  grep -E "Elapsed|Maximum resident" "$out/memory/time.txt"
  echo "largest heap after a GC (MB): $(grep -oE '[0-9]+M->[0-9]+M' "$out/memory/gc.log" | sed -E 's/.*->([0-9]+)M/\1/' | sort -n | tail -1)"
  rm -f "$out/memory/dev-0.xml"
fi
if [ "$detection" = 1 ]; then
  rm -rf "$out/detection" && mkdir -p "$out/detection"
  java bench/AppleHealthExport.java "$out/detection" "$patients" 365 7
  w="$out/detection/w.duckdb"
  ./medmine ingest "$out/detection/patients.json" --warehouse "$w" --no-progress > /dev/null
  start=$(date +%s.%N)
  for f in "$out"/detection/dev-*.xml; do
    p="$(basename "$f" .xml)"
    ./medmine ingest "$f" --input-format apple-health --patient "$p" --warehouse "$w" --no-progress --format json \
      | grep -E '"stored"' | tr -d ' ,' | sed "s/^/$p /"
  done
  echo "ingest of $patients exports: $(echo "$(date +%s.%N) - $start" | bc) s"
  mvn -B -ntp -q -pl medmine-bench -am test-compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -DincludeScope=runtime -Dmdep.outputFile="$here/target/devices-bench.classpath"
  cp="$here/medmine-bench/target/classes:$here/medmine-core/target/classes:$(cat "$here/target/devices-bench.classpath")"
  java -cp "$cp" org.medmine.bench.devices.DeviceDetectionBench "$w" "$out/detection/planted.csv"
fi
