#!/usr/bin/env bash
# Builds the benchmarks with the reactor (never snapshots from the local repository) and runs them:
#   bench/run.sh                      everything: throughput (JMH), engine cost, scaling, find-and-shrink,
#                                     processor cost, linearizability (about 10 minutes)
#   bench/run.sh throughput --quick   one part, shorter JMH runs
# Any other JMH use: bench/run.sh jmh [JMH options], e.g. bench/run.sh jmh Throughput.lru -prof jfr
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q ${MAVEN_OFFLINE:+-o} package -pl bench -am -DskipTests
classpath="bench/target/classes:$(cat bench/target/classpath.txt)"
if [[ "${1:-}" == jmh ]]; then
  shift
  exec java -cp "$classpath" org.openjdk.jmh.Main "$@"
fi
exec java -Xms1g -Xmx1g -cp "$classpath" dev.modelof.bench.RunAll "$@"
