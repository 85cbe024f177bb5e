#!/bin/sh
# Start-up of the whole program to its painted window, side by side with an empty Qt Widgets
# window and with one that shows a line of text, as processes: on an empty file and on 10,000 applications (one round each, and
# four). hyperfine's summary and the table's "Relative" column give the ratios.
#   tests/benchmarks/startup.sh <build dir>
# Needs hyperfine; runs offscreen, with settings in a throw-away folder. The warm-up runs
# take the day's backup and bring the files to the current schema, so the measured runs
# only open and paint.
set -eu
build=$(cd "${1:?usage: startup.sh <build dir>}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/tests/benchmarks/make_bench_file" "$work/one.sqlite" 1
"$build/tests/benchmarks/make_bench_file" "$work/four.sqlite" 4
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
# An empty file would otherwise ask whether to add sample data, and wait for an answer.
mkdir -p "$work/config/SecondRound"
printf '[firstRun]\nsampleDataOffered=true\n' >"$work/config/SecondRound/SecondRound.conf"
app="$build/app/secondround"
hyperfine --warmup 2 --runs "${RUNS:-15}" --export-markdown "$work/startup.md" \
    -n "empty Qt Widgets window" "$build/tests/benchmarks/empty_window" \
    -n "Qt Widgets window with one line of text" "$build/tests/benchmarks/empty_window --text" \
    -n "secondround, empty file" "$app --database $work/empty.sqlite --quit-when-shown" \
    -n "secondround, 10,000 applications x 1 round" "$app --database $work/one.sqlite --quit-when-shown" \
    -n "secondround, 10,000 applications x 4 rounds" "$app --database $work/four.sqlite --quit-when-shown"
cat "$work/startup.md"
