#!/usr/bin/env bash
# Builds the sample publication (public, restricted and Kent's force pack) and checks its pages in a real
# browser (Scripts/check-pages.py): axe-core 4.x (WCAG 2.2 A and AA) at 1280 and 320 px, reflow at
# 320 px, print (width, and OFFICIAL-SENSITIVE on every printed page of a marked page and on none
# of a public one) on the national page and every scorecard, and the Nu HTML checker on every
# page. Installs Chromium, its driver, poppler-utils (pdftotext) and Java first (Debian
# packages; run as root on Debian), and the pinned Python tools (PyPI) when they are missing.
# Then reads each build's workbook with pandas (odfpy) and its CSV on the Web metadata with the
# csvw package (Scripts/check-workbook.py).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq chromium chromium-driver >/dev/null
fi
if ! command -v pdftotext >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq poppler-utils >/dev/null
fi
if ! command -v java >/dev/null; then
  apt-get install -y -qq default-jre-headless >/dev/null
fi
# The Python tools, pinned in Scripts/requirements-pages.txt, in their own virtual environment
# (Scripts/page-check-venv.sh finds a Python 3.12 or later; `.ci/run` has made it already).
venv=$(Scripts/page-check-venv.sh)

swift build
site=.build/page-check
rm -rf "$site" "$site-restricted" "$site-pack"
SOURCE_DATE_EPOCH=1777507200 .build/debug/inspection-report build --data SampleData --out "$site" --quiet
SOURCE_DATE_EPOCH=1777507200 .build/debug/inspection-report build --data SampleData --out "$site-restricted" --audience restricted --quiet
SOURCE_DATE_EPOCH=1777507200 .build/debug/inspection-report build --data SampleData --out "$site-pack" --audience force --force kent --quiet
"$venv/bin/python" Scripts/check-pages.py "$site"
"$venv/bin/python" Scripts/check-pages.py --marked "$site-restricted" forces/kent.html
"$venv/bin/python" Scripts/check-pages.py --marked "$site-pack" forces/kent.html
"$venv/bin/python" Scripts/check-workbook.py "$site"
"$venv/bin/python" Scripts/check-workbook.py "$site-restricted" --marked
"$venv/bin/python" Scripts/check-workbook.py "$site-pack" --marked
