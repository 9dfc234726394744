#!/usr/bin/env bash
# Following the news, measured on a site on the loopback (bench/FollowBench.java), in scratch databases dropped
# afterwards:
#  1. the reference: the ingest command on N news pages saved as files (extraction and storing, no fetching);
#  2. one portal, host delay 0, warmed up by N/8 pages: a feed of 7N/16 items from POST /api/feeds to the last article stored, then 7N/16 other
#     pages through POST /api/articles/by-url with CLIENTS clients (pages fetched, extracted and ingested per second);
#  3. two portals on one database: FEEDS feeds of ITEMS items, half added on each node: how many times the site saw
#     each feed and each page, then again after both nodes are asked at once to poll every feed now.
# The pages are copies of the extraction corpus's pages (src/test/resources/extraction), each its own article.
# Usage: bench/follow.sh [N] [CLIENTS] [FEEDS] [ITEMS]   (defaults 400 4 20 5; needs PostgreSQL at localhost:5432)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-400}; CLIENTS=${2:-4}; FEEDS=${3:-20}; ITEMS=${4:-5}
DB=${DB:-parallax_bench_follow_$$}
WORK=$(mktemp -d)
cleanup() {
    for suffix in ref one two; do
        psql -q -h 127.0.0.1 -U postgres -c "drop database if exists ${DB}_$suffix with (force)" || true
    done
    rm -rf "$WORK"
}
trap cleanup EXIT
source bench/lib.sh
# The site on the loopback and the corpus come from the tests.
[ -f target/test-classes/dev/parallax/support/LocalSite.class ] || ./mvnw -q -B test-compile
for suffix in ref one two; do
    psql -q -h 127.0.0.1 -U postgres -c "create database ${DB}_$suffix"
done
"$JAVA" -cp target/test-classes bench/FollowBench.java "$JAVA" "$JAR" "$WORK" \
    "jdbc:postgresql://localhost:5432/$DB" "$N" "$CLIENTS" "$FEEDS" "$ITEMS"
