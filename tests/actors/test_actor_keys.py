"""Name keys fold spellings of one name together and keep different names apart."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storytrace.actors import initials, name_key, strip_title


@pytest.mark.parametrize(
    "spellings",
    [
        ["Abu Muhammad al-Harithi", "Abū Muḥammad al-Ḥārithī", "Abou Mohamed el-Harithi",
         "Abu Mohammed al-Harethi", "ABU MUHAMMAD AL-HARITHI"],
        ["Jamaat Ansar al-Wadi", "Jama'at Ansar al-Wadi", "Jama’at Ansar al-Wadi",
         "Jamāʿat Anṣār al-Wādī", "Jamaʿat Ansar al-Wadi"],
        ["Wilayat al-Sahil", "Wilayat as-Sahel", "Wilayat as‑Sahel"],
        ["Mohammed Salah", "Mohamed Salah", "Muhammad Salah", "Mohammad Salah"],
        ["Hezbollah's", "Hezbollah", "Hezbollah’s"],
        ["Yahya Saree", "Yahya Sari"],
    ],
)  # fmt: skip
def test_spellings_share_a_key(spellings: list[str]) -> None:
    assert len({name_key(spelling) for spelling in spellings}) == 1


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Abu Bakr al-Baghdadi", "Ibrahim al-Baghdadi"),
        ("Ali al-Harithi", "Omar al-Harithi"),
        ("Sahil Province", "Wilayat al-Sahil"),
        ("Jordan", "Jordan Fields"),
        ("Islamic State", "Islamic Resistance"),
    ],
)
def test_different_names_keep_different_keys(first: str, second: str) -> None:
    assert name_key(first) != name_key(second)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Colonel Faris Qandil", ("Faris Qandil", "colonel")),
        ("Sheikh Abu Muhammad al-Harithi", ("Abu Muhammad al-Harithi", "sheikh")),
        ("Prime Minister Ana Ruiz", ("Ana Ruiz", "prime minister")),
        ("Faris Qandil", ("Faris Qandil", None)),
        ("President", ("President", None)),
    ],
)
def test_strip_title(text: str, expected: tuple[str, str | None]) -> None:
    assert strip_title(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Syrian Observatory for Human Rights", "SOHR"),
        ("Jamaat Ansar al-Wadi", "JAW"),
        ("Levant Monitoring Institute", "LMI"),
    ],
)
def test_initials(name: str, expected: str) -> None:
    assert initials(name) == expected


@given(st.text(alphabet="aAeEiIoOuU-' ʿ’lLsSmMhHdD", max_size=30))
def test_key_ignores_case_and_marks(text: str) -> None:
    key = name_key(text)
    assert key == name_key(text.upper()) == name_key(text.lower())
    assert not any(mark in key for mark in "'’ʿ-")
    assert key == key.strip()


@given(st.text(max_size=60))
def test_key_never_fails(text: str) -> None:
    assert isinstance(name_key(text), str)
