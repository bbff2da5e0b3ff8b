#!/usr/bin/env bash
# Checks the launcher and every shell script of the project with shellcheck. The build runs it in
# the unit-test phase of the parent project, so a finding fails `mvn install` and `bin/dealerhub test`.
# A check that does not fit one line is disabled on that line, with a comment saying why.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
if ! command -v shellcheck >/dev/null; then
  echo "shellcheck not found: install it (Debian: apt-get install shellcheck; bin/dealerhub test does so when run as root)" >&2
  exit 1
fi
mapfile -t scripts < <(find . -name '*.sh' -not -path '*/node_modules/*' -not -path '*/.dealerhub/*' \
  -not -path '*/target/*' -not -path './.git/*' | sort)
shellcheck bin/dealerhub "${scripts[@]}"
echo "shellcheck: bin/dealerhub and ${#scripts[@]} scripts pass"
