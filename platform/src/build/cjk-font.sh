#!/usr/bin/env bash
# Puts the CJK font the dealer statement PDF embeds (a subset of it) into the build's classes:
# Noto Sans SC Regular, a TrueType (glyf) font under the SIL Open Font License 1.1, from the npm
# registry's @expo-google-fonts/noto-sans-sc (the Google Fonts static instances). PDFBox embeds
# TrueType outlines as a subset; the CFF-based OpenType cuts of the same family it may not.
# Usage: cjk-font.sh OUTPUT_DIRECTORY
set -euo pipefail
out="$1"
package="@expo-google-fonts/noto-sans-sc@0.4.3"
font="$out/NotoSansSC-Regular.ttf"
if [ -s "$font" ]; then
  exit 0
fi
command -v npm >/dev/null || { echo "cjk-font.sh: npm not found on PATH (Node.js 20+ with npm is needed to build)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent --prefer-offline --no-fund --no-audit "$package" >/dev/null)
tar -xzf "$work"/*.tgz -C "$work" package/400Regular/NotoSansSC_400Regular.ttf package/LICENSE_FONT
mkdir -p "$out"
cp "$work/package/LICENSE_FONT" "$out/NotoSansSC-OFL.txt"
cp "$work/package/400Regular/NotoSansSC_400Regular.ttf" "$font.part"
mv "$font.part" "$font"
