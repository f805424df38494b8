"""Tests of storytrace.extract.dates: printed dates to ISO 8601."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone, tzinfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storytrace.extract.dates import MAX_TEXT, day_first_for, find_date, parse_date

#: A Wednesday, noon UTC: the "now" of every test that needs one.
REFERENCE = datetime(2017, 6, 7, 12, 0, tzinfo=UTC)


def value_of(text: str) -> str | None:
    guess = parse_date(text, reference=REFERENCE)
    return guess.value if guess else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Monday, June 5, 2017", "2017-06-05"),
        ("June 05, 2017", "2017-06-05"),
        ("June 5 2017", "2017-06-05"),
        ("JUNE 5, 2017", "2017-06-05"),
        ("5 June 2017", "2017-06-05"),
        ("05 Jun 2017", "2017-06-05"),
        ("Jun. 5, 2017", "2017-06-05"),
        ("Sept. 14, 2016", "2016-09-14"),
        ("5th of June, 2017", "2017-06-05"),
        ("June 5th, 2017", "2017-06-05"),
        ("1st March 2016", "2016-03-01"),
        ("05-Jun-17", "2017-06-05"),
        ("2017-06-05", "2017-06-05"),
        ("2017/06/05", "2017-06-05"),
        ("2017.6.5", "2017-06-05"),
        ("2017-06-05T10:30:00+03:00", "2017-06-05T10:30:00+03:00"),
        ("2017-06-05T10:30:00.000Z", "2017-06-05T10:30:00+00:00"),
        ("2017-06-05T07:30:00-0400", "2017-06-05T07:30:00-04:00"),
        ("20170605", "2017-06-05"),
        ("Published: 20170605", "2017-06-05"),
        ("2017年6月5日", "2017-06-05"),
        ("2017년 6월 5일", "2017-06-05"),
    ],
)
def test_parse_date_reads_each_form(text: str, expected: str) -> None:
    assert value_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posted on Monday, June 5, 2017 at 10:30 am by Staff", "2017-06-05"),
        ("Updated: 05/06/2017 14:02 GMT", "2017-06-05T14:02:00+00:00"),
        ("| 12 Ramadan 1438 — June 7, 2017", "2017-06-07"),
        ("By Jane Roe, Correspondent · 5 June 2017", "2017-06-05"),
        ("Filed under Politics on 2017-06-05 with 3 comments", "2017-06-05"),
    ],
)
def test_parse_date_finds_the_date_among_other_words(text: str, expected: str) -> None:
    assert value_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("June 5, 2017 10:30 AM ET", "2017-06-05T10:30:00-04:00"),
        ("Jan 5, 2017 10:30 AM ET", "2017-01-05T10:30:00-05:00"),
        ("June 5, 2017 10:30 a.m. EDT", "2017-06-05T10:30:00-04:00"),
        ("June 5, 2017, 9:05 p.m. PST", "2017-06-05T21:05:00-08:00"),
        ("June 5, 2017 12:15 am UTC", "2017-06-05T00:15:00+00:00"),
        ("June 5, 2017 12:15 pm UTC", "2017-06-05T12:15:00+00:00"),
        ("5 June 2017 14:02 +0300", "2017-06-05T14:02:00+03:00"),
        ("5 June 2017 14:02 (GMT+3)", "2017-06-05T14:02:00+03:00"),
        ("5 June 2017 14:02 UTC+05:30", "2017-06-05T14:02:00+05:30"),
        ("Mon 5 Jun 2017 14.02 BST", "2017-06-05T14:02:00+01:00"),
        ("5 June 2017 08:00 CEST", "2017-06-05T08:00:00+02:00"),
        ("5 June 2017 08:00 MSK", "2017-06-05T08:00:00+03:00"),
        ("Mon, 05 Jun 2017 10:30:00 +0000", "2017-06-05T10:30:00+00:00"),
        ("10:30 AM EDT, June 5, 2017", "2017-06-05T10:30:00-04:00"),
        ("10:01 pm PST, Saturday, November 19, 2016", "2016-11-19T22:01:00-08:00"),
        ("2017-06-05 10:30:00", "2017-06-05"),
        ("June 5, 2017 10:30 am", "2017-06-05"),
        ("June 5, 2017 10:30 IST", "2017-06-05"),
        ("June 5, 2017 25:30 GMT", "2017-06-05"),
        ("June 5, 2017 10:30 GMT+19", "2017-06-05"),
    ],
)
def test_parse_date_keeps_a_time_only_with_a_known_zone(text: str, expected: str) -> None:
    assert value_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("lundi 5 juin 2017 à 10h30", "2017-06-05"),
        ("1er février 2016", "2016-02-01"),
        ("Publié le 12 déc. 2016", "2016-12-12"),
        ("Mis à jour le 3 août 2016 à 14h05 UTC", "2016-08-03T14:05:00+00:00"),
        ("Montag, 5. Juni 2017, 10:30 Uhr", "2017-06-05"),
        ("3. März 2017", "2017-03-03"),
        ("5 Dezember 2016", "2016-12-05"),
        ("Oktober 2016, 5", None),
        ("12. Dezember 2016 um 08:15 Uhr MEZ", "2016-12-12T08:15:00+01:00"),
        ("5 de junio de 2017", "2017-06-05"),
        ("lunes, 5 de junio del 2017", "2017-06-05"),
        ("الاثنين 5 يونيو 2017", "2017-06-05"),
        ("٥ يونيو ٢٠١٧", "2017-06-05"),
        ("٥ حزيران ٢٠١٧", "2017-06-05"),
        ("7 حزيران/يونيو 2017", "2017-06-07"),
        ("12 كانون الثاني 2017", "2017-01-12"),
        ("3 تشرين الأول 2016", "2016-10-03"),
        ("١٠ أغسطس ٢٠١٦", "2016-08-10"),
        ("1 آب 2016", "2016-08-01"),
        ("١٥ جانفي ٢٠١٧", "2017-01-15"),
        ("نشر في: ٢٠١٧/٠٦/٠٥ - ١٠:٣٠ ص", "2017-06-05"),
        ("12 رمضان 1438 هـ الموافق 7 يونيو 2017", "2017-06-07"),
        ("sexta-feira, 22 de outubro de 2010 às 20:13", "2010-10-22"),
        ("02 Ago 2016", "2016-08-02"),
        ("martedì 4 ottobre 2016", "2016-10-04"),
        ("Maret 30, 2015", "2015-03-30"),
        ("5 mei 2017", "2017-05-05"),
    ],
)
def test_parse_date_reads_other_languages(text: str, expected: str | None) -> None:
    assert value_of(text) == expected


@pytest.mark.parametrize(
    ("text", "day_first", "expected", "confidence"),
    [
        ("05/06/2017", None, "2017-06-05", 0.5),
        ("05/06/2017", True, "2017-06-05", 0.8),
        ("05/06/2017", False, "2017-05-06", 0.8),
        ("5.6.2017", True, "2017-06-05", 0.8),
        ("05-06-2017", False, "2017-05-06", 0.8),
        ("25/05/2017", None, "2017-05-25", 0.9),
        ("25/05/2017", False, "2017-05-25", 0.85),
        ("05/25/2017", None, "2017-05-25", 0.9),
        ("05/25/2017", True, "2017-05-25", 0.85),
        ("06/06/2017", None, "2017-06-06", 0.9),
        ("05/06/17", True, "2017-06-05", 0.72),
        ("31/12/99", True, "1999-12-31", 0.81),
        ("31/12/89", True, None, None),
    ],
)
def test_numeric_order_follows_values_then_hint(
    text: str, day_first: bool | None, expected: str | None, confidence: float | None
) -> None:
    guess = parse_date(text, reference=REFERENCE, day_first=day_first)
    if expected is None:
        assert guess is None
        return
    assert guess is not None
    assert guess.value == expected
    assert guess.confidence == pytest.approx(confidence)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Monday 05/06/2017", "2017-06-05"),
        ("Saturday 05/06/2017", "2017-05-06"),
        ("Sat, 05.06.2017", "2017-05-06"),
    ],
)
def test_a_printed_weekday_settles_the_numeric_order(text: str, expected: str) -> None:
    guess = parse_date(text, reference=REFERENCE)
    assert guess is not None
    assert guess.value == expected
    assert guess.confidence >= 0.9


def test_a_weekday_that_disagrees_lowers_the_confidence() -> None:
    agreeing = parse_date("Monday, June 5, 2017", reference=REFERENCE)
    disagreeing = parse_date("Friday, June 5, 2017", reference=REFERENCE)
    assert agreeing is not None and disagreeing is not None
    assert disagreeing.confidence < agreeing.confidence


def test_the_reading_in_the_future_is_dropped() -> None:
    # 06/07 read day first is 6 July, a month after the reference: only 7 June is possible
    guess = parse_date("06/07/2017", reference=REFERENCE, day_first=True)
    assert guess is not None
    assert guess.value == "2017-06-07"
    assert guess.confidence == pytest.approx(0.6)


@pytest.mark.parametrize(
    ("text", "expected", "confidence"),
    [
        ("3 hours ago", "2017-06-07T09:00:00+00:00", 0.7),
        ("an hour ago", "2017-06-07T11:00:00+00:00", 0.7),
        ("Updated 25 mins ago", "2017-06-07T11:35:00+00:00", 0.7),
        ("just now", "2017-06-07T12:00:00+00:00", 0.7),
        ("2 days ago", "2017-06-05", 0.6),
        ("yesterday", "2017-06-06", 0.6),
        ("Posted yesterday at 10:30", "2017-06-06", 0.6),
        ("today", "2017-06-07", 0.6),
        ("last Tuesday", "2017-06-06", 0.5),
        ("last Wednesday", "2017-05-31", 0.5),
        ("3 weeks ago", "2017-05-17", 0.4),
        ("il y a 3 heures", "2017-06-07T09:00:00+00:00", 0.7),
        ("hier", "2017-06-06", 0.6),
        ("vor 2 Tagen", "2017-06-05", 0.6),
        ("gestern", "2017-06-06", 0.6),
        ("hace 5 minutos", "2017-06-07T11:55:00+00:00", 0.7),
        ("منذ ساعتين", "2017-06-07T10:00:00+00:00", 0.7),
        ("منذ ٣ ساعات", "2017-06-07T09:00:00+00:00", 0.7),
        ("قبل يوم", "2017-06-06", 0.6),
    ],
)
def test_relative_dates_count_back_from_the_reference(
    text: str, expected: str, confidence: float
) -> None:
    guess = parse_date(text, reference=REFERENCE)
    assert guess is not None
    assert (guess.value, guess.method) == (expected, "relative")
    assert guess.confidence == pytest.approx(confidence)


@pytest.mark.parametrize("text", ["3 hours ago", "yesterday", "last Tuesday", "June 5"])
def test_relative_and_year_less_dates_need_a_reference(text: str) -> None:
    assert parse_date(text) is None


def test_relative_time_with_a_naive_reference_gives_a_date() -> None:
    guess = parse_date("3 hours ago", reference=datetime(2017, 6, 7, 1, 0))
    assert guess is not None
    assert guess.value == "2017-06-06"


def test_relative_time_keeps_the_reference_offset() -> None:
    reference = datetime(2017, 6, 7, 12, 0, tzinfo=timezone(timedelta(hours=3)))
    guess = parse_date("2 hours ago", reference=reference)
    assert guess is not None
    assert guess.value == "2017-06-07T10:00:00+03:00"


@pytest.mark.parametrize(
    "text",
    [
        "The minister said yesterday that the talks would resume after the summer recess ends.",
        "Today's paper",
        "USA Today",
        "منذ سنوات",
    ],
)
def test_relative_words_inside_sentences_are_not_dates(text: str) -> None:
    assert parse_date(text, reference=REFERENCE) is None


def test_year_less_date_takes_the_year_of_the_reference() -> None:
    assert value_of("June 5, 10:30 AM") == "2017-06-05"
    assert value_of("5 juin") == "2017-06-05"
    # 20 December is after the reference: last year's
    assert value_of("Dec 20") == "2016-12-20"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "No date here at all.",
        "Call 555-123-4567 for tickets",
        "Call +44 20 7946 0958",
        "3/4 of the fighters left",
        "The final score was 2-1",
        "Upgrade to version 1.2.3 now",
        "Version 10.5.2 released",
        "It costs $12.05 or 3.50 euros",
        "Feb 30, 2017",
        "31 April 2017",
        "13/13/2017",
        "2017-13-05",
        "2017-02-29",
        "5 June 1985",
        "12 Ramadan 1438",
        "5 June 2025",
        "June 9, 2017 and June 10, 2017",
        "Order number 20170605 shipped",
        "June 2017",
        "Room 12, floor 5, 2017 guests",
        "1,234,567 people",
        "192.168.1.10",
        "10:30",
    ],
)
def test_non_dates_and_impossible_dates_give_none(text: str) -> None:
    assert parse_date(text, reference=REFERENCE) is None


def test_dates_are_bounded_by_now_without_a_reference() -> None:
    next_year = datetime.now(UTC).year + 2
    assert parse_date(f"5 June {next_year}") is None
    assert parse_date("5 June 2017") is not None


def test_a_date_one_day_ahead_is_accepted_for_time_zones() -> None:
    assert value_of("June 8, 2017") == "2017-06-08"
    assert value_of("June 9, 2017") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published June 5, 2017, updated June 6, 2017", "2017-06-05"),
        ("Updated June 6, 2017 | Published June 5, 2017", "2017-06-05"),
        ("June 5, 2017 and June 6, 2017", "2017-06-05"),
        ("Aktualisiert am 6. Juni 2017, veröffentlicht am 5. Juni 2017", "2017-06-05"),
    ],
)
def test_published_wins_over_updated_in_one_line(text: str, expected: str) -> None:
    assert value_of(text) == expected


def test_a_line_with_many_dates_is_read_quickly_and_gives_the_first() -> None:
    assert value_of("June 5, 2017 " * 300) == "2017-06-05"


def test_urls_in_text_are_not_dates() -> None:
    assert value_of("see https://example.com/2017/06/05/story for more") is None


@pytest.mark.parametrize("reference", [datetime.min, datetime.max])
@pytest.mark.parametrize("text", ["June 5", "yesterday", "3 hours ago", "5 June 2017"])
def test_extreme_references_do_not_overflow(reference: datetime, text: str) -> None:
    _check(parse_date(text, reference=reference))


def test_method_is_passed_through() -> None:
    guess = parse_date("2017-06-05", method="input")
    assert guess is not None
    assert guess.method == "input"


def test_text_past_the_cap_is_not_read() -> None:
    assert parse_date("x" * MAX_TEXT + " June 5, 2017") is None
    assert parse_date("x" * (MAX_TEXT - 20) + " June 5, 2017") is not None


def test_find_date_prefers_a_published_line_over_an_updated_one() -> None:
    lines = [
        "Storm closes the harbour for a second day",
        "",
        "By Jane Roe",
        "Updated: June 6, 2017 10:00 GMT",
        "Published: June 5, 2017",
        "The harbour master said the boats would stay in port until the wind drops.",
    ]
    found = find_date(lines, reference=REFERENCE)
    assert found is not None
    index, guess = found
    assert index == 4
    assert guess.value == "2017-06-05"
    assert 0.9 <= guess.confidence <= 1.0


def test_find_date_prefers_a_byline_over_a_sentence_that_mentions_a_date() -> None:
    lines = [
        "Harbour reopens",
        "The harbour closed on June 1, 2017 after the storm that hit the coast and it stayed "
        "closed for days while crews cleared the debris from the quays and the channel.",
        "Jane Roe | June 5, 2017",
    ]
    found = find_date(lines, reference=REFERENCE)
    assert found is not None
    assert found[0] == 2
    assert found[1].value == "2017-06-05"


def test_find_date_gives_lower_confidence_to_a_sentence_date() -> None:
    sentence = [
        "The harbour closed on June 1, 2017 after the storm that hit the coast and it stayed "
        "closed for days while crews cleared the debris from the quays and the channel."
    ]
    found = find_date(sentence, reference=REFERENCE)
    assert found is not None
    assert found[1].confidence < 0.7


def test_find_date_reads_only_the_first_non_blank_lines() -> None:
    lines = ["", "Headline", "", "Some text"] + ["Another line of text"] * 3 + ["June 5, 2017"]
    assert find_date(lines, reference=REFERENCE, max_lines=5) is None
    found = find_date(lines, reference=REFERENCE, max_lines=6)
    assert found is not None
    assert found[0] == 7


def test_find_date_with_no_date_gives_none() -> None:
    assert find_date(["Headline", "Body text without a date."]) is None
    assert find_date([]) is None


def test_find_date_uses_the_reference_for_relative_lines() -> None:
    found = find_date(["Headline", "2 hours ago"], reference=REFERENCE)
    assert found is not None
    assert found[1].method == "relative"
    assert found[1].value == "2017-06-07T10:00:00+00:00"


def test_find_date_follows_the_order_hint() -> None:
    found = find_date(["Headline", "05/06/2017"], day_first=False)
    assert found is not None
    assert found[1].value == "2017-05-06"


@pytest.mark.parametrize(
    ("language", "url", "expected"),
    [
        ("en", "https://news.example.us/story", False),
        ("en-US", None, False),
        ("en", "https://www.example.gov/release", False),
        ("en", "https://www.example.co.uk/news/1", True),
        ("en-GB", None, True),
        ("en", "https://example.com.au/a", True),
        ("en", "https://example.in/a", True),
        ("en", "https://example.ie/a", True),
        ("en", "https://example.co.nz/a", True),
        ("en", "https://example.co.za/a", True),
        ("en", "https://example.com/2017/06/05/story", False),
        ("en", "https://example.co.uk/2017/06/05/story", True),
        ("fr", "https://example.com/2017/06/05/story", True),
        (None, "https://example.com/2017/06/05/story", None),
        ("en", "https://example.com/06/25/2017/story", False),
        ("en", "https://example.com/25/06/2017/story", True),
        ("en", "https://example.com/a", None),
        ("en", None, None),
        (None, None, None),
        ("fr", None, True),
        ("de", "https://example.com/a", True),
        ("es", None, True),
        ("ar", "https://example.com/a", True),
        (None, "https://example.eg/a", True),
        (None, "https://example.fr/a", True),
        ("ja", None, None),
        (None, "http://[::1", None),
        (None, "not a url", None),
    ],
)
def test_day_first_for(language: str | None, url: str | None, expected: bool | None) -> None:
    assert day_first_for(language, url) is expected


def _check(guess: object) -> None:
    if guess is None:
        return
    value = guess.value  # type: ignore[attr-defined]
    parsed = datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
    assert parsed is not None
    assert 0.0 <= guess.confidence <= 1.0  # type: ignore[attr-defined]


@given(st.text(max_size=300))
def test_parse_date_never_raises_on_any_text(text: str) -> None:
    _check(parse_date(text))
    _check(parse_date(text, reference=REFERENCE, day_first=False))


ZONES: list[tzinfo | None] = [None, UTC, timezone(timedelta(hours=-5))]
#: Characters that dates are made of, to force near-misses rather than plain noise.
DATE_ALPHABET = "0123456789 /.-:,+TZ JunMayDecagohrs ٠٣٥يونيو حزيران am pm GMT EDT ET"


@settings(max_examples=300)
@given(
    st.text(alphabet=DATE_ALPHABET, max_size=60),
    st.datetimes(
        min_value=datetime(1900, 1, 1),
        max_value=datetime(2200, 1, 1),
        timezones=st.sampled_from(ZONES),
    ),
    st.none() | st.booleans(),
)
def test_parse_date_results_are_valid_iso_with_bounded_confidence(
    text: str, reference: datetime, day_first: bool | None
) -> None:
    guess = parse_date(text, reference=reference, day_first=day_first)
    _check(guess)
    if guess is not None:
        assert date.fromisoformat(guess.value[:10]) <= reference.date() + timedelta(days=1)


@given(st.lists(st.text(alphabet=DATE_ALPHABET, max_size=40), max_size=20))
def test_find_date_never_raises_and_points_at_a_line(lines: list[str]) -> None:
    found = find_date(lines, reference=REFERENCE)
    if found is not None:
        assert 0 <= found[0] < len(lines)
        _check(found[1])


@given(st.text(max_size=30) | st.none(), st.text(max_size=60) | st.none())
def test_day_first_for_never_raises(language: str | None, url: str | None) -> None:
    assert day_first_for(language, url) in (True, False, None)
