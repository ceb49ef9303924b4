#!/usr/bin/env bash
# Installs what Sahifa needs on a fresh Debian machine and nothing else: Node 24 LTS (the machines
# ship Node 20, which the toolchain refuses) from the npm registry, and Debian's Chromium with the
# Noto fonts for the end-to-end tests. Each step is skipped when already satisfied.
set -euo pipefail

node_major() { node -v 2>/dev/null | sed -E 's/^v([0-9]+).*/\1/' || echo 0; }

export PATH=/usr/local/bin:$PATH
hash -r
if [ "$(node_major)" -lt 24 ]; then
  echo "provision: installing Node 24 into /usr/local"
  npm install -g --prefix /usr/local --no-audit --no-fund node@24
  hash -r
fi

if [ ! -x /usr/bin/chromium ] || ! dpkg -s fonts-noto-core >/dev/null 2>&1; then
  echo "provision: installing Debian chromium and fonts-noto-core"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-core >/dev/null
fi
echo "provision: node $(node -v), $(/usr/bin/chromium --version 2>/dev/null)"
