#!/usr/bin/env bash
# The day's load test (issue #15 item 4): a realistic mix at LOAD_RATE requests/s for LOAD_MINUTES against a stack
# started by ./deploy/run.sh — 85 % citizens reading (home, article, category, search, RSS) and the rest writing
# (comments, votes, API PUTs, editors signed in through Keycloak saving drafts). Gatling (bench/load/pom.xml) writes
# its HTML report under bench/load/target/gatling/; this script adds the node's live heap after a full GC at minute 2
# and at the last minute with the classes whose live bytes grew most between them, and the node's and MariaDB's CPU.
# Not part of ./mvnw verify.
#
#   bench/load.sh                      # 300 req/s for 10 minutes, stack started here (port 8090) unless running
#   LOAD_RATE=100 LOAD_MINUTES=3 bench/load.sh
# Before the LOAD_MINUTES, the rate rises from a tenth over LOAD_RAMP_SECONDS (90) in the same run, as a morning does.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

# a stack started here has a home of its own, made afresh each run (editors' unsaved drafts of an earlier run would
# greet them with "restore your text?" instead of the form); LOAD_HOME=<dir> keeps and reuses one (a national volume)
FRESH_HOME=${LOAD_HOME:+no}
LOAD_HOME=${LOAD_HOME:-$ROOT/.provportal-load}
PORT=${LOAD_PORT:-8090}
RATE=${LOAD_RATE:-300}
MINUTES=${LOAD_MINUTES:-10}
VOLUME=${LOAD_VOLUME:-false}
EDITORS=${LOAD_EDITORS:-6}
API_KEY=${LOAD_API_KEY:-load-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')}
BASE=http://localhost:$PORT
started_here=""

stop_stack() {
  [ -z "${sampler:-}" ] || kill "$sampler" 2>/dev/null || true
  if [ -n "$started_here" ]; then
    pkill -TERM -f "vn.provportal.deploy.Launcher" || true
  fi
}
trap stop_stack EXIT

if curl -fs -o /dev/null "$BASE/hung-yen/"; then
  echo "== ProvPortal already answers on $BASE: loading it as it runs (give LOAD_API_KEY its demo API key)"
else
  echo "== ProvPortal: starting (home $LOAD_HOME, port $PORT, volume $VOLUME)"
  [ "$FRESH_HOME" = no ] || rm -rf "$LOAD_HOME"
  mkdir -p "$LOAD_HOME"
  PROVPORTAL_HOME=$LOAD_HOME PROVPORTAL_HTTP_PORT=$PORT PROVPORTAL_DB_PORT=$((PORT + 217)) \
    PROVPORTAL_KEYCLOAK_PORT=$((PORT + 100)) PROVPORTAL_GRID_PORT=$((PORT - 1190)) \
    PROVPORTAL_DEMO_VOLUME=$VOLUME PROVPORTAL_DEMO_API_KEY=$API_KEY PROVPORTAL_ACCESS_LOG=${LOAD_ACCESS_LOG:-true} \
    setsid nohup ./deploy/run.sh >"$LOAD_HOME/load-stack.log" 2>&1 &
  started_here=yes
  for _ in $(seq 600); do curl -fs -o /dev/null "$BASE/hung-yen/" && break; sleep 1; done
  curl -fs -o /dev/null "$BASE/hung-yen/" || { echo "the stack did not start: $LOAD_HOME/load-stack.log" >&2; exit 1; }
  if [ "$VOLUME" != false ]; then
    echo "== waiting for the volume demo ($VOLUME)"
    for _ in $(seq 3600); do grep -aq "demo volume complete" "$LOAD_HOME/logs/payara.log" && break; sleep 1; done
  fi
fi

# editors sign in through Keycloak, which may still be starting when the portal already answers
for _ in $(seq 300); do curl -fsL "$BASE/admin/" 2>/dev/null | grep -q kc-form-login && break; sleep 1; done

NODE=$(pgrep -f "provportal.node=node-1.*$LOAD_HOME" | head -1 || true)
[ -n "$NODE" ] || NODE=$(pgrep -f "provportal.node=node-1" | head -1)
DB=$(pgrep -f "mariadbd.*--port=$((PORT + 217))" | head -1 || pgrep -f mariadbd | head -1)
REPORT=$ROOT/bench/load/target/load-$(date -u +%Y%m%dT%H%M%SZ).txt
mkdir -p "$(dirname "$REPORT")"

cpu_ticks() { awk '{print $14 + $15}' /proc/"$1"/stat; }

# citizens by address (Gatling's resolver tries ::1 first for "localhost"), the back office by the name Keycloak returns to
GATLING_BASE=http://127.0.0.1:$PORT
RAMP=${LOAD_RAMP_SECONDS:-90}
echo "== load: rising to $RATE req/s over $RAMP s, then $RATE req/s for $MINUTES min (node $NODE, MariaDB $DB)"
node_before=$(cpu_ticks "$NODE"); db_before=$(cpu_ticks "$DB")
histogram() { # what the live heap holds, by class (jcmd collects first): "bytes instances class" lines
  jcmd "$NODE" GC.class_histogram 2>/dev/null | awk '$1 ~ /^[0-9]+:$/ {print $3, $2, $4}'
}
GC_LOG=$LOAD_HOME/logs/gc-node-1.log
inspections() { grep -ac "Pause Full (Heap Inspection Initiated GC)" "$GC_LOG" 2>/dev/null || true; }
sample() { # minute $1: the classes on the live heap and, in MB, the heap the histogram's full collection left (as the
  # GC log says; jstat read after it counted what requests allocated meanwhile). One collection per sample: each stops
  # the node for 0.2-0.5 s, and a second one right after it (GC.run) doubled that pause
  local before live tries=0
  before=$(inspections)
  histogram >"$REPORT.minute-$1"
  # a histogram taken while a thread holds the GC locker skips its collection ("pre-dump GC was skipped") and counts
  # garbage too (329 MB once, beside 157-166): take it again a moment later
  while [ -n "$before" ] && [ "$(inspections)" -le "$before" ] && [ $((tries += 1)) -le 5 ]; do
    sleep 1
    histogram >"$REPORT.minute-$1"
  done
  if [ -n "$before" ] && [ "$(inspections)" -gt "$before" ]; then
    live=$(grep -a "Pause Full (Heap Inspection Initiated GC)" "$GC_LOG" | tail -1 | sed -E 's/.*->([0-9]+)M.*/\1/')
  else # a stack started elsewhere, its GC log not here: the histogram's own total
    live=$(awk '{s += $1} END {printf "%d", s / 1048576}' "$REPORT.minute-$1")
  fi
  echo "heap_minute_${1}_mb $live" >>"$REPORT"
}
elapsed() { # seconds into the simulation, as Gatling's console last said
  grep -ao '[0-9]*s elapsed' "$REPORT.gatling" 2>/dev/null | tail -1 | tr -dc 0-9 || true
}
(
  # every second minute of the full rate from the second on (the last half a minute before the end), so a rise that
  # levels off at a bound (the kept pages' megabytes) is told from one that keeps going
  for m in $( (seq 2 2 "$MINUTES"; echo "$MINUTES") | sort -nu); do
    at=$(( RAMP + m * 60 - (m == MINUTES ? 30 : 0) ))
    until [ "$(elapsed)" -ge "$at" ] 2>/dev/null; do sleep 1; done
    sample "$m"
  done
) &
sampler=$!
set +e
./mvnw -B -f bench/load/pom.xml gatling:test -Dload.base="$GATLING_BASE" -Dload.admin="$BASE" -Dload.rate="$RATE" -Dload.minutes="$MINUTES" \
  -Dload.rampSeconds="$RAMP" -Dload.apiKey="$API_KEY" -Dload.editors="$EDITORS" | tee "$REPORT.gatling"
status=${PIPESTATUS[0]}
set -e
kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true
hz=$(getconf CLK_TCK)
echo "node_cpu_seconds $(( ($(cpu_ticks "$NODE") - node_before) / hz ))" >>"$REPORT"
echo "mariadb_cpu_seconds $(( ($(cpu_ticks "$DB") - db_before) / hz ))" >>"$REPORT"

if [ -s "$REPORT.minute-2" ] && [ -s "$REPORT.minute-$MINUTES" ]; then
  # the classes whose live bytes grew most between minute 2 and the end: where any growth went
  echo "grew_most (KB, instances, class) between minute 2 and minute $MINUTES:" >>"$REPORT"
  awk 'NR == FNR {b[$3] = $1; n[$3] = $2; next} {d = $1 - b[$3]; if (d > 0) printf "%d %d %s\n", d / 1024, $2 - n[$3], $3}' \
    "$REPORT.minute-2" "$REPORT.minute-$MINUTES" | sort -rn | head -15 | sed 's/^/  /' >>"$REPORT" \
    || true # head closes the pipe early (sort then dies of SIGPIPE): not a failure of the run; it ended one
fi

ACCESS=$LOAD_HOME/logs/access-node-1
if [ -d "$ACCESS" ]; then
  sleep 6 # the node writes its access log every 5 s
  # what the node itself took longest over (its own milliseconds, last field), to tell slow work from a request the
  # node never saw; and the posts' times, which bound how many a province's places take a second
  echo "slowest_at_node (ms, request, status):" >>"$REPORT"
  cat "$ACCESS"/* 2>/dev/null | awk '{t = $NF; gsub(/"/, "", t); print t, $0}' | sort -rn | head -10 | cut -d' ' -f2- \
    | sed 's/^/  /' >>"$REPORT" || true # head closes the pipe early: not a failure of the run
  cat "$ACCESS"/* 2>/dev/null | awk '/"POST" "\/[a-z-]+\/(tin-tuc\/[^"]*\/binh-luan|danh-gia)"/ {t = $NF; gsub(/"/, "", t); print t}' \
    | sort -n \
    | awk '{t[NR] = $1} END {if (NR) printf "posts_at_node_ms n %d p50 %d p95 %d p99 %d max %d\n", NR, t[int(NR * .5) + 1],
      t[int(NR * .95) + 1], t[int(NR * .99) + 1], t[NR]}' >>"$REPORT" || true
fi

echo "== result"
grep -E "request count|mean requests/sec|response time 99th|failed|Global:|Reports generated|index.html" "$REPORT.gatling" \
  | sed 's/^[[:space:]]*//' | head -20
cat "$REPORT"
exit "$status"
