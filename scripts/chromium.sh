#!/usr/bin/env bash
# Debian's chromium for the browser tests (tests/web), installed only if missing.
# Prints the browser's path. Playwright drives it with executable_path: never
# `playwright install`.
set -euo pipefail
browser=/usr/bin/chromium
if [[ ! -x $browser ]]; then
  if [[ $(id -u) != 0 ]]; then
    echo "chromium.sh: $browser is missing and we are not root: cannot apt-get install" >&2
    exit 1
  fi
  echo "chromium.sh: installing Debian's chromium" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends chromium >&2
fi
[[ -x $browser ]] || { echo "chromium.sh: no $browser after installing" >&2; exit 1; }
echo "$browser"
