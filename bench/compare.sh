#!/usr/bin/env bash
# Comparison benchmark, for the seed story and for stories of 10, 50 and 200 generated articles, each run in a
# scratch database: the time of a story's comparison
#  - cold: the first request after start (computed; the JVM has run none of that code yet),
#  - cached: the same request again,
#  - recomputed: after one more article joins the story, so the cached comparison is dropped (warm JVM).
# Usage: bench/compare.sh [SIZES...]   (default: 10 50 200)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${*:-10 50 200}
PORT=${PORT:-18082}
WORK=$(mktemp -d)
DB=
cleanup() {
    [ -n "${PID:-}" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
    [ -n "$DB" ] && psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $DB with (force)" || true
    rm -rf "$WORK"
}
trap cleanup EXIT
source bench/lib.sh
export PARALLAX_ADMIN_PASSWORD=bench SERVER_PORT=$PORT PARALLAX_LOG_FILE=$WORK/parallax.log

# Starts the portal on a database and prints the comparison times of its largest story.
measure() {
    local label=$1 seeds=$2
    PARALLAX_SEEDS_DIR=$seeds PARALLAX_INDEX_DIR=$WORK/index-$label "$JAVA" -jar "$WORK/parallax.jar" > "$WORK/portal.log" 2>&1 &
    PID=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$PORT/actuator/health")" = 200 ]; do
        sleep 0.3; kill -0 "$PID" 2>/dev/null || { tail -30 "$WORK/portal.log"; exit 1; }
    done
    # Stories are grouped in the background: wait until every article has its story.
    local total story articles
    total=$(find "$seeds" -type f | wc -l)
    for _ in $(seq 1 600); do
        [ "$(curl -s "localhost:$PORT/api/stories" | python3 -c \
            "import json,sys; print(sum(len(s['articleIds']) for s in json.load(sys.stdin)))")" -ge "$total" ] && break
        sleep 1
    done
    read -r story articles < <(curl -s "localhost:$PORT/api/stories" | python3 -c \
        "import json,sys; s=max(json.load(sys.stdin), key=lambda s: len(s['articleIds'])); print(s['id'], len(s['articleIds']))")
    local cold cached recomputed
    cold=$(curl -s -o /dev/null -w '%{time_total}' "localhost:$PORT/api/stories/$story/comparison")
    cached=$(curl -s -o /dev/null -w '%{time_total}' "localhost:$PORT/api/stories/$story/comparison")
    # One more report of the event, its first article with a sentence added; once it has joined the story, the
    # comparison is computed again, in a JVM that has run that code.
    local first added joined=False
    first=$(find "$seeds" -type f | sort | head -n1)
    added=$({ cat "$first"; printf '\nA later update added that officials would give more details on Friday.\n'; } |
        curl -s -u admin:bench -H 'Content-Type: text/plain' --data-binary @- \
            "localhost:$PORT/api/articles?name=$(basename "$first" | sed 's/\.[a-z]*$//')_update.txt" |
        python3 -c "import json,sys; print(json.load(sys.stdin)['id'])")
    for _ in $(seq 1 300); do  # until the added article has a story: this one, or another
        joined=$(curl -s "localhost:$PORT/api/stories" | python3 -c \
            "import json,sys; print(next((s['id'] == $story for s in json.load(sys.stdin) if $added in s['articleIds']), 'waiting'))")
        [ "$joined" != waiting ] && break
        sleep 0.2
    done
    printf '%-10s story of %4d articles: cold %6.0f ms, cached %5.1f ms' \
        "$label" "$articles" "$(echo "$cold * 1000" | bc)" "$(echo "$cached * 1000" | bc)"
    if [ "$joined" = True ]; then
        recomputed=$(curl -s -o /dev/null -w '%{time_total}' "localhost:$PORT/api/stories/$story/comparison")
        printf ', recomputed with %d articles %6.0f ms\n' "$((articles + 1))" "$(echo "$recomputed * 1000" | bc)"
    else
        printf ' (the added article joined another story: no recomputation)\n'
    fi
    kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
}

new_database() {
    [ -n "$DB" ] && psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $DB with (force)"
    DB=parallax_compare_bench_$$_$1
    psql -q -h 127.0.0.1 -U postgres -c "create database $DB"
    export SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/$DB
}

new_database seeds
measure seeds seeds
for size in $SIZES; do
    new_database "$size"
    # One event told by many outlets: articles recombined from the same sentences.
    python3 bench/generate_corpus.py "$WORK/corpus-$size" "$size" 7
    measure "n=$size" "$WORK/corpus-$size"
done
