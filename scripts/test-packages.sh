#!/usr/bin/env bash
# Builds the .deb, installs it with apt into a clean Debian 12 made with debootstrap, and runs
# it there: --version, --sample-data --check, and the window under Xvfb with a screenshot.
# Exits non-zero on any failure. Needs root (debootstrap, chroot, mounts) and network access
# to a Debian mirror. Not part of the test suite: it takes minutes and downloads ~150 MB.
#
#   scripts/test-packages.sh                 # screenshot written to build-packages/
#   KEEP_ROOT=1 scripts/test-packages.sh     # keep the Debian tree for a look afterwards
#
# Environment: BUILD_DIR (default build-packages), MIRROR (default deb.debian.org),
# SUITE (default bookworm), ROOT_DIR (default: a new temporary folder).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/build-packages}"
MIRROR="${MIRROR:-http://deb.debian.org/debian}"
SUITE="${SUITE:-bookworm}"

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "run as root (debootstrap and chroot need it)"
for tool in cmake cpack debootstrap dpkg-shlibdeps; do
    command -v "$tool" >/dev/null || fail "$tool is missing (apt-get install debootstrap dpkg-dev cmake)"
done

step "Building the package in $BUILD_DIR"
cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF \
    >/dev/null
cmake --build "$BUILD_DIR" --target secondround --parallel "${JOBS:-2}"
rm -f "$BUILD_DIR"/secondround_*.deb
(cd "$BUILD_DIR" && cpack -G DEB >/dev/null)
DEB="$(ls "$BUILD_DIR"/secondround_*.deb)"
echo "$(basename "$DEB"): $(du -k "$DEB" | cut -f1) KiB"
dpkg-deb --field "$DEB" Depends Recommends

CHROOT="${ROOT_DIR:-$(mktemp -d /tmp/secondround-debian.XXXXXX)}"
chmod 755 "$CHROOT" # apt drops to its own user for downloads
MOUNTS=()
cleanup() {
    local status=$?
    for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do
        umount -l "${MOUNTS[$i]}" 2>/dev/null || true
    done
    if [ -z "${KEEP_ROOT:-}" ] && [ -z "${ROOT_DIR:-}" ]; then
        rm -rf --one-file-system "$CHROOT"
    else
        echo "Debian tree kept in $CHROOT"
    fi
    if [ "$status" -ne 0 ]; then
        echo "test-packages.sh: FAILED" >&2
    fi
}
trap cleanup EXIT

if [ ! -x "$CHROOT/usr/bin/apt-get" ]; then
    step "Making a clean Debian ($SUITE, minbase) in $CHROOT"
    debootstrap --variant=minbase "$SUITE" "$CHROOT" "$MIRROR" >"$CHROOT.debootstrap.log" 2>&1 ||
        { tail -20 "$CHROOT.debootstrap.log"; fail "debootstrap"; }
    rm -f "$CHROOT.debootstrap.log"
fi
for fs in proc sys dev; do
    mkdir -p "$CHROOT/$fs"
    mount --rbind "/$fs" "$CHROOT/$fs"
    mount --make-rslave "$CHROOT/$fs"
    MOUNTS+=("$CHROOT/$fs")
done
cp /etc/resolv.conf "$CHROOT/etc/resolv.conf"
in_debian() { chroot "$CHROOT" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

step "Installing $(basename "$DEB") with apt"
cp "$DEB" "$CHROOT/tmp/"
in_debian apt-get update -q >/dev/null
in_debian env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
    "/tmp/$(basename "$DEB")" >"$BUILD_DIR/test-packages-apt.log" 2>&1 ||
    { tail -20 "$BUILD_DIR/test-packages-apt.log"; fail "apt-get install of the package"; }
grep -E '^(Setting up|Unpacking) secondround' "$BUILD_DIR/test-packages-apt.log" || true
in_debian dpkg -L secondround | grep -E 'bin/secondround$|\.desktop$|metainfo|doc/secondround/copyright$'

step "secondround --version"
in_debian secondround --version || fail "--version"

step "secondround --sample-data --check"
in_debian secondround --database /tmp/try.sqlite --sample-data --check || fail "--sample-data --check"

step "The window under Xvfb"
# Only the test's own tools are added here; the package brought everything it needs itself.
in_debian env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    xvfb xauth x11-utils imagemagick >>"$BUILD_DIR/test-packages-apt.log" 2>&1 ||
    fail "installing Xvfb into the test system"
cat >"$CHROOT/tmp/window.sh" <<'EOF'
#!/bin/sh
# Starts the app on a file with sample data, waits for its window, takes a screenshot.
secondround --database /tmp/window.sqlite --sample-data >/tmp/window.log 2>&1 &
app=$!
for i in $(seq 1 60); do
    if xwininfo -root -tree 2>/dev/null | grep -q '"window.sqlite'; then
        sleep 2
        import -window root /tmp/window.png
        kill "$app"
        wait "$app" 2>/dev/null
        exit 0
    fi
    if ! kill -0 "$app" 2>/dev/null; then
        cat /tmp/window.log
        exit 1
    fi
    sleep 1
done
cat /tmp/window.log
kill "$app"
exit 1
EOF
chmod +x "$CHROOT/tmp/window.sh"
in_debian xvfb-run -a -s "-screen 0 1400x900x24" /tmp/window.sh || fail "the window did not appear"
cp "$CHROOT/tmp/window.png" "$BUILD_DIR/test-packages-window.png"
echo "Screenshot: $BUILD_DIR/test-packages-window.png"

step "All package checks passed"
