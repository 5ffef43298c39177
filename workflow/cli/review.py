"""``dossier review``: serve the local review page until Ctrl-C."""

from __future__ import annotations

import click

from workflow.cli.common import project, say
from workflow.errors import InputError


@click.command(
    "review",
    epilog="\b\nExamples:\n  dossier review --lang fa --reviewer 'Jane Doe' --open\n"
           "  dossier review --port 0          # any free port",
)
@click.option("--lang", "langs", metavar="LANGS",
              help="Comma-separated languages to review (default: all configured).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on. Anyone who can reach it can edit the catalogs.")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535),
              help="Port (0: any free port).")
@click.option("--reviewer", metavar="NAME",
              help="Your name for approvals (else asked for in the page, kept in a cookie).")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in a web browser.")
@click.pass_context
def review_command(ctx: click.Context, langs: str | None, host: str, port: int,
                   reviewer: str | None, open_browser: bool) -> None:
    """Review translations in a local web page: edit, save, approve, send back as needing work.

    \b
    Save        the text becomes a human translation (not fuzzy, not approved)
    Approve     the text is approved under the reviewer's name ('# approved:' comment)
    Needs work  the text is kept as the reviewer's draft (fuzzy, '# draft: person')

    Each button changes that one entry only; the rest of the .po file stays byte-identical.
    A change is refused when the entry was edited in the file since the page was shown.
    Runs until Ctrl-C (exit 0); exit 2 when the port is taken or an option is invalid.
    """
    import webbrowser

    from workflow.review.app import ReviewApp
    from workflow.review.server import is_wildcard, serve_app
    from workflow.review.store import Refused, Store

    proj = project(ctx)
    try:
        app = ReviewApp(Store(proj, proj.select_languages(langs)), reviewer)
    except Refused as exc:
        raise InputError(f"--reviewer: {exc.message}") from None
    try:
        server = serve_app(app, host, port)
    except OSError as exc:
        raise InputError(f"cannot listen on {host}:{port}: {exc.strerror or exc} "
                         "(try another --port, or --port 0)") from None
    shown = "127.0.0.1" if is_wildcard(host) else host
    shown = f"[{shown}]" if ":" in shown and not shown.startswith("[") else shown
    url = f"http://{shown}:{server.server_port}/"
    if is_wildcard(host):
        click.echo("dossier: warning: listening on all interfaces: anyone who can reach this "
                   "machine can edit the catalogs", err=True)
    say(ctx, f"dossier review: serving {proj.relative(proj.locales)} at {url} "
             "(Ctrl-C to stop)")
    if open_browser:
        webbrowser.open(url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        say(ctx, "dossier review: stopped")
    finally:
        server.server_close()
