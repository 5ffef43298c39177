"""Worker processes die with the command that started them: nothing outlives a killed run.

``dossier build`` renders PDFs in a forkserver pool. Killed with SIGKILL, the command cannot
clean up, so the kernel does it: every worker (and the forkserver that forks them) asks Linux
for a signal when its parent dies (``prctl(PR_SET_PDEATHSIG)``), and the chain command ->
forkserver -> workers unwinds by itself; the resource tracker then sees its pipe close and exits.
SIGTERM and SIGINT become an exception in the command, which terminates the pool at once.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
from collections.abc import Iterator

PR_SET_PDEATHSIG = 1
#: Imported by the forkserver at start-up (``set_forkserver_preload``).
FORKSERVER_PRELOAD = "workflow.lifeline_forkserver"


#: The command's pid, for the forkserver's check that its parent is still the command.
PARENT_ENV = "DOSSIER_COMMAND_PID"


def die_with_parent(command_pid: int | None = None) -> None:
    """Ask the kernel to SIGKILL this process when its parent dies (Linux; elsewhere a no-op).

    ``command_pid`` is the command's pid: if the command is already gone (it died before the
    request took effect, so no signal will come), exit now.
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if command_pid is not None and not _alive(command_pid):
        os._exit(1)


def forkserver_started() -> None:
    """In the forkserver: die with the command, which is this process's parent."""
    die_with_parent()
    expected = os.environ.get(PARENT_ENV, "")
    if expected.isdigit() and os.getppid() != int(expected):
        os._exit(1)  # the command died before prctl: nobody will signal us


def prepare_forkserver(context) -> None:
    """Make the forkserver (started on the pool's first job) die with this process."""
    os.environ[PARENT_ENV] = str(os.getpid())
    context.set_forkserver_preload([FORKSERVER_PRELOAD])


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Terminated(SystemExit):  # noqa: N818  (it is how the process ends)
    """SIGTERM received: unwind (terminate workers, remove temporary files), exit 143."""


@contextlib.contextmanager
def terminate_cleanly() -> Iterator[None]:
    """Within the block, SIGTERM raises :class:`Terminated` in the main thread."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum, frame):
        raise Terminated(128 + signum)

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def stop_pool(pool, futures) -> None:
    """Cancel what has not started and terminate the worker processes now."""
    for future in futures:
        future.cancel()
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        with contextlib.suppress(Exception):
            process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)
    # Python 3.11's exit hook wakes every executor's manager thread through a pipe that thread
    # closes when it ends: let it end, then take it off that list, or the exit races the close
    # ("Exception ignored in threading ... Bad file descriptor" after "dossier: aborted").
    thread = getattr(pool, "_executor_manager_thread", None)
    if thread is not None:
        thread.join(timeout=5)
        if not thread.is_alive():
            from concurrent.futures import process as futures_process

            with contextlib.suppress(Exception):
                futures_process._threads_wakeups.pop(thread, None)
