"""Decoding page bytes: declarations, lies, detection, garbage."""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import charset_normalizer
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storytrace.extract.decode import Decoded, decode_body, resolve_label

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "html"


def decode_fixture(name: str, content_type: str | None = None) -> Decoded:
    decoded = decode_body((FIXTURES / name).read_bytes(), content_type)
    assert decoded is not None
    return decoded


@pytest.mark.parametrize(
    ("name", "expected", "encoding", "method"),
    [
        ("utf8_declared.html", "Zoë Müller opened her café", "utf-8", "meta"),
        ("utf8_bom_undeclared.html", "crème brûlée", "utf-8", "bom"),
        ("cp1252_declared.html", "“We would rather tell passengers now", "cp1252", "meta"),
        ("iso8859_2_declared.html", "Nowy żłobek przy ulicy Źródlanej", "iso8859-2", "meta"),
        # Latin-1 label, windows-1252 bytes (curly quotes at 0x93/0x94): read as browsers do.
        ("latin1_label_cp1252_bytes.html", "the “winter timetable” would", "cp1252", "meta"),
    ],
)
def test_declared_encodings(name: str, expected: str, encoding: str, method: str) -> None:
    decoded = decode_fixture(name)
    assert expected in decoded.text
    assert (decoded.encoding, decoded.method) == (encoding, method)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("undeclared_cp1256_arabic.html", "أعلنت البلدية يوم الأحد أن أعمال توسيع الطريق"),
        ("undeclared_cp1251_russian.html", "Городская администрация сообщила в пятницу"),
        ("undeclared_cp1252_german.html", "„Wir haben lange gezögert, aber die Rohre"),
        ("undeclared_iso8859_2_polish.html", "Rada miasta zdecydowała w środę, że nowy żłobek"),
        # The <meta> says UTF-8 but the bytes are windows-1252: the declaration is passed over.
        ("meta_lies_utf8_is_cp1252.html", "« Nous avons choisi de reconstruire"),
    ],
)
def test_undeclared_or_lying_pages_are_detected(name: str, expected: str) -> None:
    decoded = decode_fixture(name)
    assert expected in decoded.text
    assert decoded.method == "detected"


def test_http_header_wins_over_meta() -> None:
    html = '<meta charset="iso-8859-5"><p>Ремонт моста завершится раньше срока</p>'
    decoded = decode_body(html.encode("cp1251"), "text/html; charset=windows-1251")
    assert decoded is not None
    assert "Ремонт моста" in decoded.text
    assert (decoded.encoding, decoded.method) == ("cp1251", "http-header")


def test_legacy_label_on_utf8_bytes_reads_utf8() -> None:
    body = "<p>Le président a déclaré que la réunion était reportée.</p>".encode()
    decoded = decode_body(body, "text/html; charset=ISO-8859-1")
    assert decoded is not None
    assert "président a déclaré" in decoded.text
    assert decoded.method == "utf-8"


def test_a_stray_byte_keeps_the_declared_utf8() -> None:
    text = "<p>Café, crème, résumé, naïve, façade, déjà vu. " * 20 + "</p>"
    body = text.encode("utf-8") + b"<p>price: 5\x80</p>"
    decoded = decode_body(body, "text/html; charset=utf-8")
    assert decoded is not None
    assert (decoded.encoding, decoded.method) == ("utf-8", "http-header")
    assert "Café, crème" in decoded.text
    assert "price: 5€" in decoded.text


def test_meta_utf16_label_means_utf8() -> None:
    body = '<meta charset="utf-16"><p>Zoë’s café</p>'.encode()
    decoded = decode_body(body)
    assert decoded is not None
    assert (decoded.text.endswith("Zoë’s café</p>"), decoded.encoding) == (True, "utf-8")


def test_meta_is_ignored_for_text() -> None:
    body = 'Use <meta charset="koi8-r"> to declare it. Zoë’s café.'.encode()
    decoded = decode_body(body, is_html=False)
    assert decoded is not None
    assert decoded.text.endswith("Zoë’s café.")
    assert decoded.method == "utf-8"


def test_utf16_without_bom_is_sniffed() -> None:
    body = "<html><body><p>The council met on Tuesday evening.</p></body></html>".encode(
        "utf-16-le"
    )
    decoded = decode_body(body)
    assert decoded is not None
    assert "The council met on Tuesday evening." in decoded.text
    assert (decoded.encoding, decoded.method) == ("utf-16-le", "detected")


@pytest.mark.parametrize("bom", [codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE])
def test_utf16_bom(bom: bytes) -> None:
    codec = "utf-16-le" if bom == codecs.BOM_UTF16_LE else "utf-16-be"
    decoded = decode_body(bom + "<p>Ζωή και ειρήνη</p>".encode(codec))
    assert decoded is not None
    assert (decoded.text, decoded.method) == ("<p>Ζωή και ειρήνη</p>", "bom")


def test_random_bytes_are_undecodable() -> None:
    rng = random.Random(7)
    assert decode_body(bytes(rng.randrange(256) for _ in range(8192))) is None


def test_nul_bytes_are_dropped_and_text_is_nfc() -> None:
    decoded = decode_body("<p>Cafe\u0301 au lait</p>\x00\x00".encode())
    assert decoded is not None
    assert decoded.text == "<p>Café au lait</p>"


def test_empty_body_is_empty_text() -> None:
    assert decode_body(b"") == Decoded(text="", encoding="utf-8", method="utf-8")


def test_without_a_detected_encoding_falls_back_to_windows_1252(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(charset_normalizer, "from_bytes", lambda sample: [])
    decoded = decode_body(b"<p>caf\xe9 \x93cr\xe8me\x94</p>")
    assert decoded == Decoded(text="<p>café “crème”</p>", encoding="cp1252", method="fallback")


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("latin1", "cp1252"),
        ("US-ASCII", "cp1252"),
        (" ISO-8859-1 ", "cp1252"),
        ("utf8", "utf-8"),
        ('"Windows-1256"', "cp1256"),
        ("koi8-r", "koi8-r"),
        ("shift_jis", "cp932"),
        ("gb2312", "gb18030"),
        ("x-user-defined", None),
        ("iso-2022-kr", None),
        ("no-such-charset", None),
    ],
)
def test_resolve_label(label: str, codec: str | None) -> None:
    assert resolve_label(label) == codec


@pytest.mark.parametrize(
    "body",
    [
        "<p><p><p><p>\x0810<p><p><p><p><p><p><p><p>10404Ð</p>".encode("cp1252"),
    ],
)
def test_bytes_that_break_surrogateescape_do_not_raise(body: bytes) -> None:
    decoded = decode_body(body)
    assert decoded is None or "\x00" not in decoded.text


def test_truncated_utf16_loses_only_its_last_byte() -> None:
    body = "<p>The council met on Tuesday evening.</p>".encode("utf-16-le") + b">"
    decoded = decode_body(body)
    assert decoded is not None
    assert decoded.text == "<p>The council met on Tuesday evening.</p>"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=512), st.one_of(st.none(), st.text(max_size=40)))
def test_decode_never_raises(body: bytes, content_type: str | None) -> None:
    decoded = decode_body(body, content_type)
    if decoded is not None:
        assert "\x00" not in decoded.text
        assert codecs.lookup(decoded.encoding)
        assert decoded.method in ("bom", "http-header", "meta", "utf-8", "detected", "fallback")
