#!/usr/bin/env bash
# Clinical NLP bench of issue 17: medmine's ConText against a plain NegEx (Chapman et al. 2001) on the gold set written
# for it (P/R/F1 per class of assertion, temporality and experiencer; the dev half was tuned on, the held-out half only
# scored), and the throughput of medmine's note pipeline over every note of a Synthea population on 1 and 2 threads.
#
# Usage: bench/nlp.sh [--accuracy-only] [--half dev|heldout|both] [--population DIR | --warehouse FILE] [--out DIR]
#                     [--threads "1 2"]
#   --accuracy-only   only the gold-set comparison (seconds; needs no population)
#   --half H          which gold half to score (default both); tune with `--half dev`, never look at held-out
#   --population DIR  a Synthea output folder (with fhir/): ingested into OUT/warehouse-NAME.duckdb first
#                     (default: target/bench-data/synthea-p1000-s42, which bench/ingest.sh generates and caches)
#   --warehouse FILE  an already ingested medmine warehouse instead
#   --out DIR         where the error lists and the warehouse go (default: target/bench-nlp)
# Environment: NLP_XMX (default 512m), the heap of the throughput run. Figures are recorded in docs/nlp.md.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
population="$here/target/bench-data/synthea-p1000-s42"
warehouse=""
out="$here/target/bench-nlp"
threads="1 2"
accuracy_only=0
half=both
while [ $# -gt 0 ]; do
  case "$1" in
    --accuracy-only) accuracy_only=1; shift ;;
    --half) half="$2"; shift 2 ;;
    --population) population="$2"; shift 2 ;;
    --warehouse) warehouse="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "bench: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
mkdir -p "$out"
cd "$here"
mvn -B -ntp -q -pl medmine-bench -am test-compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -DincludeScope=runtime \
  -Dmdep.outputFile="$here/target/nlp-bench.classpath" >/dev/null
cp="$here/medmine-bench/target/classes:$here/medmine-core/target/classes:$(cat "$here/target/nlp-bench.classpath")"
java -cp "$cp" org.medmine.bench.nlp.NlpBench accuracy "$out" "$half"
echo "bench: medmine's errors per half are in $out/errors-dev.tsv and $out/errors-heldout.tsv"
[ "$accuracy_only" = 1 ] && exit 0
if [ -z "$warehouse" ]; then
  [ -d "$population/fhir" ] || { echo "bench: no Synthea output at $population (expected $population/fhir): give --population DIR, or generate one with bench/ingest.sh --patients 1000 --legs medmine-fhir" >&2; exit 2; }
  warehouse="$out/warehouse-$(basename "$population").duckdb" # ingested on first use
else
  population="-"
fi
# shellcheck disable=SC2086
java -Xmx"${NLP_XMX:-512m}" -cp "$cp" org.medmine.bench.nlp.NlpBench throughput "$warehouse" "$population" $threads
