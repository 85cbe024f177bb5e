#!/bin/sh
# Start-up of the whole program to its painted window on 10,000 applications (one round
# each, and four), side by side with an empty Qt Widgets window, as processes:
#   tests/benchmarks/startup.sh <build dir>
# Needs hyperfine; runs offscreen, with settings in a throw-away folder.
set -eu
build=$(cd "${1:?usage: startup.sh <build dir>}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/tests/benchmarks/make_bench_file" "$work/one.sqlite" 1
"$build/tests/benchmarks/make_bench_file" "$work/four.sqlite" 4
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
app="$build/app/secondround"
hyperfine --warmup 2 --runs "${RUNS:-15}" --export-markdown "$work/startup.md" \
    -n "empty Qt Widgets window" "$build/tests/benchmarks/empty_window" \
    -n "secondround, 10,000 applications x 1 round" "$app --database $work/one.sqlite --quit-when-shown" \
    -n "secondround, 10,000 applications x 4 rounds" "$app --database $work/four.sqlite --quit-when-shown"
cat "$work/startup.md"
