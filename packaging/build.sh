#!/usr/bin/env bash
# Builds the installers from target/wscope.jar (run `mvn -q -DskipTests package` first, or let
# `mvn -Ppackage -DskipTests package` call this script):
#   1. a runtime trimmed to the JDK modules Wscope needs (jlink);
#   2. the app-image target/dist/wscope (jpackage), launcher target/dist/wscope/bin/wscope;
#   3. the class list of a training run that opens the window and exits after the first frame
#      (needs a display: Xvfb is started when DISPLAY is unset);
#   4. the .deb target/dist/wscope_VERSION-1_amd64.deb from that app-image; its postinst turns the class
#      list into a class-data-sharing archive where the jar is installed;
#   5. the same archive for the app-image, lib/app/wscope.jsa.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/packaging/lib.sh"
trap stop_started EXIT

jdk=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
jar=$root/target/wscope.jar
work=$root/target/packaging
dist=$root/target/dist
app=$dist/wscope/lib/app
java=$dist/wscope/lib/runtime/bin/java
[ -f "$jar" ] || { echo "no $jar: run mvn -q -DskipTests package first" >&2; exit 2; }
[ -x "$jdk/bin/jpackage" ] || { echo "no jpackage in $jdk: set JAVA_HOME to a JDK 17" >&2; exit 2; }
started=$SECONDS

rm -rf "$work" "$dist"
mkdir -p "$work/jar" "$work/input" "$work/home" "$dist"

# The jar and the runtime go into the .deb uncompressed: the .deb's xz then packs each to about half of
# what their own zip compression reaches (jar 21.6 -> 10.2 MB, modules 21.3 -> 10.1 MB), which keeps the
# .deb under 40 MB; reading stored entries also spares the inflating at start-up.
(cd "$work/jar" && "$jdk/bin/jar" --extract --file "$jar")
# The pom writes its version into the manifest: one source for the jar and the package.
version=$(sed -n 's/^Implementation-Version: *//p' "$work/jar/META-INF/MANIFEST.MF" | tr -d '\r')
"$jdk/bin/jar" --create --no-compress --file "$work/input/wscope.jar" \
  --manifest "$work/jar/META-INF/MANIFEST.MF" -C "$work/jar" .

# What jdeps sees in the bytecode, plus what is reached only by service loading:
#   jdk.crypto.ec  the SunEC provider: without it a wss:// handshake has no ECDHE key exchange and fails.
# (JavaFX stays in the jar on the class path; its jdk.unsupported use is in the jdeps list already.)
# --generate-cds-archive gives the runtime the JDK's default archive, as a plain JDK has (the bare-window
# baseline of the start-up benchmark runs on it; the launcher uses Wscope's own archive instead).
modules=$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 "$jar"),jdk.crypto.ec
echo "runtime modules: $modules"
"$jdk/bin/jlink" --add-modules "$modules" --output "$work/runtime" \
  --strip-debug --no-header-files --no-man-pages --compress=0 --generate-cds-archive

# The jpackage 17 launcher replaces $APPDIR with the absolute lib/app folder. -Xshare:auto (the default,
# said out loud) means a missing or stale archive only costs speed: the app still starts. -Xms2g: the
# 256 MiB payload budget filled with 1 MiB messages is 512 MiB of heap (each a 2 MiB humongous region); a
# heap of 1/64 of the RAM ran G1 into one marking cycle after another (half the receiving rate), one of
# 1 GiB still into a pause at every few such messages past 45% (82-85% of the bare client's rate against
# 99-104% with 2 GiB). Without -Xmx the JVM raises its maximum to 2 GiB where the RAM would give less.
"$jdk/bin/jpackage" --type app-image --dest "$dist" --name wscope --app-version "$version" \
  --vendor Wscope --description "Desktop WebSocket API debugging client" \
  --input "$work/input" --main-jar wscope.jar --main-class dev.wscope.Main \
  --runtime-image "$work/runtime" --icon "$root/src/main/resources/icons/wscope-256.png" \
  --java-options '-XX:SharedArchiveFile=$APPDIR/wscope.jsa' --java-options -Xshare:auto --java-options -Xms2g

# A class list, not a dynamic archive (-XX:ArchiveClassesAtExit): an archive of JDK 17 holds the jar's
# absolute path and is refused anywhere else ("shared class paths mismatch"), so one recorded here would
# be dead weight in /opt/wscope. The list is path-free; -Xshare:dump makes the archive from it in place.
if [ -z "${DISPLAY:-}" ] && command -v Xvfb >/dev/null; then
  start_xvfb "$work"
fi
if [ -n "${DISPLAY:-}" ]; then
  echo "recording the class list (training run on DISPLAY=$DISPLAY)"
  timeout 180 "$java" -Xshare:off -XX:DumpLoadedClassList="$app/wscope.classlist" \
    -Dwscope.exitWhenComplete=true -Dwscope.home="$work/home" -cp "$app/wscope.jar" dev.wscope.Main \
    >"$work/training.log" 2>&1 || { cat "$work/training.log" >&2; exit 1; }
  stop_started
else
  echo "no DISPLAY and no Xvfb: no start-up archive (Wscope works, it only starts slower)" >&2
fi

# Libraries the JavaFX natives inside the jar link against, which jpackage cannot see (readelf -d NEEDED
# of libglassgtk3, libprism_es2, libglass, libjavafx_font_*); libgtk-3-0 pulls in cairo, pango, atk,
# gdk-pixbuf, glib, fontconfig, freetype and X11. packaging/deb holds the postinst and prerm templates.
"$jdk/bin/jpackage" --type deb --app-image "$dist/wscope" --dest "$dist" --name wscope --app-version "$version" \
  --vendor Wscope --description "Desktop WebSocket API debugging client" \
  --icon "$root/src/main/resources/icons/wscope-256.png" --resource-dir "$root/packaging/deb" \
  --linux-package-name wscope --linux-deb-maintainer packaging@wscope.dev \
  --linux-package-deps "libgtk-3-0, libxtst6, libxxf86vm1, libgl1" \
  --linux-shortcut --linux-menu-group Development --linux-app-category devel

if [ -f "$app/wscope.classlist" ]; then
  # The postinst's command, for the app-image; -Xshare:on then refuses to start unless the archive maps.
  "$java" -Xshare:dump -XX:SharedClassListFile="$app/wscope.classlist" -XX:SharedArchiveFile="$app/wscope.jsa" \
    -cp "$app/wscope.jar" >"$work/dump.log" 2>&1 || { cat "$work/dump.log" >&2; exit 1; }
  "$java" -XX:SharedArchiveFile="$app/wscope.jsa" -Xshare:on -cp "$app/wscope.jar" dev.wscope.Main --version >/dev/null
fi

du -sm "$dist/wscope" | awk '{printf "app-image target/dist/wscope: %d MB\n", $1}'
for deb in "$dist"/wscope_*.deb; do
  printf '%s: %.1f MB\n' "${deb#"$root/"}" "$(stat -c %s "$deb" | awk '{print $1 / 1048576}')"
done
echo "packaging took $((SECONDS - started)) s"
