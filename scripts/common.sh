#!/usr/bin/env bash
# Shared by run-app.sh and run-tests.sh: install what is missing, then configure and build.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/build}"

# Debian 12 and Ubuntu 24.04 package names; both ship Qt 6.4 or newer.
PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite libgl-dev libvulkan-dev
    xvfb xauth
)

install_missing() {
    local missing=()
    for package in "${PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        return
    fi
    echo "Installing: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
}

build() {
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}"
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "This script installs packages with apt (Debian, Ubuntu). On other systems install"
    echo "Qt 6.4+ (Core, Gui, Widgets, Sql, PrintSupport, Test, LinguistTools), CMake and Ninja,"
    echo "then build with CMake as README.md describes."
    exit 1
fi
