#!/usr/bin/env bash
# Search benchmark at scale, in a scratch database dropped afterwards:
#  1. generates N articles (default 100,000) and ingests them with the CLI;
#  2. starts the portal on an empty index folder and times the rebuild; reports index size and heap;
#  3. query latency p50/p99 for a fixed mix, over HTTP with CLIENTS concurrent clients (default 8) and in the
#     portal (its parallax.search timer);
#  4. the same mix on PostgreSQL full-text search (tsvector + GIN + ts_headline) over the same passages.
# Usage: bench/search.sh [N] [CLIENTS] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}; CLIENTS=${2:-8}; ROUNDS=${3:-25}
if [ -z "${JAVA:-}" ]; then
    for jdk in /usr/lib/jvm/*25* /usr/lib/jvm/*21* "${JAVA_HOME:-}"; do
        [ -x "$jdk/bin/java" ] && JAVA=$jdk/bin/java && break
    done
fi
DB=parallax_search_bench_$$
PORT=${PORT:-18081}
WORK=${WORK:-$(mktemp -d)}
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
PG_JAR=$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-*.jar' | sort | tail -n1)
psql -q -h 127.0.0.1 -U postgres -c "create database $DB"
export SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/$DB PARALLAX_ADMIN_PASSWORD=bench SERVER_PORT=$PORT

echo "generating $N articles"
python3 bench/generate_corpus.py "$WORK/corpus" "$N"
echo "corpus: $(du -sh "$WORK/corpus" | cut -f1)"
PARALLAX_INDEX_DIR=$WORK/ingest-index "$JAVA" -jar "$JAR" ingest "$WORK/corpus" > "$WORK/ingest.log" 2>&1 || { tail -40 "$WORK/ingest.log"; exit 1; }
grep -E "^[0-9]+ files" "$WORK/ingest.log"
rm -rf "$WORK/corpus" "$WORK/ingest-index"

echo "starting the portal on an empty index folder"
PARALLAX_INDEX_DIR=$WORK/index "$JAVA" -jar "$JAR" > "$WORK/portal.log" 2>&1 &
PID=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$PORT/actuator/health")" = 200 ]; do
    sleep 0.5; kill -0 "$PID" 2>/dev/null || { tail -50 "$WORK/portal.log"; exit 1; }
done
grep -oE "Search index rebuilt .*" "$WORK/portal.log"
echo "index size on disk: $(du -sh "$WORK/index" | cut -f1)"
JCMD=$(dirname "$JAVA")/jcmd
"$JCMD" "$PID" GC.run > /dev/null
echo "portal heap after a full GC: $("$JCMD" "$PID" GC.heap_info | grep -oE 'used [0-9]+K' | head -n1)"

echo "--- portal over HTTP"
"$JAVA" bench/SearchLoad.java http "http://localhost:$PORT" "$CLIENTS" "$ROUNDS"
echo "--- in the portal (parallax.search timer, same run)"
curl -s "localhost:$PORT/actuator/metrics/parallax.search.percentile?tag=phi:0.5" | python3 -c "import json,sys; print('  p50 %.1f ms' % (json.load(sys.stdin)['measurements'][0]['value']*1000))"
curl -s "localhost:$PORT/actuator/metrics/parallax.search.percentile?tag=phi:0.99" | python3 -c "import json,sys; print('  p99 %.1f ms' % (json.load(sys.stdin)['measurements'][0]['value']*1000))"
kill "$PID"; wait "$PID" 2>/dev/null || true; PID=

echo "--- PostgreSQL full-text search over the same passages"
started=$(date +%s.%N)
psql -q -h 127.0.0.1 -U postgres -d "$DB" <<'SQL'
create table passage_fts as
    select article_id, position, text, to_tsvector('english', text) as tsv from block;
create index passage_fts_tsv on passage_fts using gin (tsv);
analyze passage_fts;
SQL
echo "tsvector table and GIN index built in $(echo "$(date +%s.%N) - $started" | bc | cut -c1-5) s, size $(psql -At -h 127.0.0.1 -U postgres -d "$DB" -c "select pg_size_pretty(pg_total_relation_size('passage_fts'))")"
"$JAVA" -cp "$PG_JAR" bench/SearchLoad.java pg "jdbc:postgresql://localhost:5432/$DB" "$CLIENTS" "$ROUNDS"
