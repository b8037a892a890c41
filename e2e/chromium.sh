#!/usr/bin/env bash
# Starts Chromium (CHROMIUM, default Debian's /usr/bin/chromium) with the
# arguments it is given, their --disable-features lists merged into one.
# Chromium honours only the last --disable-features, and Playwright passes a
# list of its own before e2e/chromium.mjs's: without the merge, one of the two
# would have no effect (checked on Chromium 156: with two, the first is lost).
set -euo pipefail
args=()
features=()
for a in "$@"; do
  case $a in
    --disable-features=*) features+=("${a#--disable-features=}") ;;
    *) args+=("$a") ;;
  esac
done
if ((${#features[@]})); then
  args+=("--disable-features=$(IFS=,; echo "${features[*]}")")
fi
exec "${CHROMIUM:-/usr/bin/chromium}" "${args[@]}"
