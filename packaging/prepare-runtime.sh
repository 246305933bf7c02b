#!/usr/bin/env bash
# Finishes the jlinked runtime: puts JavaFX's native libraries where JavaFX looks for them first
# when it runs from a runtime image (lib/ on Linux and macOS, bin/ on Windows).
#
# Why: the Maven JavaFX jars carry their natives as plain resources. Left inside the modules
# file, JavaFX would unpack them into the user's home folder on every first start; beside the
# runtime they load directly, as with the JavaFX jmods, and the .deb dependency scan sees them.
#
# usage: prepare-runtime.sh <runtime-dir> <javafx-jars-dir> <jdk-home>
set -euo pipefail

runtime="$1"
javafx_jars="$2"
jar_tool="$3/bin/jar"

case "$(uname -s)" in
  MINGW*|MSYS*|CYGWIN*) native_dir="$runtime/bin" ;;
  *) native_dir="$runtime/lib" ;;
esac

unpacked=0
for jar in "$javafx_jars"/*.jar; do
  natives=$("$jar_tool" --list --file "$jar" | grep -E '^[^/]+\.(so|dll|dylib)$' || true)
  [ -n "$natives" ] || continue
  # jar can only extract into the working folder, so do it in the target folder itself.
  # shellcheck disable=SC2086 # one name per line, none with spaces
  (cd "$native_dir" && "$jar_tool" --extract --file "$jar" $natives)
  unpacked=$((unpacked + $(wc -l <<<"$natives")))
done

if [ "$unpacked" -eq 0 ]; then
  echo "prepare-runtime.sh: no JavaFX native libraries found in $javafx_jars" >&2
  exit 1
fi
echo "prepare-runtime.sh: $unpacked JavaFX native libraries placed in $native_dir"
