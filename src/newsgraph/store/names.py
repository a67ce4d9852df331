"""Normalised keys for names, so that spellings of one name meet across articles.

Kept free of database code: these rules decide identity, and they are tested on their own.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")

#: Titles and ranks that precede a name without being part of it ("President Anna Keller").
_HONORIFICS = """
    mr mrs ms miss dr prof professor president vice prime minister gen general lt col colonel
    maj major capt captain sgt sergeant adm admiral sen senator rep gov governor mayor judge
    sir lady lord dame rev father sheikh chancellor secretary ambassador commander chief
"""
HONORIFICS = frozenset(_HONORIFICS.split())
#: Words that do not count when comparing descriptors or building acronyms.
_STOPWORDS = """
    a an the of for and in on at to by with from as is was who that which this its his her
    their our de der des la le du von van
"""
STOPWORDS = frozenset(_STOPWORDS.split())
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii"})


def fold(text: str) -> str:
    """Lower case without accents: "Zelenskyy" and "Zélenskyy" are one spelling."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text).replace("’", "'"))


def person_key(name: str) -> str:
    """ "President Anna Keller" and "anna keller" -> "anna keller"."""
    tokens = words(name)
    while len(tokens) > 1 and tokens[0].rstrip(".") in HONORIFICS:
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1] in _SUFFIXES:
        tokens = tokens[:-1]
    return " ".join(tokens)


def org_key(name: str) -> str:
    """ "The International Crisis Group" -> "international crisis group"."""
    tokens = words(name)
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    return " ".join(tokens)


def acronym(name: str) -> str | None:
    """Initials of the significant words ("International Crisis Group" -> "icg"), if 2+."""
    initials = [w[0] for w in words(name) if w not in STOPWORDS]
    return "".join(initials) if len(initials) >= 2 else None


def looks_like_acronym(name: str) -> bool:
    """A name written as an abbreviation: "ICG", "NATO", "U.N." (2 to 7 capitals)."""
    compact = name.replace(".", "").strip()
    return 2 <= len(compact) <= 7 and compact.isalpha() and compact.isupper()


def content_words(texts: Iterable[str]) -> frozenset[str]:
    """The words of descriptors that can agree or conflict ("professor", "graz")."""
    return frozenset(w for t in texts for w in words(t) if w not in STOPWORDS and len(w) > 2)


def slug(text: str) -> str:
    return "-".join(words(text))[:60] or "x"
