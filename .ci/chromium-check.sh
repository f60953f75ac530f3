#!/usr/bin/env bash
# Browser check of the rendered memo: headless Chromium takes a screenshot
# of nota-van-beantwoording.html and prints it to PDF; both must be
# non-empty. Usage: .ci/chromium-check.sh OUTPUT_DIR
#
# Installs Chromium with apt-get when it is absent and that is possible.
# When Chromium cannot be had, prints a note and exits 0 (CI does not fail
# for a missing browser); when Chromium is there but rendering fails, exits 1.
set -uo pipefail

out_dir="${1:-output}"
memo="$out_dir/nota-van-beantwoording.html"
if [ ! -s "$memo" ]; then
  echo "chromium-check: $memo is missing or empty; run \`inspraak run\` first" >&2
  exit 1
fi

find_chromium() {
  for c in chromium chromium-browser google-chrome google-chrome-stable; do
    if command -v "$c" >/dev/null 2>&1; then
      command -v "$c"
      return 0
    fi
  done
  return 1
}

browser="$(find_chromium)"
if [ -z "$browser" ]; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo_cmd=""
    if [ "$(id -u)" -ne 0 ]; then
      if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo_cmd="sudo -n"
      fi
    fi
    if [ "$(id -u)" -eq 0 ] || [ -n "$sudo_cmd" ]; then
      echo "chromium-check: installing chromium with apt-get"
      $sudo_cmd apt-get update -qq >/dev/null 2>&1 || true
      DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null 2>&1 \
        || DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium-browser >/dev/null 2>&1 \
        || true
    fi
  fi
  browser="$(find_chromium)"
fi
if [ -z "$browser" ]; then
  echo "chromium-check: note: Chromium is not installed and could not be installed; skipping the browser check"
  exit 0
fi

work="$(mktemp -d)"
profile="$(mktemp -d)"
trap 'rm -rf "$work" "$profile"' EXIT
url="file://$(cd "$(dirname "$memo")" && pwd)/$(basename "$memo")"
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
       --disable-background-networking --disable-component-update --disable-sync
       --user-data-dir="$profile")

echo "chromium-check: $("$browser" --version 2>/dev/null || echo "$browser")"
timeout 120 "$browser" "${flags[@]}" --window-size=1280,2000 \
  --screenshot="$work/memo.png" "$url" >"$work/screenshot.log" 2>&1
timeout 120 "$browser" "${flags[@]}" --no-pdf-header-footer \
  --print-to-pdf="$work/memo.pdf" "$url" >"$work/pdf.log" 2>&1

status=0
for f in memo.png memo.pdf; do
  if [ -s "$work/$f" ]; then
    echo "chromium-check: $f ok ($(wc -c <"$work/$f") bytes)"
  else
    echo "chromium-check: $f was not written" >&2
    cat "$work"/*.log >&2
    status=1
  fi
done
if [ "$status" -eq 0 ] && ! head -c 5 "$work/memo.pdf" | grep -q '%PDF-'; then
  echo "chromium-check: memo.pdf is not a PDF" >&2
  status=1
fi
if [ "$status" -eq 0 ] && [ -n "${CHROMIUM_CHECK_KEEP:-}" ]; then
  mkdir -p "$CHROMIUM_CHECK_KEEP" && cp "$work/memo.png" "$work/memo.pdf" "$CHROMIUM_CHECK_KEEP/"
fi
exit "$status"
