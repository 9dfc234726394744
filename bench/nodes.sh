#!/usr/bin/env bash
# Two portal nodes on one PostgreSQL (scratch database, dropped afterwards), each with its own index folder;
# node B reaches the database through a TCP proxy that the benchmark can cut. Measures:
#  1. seconds from node A answering 201 for an article to node B's search finding it (p50/p99 over N articles);
#  2. one story per event: EVENTS invented events x 3 reports posted to both nodes at once by 8 clients;
#  3. the answers of node B while its database is cut off, their times, and the time to recover;
#  4. a kill -9 of node A in the middle of 300 uploads: after restart nothing is lost and search agrees.
# Usage: bench/nodes.sh [N] [EVENTS]   (defaults 100 100; needs PostgreSQL at localhost:5432)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100}
EVENTS=${2:-100}
DB=parallax_bench_nodes_$$
WORK=$(mktemp -d)
cleanup() {
    psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $DB with (force)" || true
    rm -rf "$WORK"
}
trap cleanup EXIT
source bench/lib.sh
# The invented events come from the tests' generator.
[ -f target/test-classes/dev/parallax/support/TestEvents.class ] || ./mvnw -q -B test-compile
psql -q -h 127.0.0.1 -U postgres -c "create database $DB"
"$JAVA" -cp target/test-classes bench/NodesBench.java "$JAVA" "$WORK/parallax.jar" "$WORK" \
    "jdbc:postgresql://localhost:5432/$DB" "$N" "$EVENTS"
