#!/usr/bin/env bash
# Installs the Debian packages dossier needs, only those missing. Safe to run repeatedly.
#   gettext            msgfmt/msgmerge/msgcat: the tests use GNU gettext as a judge of our files
#   poppler-utils      pdftotext/pdffonts/pdfdetach/pdftoppm: the tests read the PDFs we make
#   libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b fontconfig: WeasyPrint's text layout
#   libharfbuzz-subset0 deterministic, fast font subsetting (reproducible PDFs)
#   python3 python3-venv  the Makefile's 'python3 -m venv' (Debian splits ensurepip out)
#   chromium           the review workbench's browser tests (Playwright drives /usr/bin/chromium;
#                      Playwright's own browser download is never used)
set -euo pipefail
packages=(python3 python3-venv gettext poppler-utils libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libharfbuzz-subset0 fontconfig chromium)
missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "dossier: installing system packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
