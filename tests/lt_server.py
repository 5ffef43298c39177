"""A real LibreTranslate server for the tests, started on 127.0.0.1 from .venv-libretranslate.

The server runs the genuine argos packages of tests/argos_fixture.py (installed in its own
packages folder), fully offline:

* two packages are installed, so LibreTranslate's boot skips its model download
  (``check_and_install_models`` downloads only when fewer than two packages are installed);
* ``ARGOS_CHUNK_TYPE=SPACY`` with a blank spaCy pipeline cached where argos looks
  (``$XDG_CACHE_HOME/argos-translate/spacy``), plus spaCy's rule-based sentencizer: the default
  sentence splitter, MiniSBD, would download its ONNX models on first use;
* an API-key database (``--api-keys``) holding one key, and ``--metrics`` so tests can count the
  requests the server really received.

The virtualenv is made by ``scripts/install-libretranslate.sh`` (``make libretranslate-venv``);
without it the tests that need a server are skipped with that command as the reason.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
import zipfile
from pathlib import Path

from argos_fixture import copy_archives

REPO = Path(__file__).resolve().parents[1]
VENV = Path(os.environ.get("DOSSIER_LT_VENV", REPO / ".venv-libretranslate"))
GOOD_KEY = "dossier-test-key-4d1f"
START_TIMEOUT_S = 90
INSTALL_HINT = ("LibreTranslate virtualenv missing: run `make libretranslate-venv` "
                "(scripts/install-libretranslate.sh)")


def available() -> bool:
    return (VENV / "bin" / "libretranslate").is_file()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LibreTranslateServer:
    def __init__(self, root: Path):
        self.root = Path(root)
        self.port = 0
        self.process: subprocess.Popen | None = None
        self.started_in = 0.0
        self._prepare()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _python(self, code: str) -> None:
        subprocess.run([str(VENV / "bin" / "python"), "-W", "ignore", "-c", code],
                       check=True, env=self._env(), cwd=self.root, capture_output=True)

    def _env(self) -> dict[str, str]:
        return {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.root / "home"),
            "ARGOS_PACKAGES_DIR": str(self.root / "packages"),
            "XDG_CACHE_HOME": str(self.root / "cache"),
            "XDG_DATA_HOME": str(self.root / "data"),
            "XDG_CONFIG_HOME": str(self.root / "config"),
            "ARGOS_CHUNK_TYPE": "SPACY",
            "PROMETHEUS_MULTIPROC_DIR": str(self.root / "prometheus"),
            "PYTHONWARNINGS": "ignore",
        }

    def _prepare(self) -> None:
        for sub in ("packages", "cache/argos-translate", "data", "config", "home", "db"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        for archive in copy_archives().values():  # en->fa and de->en: two packages
            with zipfile.ZipFile(archive) as zf:
                zf.extractall(self.root / "packages")
        spacy_dir = self.root / "cache/argos-translate/spacy"
        self._python(
            "import os, spacy, sys\n"
            f"spacy.blank('xx').to_disk({str(spacy_dir)!r})\n"
            f"os.makedirs({str(spacy_dir / 'senter' / 'model')!r}, exist_ok=True)\n"
            "from libretranslate.api_keys import Database\n"
            f"Database({str(self.root / 'db/api_keys.db')!r}).add(100000, {GOOD_KEY!r})\n")

    def start(self) -> None:
        """Start (or restart, on the same port) and wait until /languages answers."""
        shutil.rmtree(self.root / "prometheus", ignore_errors=True)
        (self.root / "prometheus").mkdir()
        self.port = self.port or free_port()
        log = open(self.root / "server.log", "ab")  # noqa: SIM115 (kept open for the process)
        started = time.perf_counter()
        self.process = subprocess.Popen(
            [str(VENV / "bin" / "libretranslate"), "--host", "127.0.0.1",
             "--port", str(self.port), "--disable-web-ui", "--metrics", "--api-keys",
             "--api-keys-db-path", str(self.root / "db/api_keys.db"), "--threads", "2"],
            cwd=self.root, env=self._env(), stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True)
        log.close()
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"LibreTranslate exited: {self.log_tail()}")
            try:
                with urllib.request.urlopen(f"{self.url}/languages", timeout=2) as response:
                    if response.status == 200:
                        self.started_in = time.perf_counter() - started
                        return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"LibreTranslate did not start in {START_TIMEOUT_S} s: "
                           f"{self.log_tail()}")

    def log_tail(self) -> str:
        path = self.root / "server.log"
        return path.read_text("utf-8", "replace")[-2000:] if path.exists() else ""

    def kill(self) -> None:
        """A sudden death (SIGKILL), as when the server's machine goes away."""
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)

    def pause(self) -> None:
        """SIGSTOP: the port still accepts connections, but nothing answers (a hung server)."""
        assert self.process is not None
        self.process.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGCONT)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGCONT)
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)

    def translate_requests(self, api_key: str | None = None) -> int:
        """How many /translate requests the server has answered (its Prometheus metrics)."""
        with urllib.request.urlopen(f"{self.url}/metrics", timeout=10) as response:
            text = response.read().decode("utf-8")
        total = 0
        pattern = re.compile(r'^libretranslate_http_request_duration_seconds_count\{(.*)\} (\S+)$',
                             re.MULTILINE)
        for labels, value in pattern.findall(text):
            if 'endpoint="/translate"' not in labels:
                continue
            if api_key is not None and f'api_key="{api_key}"' not in labels:
                continue
            total += int(float(value))
        return total
