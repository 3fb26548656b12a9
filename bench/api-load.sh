#!/usr/bin/env bash
# Load bench of the JSON API (issue 18): a medmine server on 127.0.0.1 over an ingested Synthea population, with the
# readmission study (widened to 365 days, as the server tests train it) as its risk model, and
# org.medmine.bench.ApiLoadBench sending GETs from N connections at once, each connection cycling through
# /api/v1/stats, /api/v1/surveillance (the alarms) and one patient's /api/v1/patients/{id}/risk. Prints requests,
# errors and p50/p95/p99 per endpoint; the figures are recorded in docs/benchmarks.md. Not a test: nothing is asserted.
#
# Usage: bench/api-load.sh [--fhir DIR] [--connections N] [--per-connection N] [--soak SECONDS] [--cds] [--reuse] [--out DIR]
#   --fhir DIR             FHIR bundles to ingest (default: the shared 20-patient test population, target/test-cache;
#                          the 1,000-patient one is target/bench-data/synthea-p1000-s42/fhir, see bench/ingest.sh)
#   --connections N        concurrent connections (default 50)
#   --per-connection N     requests each connection sends, one after another (default 40)
#   --soak SECONDS         then a soak: the same load for SECONDS, the server's heap after a full GC every 30 s
#                          (jcmd GC.run, GC.heap_info) written to DIR/heap.log (default 0: no soak)
#   --cds                  then bench/CdsHooksLoad.java on order-sign (medications read from the warehouse) and
#                          patient-view, 50 workers x 40 calls each
#   --reuse                keep DIR's warehouse and model from an earlier run (ingest and training take minutes)
#   --out DIR              where the warehouse, model and logs go (default target/bench-api)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fhir="$here/target/test-cache/synthea-p20-s42/fhir"
connections=50
per=40
soak=0
cds=0
reuse=0
out="$here/target/bench-api"
while [ $# -gt 0 ]; do
  case "$1" in
    --fhir) fhir="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --per-connection) per="$2"; shift 2 ;;
    --soak) soak="$2"; shift 2 ;;
    --cds) cds=1; shift ;;
    --reuse) reuse=1; shift ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "bench: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
cd "$here"
w="$out/w.duckdb"
if [ "$reuse" = 0 ] || [ ! -f "$out/readmission-365d-model.json" ]; then
rm -rf "$out" && mkdir -p "$out"
./medmine ingest "$fhir" -w "$w" --no-progress >/dev/null
sed -e 's/"readmission-30d"/"readmission-365d"/' -e 's/"endDays": 30/"endDays": 365/' \
        -e 's/"excludePlanned": true/"excludePlanned": false/' \
  medmine-core/src/main/resources/org/medmine/apps/prediction/studies/readmission-30d.json > "$out/readmission-365d.json"
./medmine study run "$out/readmission-365d.json" -w "$w" --out "$out" >/dev/null
fi
patient="$(./medmine predict --model "$out/readmission-365d-model.json" -w "$w" --format json \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["rows"][0]["patient"].split("/",1)[1])')"
token="$(openssl rand -hex 32)"
printf '{"tokens": [{"sha256": "%s", "user": "bench", "role": "admin"}], "limits": {"requestsPerMinute": 0}}\n' \
  "$(printf %s "$token" | sha256sum | cut -c1-64)" > "$out/auth.json"
port=18793
./medmine serve -w "$w" --auth-config "$out/auth.json" --cds-model "$out/readmission-365d-model.json" --port "$port" \
  >"$out/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/api/v1/openapi.json" -H "Authorization: Bearer $token" && break
  sleep 0.5
done
mkdir -p "$out/classes"
javac -d "$out/classes" medmine-bench/src/main/java/org/medmine/bench/ApiLoadBench.java
java -cp "$out/classes" org.medmine.bench.ApiLoadBench "http://127.0.0.1:$port/" "$token" "$connections" "$per" \
  api/v1/stats api/v1/surveillance "api/v1/patients/$patient/risk?study=readmission-365d"
if [ "$soak" -gt 0 ]; then
  ( while kill -0 "$server" 2>/dev/null; do
      { date -u +%T; jcmd "$server" GC.run >/dev/null; jcmd "$server" GC.heap_info | grep -iE 'total|used' | head -2
        uptime; } >>"$out/heap.log" 2>&1
      sleep 30
    done ) &
  sampler=$!
  java -cp "$out/classes" org.medmine.bench.ApiLoadBench "http://127.0.0.1:$port/" "$token" "$connections" "${soak}s" \
    api/v1/stats api/v1/surveillance "api/v1/patients/$patient/risk?study=readmission-365d"
  kill "$sampler" 2>/dev/null || true
  echo "heap after full GC, every 30 s (also in $out/heap.log):"; grep -i used "$out/heap.log" || true
fi
if [ "$cds" = 1 ]; then
  order='{"resource": {"resourceType": "MedicationRequest", "id": "%s", "status": "draft", "intent": "order", "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "%s", "display": "%s"}]}}}'
  printf '{"hook": "order-sign", "hookInstance": "bench-os", "context": {"userId": "Practitioner/1", "patientId": "%s", "encounterId": "bench-e", "draftOrders": {"resourceType": "Bundle", "entry": [%s, %s]}}}\n' \
    "$patient" "$(printf "$order" s1 312961 'Simvastatin 20 MG Oral Tablet')" "$(printf "$order" c1 '' 'Clarithromycin 500 MG Oral Tablet')" \
    >"$out/order-sign.json"
  printf '{"hook": "patient-view", "hookInstance": "bench-pv", "context": {"userId": "Practitioner/1", "patientId": "%s"}}\n' \
    "$patient" >"$out/patient-view.json"
  for call in "medmine-order-sign order-sign.json" "medmine-patient-risk patient-view.json"; do
    set -- $call
    echo "CDS $1:"
    java bench/CdsHooksLoad.java "http://127.0.0.1:$port/cds-services/$1" "$token" "$out/$2" "$connections" "$per"
  done
fi
