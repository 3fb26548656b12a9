#!/usr/bin/env bash
# Scale bench of issue 26: re-keyed copies of a Synthea CSV population (bench/RekeyPopulation.java: new ids,
# dates shifted back per copy, the same distributions) ingested into DuckDB, then every command the demo and the
# golden outputs run, each in its own JVM, timed with its peak heap (from the GC log) and peak RSS (/usr/bin/time).
#
# Usage: bench/scale.sh [--population DIR] [--copies N,N,...] [--commands a,b,...] [--out DIR]
#   --population DIR  a Synthea population folder holding csv/ (default: the 20-patient test population under
#                     target/test-cache; a 1,000-patient one from bench/GeneratePopulation.java is better)
#   --copies          how many copies for each size (default 50,500: 1,400 and 14,000 patients from the test one)
#   --commands        any of ingest,stats,report,quality,link,deid,risk,study-readmission-30d,study-t2d-onset-1y,
#                     study-los-inpatient,predict,rules,segment-kmeans,segment-dbscan,segment-gower,segment-hdbscan,
#                     fraud,surveil,forecast,spc (default: all; ingest first, predict after study-readmission-30d)
#   --out DIR         where results.tsv, the logs and the warehouses go (default: target/bench-scale)
# Environment: MEDMINE_XMX (default 4g, the target), TIMEOUT (seconds per command, default 3600). Runs at nice 10.
# Prints, per size and command: wall and CPU seconds, peak heap MB, peak RSS MB, exit code; then the slope
# between the first and last size: (CPU time ratio) / (patient ratio), 1.0 being linear. CPU time (user + system
# of the JVM and DuckDB's threads) is the steadier figure on a shared machine; wall time includes waiting.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
population="$here/target/test-cache/synthea-p20-s42"
copies="50,500"
commands="ingest,stats,report,quality,link,deid,risk,study-readmission-30d,study-t2d-onset-1y,study-los-inpatient,predict,rules,segment-kmeans,segment-dbscan,segment-gower,segment-hdbscan,fraud,surveil,forecast,spc"
out="$here/target/bench-scale"
while [ $# -gt 0 ]; do
  case "$1" in
    --population) population="$2"; shift 2 ;;
    --copies) copies="$2"; shift 2 ;;
    --commands) commands="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "scale: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ -d "$population/csv" ] || { echo "scale: $population has no csv/ folder: give a Synthea population." >&2; exit 2; }
cd "$here"
echo "scale: building the command-line jar ..." >&2
./medmine --version >/dev/null
jar="$(ls "$here"/medmine-cli/target/medmine-cli-*.jar | head -n 1)"
cp="$jar:$here/medmine-cli/target/lib/*"
mkdir -p "$out"
base=$(($(wc -l <"$population/csv/patients.csv") - 1))
results="$out/results.tsv"
[ -f "$results" ] || printf 'patients\tcommand\tseconds\tcpu_seconds\tpeak_heap_mb\tpeak_rss_mb\texit\n' >"$results"

args_of() { # the command line of a bench command, W being the warehouse, D the size's folder
  case "$1" in
    ingest) echo "ingest -w W D/csv --source synthea --no-progress --format json" ;;
    report) echo "report -w W --out D/report.html --key-file D/file.key" ;;
    deid) echo "deid -w W --out D/deid.duckdb --key-file D/file.key --format json" ;;
    study-*) echo "study run ${1#study-} -w W --format json --out D/study" ;;
    predict) echo "predict --model D/study/readmission-30d-model.json -w W --format json --top 5" ;;
    segment-*) echo "segment -w W --format json --method ${1#segment-}" ;;
    *) echo "$1 -w W --format json" ;;
  esac
}

run_command() { # size-folder patients command
  local dir="$1" patients="$2" name="$3" log="$1/$3"
  local line; line="$(args_of "$name")"; line="${line//W/$dir/medmine.duckdb}"; line="${line//D\//$dir/}"
  [ "$name" = ingest ] && rm -f "$dir/medmine.duckdb" "$dir/medmine.duckdb.wal"
  rm -f "$log.gc"
  set +e
  /usr/bin/time -f '%e %M %U %S' -o "$log.time" nice -n 10 timeout "${TIMEOUT:-3600}" \
    java "-Xmx${MEDMINE_XMX:-4g}" "-Xlog:gc:file=$log.gc" -cp "$cp" org.medmine.cli.Main $line >"$log.out" 2>"$log.err"
  local rc=$?
  set -e
  local seconds rss user sys heap
  read -r seconds rss user sys < <(tail -n 1 "$log.time")
  heap="$(grep -oE '[0-9]+M->[0-9]+M' "$log.gc" | sed 's/M->.*//' | sort -n | tail -n 1)"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$patients" "$name" "$seconds" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "${heap:-0}" \
    "$((rss / 1024))" "$rc" | tee -a "$results"
}

IFS=',' read -r -a size_list <<<"$copies"
IFS=',' read -r -a command_list <<<"$commands"
for n in "${size_list[@]}"; do
  dir="$out/copies-$n"
  patients=$((base * n))
  mkdir -p "$dir"
  if [ ! -f "$dir/csv/.complete" ]; then
    echo "scale: writing $n re-keyed copies ($patients patients) into $dir/csv ..." >&2
    nice -n 10 java bench/RekeyPopulation.java "$population/csv" "$dir/csv" "$n" 42 2>"$dir/rekey.log"
    touch "$dir/csv/.complete"
  fi
  printf 'a-long-enough-bench-secret-0123456789' >"$dir/file.key"
  for name in "${command_list[@]}"; do
    run_command "$dir" "$patients" "$name"
  done
done

echo "scale: slope from the first to the last size (1.0 = linear in patients):" >&2
awk -F'\t' 'NR > 1 { if (!($2 in first)) { first[$2] = $4; fp[$2] = $1 } last[$2] = $4; lp[$2] = $1 }
  END { for (c in first) if (lp[c] != fp[c] && first[c] > 0)
    printf "%-24s %8.1f cpu-s -> %8.1f cpu-s  slope %.2f\n", c, first[c], last[c], (last[c] / first[c]) / (lp[c] / fp[c]) }' \
  "$results" | sort >&2
