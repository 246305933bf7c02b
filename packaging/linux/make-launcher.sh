#!/usr/bin/env bash
# Replaces the Linux app image's launcher with a shell script that starts the runtime's own `java`
# with the options, class path and main class jpackage wrote into lib/app/<name>.cfg.
#
# Why: jpackage's Linux launcher (JDK 17) asks `rpm -qf` and then `dpkg -S` which package owns it,
# and after an install `dpkg -L` too, before it starts the JVM: every start, about 0.2 s here
# (`--version` 0.34-0.40 s through it, 0.13-0.16 s through `java`, same runtime, archive and class
# path; bench/findings.md). The script asks nothing. The runtime keeps bin/java for it
# (train-cds.sh removes the other tools).
#
# usage: make-launcher.sh <app-image-dir> <launcher-name>     (does nothing on other systems)
set -euo pipefail

image="$1"
name="$2"
[ "$(uname -s)" = Linux ] || exit 0

cfg="$image/lib/app/$name.cfg"
launcher="$image/bin/$name"
if [ ! -f "$cfg" ] || [ ! -x "$launcher" ] || [ ! -x "$image/lib/runtime/bin/java" ]; then
  echo "make-launcher.sh: $image is not a Linux app image with $cfg, $launcher and lib/runtime/bin/java" >&2
  exit 1
fi

# One shell word per value, each in single quotes, $APPDIR (jpackage's name for lib/app) as a variable.
quote() {
  local value="${1//\'/\'\\\'\'}"
  printf "'%s'" "${value//\$APPDIR/\'\"\$app_dir\"\'}"
}
main_class=$(sed -n 's/^app\.mainclass=//p' "$cfg")
class_path=$(sed -n 's/^app\.classpath=//p' "$cfg" | paste -sd ':')
main_jar=$(sed -n 's/^app\.classpath=//p' "$cfg" | head -n 1)
options=()
while IFS= read -r option; do
  options+=("$(quote "$option")")
done < <(sed -n 's/^java-options=//p' "$cfg")
if [ -z "$main_class" ] || [ -z "$class_path" ]; then
  echo "make-launcher.sh: $cfg names no main class or class path" >&2
  exit 1
fi

java="\"\$image/lib/runtime/bin/java\""
run_options="${options[*]} -cp $(quote "$class_path")"
{
  echo '#!/bin/sh'
  echo "# $name: starts the Java runtime beside it (made by packaging/linux/make-launcher.sh from $name.cfg)."
  echo 'image="$(dirname "$(dirname "$(readlink -f "$0")")")"'
  echo 'app_dir="$image/lib/app"'
  cat <<'ARCHIVE'
# The class-data archive of the app's own classes too, made where the app is installed
# (lib/app/make-class-archive.sh, run by the package's post-install step). It is used only while
# it is newer than the app's jar and the runtime: the JVM would refuse a stale one and then start
# with no archive at all, slower than with the runtime's own archive, which it falls back to here.
archive="$app_dir/classes.jsa"
ARCHIVE
  echo "if [ -f \"\$archive\" ] && [ \"\$archive\" -nt $(quote "$main_jar") ] && [ \"\$archive\" -nt \"\$image/lib/runtime/lib/modules\" ]; then"
  echo "  exec $java \"-XX:SharedArchiveFile=\$archive\" -Xlog:cds=off -Xlog:class+path=off $run_options $(quote "$main_class") \"\$@\""
  echo 'fi'
  echo "exec $java $run_options $(quote "$main_class") \"\$@\""
} >"$launcher.script"
chmod 755 "$launcher.script"
mv "$launcher.script" "$launcher"
echo "make-launcher.sh: $launcher now starts lib/runtime/bin/java directly"

# The archive's maker: the same runtime, options and exact class path as the launcher (an archive
# that names class-path jars maps only at the absolute paths it was made with, so it is made on
# the machine, in the installed folder), over the classes a training start loaded
# (lib/app/classes.lst, written by packaging/train-cds.sh). Written beside the old one and moved
# over it, so a start never meets half an archive.
maker="$image/lib/app/make-class-archive.sh"
{
  echo '#!/bin/sh'
  echo "# Makes lib/app/classes.jsa, the class-data archive $name starts from (made by packaging/linux/make-launcher.sh)."
  echo "# The package's post-install step runs it; run it by hand after unpacking an app image elsewhere."
  echo 'set -e'
  echo 'image="$(dirname "$(dirname "$(dirname "$(readlink -f "$0")")")")"'
  echo 'app_dir="$image/lib/app"'
  cat <<'MAKER'
list="$app_dir/classes.lst"
part="$app_dir/classes.jsa.part"
if [ ! -s "$list" ]; then
  echo "make-class-archive.sh: $list is missing; the app starts from the runtime's own archive" >&2
  exit 1
fi
rm -f "$part"
MAKER
  # The launcher's options first: its -Xshare:auto must not win over -Xshare:dump.
  echo "if ! $java $run_options -Xshare:dump \"-XX:SharedClassListFile=\$list\" \"-XX:SharedArchiveFile=\$part\" >/dev/null 2>&1; then"
  cat <<'MAKER'
  rm -f "$part"
  echo "make-class-archive.sh: the archive could not be made; the app starts from the runtime's own archive" >&2
  exit 1
fi
chmod 644 "$part"
mv -f "$part" "$app_dir/classes.jsa"
MAKER
} >"$maker"
chmod 755 "$maker"
echo "make-launcher.sh: $maker makes the app's class-data archive where it is installed"
