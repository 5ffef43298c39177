"""``dossier models``: list, install and remove argos translation packages."""

from __future__ import annotations

from pathlib import Path

import click

from workflow.cli.common import project, say
from workflow.errors import DossierError


@click.group(
    "models",
    epilog="\b\nExamples:\n  dossier models list\n  dossier models install en fa\n"
    "  dossier models install ~/Downloads/translate-en_fa-1_9.argosmodel\n"
    "  dossier models remove translate-en_fa",
)
def models_command() -> None:
    """List, install and remove argos translation packages.

    Packages live in argostranslate's own folder (ARGOS_PACKAGES_DIR, default
    ~/.local/share/argos-translate/packages), shared with argospm.
    """


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 1e5 else f"{n / 1e3:.0f} kB"


@models_command.command("list")
@click.pass_context
def list_command(ctx: click.Context) -> None:
    """Installed packages, and the route each configured language would use."""
    from workflow.draft.models import find_route, install_dir, install_hint, installed_packages

    packages = installed_packages()
    say(ctx, f"packages in {install_dir()}:")
    if not packages:
        say(ctx, "  (none)")
    for pkg in packages:
        say(ctx, f"  {pkg.name:<18} {pkg.version:<8} {pkg.from_code} -> {pkg.to_code:<6} "
                 f"{_size(pkg.size())}")
    try:
        proj = project(ctx)
    except DossierError:
        return  # outside a project: packages only
    from workflow.draft.engines import engine_settings

    settings = engine_settings(proj.engine, proj.config_file)
    if settings.name != "argos":
        where = f" at {settings.option('url')}" if settings.option("url") else ""
        say(ctx, f"drafting engine: {settings.name}{where} ([tool.dossier] engine; these "
                 "packages are used with --engine argos)")
    say(ctx, f"routes from {proj.source_language}:")
    for lang in proj.languages:
        if lang == proj.source_language:
            continue
        route = find_route(proj.source_language, lang, packages)
        if route is None:
            say(ctx, f"  {lang}: none (run `{install_hint(proj.source_language, lang)}`)")
        elif route.pivot:
            say(ctx, f"  {lang}: via {route.pivot}: {route.label}")
        else:
            say(ctx, f"  {lang}: direct: {route.label}")


@models_command.command("install")
@click.argument("what", nargs=-1, required=True, metavar="FROM TO | FILE.argosmodel")
@click.pass_context
def install_command(ctx: click.Context, what: tuple[str, ...]) -> None:
    """Install the FROM -> TO package from the argos index, or a downloaded FILE.argosmodel.

    Installing from the index needs the network; FILE works offline.
    """
    from workflow.draft import models

    if len(what) == 1:
        pkg = models.install_file(Path(what[0]))
    elif len(what) == 2:
        pkg = models.install_pair(what[0], what[1])
    else:
        raise click.UsageError("expected FROM TO (e.g. 'en fa') or one FILE.argosmodel")
    say(ctx, f"installed {pkg.label} ({pkg.from_code} -> {pkg.to_code}) in {pkg.path}")


@models_command.command("remove")
@click.argument("name")
@click.pass_context
def remove_command(ctx: click.Context, name: str) -> None:
    """Remove an installed package by name (e.g. translate-en_fa)."""
    from workflow.draft.models import remove

    pkg = remove(name)
    say(ctx, f"removed {pkg.label}")

