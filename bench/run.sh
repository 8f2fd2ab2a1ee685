#!/usr/bin/env bash
# ProvPortal's portal pages beside WordPress 6.1 and nginx serving a static copy, on this machine, in one run:
# one table of req/s, p50/p99, server CPU ms per request and the ratio to WordPress's CPU (bench/README.md).
# Starts the stack (one node, no edge cache) with the volume demo, waits for the volume, warms the JVM, measures
# through ../shared/bench/peers (as root), then searches with 2-4 word queries and reports heap and GC pauses.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

PEERS=${PEERS:-$(cd "$ROOT/../shared/bench/peers" 2>/dev/null && pwd || true)}
BENCH_HOME=${BENCH_HOME:-$ROOT/.provportal-bench}
PORT=${BENCH_PORT:-8090}
VOLUME=${BENCH_VOLUME:-34x6000}
PAGE_CACHE=${BENCH_PAGE_CACHE:-true}
REGION_CACHE=${BENCH_REGION_CACHE:-true}
WARMUP=${BENCH_WARMUP:-60s}
SEARCHES=${BENCH_SEARCHES:-200}
export DURATION=${DURATION:-20s}

[ -x "$PEERS/measure.sh" ] || { echo "peers benchmark not found: set PEERS=<dir of measure.sh>" >&2; exit 2; }
[ "$(id -u)" = 0 ] || { echo "run as root (the peers benchmark installs and starts WordPress and nginx)" >&2; exit 2; }
command -v wrk >/dev/null || { (cd "$PEERS" && ./setup.sh >/dev/null); }

BASE=http://127.0.0.1:$PORT
ARTICLE=/hung-yen/tin-tuc/tong-ket-cong-tac-to-chuc-ngay-hoi-toan-dan-bao-ve-an-ninh-to-quoc-nam-2022
started_here=""

stop_stack() {
  if [ -n "$started_here" ]; then
    pkill -TERM -f "vn.provportal.deploy.Launcher" || true
  fi
}
trap stop_stack EXIT

echo "== peers: WordPress + nginx ($PEERS)"
(cd "$PEERS" && ./setup.sh >/dev/null && ./start.sh >/dev/null)

if curl -fs -o /dev/null "$BASE$ARTICLE"; then
  echo "== ProvPortal already answers on $BASE: measuring it as it runs"
else
  echo "== ProvPortal: starting (home $BENCH_HOME, port $PORT, volume $VOLUME, page cache $PAGE_CACHE, region cache $REGION_CACHE)"
  mkdir -p "$BENCH_HOME"
  PROVPORTAL_HOME=$BENCH_HOME PROVPORTAL_HTTP_PORT=$PORT PROVPORTAL_DB_PORT=$((PORT + 217)) \
    PROVPORTAL_KEYCLOAK_PORT=$((PORT + 100)) PROVPORTAL_GRID_PORT=$((PORT - 1190)) \
    PROVPORTAL_DEMO_VOLUME=$VOLUME PROVPORTAL_PAGE_CACHE_ENABLED=$PAGE_CACHE PROVPORTAL_REGION_CACHE_ENABLED=$REGION_CACHE \
    PROVPORTAL_SEARCH_PER_MINUTE=${PROVPORTAL_SEARCH_PER_MINUTE:-1000000} \
    setsid nohup ./deploy/run.sh >"$BENCH_HOME/bench-stack.log" 2>&1 &
  started_here=yes
  for _ in $(seq 600); do curl -fs -o /dev/null "$BASE$ARTICLE" && break; sleep 1; done
  curl -fs -o /dev/null "$BASE$ARTICLE" || { echo "the stack did not start: $BENCH_HOME/bench-stack.log" >&2; exit 1; }
fi

LOG=$BENCH_HOME/logs/payara.log
if [ "$VOLUME" != false ] && [ -f "$LOG" ]; then
  echo "== waiting for the volume demo ($VOLUME) to be loaded"
  for _ in $(seq 3600); do grep -aq "demo volume complete" "$LOG" && break; sleep 1; done
  grep -a "demo volume complete" "$LOG" | tail -1 | sed 's/.*\] //'
fi

NODE=$(pgrep -f "provportal.node=node-1.*$BENCH_HOME" | head -1 || true)
[ -n "$NODE" ] || NODE=$(pgrep -f "provportal.node=node-1" | head -1)
DB=$(pgrep -f "mariadbd.*$BENCH_HOME" | head -1 || true)
[ -n "$DB" ] || DB=$(pgrep -f "mariadbd" | grep -v "$(cat /var/run/peersbench/*mariadb*.pid 2>/dev/null || echo none)" | head -1)

last=$(curl -fs "$BASE/hung-yen/chuyen-muc/tin-tuc" | grep -o 'Trang 1 / [0-9]*' | awk '{print $NF}' | head -1)
declare -A PAGE=(
  [pp_article]="$ARTICLE"
  [pp_home]="/hung-yen/"
  [pp_category]="/hung-yen/chuyen-muc/tin-tuc"
  [pp_category_last]="/hung-yen/chuyen-muc/tin-tuc?trang=${last:-1}"
  [pp_search]="/hung-yen/tim-kiem?q=lua+dao+khong+gian+mang"
  [pp_search_vi]="/hung-yen/tim-kiem?q=l%E1%BB%ABa+%C4%91%E1%BA%A3o+kh%C3%B4ng+gian+m%E1%BA%A1ng"
)
ORDER="pp_article pp_home pp_category pp_category_last pp_search pp_search_vi"

echo "== warming the JVM: $WARMUP per page"
for name in $ORDER; do wrk -t2 -c32 -d"$WARMUP" "$BASE${PAGE[$name]}" >/dev/null; done

echo "== measuring (wrk -t2 -c32 -d$DURATION; CPU of the node $NODE and its MariaDB $DB)"
targets=(wp_article wp_home static_article)
for name in $ORDER; do targets+=("$name=$BASE${PAGE[$name]}"); done
(cd "$PEERS" && EXTRA_PIDS="$NODE $DB" ./measure.sh "${targets[@]}" >/dev/null)
SUMMARY=$(ls -d /var/lib/peersbench/results/*/ | sort | tail -1)summary.tsv

echo
echo "Run $(date -u +%FT%TZ) on $(nproc) cores, load before: $(awk 'NR==2{print $NF}' "$SUMMARY"); page cache in the node: $PAGE_CACHE, kept parts of pages: $REGION_CACHE"
awk -F'\t' -v OFS='\t' '
  NR == 1 { next }
  { rps[$1] = $2; p50[$1] = $3; p99[$1] = $4; err[$1] = $5; cpu[$1] = $11; order[++n] = $1 }
  END {
    printf "%-18s %9s %9s %9s %7s %13s %12s\n", "page", "req/s", "p50 ms", "p99 ms", "errors", "CPU ms/req", "WP CPU / ours"
    for (i = 1; i <= n; i++) {
      t = order[i]; peer = (t ~ /article/ ? "wp_article" : "wp_home")
      ratio = (t ~ /^wp_/ || cpu[t] == 0) ? "" : sprintf("%.1fx (%s)", cpu[peer] / cpu[t], peer)
      printf "%-18s %9s %9s %9s %7s %13s %12s\n", t, rps[t], p50[t], p99[t], err[t], cpu[t], ratio
    }
  }' "$SUMMARY"

echo
echo "== search: $SEARCHES distinct 2-4 word queries, one at a time (half without diacritics)"
words_vi=(lừa đảo mạng xã hội ma túy tổng hợp giao thông trộm cắp tài sản an ninh trật tự cháy nổ căn cước định danh điện tử)
words_ascii=(lua dao mang xa hoi ma tuy tong hop giao thong trom cap tai san an ninh trat tu chay no can cuoc dinh danh dien tu)
cpu_ticks() { awk '{ print $14 + $15 }' /proc/"$1"/stat; }
node_before=$(cpu_ticks "$NODE"); db_before=$(cpu_ticks "$DB")
times=()
for i in $(seq "$SEARCHES"); do
  n=$((2 + i % 3)); q=""
  for j in $(seq $n); do
    k=$(( (i * 7 + j * 13) % ${#words_vi[@]} ))
    if [ $((i % 2)) = 0 ]; then w=${words_vi[$k]}; else w=${words_ascii[$k]}; fi
    q="$q $w"
  done
  q="${q# }"
  # r= makes every address distinct, so no kept copy answers; it is not a search word (a number there made most
  # queries match nothing: the figures before 30/11/2026 18:58 measured mostly empty searches)
  t=$(curl -s -o /dev/null -w '%{time_total}' -G --data-urlencode "q=$q" --data "r=$RANDOM$i" "$BASE/hung-yen/tim-kiem")
  times+=("$t")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 * 1000 } END {
  printf "search latency: p50 %.1f ms, p95 %.1f ms, max %.1f ms over %d queries\n", a[int(NR * 0.5)], a[int(NR * 0.95)], a[NR], NR }'
awk -v n="$(( $(cpu_ticks "$NODE") - node_before ))" -v d="$(( $(cpu_ticks "$DB") - db_before ))" -v hz="$(getconf CLK_TCK)" \
    -v q="$SEARCHES" 'BEGIN { printf "search CPU: %.1f ms per distinct query (node %.1f + MariaDB %.1f), none answered from a kept part\n",
    (n + d) * 1000 / hz / q, n * 1000 / hz / q, d * 1000 / hz / q }'

if [ "${BENCH_BAD_INPUT:-true}" = true ]; then
  echo
  echo "== bad input beside readers: the article page (wrk -t1 -c8 -d15s) alone, during each, alone again"
  # p50 and p99 in ms from wrk --latency
  article_latency() {
    wrk -t1 -c8 -d15s --latency "$BASE$ARTICLE" | awk '
      function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
      $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) } END { printf "%.1f %.1f", p50, p99 }'
  }
  during() { # $1: label, $2: the hostile loop, in the background; $3 = finish: let it end (else stopped with the measure)
    bash -c "$2" >/dev/null 2>&1 & local flood=$!
    local l; l=$(article_latency)
    if [ "${3:-}" = finish ]; then wait "$flood" || true; else kill "$flood" 2>/dev/null; wait "$flood" 2>/dev/null || true; fi
    report "$1" "$l"
  }
  report() { awk -v label="$1" -v l="$2" -v base="$alone" 'BEGIN { split(l, a, " "); split(base, b, " ");
    printf "%-38s %9.1f %9.1f %8.2fx\n", label, a[1], a[2], a[2] / b[2] }'; }
  printf "%-38s %9s %9s %9s\n" "beside" "p50 ms" "p99 ms" "p99/alone"
  alone=$(article_latency); report "nothing (alone)" "$alone"
  during "1,000 distinct searches in a row" "for i in \$(seq 1000); do curl -s -o /dev/null -G \
    --data-urlencode \"q=\${RANDOM} \$((RANDOM % 97)) an ninh trat tu\" '$BASE/hung-yen/tim-kiem'; done" finish
  during "deep pages (?trang=1..999999)" "while :; do curl -s -o /dev/null '$BASE/hung-yen/chuyen-muc/tin-tuc?trang='\$((RANDOM * 30)); \
    curl -s -o /dev/null '$BASE/hung-yen/tim-kiem?q=lua+dao&trang=999999'; done"
  during "200-character and empty search terms" "long=\$(printf 'canh giac lua dao %.0s' \$(seq 12)); while :; do \
    curl -s -o /dev/null -G --data-urlencode \"q=\${RANDOM}\$long\" '$BASE/hung-yen/tim-kiem'; \
    curl -s -o /dev/null '$BASE/hung-yen/tim-kiem?q='; done"
  # the control: a client as busy as the loops above, asking for nothing hostile (a page that does not exist); what
  # it costs the readers is what any second client costs on 2 shared cores, not what bad input costs
  during "control: an ordinary 404 in a loop" "while :; do curl -s -o /dev/null '$BASE/hung-yen/khong-co-trang-nay'; done"
  report "nothing (alone again)" "$(article_latency)"
fi

echo
GC=$BENCH_HOME/logs/gc-node-1.log
if [ -f "$GC" ]; then
  awk '/Pause/ { n++; v = $NF; sub(/ms$/, "", v); if (v + 0 > max) max = v + 0; sum += v } END {
    printf "GC: %d pauses, longest %.1f ms, total %.0f ms (node 1, since start)\n", n, max, sum }' "$GC"
fi
echo "heap limit: $(tr '\0' ' ' </proc/"$NODE"/cmdline | grep -o -- '-Xmx[0-9a-z]*'), node RSS $(awk '/VmRSS/ {print int($2/1024) " MB"}' /proc/"$NODE"/status)," \
     "OutOfMemoryError in the log: $(grep -ac OutOfMemoryError "$LOG" 2>/dev/null || true)"
echo "raw results: $(dirname "$SUMMARY")"
