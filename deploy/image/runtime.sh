#!/usr/bin/env bash
# Root filesystem of ProvPortal's node image, for Jib to build FROM scratch: no registry, no Docker daemon.
#   deploy/image/runtime.sh <output dir>
# A Java runtime cut by jlink from the JDK that runs the build (the modules Payara Micro uses), plus the shared
# libraries that runtime loads, taken from this machine (Debian 12: glibc 2.36, which has its NSS modules built in),
# an /etc/passwd naming the unprivileged user the node runs as, and an empty /tmp.
set -euo pipefail
out=$1
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
modules=java.se,jdk.unsupported,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.naming.dns,jdk.management,jdk.management.agent,\
jdk.zipfs,jdk.localedata,jdk.charsets,jdk.jfr,jdk.httpserver,jdk.security.auth,jdk.security.jgss,jdk.net

rm -rf "$out"
mkdir -p "$out/opt" "$out/tmp" "$out/etc" "$out/home/provportal"
"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
    --output "$out/opt/java"

# Every library the runtime's programs and native parts link to, at the path the dynamic loader looks for it.
find "$out/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' -o -name jspawnhelper \) -print0 \
    | xargs -0 -n 1 ldd 2>/dev/null | grep -o '/[^ ]*' | sort -u | while read -r lib; do
        case "$lib" in "$out"*) continue ;; esac
        mkdir -p "$out$(dirname "$lib")"
        cp -L "$lib" "$out$lib"
    done
# glibc loads these at run time by name (name lookup of hosts and users, character sets), not through ldd's list.
for lib in /lib/x86_64-linux-gnu/libnss_dns.so.2 /lib/x86_64-linux-gnu/libnss_files.so.2 \
           /lib/x86_64-linux-gnu/libresolv.so.2; do
    [ -e "$lib" ] && cp -L "$lib" "$out$lib"
done

cat > "$out/etc/passwd" <<'PASSWD'
root:x:0:0:root:/root:/sbin/nologin
provportal:x:1000:1000:ProvPortal:/home/provportal:/sbin/nologin
PASSWD
cat > "$out/etc/group" <<'GROUP'
root:x:0:
provportal:x:1000:
GROUP
printf 'passwd: files\ngroup: files\nhosts: files dns\n' > "$out/etc/nsswitch.conf"
printf '127.0.0.1 localhost\n::1 localhost\n' > "$out/etc/hosts"
echo "image runtime in $out: $(du -sh "$out" | cut -f1)"
