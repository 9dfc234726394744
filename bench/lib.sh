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
