"""Tell what a stream of bytes holds from its first bytes (and, as a tie-breaker, its name).

Input: the first :data:`HEAD_BYTES` bytes of a file, of standard input or of a fetched body.
Output: one of ``"gzip"``, ``"warc"``, ``"arc"``, ``"jsonl"`` (JSON Lines, or a JSON array of
objects), ``"feed"`` (RSS 2.0, RSS 1.0/RDF, Atom), ``"html"``, ``"text"``, ``"empty"`` or
``"binary:<what>"`` (``"binary:PDF document"``).

Content wins over the name: a ``.html`` file that is a PDF is binary, a ``.txt`` file that holds
HTML is HTML. The name only settles what the content leaves open (a JSON Lines file whose first
line is longer than the head, a ``.html`` fragment with few tags).

Stable API: :func:`sniff`, :func:`looks_like_html`, :func:`contains_tags`, :data:`HEAD_BYTES`.
"""

from __future__ import annotations

import json
import re
from typing import Final

#: How many bytes of a stream :func:`sniff` is given.
HEAD_BYTES: Final = 65_536

_MAGIC: Final[tuple[tuple[bytes, str], ...]] = (
    (b"%PDF", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (or an Office document)"),
    (b"PK\x05\x06", "ZIP archive (empty)"),
    (b"\x7fELF", "ELF executable"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"(\xb5/\xfd", "zstd-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xca\xfe\xba\xbe", "Java class or Mach-O executable"),
    (b"\xcf\xfa\xed\xfe", "Mach-O executable"),
    (b"\x00asm", "WebAssembly module"),
    (b"wOFF", "WOFF font"),
    (b"wOF2", "WOFF2 font"),
    (b"OggS", "Ogg media"),
    (b"fLaC", "FLAC audio"),
    (b"ID3", "MP3 audio"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"\x1f\x9d", "compress (.Z) data"),
    (b"\x00\x00\x01\x00", "icon image"),
)

_BOMS: Final[tuple[tuple[bytes, str], ...]] = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)

# Control bytes never occur in text (tab, newlines, form feed and escape are allowed); deleting
# every other byte and counting what is left is fast.
_CONTROL: Final = frozenset(range(9)) | frozenset(range(14, 27)) | frozenset(range(28, 32))
_NOT_CONTROL: Final = bytes(byte for byte in range(256) if byte not in _CONTROL)

_PROLOG: Final = re.compile(
    r"\A(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)*<([A-Za-z_][\w.:-]*)",
    re.DOTALL | re.IGNORECASE,
)
_STRONG_HTML: Final = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.I)
_WEAK_HTML: Final = re.compile(
    rb"<(?:div|p|span|a|br|h[1-6]|article|section|main|header|footer|nav|meta|title|link"
    rb"|table|tr|td|ul|ol|li|script|style|img|figure|blockquote|em|strong|b|i)[\s>/]",
    re.I,
)
_ANY_TAG: Final = re.compile(rb"<[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")
_FEED_ROOTS: Final = frozenset({"rss", "feed", "rdf"})
_JSON_NAMES: Final = (".jsonl", ".ndjson", ".jsonlines", ".json")
_HTML_NAMES: Final = (".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx")


def sniff(head: bytes, name: str = "") -> str:
    """Say what a stream holds, from its first bytes.

    Args:
        head: the first bytes of the stream (up to :data:`HEAD_BYTES`; fewer when it is shorter).
        name: the file name or URL path, used only when the content leaves the kind open.

    Returns:
        ``"gzip"``, ``"warc"``, ``"arc"``, ``"jsonl"``, ``"feed"``, ``"html"``, ``"text"``,
        ``"empty"`` (nothing but white space) or ``"binary:<what>"``.
    """
    if not head.strip():
        return "empty"
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return f"binary:{what}"
    if head[257:262] == b"ustar":
        return "binary:tar archive"
    archive = _archive_kind(head)
    if archive:
        return archive
    codec = _text_codec(head)
    if codec is None and _is_binary(head):
        return "binary:binary data"
    text = head.decode(codec or "latin-1", errors="replace").lstrip("\ufeff")
    return _text_kind(text, head if codec is None else text.encode("utf-8"), name.lower())


def looks_like_html(data: bytes) -> bool:
    """Whether ``data`` (the start of a document or a field) is HTML rather than plain text.

    True when it has a doctype, ``<html>``, ``<head>`` or ``<body>``, or at least two tags of
    common HTML elements.
    """
    if _STRONG_HTML.search(data):
        return True
    return len(_WEAK_HTML.findall(data, 0, HEAD_BYTES)) >= 2


def contains_tags(text: str) -> bool:
    """Whether ``text`` (a feed item or JSON field) contains at least one HTML-like tag."""
    return _ANY_TAG.search(text.encode("utf-8", errors="replace")) is not None


def _archive_kind(head: bytes) -> str | None:
    start = head.lstrip(b"\r\n")
    if re.match(rb"WARC/[01]\.\d+\r?\n", start):
        return "warc"
    if start.startswith(b"filedesc://"):
        return "arc"
    return None


def _text_codec(head: bytes) -> str | None:
    """The codec of a UTF-16/32 head (by BOM or NUL pattern), else None."""
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return codec
    sample = head[:512]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _is_binary(head: bytes) -> bool:
    sample = head[:8192]
    nuls = sample.count(0)
    if nuls and nuls > 0.01 * len(sample):
        return True
    control = len(sample.translate(None, _NOT_CONTROL))
    return control > 0.05 * len(sample)


def _text_kind(text: str, data: bytes, name: str) -> str:
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")) and _looks_like_json(stripped, name):
        return "jsonl"
    match = _PROLOG.match(stripped)
    if match and _local_name(match.group(1)) in _FEED_ROOTS:
        return "feed"
    if looks_like_html(data):
        return "html"
    if name.endswith(_HTML_NAMES) and _ANY_TAG.search(data):
        return "html"
    return "text"


def _looks_like_json(text: str, name: str) -> bool:
    """JSON Lines, one JSON object (maybe pretty-printed) or a JSON array of objects."""
    if text.startswith("["):
        return re.match(r"\[\s*(?:\{|\]\s*\Z)", text) is not None
    if re.match(r'\{\s*(?:"|\}\s*$)', text, re.MULTILINE) or name.endswith(_JSON_NAMES):
        return True
    line = text.partition("\n")[0]
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def _local_name(tag: str) -> str:
    return tag.rpartition(":")[2].lower()
