#!/usr/bin/env bash
# Creates .venv-libretranslate: the LibreTranslate server that the tests start on 127.0.0.1
# (a real server, not a mock). Its own virtualenv, because libretranslate's pins (flask 2.2,
# numpy < 2, requests 2.31) clash with dossier's. Installed from a hashed lock; safe to rerun
# (does nothing when the lock has not changed since the last install).
#   usage: scripts/install-libretranslate.sh [VENV]     (default .venv-libretranslate)
#   env:   PYTHON (default python3), UV (default .venv/bin/uv, else uv on PATH),
#          UV_ARGS (default: --find-links /opt/wheels when that folder holds a torch wheel)
set -euo pipefail
cd "$(dirname "$0")/.."
venv="${1:-.venv-libretranslate}"
lock=requirements/libretranslate.lock.txt
stamp="$venv/.installed"
python="${PYTHON:-python3}"
uv="${UV:-}"
if [ -z "$uv" ]; then
  if [ -x .venv/bin/uv ]; then uv=.venv/bin/uv; else uv=uv; fi
fi
if [ -z "${UV_ARGS+x}" ]; then
  UV_ARGS=""
  if compgen -G "/opt/wheels/torch-*" >/dev/null; then UV_ARGS="--find-links /opt/wheels"; fi
fi
want="$(sha256sum "$lock" | cut -d' ' -f1)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x "$venv/bin/libretranslate" ]; then
  exit 0
fi
echo "dossier: installing LibreTranslate into $venv (for the tests)"
test -x "$venv/bin/python" || "$uv" venv -q --python "$python" "$venv"
# shellcheck disable=SC2086
"$uv" pip sync -q --python "$venv/bin/python" $UV_ARGS "$lock"
"$venv/bin/python" -c "import libretranslate, argostranslate" >/dev/null
echo "$want" > "$stamp"
