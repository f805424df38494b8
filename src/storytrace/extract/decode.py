"""Turn the bytes of a page into text, the way a browser would, but harder to fool.

Input: the raw bytes of a page and its declared media type. Output: a :class:`Decoded` (the text,
the Python codec used and how it was chosen), or ``None`` when every plausible decoding is mostly
garbage, so that the caller can reject the page as ``"undecodable"``.

The order of evidence:

1. a byte order mark;
2. the ``charset`` of the HTTP ``Content-Type``;
3. for HTML, a ``<meta charset>`` or ``http-equiv`` declaration (or an XML declaration) near
   the top;
4. strict UTF-8;
5. a sniff for UTF-16 without a byte order mark, then charset-normalizer's best guess;
6. windows-1252 with replacement characters.

Declared labels are resolved with the WHATWG encoding label table, so ``iso-8859-1`` and
``us-ascii`` mean windows-1252, as in every browser. Declarations lie: a single-byte declaration
on bytes that are valid UTF-8 with non-ASCII characters is ignored (legacy text is almost never
valid UTF-8 by chance), and a declaration that fails on most of the non-ASCII bytes is passed
over. A declaration that holds for nearly all of them is kept, and its few stray bytes are read
as windows-1252, the usual source of a stray byte in an otherwise UTF-8 page.

Stable API: :class:`Decoded`, :func:`decode_body`, :func:`resolve_label`.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from typing import Final

import charset_normalizer

__all__ = ["GARBAGE_LIMIT", "GARBAGE_SAMPLE_CHARS", "Decoded", "decode_body", "resolve_label"]

#: Share of replacement and control characters above which a decoding is garbage. Text in a
#: wrong legacy encoding has almost no C0 controls; random bytes (binary data) have about 13%.
GARBAGE_LIMIT: Final = 0.10

#: The garbage share is measured on the start of the text, which is enough to tell text from
#: binary data and keeps the check cheap on large pages.
GARBAGE_SAMPLE_CHARS: Final = 100_000

#: How far into an HTML page to look for a ``<meta>`` charset. Browsers pre-scan 1,024 bytes and
#: then honour a later ``<meta>`` while parsing the head; pages with long inline scripts put it
#: well past the first kilobyte.
META_SCAN_BYTES: Final = 32_768

#: A declaration is kept when at most this share of its non-ASCII bytes fail to decode.
STRAY_BYTE_SHARE: Final = 0.05

# WHATWG Encoding Standard, "Encodings" table: the encoding each label names, as a Python codec.
# The "replacement" and "x-user-defined" encodings are left out: such a label is ignored.
_LABELS_BY_CODEC: Final[dict[str, str]] = {
    "utf-8": ("unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8"),
    "cp866": ("866 cp866 csibm866 ibm866"),
    "iso8859-2": (
        "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2"
    ),
    "iso8859-3": (
        "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3"
    ),
    "iso8859-4": (
        "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4"
    ),
    "iso8859-5": (
        "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 "
        "iso_8859-5:1988"
    ),
    "iso8859-6": (
        "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 "
        "iso-8859-6-e iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 "
        "iso_8859-6:1987"
    ),
    "iso8859-7": (
        "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 "
        "iso88597 iso_8859-7 iso_8859-7:1987 sun_eu_greek"
    ),
    "iso8859-8": (
        "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 "
        "iso88598 iso_8859-8 iso_8859-8:1988 visual csiso88598i iso-8859-8-i logical"
    ),
    "iso8859-10": ("csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6"),
    "iso8859-13": ("iso-8859-13 iso8859-13 iso885913"),
    "iso8859-14": ("iso-8859-14 iso8859-14 iso885914"),
    "iso8859-15": ("csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9"),
    "iso8859-16": ("iso-8859-16"),
    "koi8-r": ("cskoi8r koi koi8 koi8-r koi8_r"),
    "koi8-u": ("koi8-ru koi8-u"),
    "mac-roman": ("csmacintosh mac macintosh x-mac-roman"),
    "cp874": ("dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874"),
    "cp1250": ("cp1250 windows-1250 x-cp1250"),
    "cp1251": ("cp1251 windows-1251 x-cp1251"),
    "cp1252": (
        "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 "
        "iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252"
    ),
    "cp1253": ("cp1253 windows-1253 x-cp1253"),
    "cp1254": (
        "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 "
        "iso_8859-9:1989 l5 latin5 windows-1254 x-cp1254"
    ),
    "cp1255": ("cp1255 windows-1255 x-cp1255"),
    "cp1256": ("cp1256 windows-1256 x-cp1256"),
    "cp1257": ("cp1257 windows-1257 x-cp1257"),
    "cp1258": ("cp1258 windows-1258 x-cp1258"),
    "mac-cyrillic": ("x-mac-cyrillic x-mac-ukrainian"),
    "gb18030": (
        "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk gb18030"
    ),
    "big5hkscs": ("big5 big5-hkscs cn-big5 csbig5 x-x-big5"),
    "euc_jp": ("cseucpkdfmtjapanese euc-jp x-euc-jp"),
    "iso2022_jp": ("csiso2022jp iso-2022-jp"),
    "cp932": ("csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis"),
    "cp949": (
        "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 "
        "ksc5601 ksc_5601 windows-949"
    ),
    "utf-16-be": ("unicodefffe utf-16be"),
    "utf-16-le": ("csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le"),
}

_CODEC_BY_LABEL: Final[dict[str, str]] = {
    label: codec for codec, labels in _LABELS_BY_CODEC.items() for label in labels.split()
}

_UTF16: Final = frozenset({"utf-16-le", "utf-16-be"})

# Byte order marks, longest first: a UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_CHARSET_PARAMETER: Final = re.compile(r"""charset\s*=\s*["']?\s*([^\s"';,]+)""", re.IGNORECASE)
_META_CHARSET: Final = re.compile(
    rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)""", re.IGNORECASE
)
_XML_ENCODING: Final = re.compile(
    rb"""^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([A-Za-z0-9_:.+-]+)""", re.IGNORECASE
)
_NON_ASCII: Final = re.compile(rb"[\x80-\xff]")
_ESCAPED_BYTES: Final = re.compile(r"[\udc80-\udcff]+")
_GARBAGE: Final = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
# What charset-normalizer should judge: the page without its markup, scripts and styles, so
# that ASCII tags do not drown the few bytes that tell encodings apart.
_SCRIPT_OR_STYLE: Final = re.compile(rb"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG: Final = re.compile(rb"<[^>]*>")

# Scores closer than this count as a tie between detected encodings.
_TIE: Final = 0.01

# Legacy encodings roughly in order of their share of web pages (W3Techs), most used first.
_WEB_POPULARITY_ORDER: Final = (
    "utf-8 cp1252 cp1251 cp932 shift_jis euc_kr cp949 gb18030 gbk gb2312 cp1250 iso8859-2 "
    "euc_jp cp1254 iso8859-9 iso8859-15 cp1256 big5 big5hkscs cp1253 iso8859-7 cp1255 "
    "iso8859-8 cp874 tis-620 cp1257 iso8859-13 koi8-r koi8-u iso8859-5 iso8859-6 iso8859-4 "
    "iso8859-3 iso8859-10 iso8859-14 iso8859-16 mac-roman mac-cyrillic"
)
_WEB_POPULARITY: Final = tuple(_WEB_POPULARITY_ORDER.split())


@dataclass(frozen=True, slots=True, kw_only=True)
class Decoded:
    """Text decoded from bytes.

    Attributes:
        text: the text, NFC-normalised, without NUL characters.
        encoding: the Python codec that decoded it (``"utf-8"``, ``"cp1252"``, ``"iso8859-2"``).
        method: how the codec was chosen: ``"bom"``, ``"http-header"``, ``"meta"``, ``"utf-8"``,
            ``"detected"`` or ``"fallback"``.
    """

    text: str
    encoding: str
    method: str


def resolve_label(label: str) -> str | None:
    """Return the Python codec for a charset label, per the WHATWG label table.

    Args:
        label: a label as found in a ``Content-Type`` or ``<meta>``, any case, maybe padded.

    Returns:
        The codec name (``"latin1"`` gives ``"cp1252"``), or ``None`` for an unknown label or one
        that browsers refuse (``"iso-2022-kr"``, ``"x-user-defined"``).
    """
    return _CODEC_BY_LABEL.get(label.strip().strip("\"'").lower())


def decode_body(
    body: bytes, content_type: str | None = None, *, is_html: bool = True
) -> Decoded | None:
    """Decode the bytes of a page (see the module docstring for the order of evidence).

    Args:
        body: the bytes as received.
        content_type: the declared media type, e.g. ``"text/html; charset=utf-8"``.
        is_html: look for ``<meta>`` and XML declarations in the bytes.

    Returns:
        The decoded text, or ``None`` when more than :data:`GARBAGE_LIMIT` of it would be
        replacement or control characters.
    """
    decoded = _decode_bom(body)
    if decoded is None:
        decoded = _decode_declared(body, _declarations(body, content_type, is_html=is_html))
    if decoded is None:
        decoded = _decode_undeclared(body)
    return _finish(decoded)


def _decode_bom(body: bytes) -> Decoded | None:
    for mark, codec in _BOMS:
        if body.startswith(mark):
            text = body[len(mark) :].decode(codec, errors="replace")
            return Decoded(text=text, encoding=codec, method="bom")
    return None


def _declarations(body: bytes, content_type: str | None, *, is_html: bool) -> list[tuple[str, str]]:
    """(codec, method) pairs in order of authority; unknown labels are left out."""
    found: list[tuple[str, str]] = []
    if content_type:
        parameter = _CHARSET_PARAMETER.search(content_type)
        codec = resolve_label(parameter.group(1)) if parameter else None
        if codec:
            found.append((codec, "http-header"))
    if is_html:
        head = body[:META_SCAN_BYTES]
        for declaration in (_META_CHARSET.search(head), _XML_ENCODING.search(head)):
            codec = resolve_label(declaration.group(1).decode("ascii")) if declaration else None
            if codec:
                # A page whose <meta> can be read as ASCII is not UTF-16 (WHATWG).
                found.append(("utf-8" if codec in _UTF16 else codec, "meta"))
    return found


def _decode_declared(body: bytes, declarations: list[tuple[str, str]]) -> Decoded | None:
    has_non_ascii = _NON_ASCII.search(body) is not None
    valid_utf8 = has_non_ascii and _is_utf8(body)
    for codec, method in declarations:
        if valid_utf8 and codec != "utf-8" and codec not in _UTF16:
            continue  # a legacy label on UTF-8 bytes: the label lies
        text = _decode_tolerant(body, codec)
        if text is not None:
            return Decoded(text=text, encoding=codec, method=method)
    return None


def _decode_undeclared(body: bytes) -> Decoded:
    # UTF-16 of ASCII text is valid UTF-8 (with a NUL every other byte): sniff it first.
    codec = _sniff_utf16(body)
    if codec is None and _is_utf8(body):
        return Decoded(text=body.decode("utf-8"), encoding="utf-8", method="utf-8")
    codec = codec or _detect(body)
    if codec is not None:
        text = _decode_tolerant(body, codec)
        if text is not None:
            return Decoded(text=text, encoding=codec, method="detected")
    return Decoded(
        text=body.decode("cp1252", errors="replace"), encoding="cp1252", method="fallback"
    )


def _is_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decode_tolerant(body: bytes, codec: str) -> str | None:
    """Decode with ``codec``, reading a few stray bytes as windows-1252; ``None`` if too many."""
    if codec in _UTF16 and len(body) % 2:
        body = body[:-1]  # a truncated page: its last code unit lost a byte
    try:
        return body.decode(codec)
    except UnicodeDecodeError:
        pass
    except LookupError:
        return None
    try:
        text = body.decode(codec, errors="surrogateescape")
    except UnicodeDecodeError:
        return None  # an undecodable ASCII byte (a UTF-16 tail, a broken escape): not this codec
    stray = sum(len(run) for run in _ESCAPED_BYTES.findall(text))
    non_ascii = len(_NON_ASCII.findall(body)) or 1
    if stray > STRAY_BYTE_SHARE * non_ascii:
        return None
    return _ESCAPED_BYTES.sub(_stray_as_cp1252, text)


def _stray_as_cp1252(match: re.Match[str]) -> str:
    raw = bytes(ord(char) - 0xDC00 for char in match.group())
    return raw.decode("cp1252", errors="replace")


def _sniff_utf16(body: bytes) -> str | None:
    """UTF-16 without a byte order mark: NULs in every other byte of Latin-script text."""
    sample = body[:4096]
    if len(sample) < 16 or sample.count(0) < len(sample) // 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    if odd_nuls > 3 * even_nuls:
        return "utf-16-le"
    if even_nuls > 3 * odd_nuls:
        return "utf-16-be"
    return None


def _detect(body: bytes) -> str | None:
    """charset-normalizer's best guess on the text of the page, as a Python codec name.

    charset-normalizer often scores several encodings alike (ISO-8859-2, -4 and -10 give the
    same "chaos" and "coherence" on Polish text); among those ties the one most used on the web
    wins, since it is the likelier to have been chosen by the page's author.
    """
    sample = _TAG.sub(b" ", _SCRIPT_OR_STYLE.sub(b" ", body[:262_144]))
    if not _NON_ASCII.search(sample):
        sample = body
    matches = list(charset_normalizer.from_bytes(sample))
    if not matches:
        return None
    best = matches[0]
    tied = [
        _codec_name(match.encoding)
        for match in matches
        if match.chaos <= best.chaos + _TIE and match.coherence >= best.coherence - _TIE
    ]
    names = [name for name in tied if name is not None]
    if not names:
        return None
    if "cp1252" not in names and _same_text(sample, names[0], "cp1252"):
        names.append("cp1252")
    return min(names, key=_popularity)


def _codec_name(encoding: str) -> str | None:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return None


def _same_text(sample: bytes, codec: str, other: str) -> bool:
    try:
        return sample.decode(codec) == sample.decode(other)
    except (UnicodeDecodeError, LookupError):
        return False


def _popularity(codec: str) -> int:
    try:
        return _WEB_POPULARITY.index(codec)
    except ValueError:
        return len(_WEB_POPULARITY)


def _finish(decoded: Decoded) -> Decoded | None:
    text = decoded.text
    sample = text[:GARBAGE_SAMPLE_CHARS]
    if sample and len(_GARBAGE.findall(sample)) > GARBAGE_LIMIT * len(sample):
        return None
    text = unicodedata.normalize("NFC", text.replace("\x00", ""))
    return Decoded(text=text, encoding=decoded.encoding, method=decoded.method)
