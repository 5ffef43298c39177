"""Font subsets for assembled PDFs, made with HarfBuzz (the library WeasyPrint subsets with).

``assemble`` merges the subsets of one font that its part PDFs embed into one program with
the union of their glyphs, at their original ids. fontTools did that in about 20 ms a font;
HarfBuzz's subsetter (``libharfbuzz-subset``, already loaded by WeasyPrint) takes about
1 ms. It is reached here through a small cffi binding of its public C API (cffi and the
library come with WeasyPrint, which binds Pango and HarfBuzz the same way); where the
library cannot be loaded, fontTools makes the same subset (slower, same glyphs).
"""

from __future__ import annotations

import functools
import io

# Tables nothing reads once text is shaped and drawn as glyph ids (PDF viewers never shape).
DROPPED_TABLES = (b"BASE", b"DSIG", b"EBDT", b"EBLC", b"EBSC", b"GDEF", b"GPOS", b"GSUB",
                  b"JSTF", b"LTSH", b"MATH", b"PCLT", b"SVG ", b"kern")

_CDEF = """
typedef struct hb_blob_t hb_blob_t;
typedef struct hb_face_t hb_face_t;
typedef struct hb_set_t hb_set_t;
typedef struct hb_subset_input_t hb_subset_input_t;
typedef uint32_t hb_codepoint_t;
typedef uint32_t hb_tag_t;
typedef enum { HB_MEMORY_MODE_DUPLICATE, HB_MEMORY_MODE_READONLY,
               HB_MEMORY_MODE_WRITABLE, HB_MEMORY_MODE_READONLY_MAY_MAKE_WRITABLE
             } hb_memory_mode_t;
hb_blob_t *hb_blob_create (const char *data, unsigned int length, hb_memory_mode_t mode,
                           void *user_data, void *destroy);
void hb_blob_destroy (hb_blob_t *blob);
const char *hb_blob_get_data (hb_blob_t *blob, unsigned int *length);
hb_face_t *hb_face_create (hb_blob_t *blob, unsigned int index);
void hb_face_destroy (hb_face_t *face);
hb_blob_t *hb_face_reference_blob (hb_face_t *face);
hb_tag_t hb_tag_from_string (const char *str, int len);
const char *hb_version_string (void);
void hb_set_add (hb_set_t *set, hb_codepoint_t codepoint);
hb_subset_input_t *hb_subset_input_create_or_fail (void);
void hb_subset_input_destroy (hb_subset_input_t *input);
hb_set_t *hb_subset_input_glyph_set (hb_subset_input_t *input);
hb_set_t *hb_subset_input_set (hb_subset_input_t *input, int set_type);
void hb_subset_input_set_flags (hb_subset_input_t *input, unsigned int value);
hb_face_t *hb_subset_or_fail (hb_face_t *source, const hb_subset_input_t *input);
"""
_RETAIN_GIDS = 0x02
_NO_HINTING = 0x01
_NOTDEF_OUTLINE = 0x40
_DROP_TABLE_TAG = 3  # HB_SUBSET_SETS_DROP_TABLE_TAG


@functools.cache
def _harfbuzz():
    """(ffi, libharfbuzz, libharfbuzz-subset), or None where they cannot be loaded."""
    try:
        import cffi

        ffi = cffi.FFI()
        ffi.cdef(_CDEF)
        core = _open(ffi, ("libharfbuzz.so.0", "libharfbuzz.0.dylib", "libharfbuzz-0.dll",
                           "harfbuzz"))
        sub = _open(ffi, ("libharfbuzz-subset.so.0", "libharfbuzz-subset.0.dylib",
                          "libharfbuzz-subset-0.dll", "harfbuzz-subset"))
    except (ImportError, OSError, AttributeError):  # pragma: no cover - no HarfBuzz here
        return None
    return ffi, core, sub


def _open(ffi, names: tuple[str, ...]):
    for name in names:
        try:
            return ffi.dlopen(name)
        except OSError:
            continue
    raise OSError(f"cannot load {names[0]}")


def version() -> str:
    """The subsetter, for the build fingerprint: its output bytes depend on it."""
    hb = _harfbuzz()
    if hb is None:  # pragma: no cover - no HarfBuzz here
        from fontTools import version as fonttools_version

        return f"fonttools {fonttools_version}"
    ffi, core, _sub = hb
    return "harfbuzz " + ffi.string(core.hb_version_string()).decode()


def subset(program: bytes, gids: set[int]) -> bytes:
    """``program`` with the glyphs ``gids`` (and .notdef) only, each at its original id
    (content streams address glyphs by id), no hinting, no layout tables."""
    hb = _harfbuzz()
    if hb is None:  # pragma: no cover - no HarfBuzz here
        return _fonttools_subset(program, gids)
    data = _harfbuzz_subset(hb, program, gids)
    return data if data else _fonttools_subset(program, gids)


def _harfbuzz_subset(hb, program: bytes, gids: set[int]) -> bytes | None:
    ffi, core, sub = hb
    buffer = ffi.from_buffer(program)
    blob = core.hb_blob_create(buffer, len(program), 1, ffi.NULL, ffi.NULL)  # read-only
    face = core.hb_face_create(blob, 0)
    request = sub.hb_subset_input_create_or_fail()
    result = ffi.NULL
    try:
        glyphs = sub.hb_subset_input_glyph_set(request)
        for gid in sorted(gids | {0}):
            core.hb_set_add(glyphs, gid)
        drop = sub.hb_subset_input_set(request, _DROP_TABLE_TAG)
        for tag in DROPPED_TABLES:
            core.hb_set_add(drop, core.hb_tag_from_string(tag, 4))
        sub.hb_subset_input_set_flags(request, _RETAIN_GIDS | _NO_HINTING | _NOTDEF_OUTLINE)
        result = sub.hb_subset_or_fail(face, request)
        if result == ffi.NULL:  # pragma: no cover - a font HarfBuzz cannot subset
            return None
        out = core.hb_face_reference_blob(result)
        length = ffi.new("unsigned int *")
        data = core.hb_blob_get_data(out, length)
        copied = ffi.unpack(data, int(length[0])) if data != ffi.NULL else None
        core.hb_blob_destroy(out)
        return copied
    finally:
        if result != ffi.NULL:
            core.hb_face_destroy(result)
        sub.hb_subset_input_destroy(request)
        core.hb_face_destroy(face)
        core.hb_blob_destroy(blob)
        del buffer  # the blob read it in place: kept alive until here


def _fonttools_subset(program: bytes, gids: set[int]) -> bytes:
    from fontTools import subset as ft_subset
    from fontTools.ttLib import TTFont

    options = ft_subset.Options(retain_gids=True, notdef_outline=True, hinting=False,
                                layout_features=[], name_IDs=[], ignore_missing_glyphs=True,
                                prune_unicode_ranges=False, recalc_timestamp=False,
                                layout_closure=False)
    font = TTFont(io.BytesIO(program), recalcTimestamp=False, recalcBBoxes=False, lazy=True)
    for tag in DROPPED_TABLES:
        name = tag.decode()
        if name in font:
            del font[name]
    subsetter = ft_subset.Subsetter(options)
    subsetter.populate(gids=sorted(gids | {0}))
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()
