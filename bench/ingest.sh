#!/usr/bin/env bash
# Start-up and ingestion benchmark, in a scratch database that is dropped afterwards:
#  1. seconds from `java -jar` to /actuator/health UP with the seeds ingested;
#  2. articles per second when the CLI ingests a folder of N generated articles (default 1000);
#  3. the heap the portal holds afterwards (live objects after a full GC).
# Usage: bench/ingest.sh [N]   (needs PostgreSQL at localhost:5432 and python3)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
if [ -z "${JAVA:-}" ]; then
    for jdk in /usr/lib/jvm/*25* /usr/lib/jvm/*21* "${JAVA_HOME:-}"; do
        [ -x "$jdk/bin/java" ] && JAVA=$jdk/bin/java && break
    done
fi
DB=parallax_bench_$$
PORT=${PORT:-18080}
WORK=$(mktemp -d)
cleanup() {
    [ -n "${PID:-}" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
    psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $DB with (force)" || true
    rm -rf "$WORK"
}
trap cleanup EXIT
[ -f target/parallax.jar ] || ./mvnw -q -B package -DskipTests
# Run a copy: a rebuild during the run must not pull classes from under the running JVMs.
cp target/parallax.jar "$WORK/parallax.jar"
JAR=$WORK/parallax.jar
psql -q -h 127.0.0.1 -U postgres -c "create database $DB"
export SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/$DB PARALLAX_ADMIN_PASSWORD=bench \
       PARALLAX_INDEX_DIR=$WORK/index SERVER_PORT=$PORT

start_portal() {  # sets PID and STARTUP_SECONDS
    local started=$(date +%s.%N)
    "$JAVA" -jar "$JAR" > "$WORK/portal.log" 2>&1 &
    PID=$!
    # Health answers 503 until the seeds are in, 200 once UP.
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$PORT/actuator/health")" = 200 ]; do
        sleep 0.1
        kill -0 "$PID" 2>/dev/null || { cat "$WORK/portal.log"; exit 1; }
    done
    STARTUP_SECONDS=$(echo "$(date +%s.%N) - $started" | bc)
}

start_portal
echo "start-up to health UP with the seeds: $STARTUP_SECONDS s"
kill "$PID"; wait "$PID" 2>/dev/null || true; PID=

python3 bench/generate_corpus.py "$WORK/corpus" "$N"
started=$(date +%s.%N)
"$JAVA" -jar "$JAR" ingest "$WORK/corpus" > "$WORK/ingest.log" 2>&1 || { tail -40 "$WORK/ingest.log"; exit 1; }
seconds=$(echo "$(date +%s.%N) - $started" | bc)
grep -E "^[0-9]+ files" "$WORK/ingest.log" | tail -n1
printf 'ingest of %d articles (whole CLI run, JVM start included): %.1f s, %.0f articles/s\n' "$N" "$seconds" "$(echo "$N / $seconds" | bc -l)"

start_portal
echo "start-up with $N more articles in the database: $STARTUP_SECONDS s"
JCMD=$(dirname "$JAVA")/jcmd
"$JCMD" "$PID" GC.run > /dev/null
"$JCMD" "$PID" GC.heap_info | head -n 3
echo "resident set size: $(ps -o rss= -p "$PID" | awk '{printf "%.0f MiB", $1/1024}')"
