#!/usr/bin/env bash
# De-identification bench of issue 16: precision and recall per PHI type of the note scrubber on the self-written
# note corpus (a development part, tuned on, and a held-out part with its own seed, people, places and sentences),
# and its throughput in notes/s and MB/s on one thread and on two.
#
# Usage: bench/deid.sh [--notes N] [--rounds R] [--threads T] [--out DIR]
#   --notes N    notes per part (default 400)
#   --rounds R   timed passes over both parts (default 20, after one warm-up pass)
#   --threads T  threads of the second timing (default 2, the cores of our machines)
#   --out DIR    where the figures, both corpora (JSON Lines with gold spans), misses and false alarms go
#                (default: target/bench-deid)
# Figures are recorded in docs/deid-benchmarks.md.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
args=()
out="$here/target/bench-deid"
while [ $# -gt 0 ]; do
  case "$1" in
    --notes|--rounds|--threads) args+=("$1" "$2"); shift 2 ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "bench: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
cd "$here"
# The corpus generator lives beside the scrubber's tests (medmine-core's test classes); the bench runs from
# medmine-bench's test classes with the test class path.
mvn -B -ntp -q -pl medmine-bench -am test-compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$here/target/deid-bench.classpath" >/dev/null
cp="$here/medmine-bench/target/test-classes:$here/medmine-core/target/test-classes:$here/medmine-core/target/classes"
java -Xmx1g -cp "$cp:$(cat "$here/target/deid-bench.classpath")" org.medmine.privacy.DeidBench "${args[@]}" --out "$out"
