#!/usr/bin/env bash
# Installs Debian's Chromium, which the report test drives headless.
# The browser comes from the distribution's packages, never from a
# download of its own, so the test runs where only the package mirror
# is reachable. Safe to run again: it does nothing once it is there.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-chromium: run as root (apt-get needs it)" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core
