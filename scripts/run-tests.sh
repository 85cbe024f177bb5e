#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite (offscreen, no display
# needed). The benchmarks run too, with few iterations, as a smoke run that keeps them working;
# run build/tests/benchmarks/bench_pipeline directly for the real figures.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_missing
build
cd "$BUILD_DIR"
ctest --output-on-failure --parallel "$(nproc)"
