#!/usr/bin/env bash
# ProvPortal: build what is missing, then start MariaDB, Keycloak and Payara Micro. Ctrl-C stops all.
# Configuration: PROVPORTAL_* environment variables (see README.md).
set -euo pipefail
cd "$(dirname "$0")/.."

stack=deploy/target/stack
marker="$stack/ROOT.war"
if [ ! -f "$marker" ] || [ ! -f "$stack/admin.war" ] || [ ! -d deploy/target/lib ] \
   || [ -n "$(find pom.xml platform-core portal-web tenant-admin deploy/pom.xml deploy/src deploy/edge deploy/payara -newer "$marker" -type f \
                -not -path '*/target/*' 2>/dev/null | head -n 1)" ]; then
  echo "ProvPortal: building (./mvnw package) ..."
  ./mvnw -B -q -DskipTests package
fi

exec java -Xmx384m -cp "deploy/target/classes:deploy/target/lib/*" vn.provportal.deploy.Launcher "$stack"
