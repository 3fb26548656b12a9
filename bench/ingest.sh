#!/usr/bin/env bash
# Ingest benchmark of issue 2: medmine's FHIR and Synthea-CSV ingest side by side with HAPI FHIR's R4 parser
# (parse only), Jackson's token stream and FastCSV, each leg in its own JVM so that heap and RSS are its own.
#
# Usage: bench/ingest.sh [--population DIR] [--patients N] [--seed S] [--legs a,b,...] [--out DIR]
#   --population DIR  a Synthea population folder holding fhir/ and csv/ (default: generated, then cached, under
#                     target/bench-data/synthea-p<N>-s<S>; generating 1,000 patients takes a long while)
#   --legs            any of hapi-parse,jackson-tokens,medmine-fhir,duckdb-fhir-insert,duckdb-fhir-append,
#                     duckdb-fhir-function,fastcsv-fields,duckdb-csv-load,medmine-csv (default: all; the
#                     duckdb-fhir legs copy the rows of medmine-fhir's warehouse, so they run after it)
#   --out DIR         where the legs' JSON, the combined JSON and the warehouses go (default: target/bench)
# Environment: MEDMINE_XMX (default 512m, the target) for the medmine legs, PEER_XMX (default 2g) for the peers,
# BENCH_JAVA_OPTS for extra JVM options of every leg.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
patients=1000
seed=42
population=""
legs="hapi-parse,jackson-tokens,medmine-fhir,duckdb-fhir-insert,duckdb-fhir-append,duckdb-fhir-function,fastcsv-fields,duckdb-csv-load,medmine-csv"
out="$here/target/bench"
while [ $# -gt 0 ]; do
  case "$1" in
    --population) population="$2"; shift 2 ;;
    --patients) patients="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --legs) legs="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "bench: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

cd "$here"
if [ -z "$population" ]; then
  cache="$here/target/bench-data"
  population="$cache/synthea-p$patients-s$seed"
  if [ ! -d "$population" ]; then
    echo "bench: generating $patients Synthea patients (seed $seed) into $population ..." >&2
    mvn -B -ntp -q -pl medmine-synthea -am compile \
      org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
      -Dmdep.outputFile="$here/target/synthea.classpath" >/dev/null
    nice -n 10 java -Xmx4g -cp "$here/medmine-synthea/target/classes:$(cat "$here/target/synthea.classpath")" \
      bench/GeneratePopulation.java "$cache" "$patients" "$seed" >"$here/target/synthea-generate.log" 2>&1
  fi
fi
[ -d "$population/fhir" ] || { echo "bench: $population has no fhir/ folder: give a Synthea population." >&2; exit 2; }
population="$(cd "$population" && pwd)"

echo "bench: building medmine-bench ..." >&2
mvn -B -ntp -q -pl medmine-bench -am package -DskipTests >/dev/null
cp="$(ls "$here"/medmine-bench/target/medmine-bench-*.jar | head -n 1):$here/medmine-bench/target/lib/*"

mkdir -p "$out"
echo "bench: warming the page cache with the population ..." >&2
find "$population/fhir" "$population/csv" -type f -exec cat {} + >/dev/null

results=()
IFS=',' read -r -a leg_list <<<"$legs"
for leg in "${leg_list[@]}"; do
  case "$leg" in
    medmine-*) xmx="${MEDMINE_XMX:-512m}" ;;
    *) xmx="${PEER_XMX:-2g}" ;;
  esac
  # shellcheck disable=SC2086
  java -Xmx"$xmx" ${BENCH_JAVA_OPTS:-} -cp "$cp" org.medmine.bench.BenchLeg \
    "$leg" "$population" "$out/leg-$leg.json" "$out/work"
  results+=("$out/leg-$leg.json")
done
rm -rf "$out/work"

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
java -cp "$cp" org.medmine.bench.BenchReport "$out/ingest-$stamp.json" "$population" "${results[@]}"
echo "bench: population $population: $(du -sb "$population/fhir" | cut -f1) bytes FHIR in" \
  "$(find "$population/fhir" -type f | wc -l) files, $(du -sb "$population/csv" | cut -f1) bytes CSV"
