"""Name keys for the gazetteer index: one function, used both when building and when looking up.

Place names reach us typed by many hands: curly or straight apostrophes, diacritics or none,
"St." or "Saint", a leading "the", a hyphen or a space. :func:`name_key` folds all of that
away so that an exact dictionary lookup finds "Sant Julià" from "Sant Julia". Transliterations
of Cyrillic names differ in more than diacritics (Kupyansk / Kupiansk, Kharkov / Kharkiv):
:func:`skeleton_key` is a coarser second key used only when the exact key finds nothing.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "ʹ": "'"})
_SPECIAL = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l", "ı": "i"})
_NON_WORD = re.compile(r"[^a-z0-9]+")
_INITIALS = re.compile(r"\b([a-z])\.(?=[a-z]\.|\s|$)")
_LEADING_THE = re.compile(r"^the\s+")
_SAINT = re.compile(r"\b(?:st|ste)\b\.?\s*")
_FORT = re.compile(r"\bft\b\.?\s*")
_MOUNT = re.compile(r"\bmt\b\.?\s*")

# Transliteration classes: Ukrainian vs Russian romanisations, BGN vs scholarly spellings.
_SKELETON_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"kh"), "h"),
    (re.compile(r"zh"), "j"),
    (re.compile(r"[yj]"), "i"),
    (re.compile(r"ie"), "e"),
    (re.compile(r"(.)\1+"), r"\1"),
)


def fold(text: str) -> str:
    """Lower-case ASCII-ish form: diacritics dropped, apostrophes unified."""
    text = text.translate(_APOSTROPHES).lower().translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The exact-lookup key of a place name ("" when nothing is left)."""
    text = fold(name).replace("'s ", "s ").replace("'", "")
    text = _INITIALS.sub(r"\1", text)  # "U.S." and "US", "D.C." and "DC" share a key
    text = _SAINT.sub("saint ", text)
    text = _FORT.sub("fort ", text)
    text = _MOUNT.sub("mount ", text)
    text = _NON_WORD.sub(" ", text).strip()
    return _LEADING_THE.sub("", text)


@lru_cache(maxsize=65536)
def skeleton_key(name: str) -> str:
    """A coarser key that merges common transliteration variants (used after exact lookup)."""
    text = name_key(name).replace(" ", "")
    for pattern, replacement in _SKELETON_RULES:
        text = pattern.sub(replacement, text)
    return text


_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an)\s+(?=\S{3})")
#: ISO codes of the countries whose place names carry the Arabic article in romanisation
ARABIC_NAMED_COUNTRIES = frozenset(
    {
        "AE",
        "BH",
        "DZ",
        "EG",
        "IQ",
        "JO",
        "KW",
        "LB",
        "LY",
        "MA",
        "MR",
        "OM",
        "PS",
        "QA",
        "SA",
        "SD",
        "SY",
        "TN",
        "YE",
    }
)


def without_article(key: str) -> str | None:
    """ "al qamishli" -> "qamishli": a name key without the Arabic article, None if it has none.

    Romanisations of Arabic names write the article or drop it ("al-Qamishli", "Qamishli",
    "Al Qāmishlī"), and assimilate it to the next consonant ("ar-Raqqa", "as-Sukhnah").
    """
    stripped = _ARTICLE.sub("", key, count=1)
    return stripped if stripped != key else None


def is_latin(name: str) -> bool:
    """True when the name is written in Latin script (the only names English text uses)."""
    folded = fold(name)
    return bool(folded) and all(ch.isascii() for ch in folded)
