"""A guessed publication date counts only where the page writes it for its own text: not a
related post's or a comment's date; a numeric date read either way round ("04/09/2026")
gives way to the reading the page spells out ("9 April 2026")."""
import lxml.html

from workflow.importer.pagemeta import written_guess

_PAGE = """<html><body><main><article><h1>Release the nurses</h1>{meta}
<p>We, the undersigned health workers, call for the release of three nurses.</p></article>
<aside class="jp-relatedposts"><div class="jp-relatedposts-post">
<a href="/2026/02/x">What pellet wounds tell us</a>
<span class="jp-relatedposts-post-date">February 21, 2026</span></div></aside>
<ol class="comment-list"><li><time datetime="2026-03-14T20:12">March 14, 2026</time></li></ol>
</main></body></html>"""


def _page(meta: str = ""):
    return lxml.html.fromstring(_PAGE.format(meta=meta))


def test_a_related_posts_date_is_not_the_pages() -> None:
    assert written_guess("2026-02-21", _page()) is None


def test_a_comments_time_is_not_the_pages() -> None:
    assert written_guess("2026-03-14T20:12:00", _page()) is None


def test_the_pages_own_date_line_is() -> None:
    assert written_guess("2026-02-21", _page("<p class='date'>21 February 2026</p>")) == \
        "2026-02-21"


def test_a_numeric_date_yields_to_the_reading_spelled_out() -> None:
    meta = "<p>Submitted on Thu, 04/09/2026 - 11:20</p><p>9 April 2026</p>"
    assert written_guess("2026-09-04", _page(meta)) == "2026-04-09"


def test_a_numeric_date_alone_stays_as_guessed() -> None:
    assert written_guess("2026-09-04", _page("<p>Submitted on 04/09/2026</p>")) == "2026-09-04"


def test_a_guess_read_the_other_way_yields_to_the_weekday_before_the_date() -> None:
    """"Thu, 04/09/2026": 9 April is a Thursday, so the page's date is 9 April, though the
    guess read it as 4 September."""
    meta = "<p>Submitted on Thu, 04/09/2026 - 11:20</p>"
    assert written_guess("2026-09-04", _page(meta)) == "2026-04-09"
