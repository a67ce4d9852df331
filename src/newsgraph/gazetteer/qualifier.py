"""Qualified names: "Canton, Ohio", "Greenwood, W. Va.", "Paris, Texas", "Hudson, N.Y.".

News names a small place with its state or country after a comma whenever the place alone
would be ambiguous. The qualifier is the strongest evidence an article gives for a place name,
stronger than the other places it mentions: "Canton, Ohio" is in Ohio even in an article that
otherwise talks about Michigan. :func:`qualifier_after` finds the words after the comma;
:func:`qualifier_regions` says which countries ("CC") and first-level regions ("CC.A1") they
name, so that the resolver can favour the candidates that lie there.

A list ("Becker, Clay, Douglas, Grant", "Alaska, Hawaii, Florida and Washington") has the same
shape, so a capitalised word followed by another comma and capitalised word, or by "and" or
"or", is taken for a list item, not a qualifier.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .model import Gazetteer

#: ", " then one to three capitalised words (abbreviations keep their points: "W. Va.")
_QUALIFIER = re.compile(r",[ \t]+((?:[A-Z][A-Za-z'’-]*\.?)(?:[ \t]+[A-Z][A-Za-z'’-]*\.?){0,2})")
#: what follows a list item: another capitalised item, or the conjunction before the last one
_LIST_CONTINUES = re.compile(r"\s*(?:,\s*[A-Z]|,?\s+(?:and|or|&)\s)")


def qualifier_after(text: str, end: int) -> str | None:
    """The capitalised words after ", " that follow a name ending at ``end``, if any."""
    match = _QUALIFIER.match(text, end)
    if match is None or _LIST_CONTINUES.match(text, match.end()):
        return None
    return match.group(1)


@lru_cache(maxsize=16384)
def qualifier_regions(gazetteer: Gazetteer, words: str) -> frozenset[str]:
    """Countries ("US") and first-level regions ("US.OH") that the qualifier words name.

    The longest leading run of words that names a country or first-level region counts
    ("New South Wales", "W. Va."); a qualifier that names neither (a street, a person) is
    ignored.
    """
    parts = words.split()
    for size in range(len(parts), 0, -1):
        phrase = " ".join(parts[:size])
        found = frozenset(
            c.country if c.code == "C" else f"{c.country}.{c.admin1}"
            for c in gazetteer.lookup(phrase)
            if c.country and not c.alternate and (c.code == "C" or (c.code == "R" and c.admin1))
        )
        if found:
            return found
    return frozenset()
