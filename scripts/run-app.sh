#!/usr/bin/env bash
# Installs what is missing, builds, and launches SecondRound. Extra arguments go to the app,
# e.g. scripts/run-app.sh --sample-data --database ~/try.sqlite
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_missing
build
exec "$BUILD_DIR/app/secondround" "$@"
