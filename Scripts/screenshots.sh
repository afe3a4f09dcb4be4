#!/usr/bin/env bash
# Retakes the screenshots in docs/ from a build of the sample publication: the national page and
# Kent Police's scorecard, at 1280 px and at a 320 CSS px phone viewport, each from the top
# (metadata, contents, main points) and from its trends chart (a titled chart and its table).
# Needs Chromium and its driver, which Scripts/check-pages.sh installs, and selenium in the page
# checks' virtual environment (Scripts/page-check-venv.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
python="$(Scripts/page-check-venv.sh)/bin/python"
site=.build/screenshots
swift build
rm -rf "$site"
SOURCE_DATE_EPOCH=1777507200 .build/debug/inspection-report build --data SampleData --out "$site" --quiet
for width in 1280 320; do
  suffix=$([ "$width" = 320 ] && echo "-phone" || echo "")
  "$python" Scripts/screenshots.py --width "$width" \
    "$site/index.html" "docs/national$suffix.png" "$site/forces/kent.html" "docs/scorecard$suffix.png"
  "$python" Scripts/screenshots.py --width "$width" --from trends-by-quarter \
    "$site/index.html" "docs/national-charts$suffix.png" "$site/forces/kent.html" "docs/scorecard-charts$suffix.png"
done
