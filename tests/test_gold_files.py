"""Integrity of the hand-annotated gold set (tests/gold) and the demo corpus (samples/).

Every scorer that reads the gold files trusts that each annotation string sits in its article at
the stated place; a single drifted offset would silently turn a hit into a miss. These checks pin
that contract, the minimum size of the set, and the phenomena the set exists to cover, so an edit
that drops one of them fails here rather than in a benchmark months later. No model is loaded.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

GOLD = Path(__file__).parent / "gold"
SAMPLES = Path(__file__).parent.parent / "samples"

MIN_ARTICLES = 66
MIN_WORDS, MAX_WORDS = 250, 700
MIN_QUOTES = {"direct": 55, "indirect": 145, "mixed": 28}
MIN_QUOTES_WITH_CHANNEL = 50
MIN_QUOTES_WITHOUT_CUE = 9
MIN_SPLIT_QUOTES = 16
MIN_ENTITIES = {"PERSON": 50, "ORG": 50, "UNNAMED": 36}
MIN_HEDGES = {"speculation": 16, "evidential": 15, "conditional": 8, "investigation": 2}
MIN_STANCES = {"disputes": 28, "supports": 5}

QUOTE_KINDS = {"direct", "indirect", "mixed"}
ENTITY_TYPES = {"PERSON", "ORG", "UNNAMED"}
HEDGE_KINDS = {"speculation", "evidential", "conditional", "investigation"}
STANCES = {"disputes", "supports"}
BOILERPLATE_KINDS = {"promo", "teaser", "byline", "dateline", "caption", "credit", "story"}
MIN_BOILERPLATE = {
    "promo": 18,
    "teaser": 2,
    "byline": 11,
    "dateline": 5,
    "caption": 11,
    "credit": 3,
    "story": 12,
}

Record = dict[str, Any]


def _jsonl(path: Path) -> list[Record]:
    rows: list[Record] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            row = json.loads(line)
            assert isinstance(row, dict), f"{path.name}:{number} is not an object"
            rows.append(row)
    return rows


def _occurrences(text: str, needle: str) -> list[int]:
    found: list[int] = []
    start = text.find(needle)
    while start >= 0:
        found.append(start)
        start = text.find(needle, start + 1)
    return found


@pytest.fixture(scope="module")
def articles() -> dict[str, str]:
    return {
        path.stem: path.read_text(encoding="utf-8")
        for path in sorted((GOLD / "articles").glob("*.txt"))
    }


@pytest.fixture(scope="module")
def manifest() -> list[Record]:
    return _jsonl(GOLD / "manifest.jsonl")


@pytest.fixture(scope="module")
def quotes() -> list[Record]:
    return _jsonl(GOLD / "quotes.jsonl")


@pytest.fixture(scope="module")
def entities() -> list[Record]:
    return _jsonl(GOLD / "entities.jsonl")


@pytest.fixture(scope="module")
def boilerplate() -> list[Record]:
    return _jsonl(GOLD / "boilerplate.jsonl")


@pytest.fixture(scope="module")
def claims() -> list[Record]:
    return _jsonl(GOLD / "claims.jsonl")


def _check_located(text: str, row: Record, field: str, occurrence_key: str) -> list[str]:
    """Check one located string: present, disambiguated when repeated, and its span agrees."""
    value = row[field]
    where = f"{row['article']} {field}={value!r}"
    positions = _occurrences(text, value)
    if not positions:
        return [f"{where}: not in the article"]
    problems: list[str] = []
    index = row.get(occurrence_key, 0)
    if len(positions) > 1 and occurrence_key not in row:
        problems.append(f"{where}: occurs {len(positions)} times but has no {occurrence_key}")
    if not isinstance(index, int) or not 0 <= index < len(positions):
        return [*problems, f"{where}: {occurrence_key}={index!r} out of range"]
    span = row.get("spans", {}).get(field)
    expected = [positions[index], positions[index] + len(value)]
    if span != expected:
        problems.append(f"{where}: spans[{field}]={span} but occurrence says {expected}")
    return problems


def _check_present(text: str, row: Record, field: str) -> list[str]:
    value = row.get(field)
    if value is None or value in text:
        return []
    return [f"{row['article']} {field}={value!r}: not in the article"]


# --- the gold articles and their manifest ---------------------------------------------------


def test_every_article_is_in_the_manifest_and_back(
    articles: dict[str, str], manifest: list[Record]
) -> None:
    ids = [row["id"] for row in manifest]
    assert len(ids) == len(set(ids)), "duplicate ids in manifest.jsonl"
    assert set(ids) == set(articles)
    assert len(articles) >= MIN_ARTICLES


def test_manifest_fields(manifest: list[Record]) -> None:
    for row in manifest:
        assert set(row) == {"id", "published", "outlet", "url"}, row
        dt.date.fromisoformat(row["published"])
        assert row["outlet"].strip(), row
        assert row["url"].startswith("https://example.org/"), row


def test_article_layout(articles: dict[str, str]) -> None:
    for name, text in articles.items():
        lines = text.split("\n")
        assert lines[0].strip() and lines[1] == "", f"{name}: title line then a blank line"
        assert "\n\n\n" not in text, f"{name}: paragraphs are separated by one blank line"
        assert "\r" not in text and "\t" not in text, name
        words = len(text.split())
        assert MIN_WORDS <= words <= MAX_WORDS, f"{name}: {words} words"


# --- annotation integrity ---------------------------------------------------------------------


def test_quotes_are_located(articles: dict[str, str], quotes: list[Record]) -> None:
    problems: list[str] = []
    for row in quotes:
        text = articles[row["article"]]
        assert row["kind"] in QUOTE_KINDS, row
        problems += _check_located(text, row, "content", "occurrence")
        for field in ("cue", "source"):
            if row[field] is not None:
                problems += _check_located(text, row, field, f"{field}_occurrence")
            elif field in row.get("spans", {}):
                problems.append(f"{row['article']}: span for a null {field}")
        problems += _check_present(text, row, "speaker")
        problems += _check_present(text, row, "channel")
        if row["kind"] == "direct":
            assert not row["content"].startswith(("“", '"', "«", "„")), row
    assert not problems, "\n".join(problems)


def test_claims_are_located(articles: dict[str, str], claims: list[Record]) -> None:
    problems: list[str] = []
    for row in claims:
        text = articles[row["article"]]
        if row["type"] == "hedge":
            assert row["kind"] in HEDGE_KINDS, row
            problems += _check_located(text, row, "context", "occurrence")
            problems += _check_located(text, row, "cue", "cue_occurrence")
            cue_start, cue_end = row["spans"]["cue"]
            ctx_start, ctx_end = row["spans"]["context"]
            if not ctx_start <= cue_start < cue_end <= ctx_end:
                problems.append(f"{row['article']}: hedge cue {row['cue']!r} outside its context")
        else:
            assert row["type"] == "stance" and row["stance"] in STANCES, row
            problems += _check_located(text, row, "claim", "occurrence")
            if "or_claim" in row:
                problems += _check_located(text, row, "or_claim", "or_claim_occurrence")
            problems += _check_located(text, row, "evidence", "evidence_occurrence")
            problems += _check_present(text, row, "by")
    assert not problems, "\n".join(problems)


def test_boilerplate_is_located(articles: dict[str, str], boilerplate: list[Record]) -> None:
    problems: list[str] = []
    for row in boilerplate:
        text = articles[row["article"]]
        assert row["kind"] in BOILERPLATE_KINDS, row
        problems += _check_located(text, row, "text", "occurrence")
        start, end = row["spans"]["text"]
        line_start = text.rfind("\n", 0, start) + 1
        if text[line_start:start].strip():
            problems.append(f"{row['article']}: {row['text']!r} does not start a line")
        if row["kind"] != "dateline" and not text.startswith("\n", end) and end != len(text):
            problems.append(f"{row['article']}: {row['text']!r} is not a whole line")
    assert not problems, "\n".join(problems)
    kinds = Counter(row["kind"] for row in boilerplate)
    for kind, floor in MIN_BOILERPLATE.items():
        assert kinds[kind] >= floor, f"{kind} boilerplate lines: {kinds[kind]} < {floor}"


def test_entities_are_present(articles: dict[str, str], entities: list[Record]) -> None:
    problems: list[str] = []
    for row in entities:
        text = articles[row["article"]]
        assert row["type"] in ENTITY_TYPES, row
        strings = [row["name"], *row["aliases"], *row["descriptors"], *row["affiliations"]]
        problems += [
            f"{row['article']}: {s!r} not in the article" for s in strings if s not in text
        ]
    assert not problems, "\n".join(problems)


def test_speakers_and_stance_holders_are_entities(
    quotes: list[Record], claims: list[Record], entities: list[Record]
) -> None:
    known = {(row["article"], row["name"]) for row in entities}
    speakers = {(row["article"], row["speaker"]) for row in quotes if row["speaker"]}
    holders = {(row["article"], row["by"]) for row in claims if row["type"] == "stance"}
    assert speakers - known == set()
    assert holders - known == set()


def test_split_quotes_come_in_pairs(quotes: list[Record]) -> None:
    parts = Counter(
        (row["article"], row["cue"], row["source"], row["part"]) for row in quotes if "part" in row
    )
    firsts = {key[:3] for key in parts if key[3] == 1}
    seconds = {key[:3] for key in parts if key[3] == 2}
    assert firsts == seconds


# --- minimum size and coverage ----------------------------------------------------------------


def test_minimum_counts(quotes: list[Record], entities: list[Record], claims: list[Record]) -> None:
    kinds = Counter(row["kind"] for row in quotes)
    for kind, floor in MIN_QUOTES.items():
        assert kinds[kind] >= floor, f"{kind} quotes: {kinds[kind]} < {floor}"
    assert sum(1 for row in quotes if row["channel"]) >= MIN_QUOTES_WITH_CHANNEL
    assert sum(1 for row in quotes if row["cue"] is None) >= MIN_QUOTES_WITHOUT_CUE
    assert sum(1 for row in quotes if "part" in row) >= MIN_SPLIT_QUOTES
    types = Counter(row["type"] for row in entities)
    for kind, floor in MIN_ENTITIES.items():
        assert types[kind] >= floor, f"{kind} entities: {types[kind]} < {floor}"
    hedges = Counter(row["kind"] for row in claims if row["type"] == "hedge")
    for kind, floor in MIN_HEDGES.items():
        assert hedges[kind] >= floor, f"{kind} hedges: {hedges[kind]} < {floor}"
    stances = Counter(row["stance"] for row in claims if row["type"] == "stance")
    for kind, floor in MIN_STANCES.items():
        assert stances[kind] >= floor, f"{kind} stances: {stances[kind]} < {floor}"


# Phenomena the set must keep covering: each needle must occur somewhere in the gold articles.
REQUIRED_PHENOMENA = {
    "evidential 'reportedly'": ["reportedly"],
    "evidential 'appears to show'": ["appears to show"],
    "channel told Reuters / told the news agency": ["told Reuters", "told the news agency"],
    "channels": ["in an interview with the BBC", "wrote on Telegram", "said in a statement"],
    "press conference": ["at a press conference"],
    "wishful thinking": ["as wishful thinking"],
    "ICG analyst": ["International Crisis Group (ICG)", "the ICG analyst"],
    "expert with title and employer": ["professor of security studies at the University of Graz"],
    "later mentions of the expert": ["Keller says", "she says", "The political scientist Keller"],
    "cue before the quote": ['says: "', 'said: "', "told AFP: «"],
    "quote styles": ["“", "”", '"', "«", "»", "„", " '"],
    "indirect speech": ["said that", "According to", "according to", "warned", "told reporters"],
    "transliteration variants": [
        "Kupiansk",
        "Kupyansk",
        "Kharkov",
        "Kharkiv",
        "Donbass",
        "Donbas",
        "Lugansk",
        "Luhansk",
        "Nikolaev",
        "Mykolaiv",
        "Artemivsk",
        "Bakhmut",
        "Kiev",
        "Kyiv",
    ],
    "misspelt place names": ["Kramatosk", "Slovianssk"],
    "relative dates": [
        "on Monday night",
        "in the past few days",
        "March 3rd",
        "last week",
        "Two days later",
        "since 2014",
        "Earlier this month",
    ],
    "events": [
        "shelled",
        "air strike",
        "drone attack",
        "clashed",
        "arrested",
        "protest",
        "territorial gain",
        "talks",
        "agreement",
        "would be bombed",
        "did not attack",
    ],
    "boilerplate": [
        "Read also: ",
        "Tip: Follow our live ticker",
        "Sign up for our newsletter",
        "Photo: ",
        "Caption: ",
        "By ",
        "(Reuters) - ",
    ],
    "dateline": ["KYIV, March 5 (Reuters) -"],
}


@pytest.mark.parametrize("phenomenon", sorted(REQUIRED_PHENOMENA))
def test_phenomenon_is_covered(articles: dict[str, str], phenomenon: str) -> None:
    corpus = "\n".join(articles.values())
    missing = [needle for needle in REQUIRED_PHENOMENA[phenomenon] if needle not in corpus]
    assert not missing, f"{phenomenon}: {missing}"


# --- the demo corpus in samples/ --------------------------------------------------------------

_VOID_TAGS = {"br", "img", "meta", "link", "hr", "input"}


class _TagBalance(HTMLParser):
    """Counts end tags that do not close the innermost open element, plus tags never closed."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.mismatched = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _VOID_TAGS:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()
        else:
            self.mismatched += 1


def _mismatched_tags(page: str) -> int:
    parser = _TagBalance()
    parser.feed(page)
    parser.close()
    return parser.mismatched + len(parser.stack)


def test_samples_manifest_points_at_real_files() -> None:
    rows = _jsonl(SAMPLES / "manifest.jsonl")
    paths = [SAMPLES / row["path"] for row in rows]
    assert all(path.is_file() for path in paths), [p for p in paths if not p.is_file()]
    on_disk = {p.name for p in (SAMPLES / "articles").iterdir()}
    assert {p.name for p in paths} == on_disk, "every sample article is listed once"
    suffixes = Counter(path.suffix for path in paths)
    assert suffixes[".txt"] >= 8 and suffixes[".html"] >= 2, suffixes
    gold_texts = {p.read_text(encoding="utf-8") for p in (GOLD / "articles").glob("*.txt")}
    for row, path in zip(rows, paths, strict=True):
        assert {"id", "path", "outlet", "published", "url", "title"} <= set(row), row
        dt.date.fromisoformat(row["published"])
        text = path.read_text(encoding="utf-8")
        assert text not in gold_texts, f"{path.name} duplicates a gold article"
        if path.suffix == ".txt":
            assert text.split("\n", 1)[0] == row["title"], path.name
            assert MIN_WORDS <= len(text.split()) <= MAX_WORDS, path.name


def test_sample_html_pages_carry_metadata() -> None:
    for path in sorted((SAMPLES / "articles").glob("*.html")):
        page = path.read_text(encoding="utf-8")
        for marker in (
            "<title>",
            'property="og:site_name"',
            'property="article:published_time"',
            'rel="canonical"',
            "<nav",
            "<article",
            "<p>",
            "Read also",
            "<footer",
        ):
            assert marker in page, f"{path.name}: no {marker}"


def test_bad_inputs_are_bad_in_the_intended_way() -> None:
    bad = SAMPLES / "bad"
    assert (bad / "empty.txt").stat().st_size == 0
    latin1 = (bad / "latin1.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        latin1.decode("utf-8")
    assert "Kyïv" in latin1.decode("latin-1") and "café" in latin1.decode("latin-1")
    assert b"\x00" in (bad / "binary.txt").read_bytes()
    german = (bad / "german.txt").read_text(encoding="utf-8")
    assert " der " in german and " und " in german
    broken = (bad / "broken.html").read_text(encoding="utf-8")
    assert "<p" in broken and _mismatched_tags(broken) >= 3
    unbalanced = (bad / "unbalanced.txt").read_text(encoding="utf-8")
    marks = Counter(unbalanced)
    assert marks["“"] != marks["”"] or marks['"'] % 2 == 1
