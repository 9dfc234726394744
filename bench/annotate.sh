#!/usr/bin/env bash
# Annotation benchmark, in a scratch database that is dropped afterwards:
#  1. seconds from `java -jar` to /actuator/health UP with the seeds, and until the seeds are annotated
#     (the language models loaded and run);
#  2. the background worker catching up on N generated articles ingested by the CLI beside the running portal:
#     articles per second, and the time per article from the portal's parallax.annotation timer (p50, p99);
#  3. memory: heap after a full GC and resident size, before and after the first comparison (which loads the
#     embedding model, held outside the heap by ONNX Runtime).
# Usage: bench/annotate.sh [N]   (default 500; needs PostgreSQL at localhost:5432 and python3)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-500}
WORK=$(mktemp -d)
source bench/lib.sh
scratch_portal parallax_annotate_bench_$$ "${PORT:-18083}"

pending() {
    psql -qtA -h 127.0.0.1 -U postgres -d "$DB" -c "select count(*) from article a left join article_annotation n
        on n.article_id = a.id where n.article_id is null"
}

memory() {  # heap used after a full GC, in MiB, and resident set size, in MiB
    "$JCMD" "$PID" GC.run > /dev/null
    local heap rss
    heap=$("$JCMD" "$PID" GC.heap_info | grep -oE 'used [0-9]+K' | head -n1 | grep -oE '[0-9]+')
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$PID/status")
    printf 'heap %d MiB, resident %d MiB' "$((heap / 1024))" "$((rss / 1024))"
}

started=$(date +%s.%N)
"$JAVA" -jar "$WORK/parallax.jar" > "$WORK/portal.log" 2>&1 &
PID=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$PORT/actuator/health")" = 200 ]; do
    sleep 0.1; kill -0 "$PID" 2>/dev/null || { tail -30 "$WORK/portal.log"; exit 1; }
done
up=$(echo "$(date +%s.%N) - $started" | bc)
until [ "$(pending)" = 0 ]; do sleep 0.1; done
annotated=$(echo "$(date +%s.%N) - $started" | bc)
printf 'start-up: health UP with the seeds after %.1f s; seeds annotated after %.1f s\n' "$up" "$annotated"
printf 'memory after start-up: %s\n' "$(memory)"

python3 bench/generate_corpus.py "$WORK/corpus" "$N" > /dev/null
ingest_started=$(date +%s.%N)
"$JAVA" -jar "$WORK/parallax.jar" ingest "$WORK/corpus" > "$WORK/ingest.log" 2>&1
ingested=$(echo "$(date +%s.%N) - $ingest_started" | bc)
until [ "$(pending)" = 0 ]; do sleep 0.2; done
caught_up=$(echo "$(date +%s.%N) - $ingest_started" | bc)
printf 'ingest of %d articles by the CLI: %.1f s; annotated %.1f s after the ingest began: %.0f articles/s\n' \
    "$N" "$ingested" "$caught_up" "$(echo "$N / $caught_up" | bc -l)"
curl -s -u admin:bench "localhost:$PORT/actuator/prometheus" | python3 -c '
import sys
values = {}
for line in sys.stdin:
    if line.startswith("parallax_annotation_seconds{") and "quantile" in line:
        quantile = line.split("quantile=\"")[1].split("\"")[0]
        values[quantile] = float(line.rsplit(" ", 1)[1]) * 1000
    if line.startswith("parallax_annotation_seconds_count"):
        values["count"] = float(line.rsplit(" ", 1)[1])
print("time per article in the portal: p50 %.1f ms, p99 %.1f ms over %d articles" % (values.get("0.5", 0), values.get("0.99", 0), values.get("count", 0)))
'
printf 'memory after annotating: %s\n' "$(memory)"
story=$(curl -s "localhost:$PORT/api/stories" | python3 -c "import json,sys; print(max(json.load(sys.stdin), key=lambda s: len(s['articleIds']))['id'])")
curl -s -o /dev/null "localhost:$PORT/api/stories/$story/comparison"
printf 'memory after the first comparison (embedding model loaded): %s\n' "$(memory)"
