#!/usr/bin/env bash
# One province's backup and restore (see README, "Operations"), against the configured database (PROVPORTAL_*),
# the stack running or not.
#   ./deploy/province.sh export <code> <file.zip>
#   ./deploy/province.sh check <file.zip>
#   ./deploy/province.sh import <file.zip> [--as <new-code>]
#   ./deploy/province.sh erase <code> --yes        (an archived province; its archive is written to the backups first)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
stack="$root/deploy/target/stack"
if [ ! -d "$root/deploy/target/lib" ] || [ ! -f "$root/deploy/target/classes/vn/provportal/deploy/ProvinceTool.class" ]; then
  echo "ProvPortal: building (./mvnw package) ..." >&2
  (cd "$root" && ./mvnw -B -q -DskipTests package)
fi
exec java -Xmx512m -cp "$root/deploy/target/classes:$root/deploy/target/lib/*" vn.provportal.deploy.ProvinceTool "$stack" "$@"
