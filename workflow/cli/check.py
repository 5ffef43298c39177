"""``dossier check``: quality checks on translations, one line per problem."""

from __future__ import annotations

import json

import click

from workflow.cli.common import project, say
from workflow.errors import ProblemsFound


@click.command(
    "check",
    epilog="\b\nExamples:\n  dossier check --lang fa\n"
           "  dossier check --only iran-1988-massacre-single --select numbers,meaning-flip\n"
           "  dossier check --json > problems.json",
)
@click.option("--lang", "langs", metavar="LANGS",
              help="Comma-separated languages (default: all configured).")
@click.option("--only", metavar="SLUG", help="Check one statement's catalogs only.")
@click.option("--select", metavar="CODES",
              help="Comma-separated checks to run (default: all): numbers, glossary, "
                   "meaning-flip, brackets, orthography, whitespace.")
@click.option("--strict", is_flag=True, help="Warnings fail too (exit 1).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output for scripts.")
@click.pass_context
def check_command(ctx: click.Context, langs: str | None, only: str | None, select: str | None,
                  strict: bool, as_json: bool) -> None:
    """Check every translated entry (drafts included) against its source sentence.

    \b
    errors:   numbers missing or added; a meaning-flip '# changed:' line left on an entry
              whose fuzzy flag was cleared; Arabic yeh/kaf in Persian
    warnings: glossary terms and names not in their fixed form; unbalanced or missing
              brackets and quotes; Latin digits or punctuation in Persian; whitespace and
              line breaks unlike the source; unresolved '# changed:' on fuzzy entries;
              number differences the translator explained in a '# note:' line

    The glossary (locales/LANG/glossary.csv) says what else counts: a term's first form at
    its first mention in a statement and its 'later' form after it; 'year' rows that map a
    year to another calendar (1988 = ۱۳۶۷, ۶۷), so the mapped year is no wrong number.

    One line per problem (FILE:LINE: error[CODE]: message, LINE = the entry's msgid), then a
    summary per language. Untranslated entries are skipped, obsolete ones ignored.
    Exit 0 without errors, 1 with errors (or warnings with --strict), 2 for bad input.
    """
    from workflow.check import check_project

    proj = project(ctx)
    codes = [c.strip() for c in select.split(",") if c.strip()] if select else None
    report = check_project(proj, proj.select_languages(langs), only, codes)
    if as_json:
        click.echo(json.dumps(report.as_json(), indent=2, ensure_ascii=False))
    else:
        for finding in report.findings:
            if finding.problem.severity == "error" or not _quiet(ctx):
                click.echo(finding.render())
        for summary in report.summaries:
            say(ctx, summary.render())
    failed = report.errors + (report.warnings if strict else 0)
    if failed:
        what = f"{report.errors} error(s)" + (f", {report.warnings} warning(s)" if strict else "")
        raise ProblemsFound(f"check found {what}")


def _quiet(ctx: click.Context) -> bool:
    from workflow.cli.common import verbosity

    return verbosity(ctx) < 0
