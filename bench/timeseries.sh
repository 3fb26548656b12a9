#!/usr/bin/env bash
# Time-series benchmark of issue 7.
#  1. Outbreak detectors against R's surveillance package (earsC, cusum, farringtonFlexible) on simulated weekly
#     series with planted outbreaks: alarm agreement, sensitivity, specificity, detection delay.
#  2. Forecast backtest (admissions, midnight census) on a multi-year Synthea population via `medmine forecast`.
#
# Needs Rscript with the surveillance package. On Debian/Ubuntu:
#   apt-get install -y --no-install-recommends r-cran-surveillance
#
# Usage: bench/timeseries.sh [--series-per-scenario N] [--seed S] [--population DIR] [--out DIR] [--skip-r]
#   --population DIR  a Synthea population folder holding fhir/ (default: skip the forecast part)
#   --out DIR         where series, R alarms, warehouses and tables go (default: target/bench/timeseries)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
per=15
seed=42
population=""
out="$here/target/bench/timeseries"
skip_r=0
while [ $# -gt 0 ]; do
  case "$1" in
    --series-per-scenario) per="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --population) population="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --skip-r) skip_r=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
mkdir -p "$out"
(cd "$here" && mvn -B -q -ntp -DskipTests package -pl medmine-bench,medmine-cli -am)

if [ "$skip_r" = 0 ]; then
  command -v Rscript >/dev/null || { echo "Rscript not found: apt-get install -y --no-install-recommends r-cran-surveillance" >&2; exit 2; }
  Rscript -e 'suppressMessages(library(surveillance))' || { echo "R package surveillance missing: apt-get install -y --no-install-recommends r-cran-surveillance" >&2; exit 2; }
  java -cp "$here/medmine-bench/target/medmine-bench-0.1.0-SNAPSHOT.jar:$here/medmine-bench/target/lib/*" \
    org.medmine.bench.timeseries.SurveillanceBench "$out/surveillance" "$here/medmine-bench/src/main/r/surveillance-alarms.R" "$per" "$seed"
fi

if [ -n "$population" ]; then
  w="$out/forecast.duckdb"
  [ -f "$w" ] || "$here/medmine" ingest -w "$w" "$population/fhir"
  "$here/medmine" forecast -w "$w" --horizon 28 --origins 52 --level 0.8 | tee "$out/forecast.txt"
  "$here/medmine" forecast -w "$w" --horizon 28 --origins 52 --level 0.8 --format json > "$out/forecast.json"
fi
