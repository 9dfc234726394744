#!/usr/bin/env bash
# Start-up and ingestion benchmark, in a scratch database that is dropped afterwards:
#  1. seconds from `java -jar` to /actuator/health UP with the seeds ingested, and the same for the production
#     launch (bin/parallax.sh: the unpacked jar with the ahead-of-time cache bin/aot-cache.sh makes);
#  2. articles per second when the CLI ingests a folder of N generated articles (default 1000): the reference;
#  3. articles per second through the API, CLIENTS clients at once (default 4), on N other generated articles:
#     POST /api/articles/bulk with a bearer token (NDJSON, BATCH articles a request, default 50), on a fresh portal
#     (a database with the seeds only) and again on N more once it is warm; and, for comparison, POST /api/articles one article a request, with the
#     token and with HTTP Basic (N/10 each);
#  4. the heap the portal holds afterwards (live objects after a full GC).
# Usage: bench/ingest.sh [N] [CLIENTS] [BATCH]   (needs PostgreSQL at localhost:5432, python3 and curl)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}; CLIENTS=${2:-4}; BATCH=${3:-50}
WORK=$(mktemp -d)
source bench/lib.sh
scratch_portal parallax_bench_$$ "${PORT:-18080}"

start_portal() {  # sets PID and STARTUP_SECONDS; arguments: the command that starts the portal
    local started=$(date +%s.%N)
    "$@" > "$WORK/portal.log" 2>&1 &
    PID=$!
    # Health answers 503 until the seeds are in, 200 once UP.
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$PORT/actuator/health")" = 200 ]; do
        sleep 0.05
        kill -0 "$PID" 2>/dev/null || { cat "$WORK/portal.log"; exit 1; }
    done
    STARTUP_SECONDS=$(echo "$(date +%s.%N) - $started" | bc)
}
stop_portal() {
    kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
}

start_portal "$JAVA" -jar "$JAR"
echo "java -jar to health UP with the seeds: $STARTUP_SECONDS s"
if grep -E "^(WARNING|OpenJDK 64-Bit Server VM warning)" "$WORK/portal.log"; then echo "(the JVM warned, above)"; fi
stop_portal
JAVA="$JAVA" bin/aot-cache.sh "$WORK/app" "$JAR" > "$WORK/aot.log" 2>&1 || { cat "$WORK/aot.log"; exit 1; }
# The seeds are stored now: empty the database again so that this start ingests them too.
psql -q -h 127.0.0.1 -U postgres -c "drop database $DB with (force)" -c "create database $DB"
rm -rf "$WORK/index"
start_portal env JAVA="$JAVA" PARALLAX_APP_DIR="$WORK/app" bin/parallax.sh
echo "bin/parallax.sh (unpacked jar, AOT cache) to health UP with the seeds: $STARTUP_SECONDS s"
stop_portal

python3 bench/generate_corpus.py "$WORK/corpus" "$N" 1
started=$(date +%s.%N)
"$JAVA" -jar "$JAR" ingest "$WORK/corpus" > "$WORK/ingest.log" 2>&1 || { tail -40 "$WORK/ingest.log"; exit 1; }
seconds=$(echo "$(date +%s.%N) - $started" | bc)
grep -E "^[0-9]+ files" "$WORK/ingest.log" | tail -n1
printf 'ingest command, %d articles (whole CLI run, JVM start included): %.1f s, %.0f articles/s\n' "$N" "$seconds" "$(echo "$N / $seconds" | bc -l)"

start_portal "$JAVA" -jar "$JAR"
echo "start-up with $N more articles in the database: $STARTUP_SECONDS s"
# The API is measured on a portal with the seeds only: one started on the command's articles spends its first
# minute annotating them (the command leaves that to the portal), and that backlog would share the cores.
stop_portal
psql -q -h 127.0.0.1 -U postgres -c "drop database $DB with (force)" -c "create database $DB"
rm -rf "$WORK/index"
start_portal "$JAVA" -jar "$JAR"

# A token, issued the way an admin does it: sign in on the form, issue one on /admin/tokens.
jar=$WORK/cookies
csrf() { curl -s -b "$jar" -c "$jar" "localhost:$PORT$1" | grep -oE 'name="_csrf" value="[^"]+"' | head -n1 | sed 's/.*value="//; s/"$//'; }
curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "_csrf=$(csrf /login)" -d username=admin -d password=bench "localhost:$PORT/login"
TOKEN=$(curl -s -b "$jar" -c "$jar" --data-urlencode "_csrf=$(csrf /admin/tokens)" -d name=bench "localhost:$PORT/admin/tokens" \
    | grep -oE 'value="plx_[A-Za-z0-9_-]+"' | sed 's/value="//; s/"$//')
[ -n "$TOKEN" ] || { echo "could not issue a token"; exit 1; }

# Other articles for the API (other seeds): NDJSON batches of BATCH articles, dealt to the clients in turn; a
# second set measures the same portal once its JIT has compiled the ingest path.
batches() {  # corpus seed, folder
    python3 bench/generate_corpus.py "$WORK/api-$1" "$N" "$1"
    python3 - "$WORK/api-$1" "$2" "$BATCH" "$CLIENTS" <<'PY'
import json, os, sys
source, out, batch, clients = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
names = sorted(os.listdir(source))
os.makedirs(out)
for number, start in enumerate(range(0, len(names), batch)):
    client_dir = os.path.join(out, str(number % clients))
    os.makedirs(client_dir, exist_ok=True)
    with open(os.path.join(client_dir, "%05d.ndjson" % number), "w", encoding="utf-8") as f:
        for name in names[start:start + batch]:
            f.write(json.dumps({"name": name, "text": open(os.path.join(source, name), encoding="utf-8").read()}) + "\n")
PY
}
batches 2 "$WORK/batches"
batches 4 "$WORK/batches-warm"
timed() {  # label count command...: runs the command, prints articles per second
    local label=$1 count=$2 started=$(date +%s.%N); shift 2
    "$@"
    local seconds=$(echo "$(date +%s.%N) - $started" | bc)
    printf '%-58s %5d articles in %6.1f s: %4.0f articles/s\n' "$label" "$count" "$seconds" "$(echo "$count / $seconds" | bc -l)"
}
bulk_clients() {  # folder of batches; waits for its clients only: a bare `wait` would wait for the portal too
    local clients=()
    for client in "$1"/*; do
        (for batch in "$client"/*.ndjson; do
            curl -sf -o "$batch.out" -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/x-ndjson" \
                --data-binary "@$batch" "localhost:$PORT/api/articles/bulk" || echo "bulk request failed: $batch"
        done) &
        clients+=($!)
    done
    wait "${clients[@]}"
}
outcomes() {  # folder of batches
    python3 - "$1"/*/*.out <<'PY'
import collections, json, sys
outcomes = collections.Counter(entry["outcome"] for name in sys.argv[1:] for entry in json.load(open(name)))
print("  outcomes: " + ", ".join("%d %s" % (n, o) for o, n in sorted(outcomes.items())))
PY
}
timed "POST /api/articles/bulk, bearer token, $CLIENTS clients, $BATCH a request" "$N" bulk_clients "$WORK/batches"
outcomes "$WORK/batches"
timed "  the same, $N other articles, the portal warm" "$N" bulk_clients "$WORK/batches-warm"
outcomes "$WORK/batches-warm"

# One article a request, for comparison: with the token, then with the admin's password (BCrypt every time).
python3 bench/generate_corpus.py "$WORK/single" "$((N / 5))" 3
single_clients() {  # authorization header, first file index
    local files=("$WORK"/single/*) clients=()
    for client in $(seq 0 $((CLIENTS - 1))); do
        (for ((i = $2 + client; i < $2 + N / 10; i += CLIENTS)); do
            curl -sf -o /dev/null -H "$1" -H "Content-Type: text/plain" --data-binary "@${files[$i]}" \
                "localhost:$PORT/api/articles?name=$(basename "${files[$i]}")" || echo "request failed: ${files[$i]}"
        done) &
        clients+=($!)
    done
    wait "${clients[@]}"
}
timed "POST /api/articles, one a request, bearer token, $CLIENTS clients" "$((N / 10))" single_clients "Authorization: Bearer $TOKEN" 0
timed "POST /api/articles, one a request, HTTP Basic, $CLIENTS clients" "$((N / 10))" \
    single_clients "Authorization: Basic $(printf admin:bench | base64)" "$((N / 10))"

"$JCMD" "$PID" GC.run > /dev/null
"$JCMD" "$PID" GC.heap_info | head -n 3
echo "resident set size: $(ps -o rss= -p "$PID" | awk '{printf "%.0f MiB", $1/1024}')"
