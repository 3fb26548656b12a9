#!/usr/bin/env bash
# Pattern-discovery bench of issue 6: medmine's FP-Growth itemsets and time against a reference level-wise
# count of the same transactions, and medmine's k-means objective against scikit-learn's KMeans on the same
# matrices (the standardized patient features of the warehouse, and 5,000 planted-blob points).
#
# Usage: bench/patterns.sh --warehouse FILE [--out DIR] [--spark]
#   --warehouse FILE  a medmine warehouse, e.g. the one `./medmine demo --patients 2000` writes
#   --out DIR         where the inputs and results go (default: target/bench-patterns)
#   --spark           only the Spark leg: medmine's FP-Growth against Spark MLlib's FPGrowth (local[2]) on the
#                     same transactions, itemsets of every length, identity checked (SparkFpGrowthBench)
# Needs Debian's scikit-learn in Debian's /usr/bin/python3: apt-get install -y python3-sklearn (installs do not
# survive the machine: run it again first). Figures are recorded in docs/patterns-benchmarks.md.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
warehouse=""
out="$here/target/bench-patterns"
spark=0
while [ $# -gt 0 ]; do
  case "$1" in
    --warehouse) warehouse="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --spark) spark=1; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "bench: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ -n "$warehouse" ] || { echo "bench: give --warehouse FILE (see --help)" >&2; exit 2; }
if [ "$spark" = 1 ]; then
  # Spark is a test-scope dependency of medmine-bench: the leg runs from its test classes and class path, with the
  # add-opens Spark 3.5 needs on Java 17 (the same as surefire's).
  cd "$here"
  mvn -B -ntp -q -pl medmine-bench -am test-compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$here/target/spark-bench.classpath" >/dev/null
  opens="$(sed -n '/<spark.test.argLine>/,/<\/spark.test.argLine>/p' medmine-bench/pom.xml | sed 's/<[^>]*>//g' | tr -s ' \n' ' ')"
  cp="$here/medmine-bench/target/test-classes:$here/medmine-bench/target/classes:$here/medmine-core/target/classes"
  java $opens -Xmx6g -cp "$cp:$(cat "$here/target/spark-bench.classpath")" org.medmine.bench.patterns.SparkFpGrowthBench "$warehouse" "$out" 2
  exit 0
fi
/usr/bin/python3 -c 'import sklearn' 2>/dev/null || { echo "bench: install Debian's python3-sklearn first (apt-get install -y python3-sklearn)" >&2; exit 2; }
cd "$here"
# test-compile, not compile: the bench's test scope names medmine-core's test classes, which only a test-compile
# of the reactor provides; the class path written is the runtime scope only (PatternsBench needs its main part).
mvn -B -ntp -q -pl medmine-bench -am test-compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -DincludeScope=runtime \
  -Dmdep.outputFile="$here/target/patterns-bench.classpath" >/dev/null
java -Xmx2g -cp "$here/medmine-bench/target/classes:$here/medmine-core/target/classes:$(cat "$here/target/patterns-bench.classpath")" \
  org.medmine.bench.PatternsBench "$warehouse" "$out"
cat "$out/medmine-results.tsv"
/usr/bin/python3 "$here/bench/patterns_reference.py" "$out"
