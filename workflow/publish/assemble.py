"""Assemble a PDF from PDFs already written: a carrier plus page runs.

Incremental builds need the dossier without laying its statements out again: each
statement's pages are written once, unnumbered, as a *part PDF* (kept in the build cache),
and so are the front matter and each colophon (kept under the hash of their HTML); the
dossier (and each statement's own PDF) is put together from them with pikepdf:

* the **carrier** is a one-page PDF WeasyPrint wrote from an empty body with the output's
  metadata, PDF/A identification, output intent and ``.po`` attachments; its blank page is
  dropped and the runs' pages (front matter, statements, colophon) take its place;
* **named destinations**: the front matter's (its contents links) are kept, each pointed
  at the first anchor of its statement's run;
* every page but the cover gets its page number from a **footer PDF** (empty pages
  numbered 1..n in the language's digits, kept between builds): footer page *k* is laid
  over page *k* as a form XObject;
* **bookmarks** of every source are kept (their titles in both languages, their
  positions), in page order;
* **fonts**: every source embeds its own subset of the same shipped fonts, and WeasyPrint
  subsets keep the original glyph ids (HarfBuzz ``RETAIN_GIDS``), so the glyphs of all
  subsets of one font are merged into one font program (``subset``: HarfBuzz), one
  widths array and one ``ToUnicode`` map, shared by every font object of that font: the
  file holds each font once, as a single render would;
* the bytes are reproducible: the same inputs give the same file (deterministic ``/ID``).
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass

from workflow.publish.subset import subset

_BFCHAR = re.compile(rb"beginbfchar(.*?)endbfchar", re.S)
_HEX_PAIR = re.compile(rb"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>")
_FOOTER = "/PageNo"  # + the page index: each page's footer form
_TAG = re.compile(r"^[A-Z]{6}\+")


@dataclass(frozen=True)
class Run:
    """Pages of a part PDF (``data``) to insert, unnumbered.

    ``anchor``: the named destination (a contents link) pointed at the run's first anchor
    (a statement's part may have been written when it had another place, hence another
    anchor name of its own). ``names``: the run's own named destinations are kept (the
    front matter's, which its contents links go to).
    """

    data: bytes
    anchor: str = ""
    names: bool = False


class Footers:
    """A footer PDF (``compose.Composer.footer_pdf``), opened once for every PDF of a job
    that is numbered from it: opening it costs in proportion to its pages (the dossier's),
    which each statement's PDF paid again (5 ms each at 16x the corpus). Each page's form
    XObject is made once too; ``assemble`` copies it into each PDF."""

    def __init__(self, data: bytes):
        self.data = data
        self._pdf = None
        self._forms: dict[int, object] = {}

    def form(self, index: int):
        """Footer page ``index`` as a form XObject of the footer PDF."""
        if index not in self._forms:
            if self._pdf is None:
                import pikepdf

                self._pdf = pikepdf.open(io.BytesIO(self.data))
            self._forms[index] = self._pdf.pages[index].as_form_xobject()
        return self._forms[index]

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
        self._pdf, self._forms = None, {}


def assemble(carrier: bytes, runs: Iterable[Run], footers: bytes | Footers,
             numbered_from: int = 0) -> bytes:
    """The pages of ``runs``, in order, in ``carrier``'s file (its own pages dropped: it
    brings the metadata, PDF/A identification, output intent and attachments), every
    page from ``numbered_from`` on numbered from ``footers`` (the cover has none);
    bookmarks, named destinations, fonts and metadata as described above."""
    import pikepdf

    pdf = pikepdf.open(io.BytesIO(carrier))
    blank = len(pdf.pages)
    sources, marks, names, position = [], [], {}, 0
    anchors = []
    for run in runs:
        source = pikepdf.open(io.BytesIO(run.data))
        sources.append(source)
        marks += [(position + p, t, d) for p, t, d in _bookmarks(source)]
        own = sorted(_destinations(source), key=lambda m: m[0])
        if run.names:
            names.update({name: (position + p, where) for p, name, where in own})
        if run.anchor and own:
            anchors.append((run.anchor, (position + own[0][0], own[0][2])))
        for page in source.pages:
            pdf.pages.append(page)
        position += len(source.pages)
    for _ in range(blank):
        del pdf.pages[0]
    names.update(dict(anchors))
    own = not isinstance(footers, Footers)
    numbers = Footers(footers) if own else footers
    opening = pdf.make_indirect(pikepdf.Stream(pdf, b"q"))
    for index in range(numbered_from, len(pdf.pages)):
        _overlay(pdf, pdf.pages[index], numbers.form(index), index, opening)
    _write_names(pdf, names)
    _write_outline(pdf, sorted(marks, key=lambda m: m[0]))
    merge_fonts(pdf)
    share_profiles(pdf)
    out = io.BytesIO()
    streams = (pikepdf.ObjectStreamMode.generate if pdf.pdf_version >= "1.5"
               else pikepdf.ObjectStreamMode.preserve)  # PDF/A-1 (PDF 1.4) has none
    pdf.save(out, deterministic_id=True, object_stream_mode=streams,
             stream_decode_level=pikepdf.StreamDecodeLevel.none)
    for source in (*sources, pdf):
        source.close()
    if own:
        numbers.close()
    return out.getvalue()


def _overlay(pdf, page, footer, index: int, opening) -> None:
    """Draw ``footer`` (a form XObject of another PDF) over ``page``.

    pikepdf's ``add_overlay`` names the XObject at random, which would change the bytes of
    every build, and gives each page a copy of its resources; here the name is the page's
    index (WeasyPrint shares one resources dictionary between the pages of a part, so each
    page's footer needs a name of its own there). The page's own content streams are kept
    as they are (not decompressed and written again): ``opening`` (``q``, one stream shared
    by every page) saves the graphics state before them, a small stream after them restores
    it and draws the footer.
    """
    import pikepdf

    name = f"{_FOOTER}{index}"
    form = pdf.copy_foreign(footer)
    if "/Resources" not in page.obj:
        page.obj.Resources = pikepdf.Dictionary()
    resources = page.obj.Resources
    if "/XObject" not in resources:
        resources.XObject = pikepdf.Dictionary()
    resources.XObject[name] = form
    contents = page.obj.get("/Contents")
    streams = list(contents) if isinstance(contents, pikepdf.Array) else [contents]
    closing = pikepdf.Stream(pdf, f"Q {name} Do".encode())  # Do saves and restores itself
    page.obj.Contents = pikepdf.Array(
        [opening, *(s for s in streams if s is not None), closing])


def _bookmarks(pdf) -> list[tuple[int, str, list]]:
    """(page index, title, destination after the page: [/XYZ x y z]) of each bookmark,
    flattened (dossier bookmarks have one level)."""
    import pikepdf

    outlines = pdf.Root.get("/Outlines")
    if outlines is None:
        return []
    index = {page.objgen: i for i, page in enumerate(pdf.pages)}
    found = []

    def walk(item):
        while item is not None:
            dest = item.get("/Dest")
            if isinstance(dest, pikepdf.Array) and len(dest) and dest[0].objgen in index:
                found.append((index[dest[0].objgen], str(item.Title), list(dest[1:])))
            if "/First" in item:
                walk(item.First)
            item = item.get("/Next")

    walk(outlines.get("/First"))
    return found


def _destinations(pdf) -> list[tuple[int, str, list]]:
    """(page index, name, location) of each named destination (an HTML anchor)."""
    import pikepdf
    from pikepdf import NameTree

    names = pdf.Root.get("/Names")
    if names is None or "/Dests" not in names:
        return []
    index = {page.objgen: i for i, page in enumerate(pdf.pages)}
    found = []
    for name, dest in NameTree(names.Dests).items():
        if isinstance(dest, pikepdf.Dictionary):
            dest = dest.D
        if isinstance(dest, pikepdf.Array) and len(dest) and dest[0].objgen in index:
            found.append((index[dest[0].objgen], str(name), list(dest[1:])))
    return found


def _write_names(pdf, names: dict[str, tuple[int, list]]) -> None:
    """The file's named destinations: ``names`` (name -> page index, location after the
    page), replacing the carrier's (which has no pages left to point at)."""
    import pikepdf
    from pikepdf import NameTree

    root = pdf.Root.get("/Names")
    if root is not None and "/Dests" in root:
        del root.Dests
    if not names:
        return
    if root is None:
        pdf.Root.Names = root = pdf.make_indirect(pikepdf.Dictionary())
    tree = NameTree.new(pdf)
    for name in sorted(names):
        page, location = names[name]
        tree[name] = pikepdf.Array([pdf.pages[page].obj, *location])
    root.Dests = tree.obj


def _write_outline(pdf, marks: list[tuple[int, str, list]]) -> None:
    """A flat outline of ``marks`` (page index, title, location), replacing the carrier's."""
    import pikepdf

    if not marks:
        if "/Outlines" in pdf.Root:
            del pdf.Root.Outlines
        return
    root = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Outlines))
    items = []
    for page, title, location in marks:
        dest = pikepdf.Array([pdf.pages[page].obj, *location])
        items.append(pdf.make_indirect(pikepdf.Dictionary(
            Title=pikepdf.String(title), Parent=root, Dest=dest)))
    for before, after in zip(items, items[1:], strict=False):
        before.Next, after.Prev = after, before
    root.First, root.Last, root.Count = items[0], items[-1], len(items)
    pdf.Root.Outlines = root


def share_profiles(pdf) -> None:
    """One copy of each colour profile: every part PDF brings its own sRGB profile, which
    is also the output intent's (PDF/A)."""
    import hashlib

    import pikepdf

    seen: dict[str, object] = {}
    for intent in pdf.Root.get("/OutputIntents", []):  # the same profile: share it too
        profile = intent.get("/DestOutputProfile")
        if isinstance(profile, pikepdf.Stream):
            seen.setdefault(hashlib.sha256(profile.read_raw_bytes()).hexdigest(), profile)
    for page in pdf.pages:
        spaces = page.obj.get("/Resources", {}).get("/ColorSpace")
        if not isinstance(spaces, pikepdf.Dictionary):
            continue
        for key in list(spaces.keys()):
            space = spaces[key]
            if (isinstance(space, pikepdf.Array) and len(space) == 2
                    and space[0] == "/ICCBased" and isinstance(space[1], pikepdf.Stream)):
                digest = hashlib.sha256(space[1].read_raw_bytes()).hexdigest()
                profile = seen.setdefault(digest, space[1])
                if profile.objgen != space[1].objgen:
                    spaces[key] = pikepdf.Array([pikepdf.Name.ICCBased, profile])


# -- fonts -------------------------------------------------------------------------------------

def _widths(array) -> dict[int, object]:
    """CID -> width from a ``/W`` array (both ``c [w ...]`` and ``c1 c2 w`` forms)."""
    import pikepdf

    items, result, i = list(array), {}, 0
    while i < len(items):
        first = int(items[i])
        if isinstance(items[i + 1], pikepdf.Array):
            for k, width in enumerate(items[i + 1]):
                result[first + k] = width
            i += 2
        else:
            for cid in range(first, int(items[i + 1]) + 1):
                result[cid] = items[i + 2]
            i += 3
    return result


def _width_array(widths: dict[int, object]):
    import pikepdf

    out, run, start = [], [], None
    for cid in sorted(widths):
        if start is not None and cid == start + len(run):
            run.append(widths[cid])
            continue
        if start is not None:
            out += [start, pikepdf.Array(run)]
        start, run = cid, [widths[cid]]
    if start is not None:
        out += [start, pikepdf.Array(run)]
    return pikepdf.Array(out)


def _to_unicode(data: bytes) -> dict[bytes, bytes]:
    pairs: dict[bytes, bytes] = {}
    for section in _BFCHAR.findall(data):
        for code, text in _HEX_PAIR.findall(section):
            pairs[code.lower()] = text.lower()
    return pairs


def _to_unicode_cmap(pairs: dict[bytes, bytes]) -> bytes:
    """A ToUnicode CMap in WeasyPrint's own layout (bfchar batches of at most 100)."""
    lines = [b"/CIDInit /ProcSet findresource begin", b"12 dict begin", b"begincmap",
             b"/CIDSystemInfo", b"<< /Registry (Adobe)", b"/Ordering (UCS)",
             b"/Supplement 0", b">> def", b"/CMapName /Adobe-Identity-UCS def",
             b"/CMapType 2 def", b"1 begincodespacerange", b"<0000> <ffff>",
             b"endcodespacerange"]
    codes = sorted(pairs, key=lambda c: int(c, 16))
    for i in range(0, len(codes), 100):
        batch = codes[i:i + 100]
        lines.append(f"{len(batch)} beginbfchar".encode())
        lines += [b"<" + c + b"> <" + pairs[c] + b">" for c in batch]
        lines.append(b"endbfchar")
    lines += [b"endcmap", b"CMapName currentdict /CMap defineresource pop", b"end", b"end"]
    return b"\n".join(lines)


@functools.cache
def _shipped() -> dict[tuple[str, bool], bytes]:
    """(family, bold) -> program of each shipped font (``fonts.FONT_FILES``)."""
    from fontTools.ttLib import TTFont

    from workflow.publish.fonts import FONT_DIR, FONT_FILES

    found = {}
    for name in FONT_FILES:
        data = (FONT_DIR / name).read_bytes()
        table = TTFont(io.BytesIO(data), lazy=True)["name"]
        family, style = table.getDebugName(1), table.getDebugName(2)
        found[(family, style == "Bold")] = data
    return found


def merge_fonts(pdf) -> None:
    """Make every font object of one font share one merged program, widths and map."""
    import pikepdf

    groups: dict[str, list] = {}
    for obj in pdf.objects:
        if (isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/Font"
                and obj.get("/Subtype") == "/Type0" and "/DescendantFonts" in obj):
            name = _TAG.sub("", str(obj.BaseFont)[1:])
            groups.setdefault(name, []).append(obj)
    for fonts in groups.values():
        descriptor = fonts[0].DescendantFonts[0].FontDescriptor
        family = str(descriptor.get("/FontFamily", ""))
        original = _shipped().get((family, str(fonts[0].BaseFont).endswith("-Bold")))
        if len(fonts) < 2 or original is None:
            continue
        widths: dict[int, object] = {}
        pairs: dict[bytes, bytes] = {}
        for font in fonts:
            widths.update(_widths(font.DescendantFonts[0].get("/W", pikepdf.Array())))
            if "/ToUnicode" in font:
                pairs.update(_to_unicode(font.ToUnicode.read_bytes()))
        data = subset(original, set(widths))
        program = pikepdf.Stream(pdf, data)
        program.Length1 = len(data)
        to_unicode = pikepdf.Stream(pdf, _to_unicode_cmap(pairs))
        w = pdf.make_indirect(_width_array(widths))
        head = fonts[0]
        tag_name = head.BaseFont
        descriptor = pdf.make_indirect(pikepdf.Dictionary(head.DescendantFonts[0].FontDescriptor))
        descriptor.FontFile2 = program
        descriptor.FontName = tag_name
        for font in fonts:
            font.BaseFont = tag_name
            cid = font.DescendantFonts[0]
            cid.BaseFont = tag_name
            cid.W = w
            cid.FontDescriptor = descriptor
            font.ToUnicode = to_unicode


