#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Peyvand needs to build, test and run.
# Idempotent: packages already present are not reinstalled, apt lists are
# refreshed only when something is missing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-svg-dev libqt6sql6-sqlite libqt6svg6 qt6-translations-l10n
  libgl1-mesa-dev libxkbcommon-dev
  libsqlite3-dev sqlite3 catch2
  libquazip1-qt6-dev libxlsxwriter-dev libsodium-dev zlib1g-dev
  clang libclang-rt-dev
  xvfb xauth poppler-utils fonts-dejavu-core ccache
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
