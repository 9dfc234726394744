#!/usr/bin/env bash
# Prepares the production launch: unpacks JAR (default target/parallax.jar) into DIR (default target/app) and records, in a
# training start, the classes the portal loads and links into an ahead-of-time cache beside it (JDK 25+:
# -XX:AOTCacheOutput; JDK 21-24: a class-data-sharing archive). bin/parallax.sh starts the portal with it.
#
# The training is a whole start, as far as health UP with the seeds, then a stop: the cache holds what the migrations,
# the search index and the seeds load too, not only the application context. It runs on a scratch database that it
# creates on the PostgreSQL at TRAINING_SERVER (default localhost:5432; TRAINING_USER, default postgres, and
# TRAINING_PASSWORD; psql and curl needed) and drops afterwards. The Dockerfile gives its build stage a PostgreSQL for it.
# Usage: bin/aot-cache.sh [DIR] [JAR]      (JAVA=path picks the JVM; the cache only serves that same JVM)
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=$(realpath -m "${1:-target/app}")
JAR=$(realpath -m "${2:-target/parallax.jar}")
JAVA=${JAVA:-$(command -v java)}
SERVER=${TRAINING_SERVER:-localhost:5432}
PORT=${TRAINING_PORT:-18089}
SEEDS=$(realpath -m "${PARALLAX_SEEDS_DIR:-seeds}")
[ -f "$JAR" ] || ./mvnw -q -B -ntp package -DskipTests
rm -rf "$DIR"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$DIR" > /dev/null
[ "$(basename "$JAR")" = parallax.jar ] || mv "$DIR/$(basename "$JAR")" "$DIR/parallax.jar"
feature=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ "$feature" -ge 25 ]; then
    cache=(-XX:AOTCacheOutput="$DIR/parallax.aot" -Xlog:aot=off -Xlog:cds=off)
else
    cache=(-XX:ArchiveClassesAtExit="$DIR/parallax.jsa" -Xlog:cds=off)
fi
training=$(mktemp -d)
database=parallax_aot_training_$$
USER_NAME=${TRAINING_USER:-postgres}
psql_server() {
    PGPASSWORD="${TRAINING_PASSWORD:-}" psql -q -h "${SERVER%:*}" -p "${SERVER##*:}" -U "$USER_NAME" -d postgres "$@"
}
finish() {
    [ -n "${PID:-}" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
    [ -n "${created:-}" ] && psql_server -c "drop database if exists $database with (force)" || true
    rm -rf "$training"
}
trap finish EXIT
failed() {
    echo "The training start failed ($1); its output:" >&2
    tail -30 "$training/out.log" >&2
    exit 1
}

command -v psql > /dev/null && command -v curl > /dev/null || { echo "The training start needs psql and curl." >&2; exit 1; }
healthy() { [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$PORT/actuator/health")" = 200 ]; }
if curl -s -o /dev/null "localhost:$PORT/"; then
    echo "Something already answers on port $PORT; set TRAINING_PORT to a free one." >&2
    exit 1
fi
psql_server -c "create database $database" > /dev/null \
    || { echo "Could not create a scratch database for the training start on PostgreSQL at $SERVER." >&2; exit 1; }
created=yes
# Stopped with SIGTERM once healthy: the JVM writes the cache as it exits.
(cd "$training" && exec env SPRING_DATASOURCE_URL="jdbc:postgresql://$SERVER/$database" \
    SPRING_DATASOURCE_USERNAME="$USER_NAME" SPRING_DATASOURCE_PASSWORD="${TRAINING_PASSWORD:-}" SERVER_PORT="$PORT" \
    PARALLAX_SEEDS_DIR="$SEEDS" PARALLAX_INDEX_DIR="$training/index" PARALLAX_LOG_FILE="$training/training.log" \
    PARALLAX_ADMIN_PASSWORD=training "$JAVA" "${cache[@]}" -jar "$DIR/parallax.jar" > "$training/out.log" 2>&1) &
PID=$!
for _ in $(seq 1 1500); do
    healthy && break
    kill -0 "$PID" 2> /dev/null || failed "it stopped before health UP"
    sleep 0.2
done
healthy || failed "no health UP within 5 minutes"
kill "$PID"
wait "$PID" || true
PID=
echo "trained on a whole start (scratch database $database on $SERVER, dropped on exit)"
for cache_file in "$DIR"/parallax.aot "$DIR"/parallax.jsa; do
    [ -f "$cache_file" ] && echo "cache: $cache_file"
done
[ -f "$DIR/parallax.aot" ] || [ -f "$DIR/parallax.jsa" ] || failed "no cache was written"
