#!/usr/bin/env bash
# Starts the portal the production way: the unpacked jar in DIR with the ahead-of-time cache that
# bin/aot-cache.sh made for this JVM. Arguments go to the portal (e.g. "ingest FOLDER").
# Usage: bin/parallax.sh [ARGS...]     (PARALLAX_APP_DIR, default target/app; JAVA; JAVA_OPTS)
set -euo pipefail
DIR=$(realpath -m "${PARALLAX_APP_DIR:-$(dirname "$0")/../target/app}")
JAVA=${JAVA:-$(command -v java)}
[ -f "$DIR/parallax.jar" ] || { echo "No $DIR/parallax.jar: run bin/aot-cache.sh first." >&2; exit 1; }
cache=()
if [ -f "$DIR/parallax.aot" ]; then
    cache=(-XX:AOTCache="$DIR/parallax.aot")
elif [ -f "$DIR/parallax.jsa" ]; then
    cache=(-XX:SharedArchiveFile="$DIR/parallax.jsa")
fi
# shellcheck disable=SC2086
exec "$JAVA" "${cache[@]}" ${JAVA_OPTS:-} -jar "$DIR/parallax.jar" "$@"
