#!/usr/bin/env bash
# One province's flood beside another's readers (security issue #12 item 10): Hưng Yên's reference article measured
# alone, then again while Thái Bình's comment form takes a flood of posts — from one address (each refused after the
# per-client limit) and from many (X-Forwarded-For, as the edge cache sends it; those posts are stored and wait in
# Thái Bình's moderation queue). Prints req/s and p50/p99 of each. wrk runs on the same machine and takes CPU too.
# Usage: bench/flood.sh [portal-url]   (a running demo stack: ./deploy/run.sh; default http://localhost:8080)
#        FLOOD_RATE=0 bench/flood.sh … (flood as fast as the server answers)
set -euo pipefail
PORTAL=${1:-http://localhost:8080}
DURATION=${DURATION:-15}
FLOOD_CONNECTIONS=${FLOOD_CONNECTIONS:-8}
# posts per second at Thái Bình (the attack run sent 2,000 in 20 s); 0: as fast as the server answers
FLOOD_RATE=${FLOOD_RATE:-100}
command -v wrk >/dev/null || { echo "needs wrk (Debian: apt-get install wrk)" >&2; exit 2; }
HY="$PORTAL/hung-yen/tin-tuc/cong-an-tinh-hung-yen-ra-quan-tan-cong-tran-ap-toi-pham-dip-cuoi-nam"
TB_ARTICLE=$(curl -fsS "$PORTAL/thai-binh/" | grep -o 'href="/thai-binh/tin-tuc/[^"]*"' | head -1 | sed 's/href="//;s/"//')
[ -n "$TB_ARTICLE" ] || { echo "no Thái Bình article found at $PORTAL/thai-binh/" >&2; exit 2; }
TOKEN=$(curl -fsS "$PORTAL$TB_ARTICLE" | grep -o 'name="token" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/flood.lua" <<LUA
local many = os.getenv("MANY") == "1"
local rate = tonumber(os.getenv("FLOOD_RATE"))
local n = 0
delay = function()
  if rate > 0 then return $FLOOD_CONNECTIONS * 1000 / rate end
  return 0
end
request = function()
  n = n + 1
  local headers = { ["Content-Type"] = "application/x-www-form-urlencoded", ["Origin"] = "$PORTAL" }
  if many then headers["X-Forwarded-For"] = "198.51." .. (n % 250) .. "." .. (math.random(1, 250)) end
  return wrk.format("POST", nil, headers,
    "token=$TOKEN&name=Khach&email=&body=Mua+ban+tai+khoan+ngan+hang+gia+re+lien+he+ngay+so+dien+thoai+" .. n .. "&consent=yes&website=")
end
LUA

measure() { # label
  wrk -t2 -c32 -d"${DURATION}s" --latency "$HY" > "$work/hy.txt"
  printf '%-34s %9s %9s %9s\n' "$1" "$(awk '/Requests\/sec/{print $2}' "$work/hy.txt")" \
    "$(awk '$1=="50%"{print $2}' "$work/hy.txt")" "$(awk '$1=="99%"{print $2}' "$work/hy.txt")"
}
flooded() { # label many
  MANY=$2 FLOOD_RATE=$FLOOD_RATE wrk -t1 -c"$FLOOD_CONNECTIONS" -d"$((DURATION + 4))s" -s "$work/flood.lua" "$PORTAL$TB_ARTICLE/binh-luan" > "$work/flood.txt" &
  sleep 2
  measure "$1"
  wait
  printf '%-34s %9s req/s (%s answered other than 2xx/3xx)\n' "  Thái Bình's flood" \
    "$(awk '/Requests\/sec/{print $2}' "$work/flood.txt")" "$(awk '/Non-2xx/{print $5}' "$work/flood.txt")"
}

wrk -t2 -c32 -d10s "$HY" > /dev/null   # warm-up
printf '%-34s %9s %9s %9s\n' "Hưng Yên article" "req/s" "p50" "p99"
measure "alone"
flooded "TB flooded from one address" 0
flooded "TB flooded from many addresses" 1
measure "alone again"
