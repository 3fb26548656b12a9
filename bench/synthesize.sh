#!/usr/bin/env bash
# Synthesis bench of issue 24: a synthetic copy of a Synthea warehouse (half its patients fitted, half held out),
# with the fidelity and privacy report of 'medmine synthesize', the leak scan of 'medmine deid verify' on the
# copy, and a shipped prediction study run on the copy and on the real warehouse.
#
# Usage: bench/synthesize.sh [--population DIR] [--patients N] [--seed S] [--epsilon E] [--out DIR]
#   --population DIR  a Synthea population folder holding fhir/ (default: generated, then cached, under
#                     target/bench-data/synthea-p<N>-s42; generating 1,000 patients takes a long while)
#   --patients N      patients of the generated population (default 2000)
#   --seed S          the synthesis seed (default 42)
#   --epsilon E       the differential-privacy budget of a second run (default 1; 0 skips it)
#   --out DIR         where the warehouses, reports and figures go (default: target/bench-synthesize)
# Figures are recorded in docs/synthesis.md.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
patients=2000
seed=42
epsilon=1
population=""
out="$here/target/bench-synthesize"
while [ $# -gt 0 ]; do
  case "$1" in
    --population) population="$2"; shift 2 ;;
    --patients) patients="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --epsilon) epsilon="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "bench: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
cd "$here"
if [ -z "$population" ]; then
  cache="$here/target/bench-data"
  population="$cache/synthea-p$patients-s42"
  if [ ! -d "$population" ]; then
    echo "bench: generating $patients Synthea patients (seed 42) into $population ..." >&2
    mvn -B -ntp -q -pl medmine-synthea -am compile \
      org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
      -Dmdep.outputFile="$here/target/synthea.classpath" >/dev/null
    nice -n 10 java -Xmx4g -cp "$here/medmine-synthea/target/classes:$(cat "$here/target/synthea.classpath")" \
      bench/GeneratePopulation.java "$cache" "$patients" 42 >"$here/target/synthea-generate.log" 2>&1
  fi
fi
[ -d "$population/fhir" ] || { echo "bench: $population has no fhir/ folder: give a Synthea population." >&2; exit 2; }
mkdir -p "$out"
real="$out/real.duckdb"
if [ ! -f "$real" ]; then
  ./medmine ingest -w "$real" --no-progress "$population/fhir" >"$out/ingest.txt"
fi
timed() { # timed NAME COMMAND...: runs the command, its seconds to $out/NAME.seconds
  local start end
  start=$(date +%s.%N)
  "${@:2}"
  end=$(date +%s.%N)
  echo "$end - $start" | bc >"$out/$1.seconds"
}
rm -f "$out/synthetic.duckdb" "$out/synthetic-dp.duckdb"
set +e
timed synthesize ./medmine synthesize -w "$real" --out "$out/synthetic.duckdb" --seed "$seed" \
  --format json --html "$out/synthesis.html" >"$out/synthesis.json"
./medmine deid verify -w "$out/synthetic.duckdb" --against "$real" --format json >"$out/deid-verify.json"
echo "deid verify exit $?" >"$out/deid-verify.exit"
if [ "$epsilon" != "0" ]; then
  ./medmine synthesize -w "$real" --out "$out/synthetic-dp.duckdb" --seed "$seed" --epsilon "$epsilon" \
    --format json >"$out/synthesis-dp.json"
fi
for w in real synthetic; do
  mkdir -p "$out/study-$w"
  ./medmine study run t2d-onset-1y -w "$out/$w.duckdb" --out "$out/study-$w" --format json >"$out/study-$w.json" \
    2>"$out/study-$w.err"
done
set -e
python3 - "$out" <<'PY'
import json, sys, pathlib
out = pathlib.Path(sys.argv[1])
r = json.loads((out / "synthesis.json").read_text())
f, p = r["fidelity"], r["privacy"]
print("split", r["split"])
print("seconds", (out / "synthesize.seconds").read_text().strip())
print("total variation", f["totalVariation"])
print("mean Cramer's V difference", f["meanCramersVDifference"])
print("train on synthetic", f["trainOnSynthetic"])
print("privacy", p)
print((out / "deid-verify.exit").read_text().strip())
dp = out / "synthesis-dp.json"
if dp.exists():
    d = json.loads(dp.read_text())
    print("epsilon run: tvd", d["fidelity"]["totalVariation"], "tstr", d["fidelity"]["trainOnSynthetic"],
          "advantage", d["privacy"]["membershipAdvantage"])
for w in ("real", "synthetic"):
    try:
        s = json.loads((out / f"study-{w}.json").read_text())
        print("study t2d-onset-1y on", w, "cohort", s.get("cohort"), "models",
              [(m.get("model"), m.get("auroc")) for m in s.get("models", [])])
    except Exception as e:
        print("study on", w, "did not run:", e)
PY
