"""The ``dossier`` command: a thin layer over the library API.

Sub-commands live in their own modules and are imported only when invoked, so
``dossier --help`` and light commands never pay for heavy imports (argostranslate, WeasyPrint).
"""

from __future__ import annotations

import importlib
import logging
import sys

import click

from workflow import __version__
from workflow.cli.common import usage_line
from workflow.errors import DossierError

# name -> (module, attribute, one-line help shown in ``dossier --help``)
COMMANDS: dict[str, tuple[str, str, str]] = {
    "import": (
        "workflow.cli.import_",
        "import_command",
        "Import raw statements into clean sources/<slug>.md.",
    ),
    "split": (
        "workflow.cli.split",
        "split_command",
        "Print text one sentence per line.",
    ),
    "extract": (
        "workflow.cli.extract",
        "extract_command",
        "Extract sources into .pot templates.",
    ),
    "update": (
        "workflow.cli.update",
        "update_command",
        "Create or merge .po catalogs from the templates.",
    ),
    "status": (
        "workflow.cli.status",
        "status_command",
        "Show translation progress per statement and language.",
    ),
    "models": (
        "workflow.cli.models",
        "models_command",
        "List, install and remove argos translation packages.",
    ),
    "draft": (
        "workflow.cli.draft",
        "draft_command",
        "Fill empty entries with memory and machine drafts.",
    ),
    "memory": (
        "workflow.cli.memory",
        "memory_command",
        "Import and export translation memory (TMX).",
    ),
    "check": (
        "workflow.cli.check",
        "check_command",
        "Check translations: numbers, glossary terms, names, meaning flips.",
    ),
    "review": (
        "workflow.cli.review",
        "review_command",
        "Review translations in a local web page (save, approve, needs work).",
    ),
    "build": (
        "workflow.cli.build",
        "build_command",
        "Typeset bilingual PDF dossiers.",
    ),
}


class LazyGroup(click.Group):
    """A click group whose sub-commands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [name for name in COMMANDS if _available(name)]

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS or not _available(name):
            return None
        module, attr, _ = COMMANDS[name]
        return _with_verbosity(getattr(importlib.import_module(module), attr))

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][2]) for name in self.list_commands(ctx)]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


_LEVELS = (logging.WARNING, logging.INFO, logging.DEBUG)


def _set_verbosity(ctx: click.Context, param: click.Parameter, value: int | bool) -> None:
    """-q/-v given after the sub-command: same meaning as before it; quiet wins."""
    if not value:
        return
    obj = ctx.find_root().ensure_object(dict)
    if param.name == "quiet":
        obj["verbosity"] = -1
        logging.getLogger().setLevel(logging.ERROR)
    elif obj.get("verbosity", 0) >= 0:
        obj["verbosity"] = max(obj.get("verbosity", 0), int(value))
        logging.getLogger().setLevel(_LEVELS[min(obj["verbosity"], 2)])


def _with_verbosity(command: click.Command) -> click.Command:
    """Accept -q/-v after the sub-command too (``dossier import -q``), as users type them."""
    if not getattr(command, "_dossier_verbosity", False):
        command.params += [
            click.Option(["-v", "--verbose"], count=True, expose_value=False,
                         callback=_set_verbosity, help="More output (repeat for debug)."),
            click.Option(["-q", "--quiet"], is_flag=True, expose_value=False,
                         callback=_set_verbosity, help="Only errors."),
        ]
        command._dossier_verbosity = True
    return command


def _available(name: str) -> bool:
    module = COMMANDS[name][0]
    return importlib.util.find_spec(module) is not None


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", count=True, help="More output (repeat for debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors.")
@click.version_option(__version__, prog_name="dossier")
@click.pass_context
def cli(ctx: click.Context, verbose: int, quiet: bool) -> None:
    """dossier: import, segment, translate, review and publish multilingual statements.

    Run inside a project (a folder with [tool.dossier] in pyproject.toml or a dossier.toml,
    found from the current folder upwards). Exit codes: 0 ok, 1 problems found, 2 usage or
    input error.
    """
    level = logging.ERROR if quiet else _LEVELS[min(verbose, 2)]
    logging.basicConfig(level=level, format="dossier: %(message)s")
    ctx.ensure_object(dict)
    ctx.obj["verbosity"] = -1 if quiet else verbose


def main(argv: list[str] | None = None) -> int:
    """Entry point: runs the CLI and turns DossierError into a one-line message and exit code."""
    try:
        cli.main(args=argv, prog_name="dossier", standalone_mode=False)
    except DossierError as exc:
        click.echo(f"dossier: error: {exc.one_line()}", err=True)
        return exc.exit_code
    except click.exceptions.Abort:
        click.echo("dossier: aborted", err=True)
        return 130
    except click.UsageError as exc:
        click.echo(f"dossier: error: {usage_line(exc)}", err=True)
        return exc.exit_code
    except click.ClickException as exc:
        click.echo(f"dossier: error: {' '.join(exc.format_message().split())}", err=True)
        return exc.exit_code
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
