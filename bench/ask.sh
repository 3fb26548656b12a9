#!/usr/bin/env bash
# The question-set bench of `medmine ask` (docs/ask.md): every question of
# medmine-core/src/test/resources/org/medmine/apps/ask/questions.jsonl (written with hand-written gold SQL before the
# parser was tuned; every third intent held out) answered on the shared 20-patient Synthea population and compared
# with its gold SQL's rows. Prints exact-answer accuracy per split (dev, held-out) and kind, the clarified and the
# wrongly answered counts; writes the table to medmine-core/target/ask-bench.txt.
# Usage: bench/ask.sh [--show-heldout]   (--show-heldout also lists the held-out misses)
# Regenerate the set from its source (after editing it): python3 bench/ask_questions.py
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
mkdir -p target
[ -d target/test-cache ] || echo "ask.sh: target/test-cache is empty: the population is generated first (minutes)." >&2
extra=()
if [ "${1:-}" = "--show-heldout" ]; then extra=(-Dask.bench.showHeldout=true); fi
rm -f medmine-core/target/ask-bench.txt
log="$(mktemp)"
mvn -B -ntp -o verify -pl medmine-core -am -Dtest=none -Dit.test=AskQuestionSetIT \
  -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false "${extra[@]}" >"$log" 2>&1 || status=$?
if [ ! -f medmine-core/target/ask-bench.txt ]; then cat "$log" >&2; exit 1; fi
cat medmine-core/target/ask-bench.txt
rm -f "$log"
exit "${status:-0}"
