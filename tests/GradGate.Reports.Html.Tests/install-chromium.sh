#!/bin/sh
# Installs Debian's chromium for the HTML report's browser tests (BrowserFixture runs this when /usr/bin/chromium is
# missing). Needs root and the Debian package archive; prints what to do otherwise and exits non-zero.
set -eu
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "apt-get is not available: install Chromium (Debian/Ubuntu package 'chromium') so that /usr/bin/chromium exists." >&2
  exit 2
fi
if [ "$(id -u)" != "0" ]; then
  echo "Not root: run 'sudo apt-get install -y chromium' once, then run the tests again." >&2
  exit 3
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
test -x /usr/bin/chromium
