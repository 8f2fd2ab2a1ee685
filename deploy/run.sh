#!/usr/bin/env bash
# ProvPortal: build what is missing, then start MariaDB, Keycloak and Payara Micro. Ctrl-C stops all.
# Configuration: PROVPORTAL_* environment variables (see README.md).
# --demo-volume: also fill the 34 provinces' portals with 6,000 articles each, in the background (issue #14).
set -euo pipefail
cd "$(dirname "$0")/.."

for arg in "$@"; do
  case "$arg" in
    --demo-volume) export PROVPORTAL_DEMO_VOLUME="${PROVPORTAL_DEMO_VOLUME:-34x6000}" ;;
    *) echo "unknown option: $arg (known: --demo-volume)" >&2; exit 2 ;;
  esac
done

stack=deploy/target/stack
marker="$stack/ROOT.war"
if [ ! -f "$marker" ] || [ ! -f "$stack/admin.war" ] || [ ! -d deploy/target/lib ] \
   || [ -n "$(find pom.xml platform-core portal-web tenant-admin deploy/pom.xml deploy/src deploy/edge deploy/payara -newer "$marker" -type f \
                -not -path '*/target/*' 2>/dev/null | head -n 1)" ]; then
  echo "ProvPortal: building (./mvnw package) ..."
  ./mvnw -B -q -DskipTests package
fi

exec java -Xmx384m -cp "deploy/target/classes:deploy/target/lib/*" vn.provportal.deploy.Launcher "$stack"
