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
options=()
while IFS= read -r option; do
  options+=("$(quote "$option")")
done < <(sed -n 's/^java-options=//p' "$cfg")
if [ -z "$main_class" ] || [ -z "$class_path" ]; then
  echo "make-launcher.sh: $cfg names no main class or class path" >&2
  exit 1
fi

{
  echo '#!/bin/sh'
  echo "# $name: starts the Java runtime beside it (made by packaging/linux/make-launcher.sh from $name.cfg)."
  echo 'image="$(dirname "$(dirname "$(readlink -f "$0")")")"'
  echo 'app_dir="$image/lib/app"'
  echo "exec \"\$image/lib/runtime/bin/java\" ${options[*]} -cp $(quote "$class_path") $(quote "$main_class") \"\$@\""
} >"$launcher.script"
chmod 755 "$launcher.script"
mv "$launcher.script" "$launcher"
echo "make-launcher.sh: $launcher now starts lib/runtime/bin/java directly"
