#!/usr/bin/env bash
# Makes the virtual environment of the page checks, with exactly the packages pinned in
# Scripts/requirements-pages.txt, and prints its path. Run again, it does nothing unless the
# requirements file or the interpreter changed (then it makes the environment anew).
#
# The interpreter is a Python 3.12 or later (the pinned packages need it), found in this order:
#   1. $PYTHON, when set (an error if it is older);
#   2. the first of python3.12 (the version the pins were taken on), python3.13 and python3 on
#      PATH that runs and is recent enough (a pyenv shim for a version that is not active does
#      not run, and is passed over);
#   3. a version that pyenv has installed (`pyenv prefix VERSION`), when pyenv is on PATH: a
#      3.12 first, else the newest that is recent enough.
# The environment is $PAGE_CHECK_VENV, by default ${TMPDIR:-/tmp}/inspection-report-page-check.
set -euo pipefail
cd "$(dirname "$0")/.."

requirements=Scripts/requirements-pages.txt
venv="${PAGE_CHECK_VENV:-${TMPDIR:-/tmp}/inspection-report-page-check}"

recent_enough() {
  "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' >/dev/null 2>&1
}

find_python() {
  if [ -n "${PYTHON:-}" ]; then
    if recent_enough "$PYTHON"; then echo "$PYTHON"; return 0; fi
    echo "page-check-venv: PYTHON=$PYTHON is not a Python 3.12 or later" >&2
    return 1
  fi
  local candidate
  for candidate in python3.12 python3.13 python3; do
    if command -v "$candidate" >/dev/null 2>&1 && recent_enough "$candidate"; then
      command -v "$candidate"
      return 0
    fi
  done
  if command -v pyenv >/dev/null 2>&1; then
    local version
    for version in $(pyenv versions --bare 2>/dev/null | sort -rV | grep '^3\.12'; pyenv versions --bare 2>/dev/null | sort -rV); do
      candidate="$(pyenv prefix "$version" 2>/dev/null)/bin/python3"
      if [ -x "$candidate" ] && recent_enough "$candidate"; then echo "$candidate"; return 0; fi
    done
  fi
  echo "page-check-venv: no Python 3.12 or later found; install one, or name it with PYTHON=/path/to/python3" >&2
  return 1
}

python=$(find_python)
stamp="$("$python" -c 'import sys; print(sys.version)' | head -n 1) $(sha256sum "$requirements" | cut -d' ' -f1)"
if [ ! -x "$venv/bin/python" ] || [ "$(cat "$venv/.requirements-stamp" 2>/dev/null)" != "$stamp" ]; then
  echo "page-check-venv: installing $requirements into $venv with $python" >&2
  rm -rf "$venv"
  "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -r "$requirements"
  echo "$stamp" > "$venv/.requirements-stamp"
fi
echo "$venv"
