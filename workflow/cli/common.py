"""Helpers shared by the sub-command modules: project lookup, output levels, progress bars."""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TypeVar

import click

from workflow.config import Project, find_project, parse_wrap
from workflow.fileio import clean_stale_temps

T = TypeVar("T")


def project(ctx: click.Context) -> Project:
    """The project for this invocation, found once from the current folder upwards.

    A command with :func:`wrap_options` applies ``--width``/``--no-wrap`` over the
    project's ``wrap`` setting.
    """
    obj = ctx.ensure_object(dict)
    if "project" not in obj:
        obj["project"] = find_project(Path.cwd())
        clean_stale_temps(project_folders(obj["project"]))
    found = obj["project"]
    width, no_wrap = ctx.params.get("width"), ctx.params.get("no_wrap")
    if no_wrap:
        return dataclasses.replace(found, wrap=None)
    if width is not None:
        return dataclasses.replace(found, wrap=parse_wrap(width, name="--width"))
    return found


def wrap_options(command: Callable[..., T]) -> Callable[..., T]:
    """``--width N`` / ``--no-wrap`` for commands that write catalogs (as msgcat has them)."""
    command = click.option(
        "--no-wrap", is_flag=True,
        help="Write each string on one line (as Poedit with wrapping off, msgcat --no-wrap); "
             "overrides [tool.dossier] wrap.")(command)
    return click.option(
        "--width", type=int, metavar="N",
        help="Page width for catalog lines (default: [tool.dossier] wrap, else 79 as GNU "
             "gettext).")(command)


def project_folders(proj: Project) -> list[Path]:
    """The folders dossier writes into (where a killed write may have left a temporary file)."""
    folders = [proj.root, proj.sources, proj.templates, proj.root / ".dossier-cache"]
    for base, sub in ((proj.locales, "LC_MESSAGES"), (proj.output, "")):
        if base.is_dir():
            folders.append(base)
            for lang in base.iterdir():
                if lang.is_dir() and not lang.is_symlink():
                    folders += [lang, lang / sub] if sub else [lang]
    return folders


def verbosity(ctx: click.Context) -> int:
    """-1 quiet, 0 normal, 1+ verbose."""
    return ctx.find_root().ensure_object(dict).get("verbosity", 0)


def say(ctx: click.Context, message: str, level: int = 0) -> None:
    """Print ``message`` unless the user asked for less output than ``level``."""
    if verbosity(ctx) >= level:
        click.echo(message)


def usage_line(exc: click.UsageError) -> str:
    """A usage error as one line: what is wrong, and where the help is (click prints four)."""
    message = " ".join(exc.format_message().split())
    command = exc.ctx.command_path if exc.ctx is not None else "dossier"
    return f"{message} (see '{command} --help')"


def warn(message: str) -> None:
    click.echo(f"dossier: warning: {message}", err=True)


def progress(
    ctx: click.Context, items: Iterable[T], label: str, length: int | None = None
) -> Iterator[T]:
    """A progress bar on stderr for long work; silent when quiet or not on a terminal."""
    stderr = sys.stderr
    if verbosity(ctx) < 0 or not stderr.isatty():
        yield from items  # click would still print the label once: keep logs and pipes clean
        return
    with click.progressbar(items, label=label, length=length, file=stderr) as bar:
        yield from bar


@contextlib.contextmanager
def progress_counter(ctx: click.Context, label: str) -> Iterator[Callable[[int, int], None]]:
    """An ``on_progress(done, total)`` callback for library hooks, drawn with progress().

    The bar appears on the first call with a total; the same silence rules apply.
    """
    bar: Iterator[None] | None = None
    shown = 0

    def update(done: int, total: int) -> None:
        nonlocal bar, shown
        if bar is None:
            if total <= 0:
                return
            bar = progress(ctx, itertools.repeat(None, total), label, length=total)
            next(bar, None)  # draws the empty bar; each further next() adds one
        while shown < min(done, total):
            next(bar, None)
            shown += 1

    try:
        yield update
    finally:
        if bar is not None:
            bar.close()  # ends the bar's line even when the work failed
