"""Dates as news pages print them, turned into ISO 8601.

Inputs: one line of text that holds a date among other words (:func:`parse_date`), the first
lines of a text dump (:func:`find_date`), a page's language and URL (:func:`day_first_for`).
Outputs: :class:`storytrace.model.DateGuess` (``value`` is ISO 8601: a date, or a date and time
with its UTC offset when the page names the zone) or ``None``.

Forms read: month names in English, French, German, Spanish, Portuguese, Italian, Dutch,
Indonesian and Arabic (Egyptian/Gulf ``يونيو``, Levantine ``حزيران``, Maghreb ``جوان``),
Arabic-Indic digits, ISO 8601, numeric day/month/year with ``/ . -``, year/month/day, CJK
``2017年6月5日``, compact ``20170605`` when it stands alone or after a label, times with
``am/pm`` and a zone (``GMT``, ``+03:00``, a small table of abbreviations, US ``ET`` with
daylight saving), and relative dates ("3 hours ago", "yesterday", "last Tuesday") when a
reference time is given. dateparser is not used: these compiled patterns cover the forms that
news bylines use at tens of microseconds per line, where dateparser's ``search_dates`` takes
milliseconds.

Stable API: :func:`parse_date`, :func:`find_date`, :func:`day_first_for` and the ``method``
values ``text-line`` (default) and ``relative``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Final
from urllib.parse import urlsplit

from storytrace.model import DateGuess

__all__ = ["day_first_for", "find_date", "parse_date"]

#: Text past this many characters is not searched: a date expression sits near the start of a
#: byline, and hostile megabyte "lines" must not cost megabytes of regex work.
MAX_TEXT: Final = 4096
#: Dates past this many in one text are not looked at: a byline holds one or two.
MAX_CANDIDATES: Final = 8
#: Years before this are not news on the web (and are Hijri years, page numbers, ...).
MIN_YEAR: Final = 1990

# --------------------------------------------------------------------------------------------
# Normalisation: Arabic letter variants, Arabic-Indic digits, typographic signs.

_FOLD: Final = str.maketrans(
    {
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ـ": None,  # tatweel
        **{chr(code): None for code in range(0x064B, 0x0653)},  # harakat
        "،": ",",
        "−": "-",
        "’": "'",
        "‐": "-",
        "‑": "-",
    }
)


def _fold(text: str) -> str:
    """Fold Arabic letter variants and digits so that one table entry matches them all."""
    return text if text.isascii() else text.translate(_FOLD)


def _alternation(names: Iterable[str]) -> str:
    """A regex alternation of ``names``, longest first, spaces matching any white space."""
    ordered = sorted(set(names), key=len, reverse=True)
    return "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in ordered)


def _key(text: str) -> str:
    """The table key of a matched word: lower case, single spaces, no trailing dot."""
    return " ".join(text.lower().split()).rstrip(".")


# --------------------------------------------------------------------------------------------
# Tables.

_ENGLISH_MONTHS: Final[Mapping[str, int]] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

_OTHER_MONTHS: Final[Mapping[str, int]] = {
    # French
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "mars": 3,
    "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12, "déc": 12,
    # German
    "januar": 1, "jänner": 1, "jaenner": 1, "februar": 2, "feber": 2, "märz": 3, "maerz": 3,
    "mär": 3, "juni": 6, "juli": 7, "oktober": 10, "okt": 10, "dezember": 12, "dez": 12,
    # Spanish
    "enero": 1, "ene": 1, "febrero": 2, "marzo": 3, "abril": 4, "abr": 4, "mayo": 5,
    "junio": 6, "julio": 7, "agosto": 8, "ago": 8, "septiembre": 9, "setiembre": 9, "octubre": 10,
    "noviembre": 11, "diciembre": 12, "dic": 12,
    # Arabic, Egyptian/Gulf names (folded: أ إ آ written as ا)
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "ابرايل": 4, "مايو": 5, "يونيو": 6,
    "يونيه": 6, "يوليو": 7, "يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11,
    "ديسمبر": 12,
    # Portuguese
    "janeiro": 1, "fevereiro": 2, "fev": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6,
    "julho": 7, "setembro": 9, "set": 9, "outubro": 10, "out": 10, "dezembro": 12,
    # Italian
    "gennaio": 1, "gen": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "mag": 5, "giugno": 6,
    "giu": 6, "luglio": 7, "lug": 7, "settembre": 9, "ottobre": 10, "ott": 10, "dicembre": 12,
    # Dutch
    "januari": 1, "februari": 2, "maart": 3, "mrt": 3, "mei": 5, "augustus": 8,
    # Indonesian and Malay (januari, februari, juni, juli, agustus... as Dutch)
    "maret": 3, "agustus": 8, "agu": 8, "agt": 8, "desember": 12, "disember": 12, "ogos": 8,
    # Arabic, Maghreb names
    "جانفي": 1, "فيفري": 2, "افريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "اوت": 8,
    # Arabic, Levantine and Iraqi names
    "كانون الثاني": 1, "كانون ثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5,
    "حزيران": 6, "تموز": 7, "اب": 8, "ايلول": 9, "تشرين الاول": 10, "تشرين اول": 10,
    "تشرين الثاني": 11, "تشرين ثاني": 11, "كانون الاول": 12, "كانون اول": 12,
}  # fmt: skip

_MONTHS: Final[Mapping[str, int]] = {**_ENGLISH_MONTHS, **_OTHER_MONTHS}

_WEEKDAYS: Final[Mapping[str, int]] = {
    **{
        name: number
        for number, names in enumerate(
            (
                "monday mon lundi montag lunes الاثنين segunda-feira lunedì maandag senin",
                "tuesday tue tues mardi dienstag martes الثلاثاء terça-feira martedì dinsdag "
                "selasa",
                "wednesday wed mercredi mittwoch miércoles miercoles الاربعاء quarta-feira "
                "mercoledì woensdag rabu",
                "thursday thu thur thurs jeudi donnerstag jueves الخميس quinta-feira giovedì "
                "donderdag kamis",
                "friday fri vendredi freitag viernes الجمعة sexta-feira venerdì vrijdag jumat",
                "saturday sat samedi samstag sonnabend sábado sabado السبت sabato zaterdag sabtu",
                "sunday sun dimanche sonntag domingo الاحد domenica zondag minggu",
            )
        )
        for name in names.split()
    },
}

#: Fixed offsets of zone abbreviations. IST (India, Ireland, Israel) is ambiguous and left out.
#: AST is read as Arabia Standard Time, the reading on the Arabic-world news sites this tool
#: reads, not Atlantic Standard Time.
_ZONES: Final[Mapping[str, float]] = {
    "Z": 0, "UTC": 0, "GMT": 0, "UT": 0, "WET": 0, "WEST": 1, "BST": 1, "CET": 1, "CEST": 2,
    "MEZ": 1, "MESZ": 2, "EET": 2, "EEST": 3, "MSK": 3, "AST": 3, "GST": 4, "PKT": 5,
    "HKT": 8, "SGT": 8, "JST": 9, "KST": 9, "AEST": 10, "AEDT": 11,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "AKST": -9, "AKDT": -8, "HST": -10,
}  # fmt: skip

#: US zones printed without standard/daylight: their offset depends on the date.
_US_ZONES: Final[Mapping[str, int]] = {"ET": -5, "CT": -6, "MT": -7, "PT": -8}

_NUMBER_WORDS: Final[Mapping[str, int]] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "ein": 1, "eine": 1, "einer": 1, "einem": 1,
    "zwei": 2, "drei": 3, "uno": 1, "una": 1, "dos": 2, "tres": 3,
}  # fmt: skip

_UNIT_NAMES: Final[Mapping[str, str]] = {
    "second": "s sec secs second seconds seconde secondes sekunde sekunden segundo segundos",
    "minute": "m min mins minute minutes minuten minuto minutos",
    "hour": "h hr hrs hour hours heure heures stunde stunden std hora horas",
    "day": "d day days jour jours j tag tagen día días dia dias",
    "week": "w wk wks week weeks semaine semaines woche wochen semana semanas",
    "month": "mo mos month months mois monat monaten mes meses",
    "year": "y yr yrs year years an ans année années jahr jahren año años",
}
_UNITS: Final[Mapping[str, str]] = {
    name: unit for unit, names in _UNIT_NAMES.items() for name in names.split()
}
#: Arabic units: (unit, count implied by the word: 1 singular, 2 dual, 0 plural needs a number).
_ARABIC_UNITS: Final[Mapping[str, tuple[str, int]]] = {
    "ثانية": ("second", 1), "ثوان": ("second", 0), "ثواني": ("second", 0),
    "دقيقة": ("minute", 1), "دقائق": ("minute", 0), "دقيقتين": ("minute", 2),
    "ساعة": ("hour", 1), "ساعات": ("hour", 0), "ساعتين": ("hour", 2),
    "يوم": ("day", 1), "ايام": ("day", 0), "يومين": ("day", 2),
    "اسبوع": ("week", 1), "اسابيع": ("week", 0), "اسبوعين": ("week", 2),
    "شهر": ("month", 1), "اشهر": ("month", 0), "شهور": ("month", 0), "شهرين": ("month", 2),
    "سنة": ("year", 1), "سنوات": ("year", 0), "سنتين": ("year", 2), "عام": ("year", 1),
}  # fmt: skip
_UNIT_SPAN: Final[Mapping[str, timedelta]] = {
    "second": timedelta(seconds=1),
    "minute": timedelta(minutes=1),
    "hour": timedelta(hours=1),
    "day": timedelta(days=1),
    "week": timedelta(days=7),
    "month": timedelta(days=30),
    "year": timedelta(days=365),
}
#: How sure a relative date is: the coarser the unit, the rounder the page's number.
_UNIT_CONFIDENCE: Final[Mapping[str, float]] = {
    "second": 0.7,
    "minute": 0.7,
    "hour": 0.7,
    "day": 0.6,
    "week": 0.4,
    "month": 0.3,
    "year": 0.2,
}
_DAY_WORDS: Final[Mapping[str, int]] = {
    "today": 0, "yesterday": 1, "aujourd'hui": 0, "hier": 1, "heute": 0, "gestern": 1,
    "hoy": 0, "ayer": 1, "امس": 1, "الامس": 1, "البارحة": 1,
}  # fmt: skip
_NOW_WORDS: Final = (
    "just now", "moments ago", "a moment ago", "à l'instant", "gerade eben", "soeben",
    "ahora mismo", "hace un momento", "منذ لحظات",
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# Patterns, compiled once.

_FLAGS: Final = re.IGNORECASE | re.VERBOSE
_NOT_LETTER_BEFORE: Final = r"(?<![^\W\d_])"
_NOT_LETTER_AFTER: Final = r"(?![^\W\d_])"
#: A month is any word, looked up in _MONTHS afterwards: a regex alternation of 200 names, tried
#: case-insensitively after every digit, cost more than the rest of the parse together.
_WORD_OR_TWO: Final = r"(?:(?:كانون|تشرين)\s+[^\W\d_]{2,6}|[^\W\d_]{2,12})"
_MONTH: Final = (
    rf"{_NOT_LETTER_BEFORE}(?P<month>{_WORD_OR_TWO}){_NOT_LETTER_AFTER}\.?"
    rf"(?:\s*[/(]\s*{_WORD_OR_TWO}{_NOT_LETTER_AFTER}\.?\s*\)?)?"
)
_DAY_SUFFIX: Final = r"(?:st|nd|rd|th|er|º|°|\.)?"

#: "5 June 2017", "5th of June, 2017", "5. Juni 2017", "5 de junio de 2017", "7 يونيو 2017".
_DAY_MONTH_YEAR: Final = re.compile(
    rf"""(?<!\w)(?P<day>\d{{1,2}}){_DAY_SUFFIX}(?:\s+(?:of|de){_NOT_LETTER_AFTER})?[\s/-]*{_MONTH}
    (?:\s*,?\s*(?:(?:de|del)\s+)?|[/-])(?P<year>\d{{4}})(?!\d)""",
    _FLAGS,
)
#: "05-Jun-17": a two-digit year only between hyphens or slashes, never after a space.
_DAY_MONTH_SHORT_YEAR: Final = re.compile(
    rf"(?<!\w)(?P<day>\d{{1,2}})(?P<sep>[/-]){_MONTH}(?P=sep)(?P<year>\d{{2}})(?!\d)",
    _FLAGS,
)
#: "June 5, 2017", "Jun. 5 2017", "June 5th, 2017"; month first is an English habit, which
#: sites in other languages copy with their month names ("Maret 30, 2015").
_MONTH_DAY_YEAR: Final = re.compile(
    rf"""{_NOT_LETTER_BEFORE}{_MONTH}\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)
    \s*,?\s*(?P<year>\d{{4}})(?!\d)""",
    _FLAGS,
)
#: Year-less forms, read only with a reference time: "5 June", "June 5".
_DAY_MONTH: Final = re.compile(
    rf"""(?<!\w)(?P<day>\d{{1,2}}){_DAY_SUFFIX}(?:\s+(?:of|de){_NOT_LETTER_AFTER})?\s*{_MONTH}
    (?!\s*,?\s*(?:(?:de|del)\s+)?[/-]?\d)""",
    _FLAGS,
)
_MONTH_DAY: Final = re.compile(
    rf"""{_NOT_LETTER_BEFORE}{_MONTH}\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?
    (?![\d:.]|\s*,?\s*\d{{4}})""",
    _FLAGS,
)
#: "2017-06-05", "2017/06/05", "2017.06.05".
_YEAR_MONTH_DAY: Final = re.compile(
    r"(?<![\w.,/+-])(?P<year>\d{4})(?P<sep>[./-])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})"
    r"(?!\d|[./-]\d)"
)
#: "05/06/2017", "5.6.2017", "05-06-17": day and month order decided later.
_NUMERIC: Final = re.compile(
    r"(?<![\w.,/+-])(?P<first>\d{1,2})(?P<sep>[./-])(?P<second>\d{1,2})(?P=sep)"
    r"(?P<year>\d{4}|\d{2})(?!\w|[./-]\d)"
)
_CJK: Final = re.compile(
    r"(?P<year>\d{4})\s*[年년]\s*(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]"
)
#: "20170605", accepted only alone or after a label (see _compact).
_COMPACT: Final = re.compile(
    r"(?<!\w)(?P<year>(?:19|20)\d\d)(?P<month>[01]\d)(?P<day>[0-3]\d)(?:T\d{4}(?:\d\d)?Z?)?(?!\w)"
)

_PUBLISHED_WORDS: Final = (
    "published", "first published", "posted", "publié", "publie", "publiée", "publié le",
    "veröffentlicht", "veroffentlicht", "erschienen", "publicado", "publicada", "fecha", "date",
    "dated", "نشر", "نشر في", "تاريخ النشر", "بتاريخ",
)  # fmt: skip
_UPDATED_WORDS: Final = (
    "updated", "update", "last updated", "modified", "last modified", "revised", "edited",
    "mis à jour", "mise à jour", "actualisé", "actualise", "aktualisiert", "geändert",
    "actualizado", "actualizada", "actualización", "تحديث", "اخر تحديث", "تم التحديث", "محدث",
)  # fmt: skip
_LABEL: Final = re.compile(
    rf"""{_NOT_LETTER_BEFORE}(?:(?P<published>{_alternation(_PUBLISHED_WORDS)})
    |(?P<updated>{_alternation(_UPDATED_WORDS)})){_NOT_LETTER_AFTER}""",
    _FLAGS,
)
_COMPACT_BEFORE: Final = re.compile(
    rf"\W*(?:(?:{_alternation(_PUBLISHED_WORDS + _UPDATED_WORDS)}){_NOT_LETTER_AFTER}\W*)?",
    re.IGNORECASE,
)
_NOT_WORD: Final = re.compile(r"\W*")

_WEEKDAY_BEFORE: Final = re.compile(
    rf"{_NOT_LETTER_BEFORE}(?P<weekday>{_alternation(_WEEKDAYS)}){_NOT_LETTER_AFTER}\.?[\s,]*$",
    re.IGNORECASE,
)

_ZONE: Final = r"""(?P<zone>(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d\d)?(?!\d)
    |[+-]\d\d(?::?\d\d)?(?!\d)|[a-z]{1,5}(?![^\W\d_]))"""
_TIME_CORE: Final = rf"""(?:T|(?<!\d))(?P<hour>\d{{1,2}})\s?[:h.]\s?(?P<minute>\d\d)(?!\d)
    (?::(?P<second>\d\d)(?:[.,]\d{{1,9}})?)?
    (?:\s*(?P<ampm>[ap]\.?\s?m\.?{_NOT_LETTER_AFTER}|ص|م{_NOT_LETTER_AFTER}))?
    (?:\s*(?:uhr|h){_NOT_LETTER_AFTER})?
    (?:\s*\(?{_ZONE}\)?)?"""
_TIME_AFTER: Final = re.compile(
    rf"""[\s,;.|@·•/–—-]*
    (?:(?:at|à|às|a\s+las?|um|om|alle|ore|kl|pukul|الساعة|م){_NOT_LETTER_AFTER}[\s,;:.|@·•–—-]*){{0,2}}
    {_TIME_CORE}""",
    _FLAGS,
)
_TIME_BEFORE: Final = re.compile(
    rf"""{_TIME_CORE}[\s,;|@·•–—-]*
    (?:(?:{_alternation(_WEEKDAYS)}){_NOT_LETTER_AFTER}\.?[\s,]*)?(?:on\s+|le\s+)?$""",
    _FLAGS,
)
_OFFSET: Final = re.compile(r"(?:GMT|UTC)?([+-])(\d{1,2})(?::?(\d\d))?")

_AGO: Final = re.compile(
    rf"""(?<!\w)(?:
      (?P<en_n>\d{{1,4}}\s*|(?:{_alternation(_NUMBER_WORDS)})\s+)(?P<en_unit>{_alternation(_UNITS)})
        \s+ago
    | il\s+y\s+a\s+(?P<fr_n>\d{{1,4}}\s*|(?:{_alternation(_NUMBER_WORDS)})\s+)
        (?P<fr_unit>{_alternation(_UNITS)})
    | (?:vor|hace)\s+(?P<de_n>\d{{1,4}}\s*|(?:{_alternation(_NUMBER_WORDS)})\s+)
        (?P<de_unit>{_alternation(_UNITS)})
    | (?:منذ|قبل)\s+(?P<ar_n>\d{{1,4}}\s*)?(?P<ar_unit>{_alternation(_ARABIC_UNITS)})
    ){_NOT_LETTER_AFTER}""",
    _FLAGS,
)
_NOW: Final = re.compile(
    rf"{_NOT_LETTER_BEFORE}(?:{_alternation(_NOW_WORDS)}){_NOT_LETTER_AFTER}", re.IGNORECASE
)
#: "today", "yesterday", "last Tuesday": only at the start of a short byline, after a label.
_DAY_WORD_START: Final = re.compile(
    rf"""\W*(?:(?:{_alternation(_PUBLISHED_WORDS + _UPDATED_WORDS)}){_NOT_LETTER_AFTER}\W*)?
    (?:(?P<word>{_alternation(_DAY_WORDS)})
    |(?:last|letzten|vergangenen)\s+(?P<last>{_alternation(_WEEKDAYS)})
    |(?P<dernier>{_alternation(_WEEKDAYS)})\s+dernier
    |el\s+(?P<pasado>{_alternation(_WEEKDAYS)})\s+pasado
    ){_NOT_LETTER_AFTER}(?!['’]s)""",
    _FLAGS,
)
_SHORT_LINE: Final = 60
_DIGIT: Final = re.compile(r"\d")
_WORD: Final = re.compile(r"[^\W\d_]+")
#: Words one of which a text must hold before the month-name patterns run (the fast path: a
#: word set lookup instead of a 150-name alternation tried after every digit).
_MONTH_WORDS: Final = frozenset(name.split()[0] for name in _MONTHS)
_AGO_WORDS: Final = frozenset({"ago", "il", "vor", "hace", "منذ", "قبل"})

# --------------------------------------------------------------------------------------------
# Candidates.


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A date found in the text, before the time and the labels are looked at."""

    start: int
    end: int
    day: date
    confidence: float


@dataclass(frozen=True, slots=True)
class _Found:
    """The chosen date of a text, with where it sits and the label in front of it."""

    guess: DateGuess
    start: int
    end: int
    label: str | None


@dataclass(frozen=True, slots=True)
class _Context:
    """What every pattern reader needs: the reference time and the day/month order hint."""

    reference: datetime
    day_first: bool | None

    def accepts(self, day: date) -> bool:
        """True when ``day`` is plausible for a news page seen at the reference time."""
        # a day of slack: the page's zone may be ahead of the reference's
        seen = self.reference.date()
        return day.year >= MIN_YEAR and (day <= seen or day - seen <= timedelta(days=1))


def _make_date(year: int, month: int, day: int, context: _Context) -> date | None:
    """The date, or None when it does not exist or is out of the accepted range."""
    try:
        made = date(year, month, day)
    except ValueError:
        return None
    return made if context.accepts(made) else None


def _full_year(text: str) -> int:
    """A four-digit year from a two- or four-digit year ("17" is 2017, "95" is 1995)."""
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _weekday_before(text: str, start: int) -> int | None:
    """The weekday named right before ``start`` ("Monday, " in "Monday, June 5, 2017")."""
    if start == 0:
        return None
    found = _WEEKDAY_BEFORE.search(text, max(0, start - 16), start)
    return _WEEKDAYS.get(_key(found["weekday"])) if found else None


def _check_weekday(day: date, confidence: float, weekday: int | None) -> float:
    """Raise the confidence a little when the printed weekday agrees; lower it when not."""
    if weekday is None:
        return confidence
    return min(1.0, confidence + 0.05) if day.weekday() == weekday else confidence * 0.7


def _named_month(
    text: str,
    pattern: re.Pattern[str],
    context: _Context,
    confidence: float,
    months: Mapping[str, int] = _MONTHS,
) -> Iterable[_Candidate]:
    """Dates with a month name (a key of ``months``) and a year."""
    for found in pattern.finditer(text):
        month = months.get(_key(found["month"]))
        if month is None:
            continue
        day = _make_date(_full_year(found["year"]), month, int(found["day"]), context)
        if day is not None:
            weekday = _weekday_before(text, found.start())
            score = _check_weekday(day, confidence, weekday)
            yield _Candidate(found.start(), found.end(), day, score)


def _year_first(text: str, pattern: re.Pattern[str], context: _Context) -> Iterable[_Candidate]:
    """Dates written year first: ISO 8601, 2017/06/05, CJK."""
    for found in pattern.finditer(text):
        day = _make_date(int(found["year"]), int(found["month"]), int(found["day"]), context)
        if day is not None:
            confidence = 0.95 if found.groupdict().get("sep", "-") == "-" else 0.9
            yield _Candidate(found.start(), found.end(), day, confidence)


def _compact(text: str, context: _Context) -> Iterable[_Candidate]:
    """``20170605``, when nothing but a label and punctuation surrounds it."""
    for found in _COMPACT.finditer(text):
        before = _COMPACT_BEFORE.fullmatch(text, 0, found.start())
        after = _NOT_WORD.fullmatch(text, found.end())
        if before is None or after is None:
            continue
        day = _make_date(int(found["year"]), int(found["month"]), int(found["day"]), context)
        if day is not None:
            yield _Candidate(found.start(), found.end(), day, 0.8)


def _numeric(text: str, context: _Context) -> Iterable[_Candidate]:
    """``05/06/2017``, ``5.6.2017``, ``05-06-17``: day and month order from the values or hint."""
    for found in _NUMERIC.finditer(text):
        year = _full_year(found["year"])
        weekday = _weekday_before(text, found.start())
        resolved = _order(int(found["first"]), int(found["second"]), year, weekday, context)
        if resolved is None:
            continue
        day, confidence = resolved
        if len(found["year"]) == 2:
            confidence *= 0.9
        yield _Candidate(found.start(), found.end(), day, confidence)


def _order(
    first: int, second: int, year: int, weekday: int | None, context: _Context
) -> tuple[date, float] | None:
    """Decide which of two numbers is the day.

    A number above 12 settles it; so does a printed weekday that fits only one reading, or a
    reading that is impossible (in the future). Otherwise the hint decides (confidence 0.8), or
    day-first, the order of most of the world, with confidence 0.5.
    """
    day_month = _make_date(year, second, first, context)
    month_day = _make_date(year, first, second, context)
    if day_month is None or month_day is None or day_month == month_day:
        settled = day_month or month_day
        if settled is None:
            return None
        hinted = context.day_first is None or (settled == day_month) == context.day_first
        by_range_only = first != second and first <= 12 and second <= 12
        confidence = 0.6 if by_range_only else (0.9 if hinted else 0.85)
        return settled, _check_weekday(settled, confidence, weekday)
    if weekday is not None and (day_month.weekday() == weekday) != (month_day.weekday() == weekday):
        return (day_month if day_month.weekday() == weekday else month_day), 0.9
    if context.day_first is None:
        return day_month, _check_weekday(day_month, 0.5, weekday)
    chosen = day_month if context.day_first else month_day
    return chosen, _check_weekday(chosen, 0.8, weekday)


def _candidates(text: str, words: frozenset[str], context: _Context) -> list[_Candidate]:
    """Every full date in ``text``, overlaps removed (the earlier and longer one stays)."""
    found: list[_Candidate] = [
        *_year_first(text, _YEAR_MONTH_DAY, context),
        *_numeric(text, context),
        *_compact(text, context),
    ]
    if not words.isdisjoint(_MONTH_WORDS):
        found.extend(_named_month(text, _DAY_MONTH_YEAR, context, 0.9))
        found.extend(_named_month(text, _MONTH_DAY_YEAR, context, 0.9))
        found.extend(_named_month(text, _DAY_MONTH_SHORT_YEAR, context, 0.8, _ENGLISH_MONTHS))
    if not text.isascii():
        found.extend(_year_first(text, _CJK, context))
    return _without_overlaps(found)


def _without_overlaps(found: list[_Candidate]) -> list[_Candidate]:
    """Keep the earliest, then longest, of candidates that share characters."""
    kept: list[_Candidate] = []
    for candidate in sorted(found, key=lambda item: (item.start, item.start - item.end)):
        if not kept or candidate.start >= kept[-1].end:
            kept.append(candidate)
    return kept


def _year_less(text: str, context: _Context) -> list[_Candidate]:
    """Year-less dates ("5 June", "June 5"), in the reference's year or, if ahead, the last."""
    found: list[_Candidate] = []
    for pattern, months in ((_DAY_MONTH, _MONTHS), (_MONTH_DAY, _ENGLISH_MONTHS)):
        for match in pattern.finditer(text):
            month = months.get(_key(match["month"]))
            if month is None:
                continue
            year = context.reference.year
            day = _make_date(year, month, int(match["day"]), context) or _make_date(
                year - 1, month, int(match["day"]), context
            )
            if day is not None:
                found.append(_Candidate(match.start(), match.end(), day, 0.5))
    return _without_overlaps(found)


# --------------------------------------------------------------------------------------------
# Times and zones.


def _nth_sunday(year: int, month: int, nth: int) -> date:
    """The ``nth`` Sunday of a month (``nth=-1``: the last one)."""
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (nth - 1))
    after = date(year + month // 12, month % 12 + 1, 1)
    last = after - timedelta(days=1)
    return last - timedelta(days=(last.weekday() + 1) % 7)


def _us_daylight(day: date) -> bool:
    """True when US daylight saving time is in force on ``day`` (rules of 1987 and 2007)."""
    if day.year >= 2007:
        return _nth_sunday(day.year, 3, 2) <= day < _nth_sunday(day.year, 11, 1)
    return _nth_sunday(day.year, 4, 1) <= day < _nth_sunday(day.year, 10, -1)


def _zone_offset(zone: str, day: date) -> timedelta | None:
    """The UTC offset a printed zone means on ``day``, or None when unknown or ambiguous."""
    name = zone.upper().replace(" ", "")
    if name in _ZONES:
        return timedelta(hours=_ZONES[name])
    if name in _US_ZONES:
        return timedelta(hours=_US_ZONES[name] + (1 if _us_daylight(day) else 0))
    found = _OFFSET.fullmatch(name)
    if found is None:
        return None
    hours, minutes = int(found[2]), int(found[3] or 0)
    if hours > 14 or minutes > 59:
        return None
    offset = timedelta(hours=hours, minutes=minutes)
    return -offset if found[1] == "-" else offset


def _clock(found: re.Match[str]) -> tuple[int, int, int] | None:
    """Hour, minute and second of a time match (24-hour), or None when out of range."""
    hour, minute, second = int(found["hour"]), int(found["minute"]), int(found["second"] or 0)
    marker = (found["ampm"] or "").lower().replace(".", "").replace(" ", "")
    if marker:
        if not 1 <= hour <= 12:
            return None
        afternoon = marker in ("pm", "م")
        hour = hour % 12 + (12 if afternoon else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return hour, minute, second


def _with_time(text: str, candidate: _Candidate, floor: int) -> tuple[str, int, int]:
    """The ISO value of a candidate, with its time when a time with a known zone is printed.

    Returns:
        the value and the span it covers (the date, widened to the time when one was used).
    """
    after = _TIME_AFTER.match(text, candidate.end, min(len(text), candidate.end + 48))
    before = None
    if after is None and candidate.start > floor:
        before = _TIME_BEFORE.search(text, max(floor, candidate.start - 60), candidate.start)
    found = after or before
    if found is None or not found["zone"]:
        return candidate.day.isoformat(), candidate.start, candidate.end
    offset = _zone_offset(found["zone"], candidate.day)
    clock = _clock(found)
    if offset is None or clock is None:
        return candidate.day.isoformat(), candidate.start, candidate.end
    moment = datetime(
        candidate.day.year, candidate.day.month, candidate.day.day, *clock, tzinfo=timezone(offset)
    )
    start, end = min(found.start(), candidate.start), max(found.end(), candidate.end)
    return moment.isoformat(), start, end


# --------------------------------------------------------------------------------------------
# Relative dates.


def _count(number: str | None) -> int | None:
    """A count written as digits or as a small number word."""
    if number is None:
        return None
    number = number.strip().lower()
    return int(number) if number.isdigit() else _NUMBER_WORDS.get(number)


def _ago(found: re.Match[str]) -> tuple[int, str] | None:
    """How many units back an "ago" expression goes, and the unit."""
    if found["ar_unit"]:
        unit, implied = _ARABIC_UNITS.get(_key(found["ar_unit"]), ("", 0))
        count = _count(found["ar_n"]) or implied
        return (count, unit) if count and unit else None
    for language in ("en", "fr", "de"):
        if found[f"{language}_unit"]:
            number = _count(found[f"{language}_n"])
            name = _UNITS.get(_key(found[f"{language}_unit"]))
            return (number, name) if number is not None and name else None
    return None


def _relative(text: str, words: frozenset[str], reference: datetime) -> _Found | None:
    """A date computed from the reference: "3 hours ago", "yesterday", "last Tuesday"."""
    lead = len(text) - len(text.lstrip())
    short = 0 < len(text.strip()) <= _SHORT_LINE
    now = _NOW.search(text, lead) if short else None
    if now is not None:
        return _relative_guess(reference, timedelta(0), "minute", now.start(), now.end())
    found = _AGO.search(text) if not words.isdisjoint(_AGO_WORDS) else None
    if found is not None:
        ago = _ago(found)
        if ago is None or ago[0] > 10_000:
            return None
        count, unit = ago
        return _relative_guess(
            reference, _UNIT_SPAN[unit] * count, unit, found.start(), found.end()
        )
    if not short:
        return None
    word = _DAY_WORD_START.match(text, lead)
    if word is None:
        return None
    if word["word"]:
        days = _DAY_WORDS.get(_key(word["word"]), 0)
        return _relative_guess(reference, timedelta(days=days), "day", word.start(), word.end())
    weekday = _WEEKDAYS.get(_key(word["last"] or word["dernier"] or word["pasado"]))
    if weekday is None:
        return None
    days = (reference.weekday() - weekday - 1) % 7 + 1
    guess = _relative_guess(reference, timedelta(days=days), "day", word.start(), word.end())
    if guess is None:
        return None
    return dataclasses.replace(guess, guess=dataclasses.replace(guess.guess, confidence=0.5))


def _relative_guess(
    reference: datetime, back: timedelta, unit: str, start: int, end: int
) -> _Found | None:
    """The DateGuess ``back`` before the reference: a time with offset for short spans."""
    try:
        moment = reference - back
    except OverflowError:
        return None
    if moment.year < MIN_YEAR:
        return None
    short = unit in ("second", "minute", "hour")
    if short and moment.tzinfo is not None:
        value = moment.replace(second=0, microsecond=0).isoformat()
    else:
        value = moment.date().isoformat()
    guess = DateGuess(value=value, method="relative", confidence=_UNIT_CONFIDENCE[unit])
    return _Found(guess=guess, start=start, end=end, label=None)


# --------------------------------------------------------------------------------------------
# Choosing among the dates of one text.


def _label_before(text: str, start: int, floor: int) -> str | None:
    """``"published"`` or ``"updated"`` when such a label stands shortly before ``start``."""
    last = None
    for found in _LABEL.finditer(text, max(floor, start - 40), start):
        last = found
    if last is None:
        return None
    return "updated" if last["updated"] else "published"


def _find(
    text: str, reference: datetime | None, day_first: bool | None, method: str
) -> _Found | None:
    """The best date of ``text`` with its span and label (the work behind parse_date)."""
    text = _fold(text[:MAX_TEXT])
    has_digit = _DIGIT.search(text) is not None
    if not has_digit and reference is None:
        return None
    context = _Context(reference or datetime.now(UTC), day_first)
    words = frozenset(_WORD.findall(text.lower()))
    candidates = _candidates(text, words, context) if has_digit else []
    if not candidates and reference is not None:
        relative = _relative(text, words, reference)
        if relative is not None:
            return relative
        has_month = not words.isdisjoint(_MONTH_WORDS)
        candidates = _year_less(text, context) if has_digit and has_month else []
    best: _Found | None = None
    best_score = -1.0
    floor = 0
    for candidate in candidates[:MAX_CANDIDATES]:
        label = _label_before(text, candidate.start, floor)
        value, start, end = _with_time(text, candidate, floor)
        score = candidate.confidence * (0.7 if label == "updated" else 1.0)
        if score > best_score:
            confidence = round(candidate.confidence, 3)
            guess = DateGuess(value=value, method=method, confidence=confidence)
            best, best_score = _Found(guess, start, end, label), score
        floor = candidate.end
    return best


def parse_date(
    text: str,
    *,
    reference: datetime | None = None,
    day_first: bool | None = None,
    method: str = "text-line",
) -> DateGuess | None:
    """Parse the date expression in one line of text.

    The text may hold other words ("Posted on Monday, June 5, 2017 at 10:30 am by Staff"). When
    it holds several dates, the first one wins unless it is labelled "Updated" and another is not.
    A time is kept only when its zone is printed (``GMT``, ``+03:00``, ``EDT``, ...); the value is
    then a date and time with offset, else a date.

    Args:
        text: the text; only its first :data:`MAX_TEXT` characters are read.
        reference: when the page was seen. Relative dates ("3 hours ago", "yesterday") and
            year-less dates ("June 5") need it; dates more than a day after it are rejected.
            Without it, the current time bounds the dates and relative dates give None.
        day_first: the order of numeric dates such as ``05/06/2017``: True for day/month, False
            for month/day, None when unknown (see :func:`day_first_for`).
        method: the ``method`` of the returned guess; relative dates always use ``"relative"``.

    Returns:
        the date, or None when the text holds no plausible date (impossible dates, years before
        1990 or after the reference, numbers that are not dates).
    """
    found = _find(text, reference, day_first, method)
    return found.guess if found else None


# --------------------------------------------------------------------------------------------
# Lines of a text dump.


def _letters(text: str) -> int:
    """How many letters ``text`` holds, label words not counted."""
    return sum(character.isalpha() for character in _LABEL.sub("", text))


def _shape(line: str, found: _Found) -> float:
    """How much a line looks like a date line: a byline, not a sentence that mentions a date."""
    before, after = _letters(line[: found.start]), _letters(line[found.end :])
    rest = before + after
    if rest <= 3:
        return 1.0
    if rest <= 40:
        return 0.9 if min(before, after) <= 3 else 0.8
    return 0.7 if rest <= 100 else 0.55


def find_date(
    lines: Sequence[str],
    *,
    reference: datetime | None = None,
    day_first: bool | None = None,
    max_lines: int = 15,
) -> tuple[int, DateGuess] | None:
    """Find the publication date among the first lines of a text dump.

    A short line that is mostly a date (with a "Published:" label, a byline) scores higher than a
    long sentence that mentions a date, and a date labelled "Updated" loses to one labelled
    "Published". The confidence of the returned guess is that of the parse times these factors.

    Args:
        lines: the lines of the text, in order.
        reference: when the page was seen (see :func:`parse_date`).
        day_first: the numeric date order hint (see :func:`parse_date`).
        max_lines: how many non-blank lines to read.

    Returns:
        the index of the line in ``lines`` and its date, or None when no line holds one.
    """
    best: tuple[float, int, DateGuess] | None = None
    seen = 0
    for index, line in enumerate(lines):
        if seen >= max_lines:
            break
        if not line.strip():
            continue
        seen += 1
        found = _find(line, reference, day_first, "text-line")
        if found is None:
            continue
        folded = _fold(line[:MAX_TEXT])
        confidence = found.guess.confidence * _shape(folded, found)
        rank = confidence
        if found.label == "updated":
            confidence *= 0.75
            rank = confidence
        elif found.label == "published":
            rank = confidence * 1.1
            confidence = min(1.0, confidence * 1.05)
        if best is None or rank > best[0]:
            guess = dataclasses.replace(found.guess, confidence=round(confidence, 3))
            best = (rank, index, guess)
    return (best[1], best[2]) if best else None


# --------------------------------------------------------------------------------------------
# Day/month order of a page.

_MONTH_FIRST_TLDS: Final = frozenset({"us", "gov", "mil", "edu", "ph"})
_DAY_FIRST_TLDS: Final = frozenset({
    # English-speaking countries outside North America
    "uk", "au", "in", "ie", "nz", "za", "pk", "ng", "ke", "gh", "sg", "my", "lk", "bd",
    # Europe
    "fr", "de", "es", "it", "nl", "be", "at", "ch", "pt", "pl", "se", "no", "dk", "fi", "ru",
    "ua", "by", "gr", "tr", "cz", "sk", "ro", "bg", "hr", "rs", "si", "ee", "lv", "lu", "is",
    # Arabic-speaking countries and neighbours
    "eg", "sa", "ae", "qa", "lb", "jo", "sy", "iq", "ma", "dz", "tn", "kw", "bh", "om", "ye",
    "ly", "sd", "ps", "il",
    # Latin America
    "mx", "ar", "br", "cl", "co", "pe", "ve", "uy", "py", "bo", "ec", "cu",
})  # fmt: skip
_DAY_FIRST_LANGUAGES: Final = frozenset({
    "fr", "de", "es", "it", "pt", "nl", "ar", "ru", "uk", "pl", "tr", "el", "sv", "da", "no",
    "nb", "nn", "fi", "cs", "sk", "ro", "bg", "hr", "sr", "sl", "et", "lv", "is", "id", "ms",
    "hi", "ur", "bn", "sw", "ca", "eu", "gl", "he",
})  # fmt: skip
_URL_DATE: Final = re.compile(r"/(\d{1,2})[/-](\d{1,2})[/-](?:19|20)\d\d(?:/|$)")
#: "/2017/06/05/": year, month, day in the path, the habit of US news sites.
_URL_YEAR_MONTH_DAY: Final = re.compile(r"/(?:19|20)\d\d/[01]?\d/[0-3]?\d(?:/|$)")


def day_first_for(language: str | None = None, url: str | None = None) -> bool | None:
    """Guess whether a page writes numeric dates day first (05/06/2017 is 5 June).

    In order: a date in the URL path whose first or second number is above 12 gives the order;
    a language tag with a region (``en-US``, ``en-GB``) follows the region; the host's country
    TLD (``.us`` and US ``.gov``/``.mil``/``.edu`` and ``.ph`` month first; ``.uk``, ``.au``,
    ``.in``, European, Arab and Latin American TLDs day first); then the language: English on a
    host with no country TLD is month first when the URL path holds ``/2017/06/05/`` (month
    before day, as US sites write it) and unknown otherwise; French, German, Spanish, Arabic and
    most others are day first.

    Args:
        language: a language tag such as ``en``, ``ar`` or ``en-GB``.
        url: the page URL.

    Returns:
        True for day first, False for month first, None when nothing tells.
    """
    host, path = "", ""
    if url:
        try:
            parts = urlsplit(url.strip())
            host, path = (parts.hostname or "").rstrip("."), parts.path
        except ValueError:  # a malformed URL ("http://[::1") tells nothing
            host, path = "", ""
    found = _URL_DATE.search(path)
    if found and (int(found[1]) > 12) != (int(found[2]) > 12):
        return int(found[1]) > 12
    tags = (language or "").lower().replace("_", "-").split("-")
    if len(tags) > 1 and len(tags[1]) == 2:
        by_region = _by_country(tags[1])
        if by_region is not None:
            return by_region
    by_host = _by_country(host.rpartition(".")[2].lower()) if "." in host else None
    if by_host is not None:
        return by_host
    if tags[0] == "en" and _URL_YEAR_MONTH_DAY.search(path):
        return False
    return True if tags[0] in _DAY_FIRST_LANGUAGES else None


def _by_country(code: str) -> bool | None:
    """Day first (True), month first (False) or unknown (None) for a TLD or region code."""
    if code in _MONTH_FIRST_TLDS:
        return False
    if code == "gb" or code in _DAY_FIRST_TLDS:
        return True
    return None
