#!/usr/bin/env bash
# Shows that a refactoring leaves the output as it was: builds the sample site and every test
# fixture with a raudtrad binary and records a digest of every file written; a second run
# compares against the record and lists each file that differs.
#
#   scripts/same-output.sh --save FILE [BIN]    # record (before the change)
#   scripts/same-output.sh --check FILE [BIN]   # compare (after it); exit 1 on any difference
#
# BIN defaults to target/debug/raudtrad (build it first). Sites whose build fails are recorded
# as failing, so that a change in what fails shows too. The output depends on the day (`today`
# of sites without one), so compare records made the same day.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-}; file=${2:-}; bin=${3:-target/debug/raudtrad}
if [[ -z $file || ( $mode != --save && $mode != --check ) ]]; then
  sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2
  exit 2
fi
bin=$(realpath "$bin")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
record=$work/record
: >"$record"
for site in . tests/fixtures/*/; do
  site=${site%/}
  name=$(basename "$(realpath "$site")")
  if "$bin" build --quiet --color never --root "$site" --out "$work/out-$name" >/dev/null 2>&1; then
    (cd "$work/out-$name" && find . -type f -print0 | sort -z | xargs -0 sha256sum) |
      sed "s|  \./|  $name/|" >>"$record"
  else
    echo "build failed  $name" >>"$record"
  fi
done
if [[ $mode == --save ]]; then
  cp "$record" "$file"
  echo "recorded $(wc -l <"$file") files in $file"
else
  if diff <(awk '{print $2, $1}' "$file") <(awk '{print $2, $1}' "$record") >"$work/diff"; then
    echo "the same output: $(wc -l <"$record") files"
  else
    echo "the output differs (< before, > after):"
    cat "$work/diff"
    exit 1
  fi
fi
