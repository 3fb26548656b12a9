#!/usr/bin/env bash
# Prediction bench of issue 5: medmine's L2 logistic regression and XGBoost4J boosted trees against
# scikit-learn's LogisticRegression and the Python xgboost package, trained on the same covariate matrix with the
# same patient-level train/test split and the same hyper-parameters; AUROC on the test patients (target: within
# 0.01 of ours) and the time of the final fit, side by side.
#
# Usage: bench/prediction.sh [--population DIR | --warehouse FILE] [--out DIR] [--study NAME|FILE]...
#   --population DIR  a Synthea output folder (with fhir/): ingested into OUT/warehouse-NAME.duckdb first
#                     (default: target/bench-data/synthea-p2000-s42, where bench/ingest.sh --patients 2000 caches one)
#   --warehouse FILE  an already ingested medmine warehouse instead
#   --out DIR         where the exported matrices and results go (default: target/bench-prediction)
#   --study S         a shipped study or a study file (repeatable; default: readmission-30d, t2d-onset-1y and
#                     bench/studies/readmission-30d-all.json, planned admissions counted)
# Needs Debian's python3-sklearn and python3-xgboost in Debian's /usr/bin/python3
# (apt-get install -y python3-sklearn python3-xgboost). Figures are recorded in docs/prediction.md.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
population="$here/target/bench-data/synthea-p2000-s42"
warehouse=""
out="$here/target/bench-prediction"
studies=()
while [ $# -gt 0 ]; do
  case "$1" in
    --population) population="$2"; shift 2 ;;
    --warehouse) warehouse="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --study) studies+=("$2"); shift 2 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "bench: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ ${#studies[@]} -gt 0 ] || studies=(readmission-30d t2d-onset-1y "$here/bench/studies/readmission-30d-all.json")
/usr/bin/python3 -c 'import sklearn, xgboost' 2>/dev/null \
  || { echo "bench: install Debian's python3-sklearn and python3-xgboost first (apt-get install -y python3-sklearn python3-xgboost)" >&2; exit 2; }
mkdir -p "$out"
if [ -z "$warehouse" ]; then
  [ -d "$population/fhir" ] || { echo "bench: no Synthea output at $population (expected $population/fhir): give --population DIR, or generate one with bench/ingest.sh --patients 2000 --legs medmine-fhir" >&2; exit 2; }
  warehouse="$out/warehouse-$(basename "$population").duckdb" # ingested on first use
else
  population="-"
fi
cd "$here"
mvn -B -ntp -q -pl medmine-bench -am test-compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -DincludeScope=runtime \
  -Dmdep.outputFile="$here/target/prediction-bench.classpath" >/dev/null
java -Xmx3g -cp "$here/medmine-bench/target/classes:$here/medmine-core/target/classes:$(cat "$here/target/prediction-bench.classpath")" \
  org.medmine.bench.PredictionBench "$warehouse" "$out" "$population" "${studies[@]}"
names=()
for s in "${studies[@]}"; do names+=("$(basename "$s" .json)"); done
/usr/bin/python3 "$here/bench/prediction_reference.py" "$out" "${names[@]}"
