#!/usr/bin/env bash
# Learn bench of issue 15: 'medmine learn' against scikit-learn's HistGradientBoostingClassifier and xgboost's
# XGBClassifier, both with default settings, on public real clinical tables shipped by Debian's R packages, each
# learner trained and tested on the SAME rows (medmine's split.csv, by seed) and the same columns; test AUROC side
# by side, per seed and averaged.
#
# Protocol (fixed before any figure was seen): five tables and their targets as listed below; seeds 1-5; 30% of the
# groups (rows, or --group) held out, stratified; medmine's figure is the model its own cross-validation on the
# training rows picks (highest cv_auroc), its boosted trees shown beside; the peers get text columns as ordinal codes.
#
# Usage: bench/learn.sh [--out DIR] [--seeds "1 2 3 4 5"]
#   MEDMINE=PATH runs another launcher than ./medmine (e.g. a copy of the built jar, while sources change).
# Installs what it needs with apt-get when missing (r-cran-mlbench, r-cran-survival, python3-sklearn, python3-xgboost,
# python3-pandas). Figures are recorded in docs/learn.md and docs/benchmarks.md.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$here/target/bench-learn"
seeds="1 2 3 4 5"
medmine="${MEDMINE:-$here/medmine}"
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    --seeds) seeds="$2"; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "bench: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
need=()
Rscript -e 'library(mlbench); library(survival)' >/dev/null 2>&1 || need+=(r-cran-mlbench r-cran-survival)
/usr/bin/python3 -c 'import sklearn, xgboost, pandas' 2>/dev/null || need+=(python3-sklearn python3-xgboost python3-pandas)
if [ ${#need[@]} -gt 0 ]; then
  echo "bench: installing ${need[*]}" >&2
  apt-get install -y -q "${need[@]}" >/dev/null
fi
mkdir -p "$out/data"
Rscript "$here/bench/learn_data.R" "$out/data"
# table|options (the target, its positive value, the group, and leaks or identifiers dropped)
tables=(
  "pima2|--target diabetes --positive pos"
  "breastcancer|--target Class --positive malignant --group Id"
  "colon-death|--target status --positive 1 --drop id,study,time,etype"
  "pbc|--target status --positive 2 --drop id,time"
  "rotterdam|--target death --positive 1 --drop pid,rtime,recur,dtime"
)
printf '%-13s %4s %6s  %-26s %8s %8s %8s %8s\n' table seed test "medmine (cv-chosen)" AUROC boosted HGB xgboost
for spec in "${tables[@]}"; do
  name="${spec%%|*}"; opts="${spec#*|}"
  for seed in $seeds; do
    dir="$out/$name-s$seed"
    # shellcheck disable=SC2086
    "$medmine" learn --data "$out/data/$name.csv" $opts --seed "$seed" --out "$dir" --format json > "$dir.json"
    /usr/bin/python3 "$here/bench/learn_reference.py" "$out/data/$name.csv" "$dir" "$seed" > "$dir.peers.json"
    /usr/bin/python3 - "$name" "$seed" "$dir.peers.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[3]))
print(f"{sys.argv[1]:<13} {sys.argv[2]:>4} {r['test']:>6}  {r['medmine_chosen_model']:<26} {r['medmine_chosen']:8.4f} "
      f"{r['medmine_boosted']:8.4f} {r['hgb']:8.4f} {r['xgboost']:8.4f}")
PY
  done
done
/usr/bin/python3 - "$out" <<'PY'
import glob, json, os, sys, collections
rows = collections.defaultdict(list)
for f in sorted(glob.glob(os.path.join(sys.argv[1], "*-s*.peers.json"))):
    rows[os.path.basename(f).rsplit("-s", 1)[0]].append(json.load(open(f)))
print("\nmean test AUROC over seeds (wins: seeds where medmine's cv-chosen model beats the peer)")
print(f"{'table':<13} {'seeds':>5} {'medmine':>8} {'boosted':>8} {'HGB':>8} {'xgboost':>8} {'wins/HGB':>9} {'wins/xgb':>9}")
for name, rs in rows.items():
    m = lambda k: sum(r[k] for r in rs) / len(rs)
    wh = sum(r["medmine_chosen"] > r["hgb"] for r in rs)
    wx = sum(r["medmine_chosen"] > r["xgboost"] for r in rs)
    print(f"{name:<13} {len(rs):>5} {m('medmine_chosen'):8.4f} {m('medmine_boosted'):8.4f} {m('hgb'):8.4f} {m('xgboost'):8.4f} {wh:>9} {wx:>9}")
PY
