# Sourced by the benchmark scripts, after they have made WORK: picks the JDK (JAVA=path to choose one) and copies
# the build to measure into WORK (JAR=path for another build; by default target/parallax.jar, built when missing),
# so that a rebuild during the run does not pull classes from under the running JVMs. Sets JAVA, JCMD and JAR.
if [ -z "${JAVA:-}" ]; then
    for jdk in /usr/lib/jvm/*25* /usr/lib/jvm/*21* "${JAVA_HOME:-}"; do
        [ -x "$jdk/bin/java" ] && JAVA=$jdk/bin/java && break
    done
fi
JCMD=$(dirname "$JAVA")/jcmd
[ -n "${JAR:-}" ] || { [ -f target/parallax.jar ] || ./mvnw -q -B package -DskipTests; JAR=target/parallax.jar; }
cp "$JAR" "$WORK/parallax.jar"
JAR=$WORK/parallax.jar

# One portal on a scratch database: creates DB, sets the portal's environment (index and log in WORK, admin
# password "bench", PORT), and on exit stops the portal started last (PID), drops DB and removes WORK.
scratch_portal() {  # database, port
    DB=$1 PORT=$2
    trap stop_scratch_portal EXIT
    psql -q -h 127.0.0.1 -U postgres -c "create database $DB"
    export SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/$DB PARALLAX_ADMIN_PASSWORD=bench \
           PARALLAX_INDEX_DIR=$WORK/index SERVER_PORT=$PORT PARALLAX_LOG_FILE=$WORK/parallax.log
}
stop_scratch_portal() {
    [ -n "${PID:-}" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
    psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $DB with (force)" || true
    rm -rf "$WORK"
}
