#!/usr/bin/env bash
# Prepares the production launch: unpacks JAR (default target/parallax.jar) into DIR (default target/app) and records, in a
# training start, the classes the portal loads and links into an ahead-of-time cache beside it (JDK 25+:
# -XX:AOTCacheOutput; JDK 21-24: a class-data-sharing archive). bin/parallax.sh starts the portal with it.
# The training start needs no database: it stops once the application context is refreshed.
# Usage: bin/aot-cache.sh [DIR] [JAR]      (JAVA=path picks the JVM; the cache only serves that same JVM)
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=$(realpath -m "${1:-target/app}")
JAR=$(realpath -m "${2:-target/parallax.jar}")
JAVA=${JAVA:-$(command -v java)}
[ -f "$JAR" ] || ./mvnw -q -B -ntp package -DskipTests
rm -rf "$DIR"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$DIR" > /dev/null
feature=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ "$feature" -ge 25 ]; then
    cache=(-XX:AOTCacheOutput="$DIR/parallax.aot")
else
    cache=(-XX:ArchiveClassesAtExit="$DIR/parallax.jsa")
fi
training=$(mktemp -d)
# Flyway and Hibernate's schema check are the only parts that would reach the database before the refresh ends.
(cd "$training" && "$JAVA" "${cache[@]}" -Xlog:aot=off -Xlog:cds=off \
    -Dspring.context.exit=onRefresh -Dspring.flyway.enabled=false -Dspring.jpa.hibernate.ddl-auto=none \
    -Dparallax.index-dir="$training/index" -Dlogging.file.name="$training/training.log" \
    -jar "$DIR/parallax.jar" > "$training/out.log" 2>&1) || { tail -30 "$training/out.log"; rm -rf "$training"; exit 1; }
rm -rf "$training"
for cache_file in "$DIR"/parallax.aot "$DIR"/parallax.jsa; do
    [ -f "$cache_file" ] && echo "cache: $cache_file"
done
exit 0
