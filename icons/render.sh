#!/usr/bin/env bash
# Renders every platform icon from the one SVG master, smh-token-manager.svg.
#
#   icons/png/smh-token-manager-<N>.png   N = 16 24 32 48 64 128 256 512 1024 (Linux, window)
#   icons/smh-token-manager.ico           16..256 in one file (Windows installer and launcher)
#   icons/smh-token-manager.icns          16..1024 (macOS bundle and .dmg)
#   src/main/resources/dev/smhtoken/icons/smh-token-manager-<N>.png
#                                         N = 16 32 64 128 256, the window's stage icons
#
# The renderings are committed, so building never needs these tools. Re-run this script after
# changing the master, then commit the results.
#
# Needs: rsvg-convert (librsvg2-bin), ImageMagick's convert (imagemagick) and png2icns (icnsutils).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
master="$here/smh-token-manager.svg"
png_dir="$here/png"
window_dir="$here/../src/main/resources/dev/smhtoken/icons"
name=smh-token-manager

for tool in rsvg-convert convert png2icns; do
  command -v "$tool" >/dev/null || { echo "render.sh: $tool is missing; install librsvg2-bin, imagemagick and icnsutils" >&2; exit 1; }
done

mkdir -p "$png_dir" "$window_dir"
for size in 16 24 32 48 64 128 256 512 1024; do
  # rsvg-convert writes no time stamps, so an unchanged master gives byte-identical PNGs.
  rsvg-convert --width "$size" --height "$size" --format png "$master" --output "$png_dir/$name-$size.png"
done

# Windows: one .ico with the sizes Explorer, the taskbar and the installer pick from.
# Strip the date chunks ImageMagick would add, so the file only changes when the drawing does.
convert "$png_dir/$name-16.png" "$png_dir/$name-24.png" "$png_dir/$name-32.png" \
  "$png_dir/$name-48.png" "$png_dir/$name-64.png" "$png_dir/$name-128.png" "$png_dir/$name-256.png" \
  -define png:exclude-chunks=date,time "$here/$name.ico"

# macOS: an .icns holding every size Finder and the Dock ask for, up to 1024 (ic10).
icns_sizes=(16 32 48 128 256 512 1024)
icns_inputs=()
for size in "${icns_sizes[@]}"; do icns_inputs+=("$png_dir/$name-$size.png"); done
rm -f "$here/$name.icns"
png2icns "$here/$name.icns" "${icns_inputs[@]}" >/dev/null

# The window's stage icons: the window offers several sizes and the OS picks the best fit.
for size in 16 32 64 128 256; do
  cp "$png_dir/$name-$size.png" "$window_dir/$name-$size.png"
done

echo "render.sh: rendered $(ls "$png_dir" | wc -l) PNGs, $name.ico and $name.icns"
