#!/usr/bin/env bash
# Checks the Swift sources against .swift-format with the swift-format of the toolchain
# (`swift format`, Swift 6 and later): `swift format lint --strict` over Sources, Tests and
# Package.swift, then the line length of .swift-format, which lint does not enforce on a string
# literal it cannot break. To fix a file: `swift format format --in-place FILE`, then wrap any
# string literal still too long (a multi-line literal whose lines end in `\`).
set -euo pipefail
cd "$(dirname "$0")/.."

pending=()

files=()
while IFS= read -r -d '' file; do
  skip=false
  for p in "${pending[@]}"; do [ "$file" = "$p" ] && skip=true && break; done
  $skip || files+=("$file")
done < <(find Sources Tests -name '*.swift' -print0 | sort -z; printf 'Package.swift\0')

swift format lint --strict --parallel "${files[@]}"

limit=$(sed -n 's/^ *"lineLength" *: *\([0-9]*\).*/\1/p' .swift-format)
# Characters, not bytes (the sources hold en dashes, middle dots and the like): GNU grep in a
# UTF-8 locale.
status=0
LC_ALL=C.UTF-8 grep -nE ".{$((limit + 1))}" "${files[@]}" >&2 || status=$?
case $status in
  0) echo "format: lines over $limit characters (above)" >&2; exit 1 ;;
  1) ;;  # no such line
  *) echo "format: could not check the line length" >&2; exit "$status" ;;
esac
echo "format: ${#files[@]} files match .swift-format (${#pending[@]} not formatted yet)"
