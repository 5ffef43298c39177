"""``dossier split``: print a text one sentence per line (the segmenter's public face)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from workflow.cli.common import warn
from workflow.errors import InputError


@click.command(
    "split",
    epilog="\b\nExamples:\n  dossier split sources/statement.md\n"
    "  echo 'Mr. Smith left at 5 p.m. He was late.' | dossier split -",
)
@click.option(
    "--lang",
    default="en",
    show_default=True,
    metavar="CODE",
    help="Language of the text; languages without a rule table use the generic rules.",
)
@click.argument("file", required=False, default="-", metavar="[FILE|-]")
def split_command(lang: str, file: str) -> None:
    """Print the sentences of FILE (or standard input for "-" or no FILE), one a line.

    Blank lines separate paragraphs; single line breaks (hard wraps) are spaces.
    """
    from workflow.segment import languages, rules_for, split_sentences

    if rules_for(lang).lang == "generic":
        warn(
            f"no rule table for language {lang!r} (have: {', '.join(languages())}); "
            "using the generic rules"
        )
    text = _read(file)
    sentences = split_sentences(text, lang)
    if sentences:
        click.echo("\n".join(sentences))


def _read(file: str) -> str:
    """The text of ``file`` (or stdin) as UTF-8; InputError naming file and line otherwise."""
    name = "<stdin>" if file == "-" else file
    if file == "-":
        data = sys.stdin.buffer.read()
    else:
        path = Path(file)
        if not path.exists():
            raise InputError("no such file", path=file)
        if path.is_dir():
            raise InputError("is a folder, not a text file", path=file)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror or exc}", path=file) from exc
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes), expected UTF-8 text", path=name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})",
            path=name,
            line=line,
        ) from exc
