#!/usr/bin/env bash
# Labelled outbreak benchmark of issue 25: medmine's detectors beside R's surveillance methods (earsC, cusum,
# bayes, glrnb, farrington, farringtonFlexible/Noufaily) on the same simulated weekly series: series after
# Noufaily et al. 2013 (simulated in Java, NoufailySimulator) and from R's sim.pointSource. Every method's level
# is set on a calibration set (seed S) for specificity >= 0.95 and measured on a test set (seed S + 1000);
# sensitivity, specificity, probability of detection, delay, timeliness, distance to perfect detection, CPU.
#
# R: installs Debian's r-cran-surveillance with apt-get when Rscript or the package is missing (needs root).
# boda is not run: it needs INLA, which Debian does not package.
#
# Usage: bench/outbreak-detection.sh [--series-per-scenario N] [--seed S] [--out DIR]
#   outputs (series CSVs, R results, the table outbreak-bench.md) go to DIR (default target/bench/outbreak).
#   R's results are reused when DIR already holds them (delete DIR to run R again).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
per=12
seed=25
out="$here/target/bench/outbreak"
while [ $# -gt 0 ]; do
  case "$1" in
    --series-per-scenario) per="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
if ! command -v Rscript >/dev/null || ! Rscript -e 'suppressMessages(library(surveillance))' >/dev/null 2>&1; then
  echo "installing r-cran-surveillance (Debian) ..." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends r-cran-surveillance >&2
fi
mkdir -p "$out"
(cd "$here" && mvn -B -q -ntp -DskipTests package -pl medmine-bench -am)
java -cp "$here/medmine-bench/target/medmine-bench-0.1.0-SNAPSHOT.jar:$here/medmine-bench/target/lib/*" \
  org.medmine.bench.timeseries.OutbreakBench "$out" "$here/medmine-bench/src/main/r" "$per" "$seed"
