"""Language identification."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storytrace.extract.language import detect_language, normalise_language_tag


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The council said on Tuesday that the harbour bridge would reopen next month, "
            "after engineers replaced the cables that hold the deck.",
            "en",
        ),
        (
            "أعلنت البلدية يوم الأحد أن أعمال توسيع الطريق الساحلي ستبدأ في الأسبوع المقبل، "
            "وأن حركة المرور ستتحول إلى الشوارع الداخلية.",
            "ar",
        ),
        (
            "Le conseil municipal a voté mardi soir la rénovation complète de la médiathèque, "
            "fermée depuis l’été dernier à cause d’une fuite dans la toiture.",
            "fr",
        ),
        (
            "Die Stadtwerke haben am Mittwoch angekündigt, dass die Wasserpreise im kommenden "
            "Jahr um knapp vier Prozent steigen werden.",
            "de",
        ),
        (
            "Городская администрация сообщила в пятницу, что ремонт центрального моста "
            "завершится раньше срока.",
            "ru",
        ),
    ],
)
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize("text", ["", "ok", "   ", "12 345 678 910", "Yes!", "qx zv kpt wrm"])
def test_too_little_text_gives_none(text: str) -> None:
    assert detect_language(text) is None


def test_only_the_start_is_examined() -> None:
    english = "The council said on Tuesday that the bridge would reopen next month. " * 15
    french = "Le conseil municipal a voté mardi soir la rénovation de la médiathèque. " * 200
    assert detect_language(english + french) == "en"


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_result_is_a_two_letter_code_or_none(text: str) -> None:
    language = detect_language(text)
    assert language is None or (len(language) == 2 and language.islower())


@pytest.mark.parametrize(
    ("tag", "language"),
    [
        ("en-US", "en"),
        ("pt_BR", "pt"),
        ("  FR ", "fr"),
        ("zh-Hant-TW", "zh"),
        ("ast", "ast"),
        ("", None),
        (None, None),
        ("english language", None),
        ("x", None),
    ],
)
def test_normalise_language_tag(tag: str | None, language: str | None) -> None:
    assert normalise_language_tag(tag) == language
