"""Dossier's own HTML parsed by libxml2 (lxml), into the tree WeasyPrint's parser makes.

WeasyPrint parses every document with tinyhtml5, a pure-Python HTML5 parser: about 5% of
a build's CPU time (50 ms for a twelve-page statement), spent on HTML that dossier itself
wrote from its templates (``html``). libxml2 parses the same text in a twentieth of that.
For this HTML the two parsers build the same tree (the same elements, attributes, text
and tails), with one difference that is fixed here: HTML5 moves the whitespace after
``</body>``/``</html>`` into the body, where libxml2 drops it.

``parsed`` hands WeasyPrint the tree and sets up its ``HTML`` object as its own
``__init__`` does after parsing. It falls back to WeasyPrint's parser wherever the two
might differ: characters that HTML5 rewrites (CR, NUL, other C0 controls), anything after
``</body>`` but whitespace, documents over 4 MB, comments, namespaced names, a missing head
or body, a table row outside a row group (HTML5 implies a ``<tbody>``: the cover's table);
libxml2 reporting an error; and when
WeasyPrint's ``HTML.__init__`` is not the one this was written for (then
``test_publish_htmlparse`` fails, as ``linebox`` does). The tests parse every document a
build renders both ways and compare the trees, and compare the PDFs byte for byte.
"""

from __future__ import annotations

import functools
import inspect
import re
import xml.etree.ElementTree as ET

# What WeasyPrint 70's HTML.__init__ does with the parsed tree: repeated in ``parsed``.
_INIT_TAIL = """        self.base_url = _find_base_url(result, base_url)
        self.url_fetcher = url_fetcher
        self.media_type = media_type
        self.wrapper_element = cssselect2.ElementWrapper.from_html_root(
            result, content_language=None)
        self.etree_element = self.wrapper_element.etree_element"""
_PARSE = """            kwargs = {'namespace_html_elements': False}"""
# Characters HTML5 tokenisation replaces or normalises (CR, NUL, form feed, other C0 and
# DEL), where libxml2 might keep them: such a document goes to WeasyPrint's own parser.
_REWRITTEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# libxml2 caps a text node at 10 MB (it would cut one, recovering); far beyond any statement.
_LARGEST = 4_000_000
_END = re.compile(r"</body>\s*</html>(\s*)\Z|</html>(\s*)\Z", re.I)


class _Differs(Exception):
    """The document holds something the two parsers may read differently."""


@functools.cache
def applies() -> bool:
    """Whether WeasyPrint's ``HTML.__init__`` is the one ``parsed`` repeats."""
    try:
        import weasyprint
    except ImportError:  # pragma: no cover - weasyprint is a dependency
        return False
    try:
        source = inspect.getsource(weasyprint.HTML.__init__)
    except (OSError, TypeError):  # pragma: no cover - no source shipped
        return False
    return (source.count(_INIT_TAIL) == 1 and source.count(_PARSE) == 1
            and source.rstrip().endswith(_INIT_TAIL.strip().splitlines()[-1].strip())
            and hasattr(weasyprint, "_find_base_url"))


def tree(html: str) -> ET.Element:
    """``html`` parsed by libxml2 as an ElementTree, as tinyhtml5 (``namespace_html_elements
    =False``) builds it; raises ``_Differs`` where the parsers may disagree."""
    from lxml import html as lxml_html

    end = _END.search(html)
    if end is None or len(html) > _LARGEST or _REWRITTEN.search(html):
        raise _Differs
    root = lxml_html.document_fromstring(html)
    if root.tag != "html" or len(root) != 2 or [c.tag for c in root] != ["head", "body"]:
        raise _Differs
    converted = _element(root)
    trailing = (end.group(1) or "") + (end.group(2) or "")
    if trailing:  # HTML5 appends it to the body's last text
        body = converted[1]
        if len(body):
            body[-1].tail = (body[-1].tail or "") + trailing
        else:
            body.text = (body.text or "") + trailing
    return converted


def _element(node) -> ET.Element:
    tag = node.tag
    if not isinstance(tag, str) or ":" in tag or "{" in tag:  # comment, PI, namespaced
        raise _Differs
    made = ET.Element(tag, dict(node.attrib))
    made.text, made.tail = node.text, node.tail
    for attr in made.attrib:
        if ":" in attr or "{" in attr:
            raise _Differs
    for child in node:
        if tag == "table" and child.tag == "tr":  # HTML5 implies a <tbody> here
            raise _Differs
        made.append(_element(child))
    return made


def parsed(html: str, *, base_url: str, url_fetcher, media_type: str = "print"):
    """A ``weasyprint.HTML`` of ``html``, parsed by libxml2 where that gives WeasyPrint's
    own tree, else by WeasyPrint."""
    import weasyprint
    from lxml.etree import LxmlError

    if applies():
        try:
            root = tree(html)
        except (_Differs, ValueError, LxmlError):
            pass
        else:
            import cssselect2
            from weasyprint.urls import ensure_url

            document = weasyprint.HTML.__new__(weasyprint.HTML)
            document.base_url = weasyprint._find_base_url(
                root, ensure_url(base_url) if base_url is not None else None)
            document.url_fetcher = url_fetcher
            document.media_type = media_type
            document.wrapper_element = cssselect2.ElementWrapper.from_html_root(
                root, content_language=None)
            document.etree_element = document.wrapper_element.etree_element
            return document
    return weasyprint.HTML(string=html, base_url=base_url, url_fetcher=url_fetcher,
                           media_type=media_type)
