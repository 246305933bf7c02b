#!/usr/bin/env bash
# Makes the packaged app start faster: a training start of the real app image records which
# classes a start loads, and the runtime's default CDS archive is rebuilt to hold them
# (JDK classes and JavaFX, both from the runtime image), then the runtime's own command-line
# tools are removed, as jpackage would do by default.
#
# Why the runtime's default archive and not a dynamic AppCDS archive of the app's jars:
# on Java 17 an archive that names class-path jars only works at the exact absolute path it was
# made at. The app image is made in target/dist but installed in /opt (or Program Files, or
# /Applications), so such an archive would be silently ignored after installation. Classes in the
# runtime's modules file carry no absolute path, so this archive keeps working wherever the app
# is installed. The app's own jars (a small share of the classes) load normally.
#
# usage: train-cds.sh <app-image-dir> <launcher-name> <work-dir> [app arguments for the training start]
#
# On Linux without a display the training start runs under xvfb-run (package xvfb); with xdotool
# it ends as soon as the first window shows, otherwise after a fixed wait.
set -euo pipefail

window_wait_seconds=40
settle_seconds=3
blind_wait_seconds=15

if [ "${1:-}" = "--in-display" ]; then
  shift
  in_display=yes
else
  in_display=no
fi
image="$1"
name="$2"
work="$3"
shift 3
training_args=("$@")

if [ -x "$image/bin/$name" ]; then                 # Linux
  launcher="$image/bin/$name"; runtime="$image/lib/runtime"; java_bin="$runtime/bin/java"
elif [ -x "$image/Contents/MacOS/$name" ]; then    # macOS
  launcher="$image/Contents/MacOS/$name"; runtime="$image/Contents/runtime/Contents/Home"; java_bin="$runtime/bin/java"
elif [ -f "$image/$name.exe" ]; then               # Windows
  launcher="$image/$name.exe"; runtime="$image/runtime"; java_bin="$runtime/bin/java.exe"
else
  echo "train-cds.sh: no launcher named $name in $image" >&2
  exit 1
fi

# Runs the app once and ends it when its window is up. Called inside a display.
training_start() {
  mkdir -p "$work/home" "$work/data"
  # A throw-away home and data folder: training must not read or write the builder's vault.
  HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
  XDG_CACHE_HOME="$work/home/.cache" SMH_TOKEN_MANAGER_HOME="$work/data" \
  JAVA_TOOL_OPTIONS="-Xshare:off -XX:DumpLoadedClassList=$work/training.classlist" \
    "$launcher" ${training_args[@]+"${training_args[@]}"} >"$work/training.log" 2>&1 </dev/null &
  local pid=$! waited=0 window=""
  while kill -0 "$pid" 2>/dev/null && [ "$waited" -lt "$window_wait_seconds" ]; do
    if command -v xdotool >/dev/null && [ -n "${DISPLAY:-}" ]; then
      window=$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | head -n 1 || true)
      [ -n "$window" ] && break
    elif [ "$waited" -ge "$blind_wait_seconds" ]; then
      break
    fi
    sleep 1
    waited=$((waited + 1))
  done
  local outcome
  if [ -n "$window" ]; then
    sleep "$settle_seconds"                         # let the first frames render and style
    outcome="showed its window after ${waited}s"
  elif kill -0 "$pid" 2>/dev/null; then
    outcome="showed no window within ${waited}s"
  else
    outcome="ended by itself after ${waited}s without a window"
  fi
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "train-cds.sh: the training start $outcome (its output: $work/training.log)"
}

if [ "$in_display" = yes ]; then
  training_start
  exit 0
fi

rm -rf "$work"
mkdir -p "$work"
if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}" ]; then
  if command -v xvfb-run >/dev/null; then
    xvfb-run -a -s "-screen 0 1280x800x24" bash "$0" --in-display "$image" "$name" "$work" \
      ${training_args[@]+"${training_args[@]}"}
  else
    echo "train-cds.sh: WARNING no display and no xvfb-run (package xvfb): the training start" \
      "cannot open the window, so the archive will lack the window's classes" >&2
    training_start
  fi
else
  training_start
fi

if [ ! -s "$work/training.classlist" ]; then
  echo "train-cds.sh: the training start recorded no classes; see $work/training.log" >&2
  exit 1
fi

# The JDK's own list (what its default archive holds) plus what our start loaded, each once.
awk '!seen[$0]++' "$runtime/lib/classlist" "$work/training.classlist" >"$work/merged.classlist"

# Rewrites the runtime's default archive (lib/server/classes.jsa, bin/server on Windows).
# Classes of the app's jars are named in the list but not on this class path: the dump skips
# them with a warning each, which is expected.
if ! "$java_bin" -Xshare:dump -XX:SharedClassListFile="$work/merged.classlist" >"$work/dump.log" 2>&1; then
  cat "$work/dump.log" >&2
  echo "train-cds.sh: building the CDS archive failed" >&2
  exit 1
fi
echo "train-cds.sh: CDS archive rebuilt from $(wc -l <"$work/training.classlist") trained and" \
  "$(grep -vc '^#' "$runtime/lib/classlist") default class-list lines"

# The runtime needs no command-line tools of its own once the archive is made: jpackage's launcher
# starts the JVM in-process. On Windows bin/ also holds the runtime's DLLs, so only .exe files go.
# A launcher that is a script (Linux: packaging/linux/make-launcher.sh) starts bin/java, which stays.
case "$java_bin" in
  *.exe) rm -f "$runtime"/bin/*.exe ;;
  *)
    if [ "$(head -c 2 "$launcher")" = '#!' ]; then
      find "$runtime/bin" -mindepth 1 ! -name java -exec rm -rf {} +
    else
      rm -rf "$runtime/bin"
    fi
    ;;
esac
