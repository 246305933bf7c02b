#!/usr/bin/env bash
# Checks what `mvn -Ppackage package` built, as a user's machine would meet it:
#   - the app image's launcher starts and prints the version this build was given, and on Linux
#     asks no package manager first (jpackage's own launcher asks rpm and dpkg each start);
#   - the runtime's CDS archive is valid (a start with -Xshare:on would fail otherwise);
#   - the runtime holds every JDK module the app's jars need (jdeps), so a new import of, say,
#     java.net.http fails here rather than on a user's machine;
#   - on Linux, the .deb holds the launcher, the icon and the menu entry, names the documented
#     maintainer address and depends on GTK 3;
#     on Windows and macOS, the installer file exists.
#
# usage: verify-package.sh <dist-dir> <app-image-dir> <launcher-name> <expected-version-line>
#                          <jpackage-work-dir> <jdk-home>
set -euo pipefail

dist="$1"
image="$2"
name="$3"
expected_version="$4"
work="$5"
jdk="$6"

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "  ok    $1"; }
fail() { failed=$((failed + 1)); echo "  FAIL  $1" >&2; }

if [ -x "$image/bin/$name" ]; then
  launcher="$image/bin/$name"; runtime="$image/lib/runtime"
elif [ -x "$image/Contents/MacOS/$name" ]; then
  launcher="$image/Contents/MacOS/$name"; runtime="$image/Contents/runtime/Contents/Home"
elif [ -f "$image/$name.exe" ]; then
  launcher="$image/$name.exe"; runtime="$image/runtime"
else
  echo "verify-package.sh: no launcher named $name in $image" >&2
  exit 1
fi
echo "verify-package.sh: checking $image and the installer in $dist"

# 1. The launcher starts and tells its version.
version_output=$("$launcher" --version 2>&1) || true
if [ "$version_output" = "$expected_version" ]; then
  pass "launcher prints \"$expected_version\""
else
  fail "launcher printed \"$version_output\", expected \"$expected_version\""
fi

# 2. The CDS archive maps: -Xshare:on refuses to start with a missing or mismatched archive.
cds_output=$(JAVA_TOOL_OPTIONS="-Xshare:on -Xlog:class+load=info" "$launcher" --version 2>&1) || true
if grep -q 'java.lang.Object source: shared objects file' <<<"$cds_output"; then
  pass "runtime starts from its CDS archive ($(grep -c 'source: shared objects file' <<<"$cds_output") classes shared on a --version start)"
else
  fail "runtime does not start from its CDS archive: $(head -n 3 <<<"$cds_output")"
fi

# On Linux the launcher starts the JVM without asking the package manager first: stand-ins for
# rpm and dpkg on the PATH note any call (jpackage's own launcher makes two or three each start).
if [ "$(uname -s)" = Linux ]; then
  spy=$(mktemp -d)
  for tool in rpm dpkg; do
    printf '#!/bin/sh\necho %s >>"%s/calls"\nexit 1\n' "$tool" "$spy" >"$spy/$tool"
    chmod +x "$spy/$tool"
  done
  spied_version=$(PATH="$spy:$PATH" "$launcher" --version 2>&1) || true
  if [ "$spied_version" = "$expected_version" ] && [ ! -e "$spy/calls" ]; then
    pass "launcher starts without asking rpm or dpkg"
  else
    fail "launcher asked the package manager ($(tr '\n' ' ' 2>/dev/null <"$spy/calls")) or failed: $spied_version"
  fi
  rm -rf "$spy"
fi

# 3. Every JDK module the jars need is in the runtime.
runtime_modules=$(sed -n 's/^MODULES="\(.*\)"$/\1/p' "$runtime/release" | tr ' ' '\n')
# JavaFX goes on the module path, as in the runtime: modular jars that require it (Ikonli) resolve.
needed_modules=$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 \
  --module-path "$work/javafx" --class-path "$work/input/lib/*" "$work"/input/*.jar "$work"/input/lib/*.jar 2>/dev/null \
  | tail -n 1 | tr ',' '\n')
missing=$(comm -23 <(sort <<<"$needed_modules") <(sort <<<"$runtime_modules") | tr '\n' ' ')
if [ -z "$needed_modules" ]; then
  fail "jdeps reported no modules for the app's jars"
elif [ -z "${missing// /}" ]; then
  pass "runtime holds the $(wc -l <<<"$needed_modules") JDK modules jdeps finds in the app's jars"
else
  fail "runtime lacks modules the app's jars use: $missing(add them to packaging/jlink.txt)"
fi

# 4. The installer.
case "$(uname -s)" in
  Linux)
    debs=("$dist"/*.deb)
    if [ "${#debs[@]}" -ne 1 ] || [ ! -f "${debs[0]}" ]; then
      fail "expected one .deb in $dist, found: ${debs[*]}"
    else
      deb="${debs[0]}"
      listing=$(dpkg-deb --contents "$deb")
      for path in "./opt/$name/bin/$name" "./opt/$name/lib/$name.png" "./opt/$name/lib/app/$name.cfg"; do
        if grep -q " $path\$" <<<"$listing"; then pass "$(basename "$deb") holds $path"; else fail "$(basename "$deb") lacks $path"; fi
      done
      desktop_path=$(grep -o "\./opt/$name/lib/[^ ]*\.desktop\$" <<<"$listing" | head -n 1 || true)
      if [ -z "$desktop_path" ]; then
        fail "$(basename "$deb") holds no .desktop file"
      else
        desktop=$(dpkg-deb --fsys-tarfile "$deb" | tar -xO "$desktop_path")
        if grep -qx "Exec=/opt/$name/bin/$name" <<<"$desktop" \
            && grep -qx "Icon=/opt/$name/lib/$name.png" <<<"$desktop" \
            && grep -qx "Name=SMH Token Manager" <<<"$desktop" \
            && grep -qx "Categories=Utility;Development;" <<<"$desktop"; then
          pass "$desktop_path starts the launcher with the icon, under Utility and Development"
        else
          fail "$desktop_path is not the expected menu entry:"$'\n'"$desktop"
        fi
        # The "Find token" action a desktop shortcut can be bound to: jpackage must have filled in
        # the launcher there too, or the action would run a placeholder.
        if grep -qx "Actions=find;" <<<"$desktop" && grep -qx "\[Desktop Action find\]" <<<"$desktop" \
            && grep -qx "Exec=/opt/$name/bin/$name --find" <<<"$desktop"; then
          pass "$desktop_path offers the Find token action (--find)"
        else
          fail "$desktop_path lacks the Find token action with the launcher's --find:"$'\n'"$desktop"
        fi
      fi
      maintainer=$(dpkg-deb --field "$deb" Maintainer)
      if [ "$maintainer" = "SMH Token Manager <no-mailbox@smh-token-manager.invalid>" ]; then
        pass "package names the documented maintainer address"
      else
        fail "package Maintainer is \"$maintainer\", not the one packaging/README.md documents"
      fi
      depends=$(dpkg-deb --field "$deb" Depends)
      if grep -q 'libgtk-3-0' <<<"$depends"; then pass "package depends on libgtk-3-0"; else fail "package Depends lacks libgtk-3-0: $depends"; fi
    fi
    ;;
  Darwin)
    if compgen -G "$dist/*.dmg" >/dev/null; then pass "a .dmg was built"; else fail "no .dmg in $dist"; fi
    ;;
  *)
    if compgen -G "$dist/*.msi" >/dev/null; then pass "an .msi was built"; else fail "no .msi in $dist"; fi
    ;;
esac

if [ "$failed" -gt 0 ]; then
  echo "verify-package.sh: $failed of $((passed + failed)) checks failed" >&2
  exit 1
fi
echo "verify-package.sh: all $passed checks passed"
