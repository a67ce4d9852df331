"""Hand-built ``Doc``s for the event rules: words with lemma, POS, dependency and head.

A token is written ``word/lemma/POS/dep/head`` (head: index of the head token, the root
points at itself); an optional sixth field is an entity label (``GPE``). Building the parse by
hand pins the rules to the syntax they read, independent of the model's mistakes.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsgraph import extensions

_VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower_, is_punct)


def build(spec: str) -> Doc:
    extensions.register()
    words, lemmas, pos, deps, heads, ents = [], [], [], [], [], []
    for item in spec.split():
        fields = item.split("/")
        word, lemma, tag, dep, head = fields[:5]
        words.append(word.replace("_", " "))
        lemmas.append(lemma)
        pos.append(tag)
        deps.append(dep)
        heads.append(int(head))
        ents.append(f"B-{fields[5]}" if len(fields) > 5 else "O")
    spaces = [not (i + 1 < len(words) and words[i + 1] in ".,") for i in range(len(words))]
    spaces[-1] = False
    return Doc(
        _VOCAB,
        words=words,
        spaces=spaces,
        lemmas=lemmas,
        pos=pos,
        deps=deps,
        heads=heads,
        ents=ents,
    )
