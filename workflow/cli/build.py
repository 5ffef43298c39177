"""``dossier build``: typeset bilingual PDF dossiers (thin layer over workflow.publish)."""

from __future__ import annotations

import time

import click

from workflow.cli.common import progress_counter, project, say
from workflow.publish.html import LAYOUTS
from workflow.publish.render import DEFAULT_VARIANT, VARIANTS


@click.command("build")
@click.option("--lang", "lang_spec", metavar="LANGS",
              help="Comma-separated languages to build (default: all configured).")
@click.option("--layout", type=click.Choice(LAYOUTS), default="side-by-side", show_default=True,
              help="Source beside translation, source then translation, or translation only.")
@click.option("--only", metavar="SLUG",
              help="Build only this statement's PDFs (dossier.pdf is left as it is).")
@click.option("--min-reviewed", type=click.FloatRange(0, 100), metavar="PCT",
              help="Refuse to publish (exit 1, nothing written) if a statement has fewer "
                   "than PCT% of its words approved by a reviewer.")
@click.option("--pdf-variant", type=click.Choice(VARIANTS), default=DEFAULT_VARIANT,
              show_default=True,
              help="PDF flavour: PDF/A-3b keeps the attached .po files; pdf/ua-1 is tagged "
                   "(accessible); pdf/a-1b and pdf/a-2b drop attachments; none = plain PDF.")
@click.option("--force", is_flag=True,
              help="Render every PDF: even those whose inputs did not change, and those below "
                   "min-translated (a proof copy of a language nobody translated yet).")
@click.option("-j", "--jobs", type=click.IntRange(0, 64), default=0, show_default=True,
              help="Processes rendering PDFs in parallel (0: one per CPU).")
@click.pass_context
def build_command(ctx: click.Context, lang_spec: str | None, layout: str, only: str | None,
                  min_reviewed: float | None, pdf_variant: str, force: bool, jobs: int) -> None:
    """Typeset output/<lang>/<slug>.pdf for each statement and output/<lang>/dossier.pdf.

    Each segment shows its translation when translated, approved or a draft; otherwise the
    English sentence, marked. A statement with less than min-translated (pyproject
    [tool.dossier], default 0: something) of its words translated or drafted is held back
    with a one-line note; --force writes it anyway as a proof copy. Drafts are tinted (see
    the legend in the colophon). Unchanged inputs are not rendered again. Dates come from
    the inputs or SOURCE_DATE_EPOCH, so rebuilding the same inputs gives byte-identical PDFs.

    Example: dossier build --lang fa --min-reviewed 80
    """
    from workflow.publish.pipeline import BuildOptions, build

    proj = project(ctx)
    opts = BuildOptions(
        languages=tuple(proj.select_languages(lang_spec)),
        layout=layout,
        only=only,
        min_reviewed=min_reviewed,
        variant=pdf_variant,
        force=force,
        jobs=jobs,
    )
    started = time.perf_counter()
    with progress_counter(ctx, "rendering PDFs") as on_progress:
        result = build(proj, opts, report=lambda msg: say(ctx, msg, 1), on_progress=on_progress)
    elapsed = time.perf_counter() - started
    for message in result.messages:
        say(ctx, message)
    held = f", {len(result.held_back)} held back" if result.held_back else ""
    say(ctx, f"built {len(result.written)} PDF(s), {result.pages} pages, "
             f"{len(result.skipped)} up to date{held}, in {elapsed:.1f}s")
