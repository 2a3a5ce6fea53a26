"""Training-data augmenters for the ner (spaCy `[corpora.train.augmenter]`).

`pipeline.delimiter_dropout.v1`: lists of names lose their delimiters in real text. News
copy strips the spaces between the names of an attendance list (李鹏乔石李瑞环…), web text
drops 、, OCR loses it. Our corpora almost always keep the delimiter (MSRA train: 1,130 pairs
of adjacent persons split by 、, 215 written together), so a model learns "、 ends a name"
and merges run-together names into one entity. The augmenter rewrites a fraction of the
training sentences that contain such lists without the delimiters between same-label
entities, keeping the gold spans, so the model also learns where one name ends and the next
begins with nothing between them.

    [corpora.train.augmenter]
    @augmenters = "pipeline.delimiter_dropout.v1"
    level = 0.5
"""
from __future__ import annotations

import random
from functools import partial
from typing import Callable, Iterator, List

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import registry

# list delimiters between two names: the enumeration comma, slashes, spaces
DEFAULT_DELIMITERS = ("、", "／", "/", " ", "\u3000")


@registry.augmenters("pipeline.delimiter_dropout.v1")
def create_delimiter_dropout(level: float, delimiters: List[str] = list(DEFAULT_DELIMITERS)) -> Callable:
    """Augmenter: with probability `level`, a training sentence that has a delimiter token
    between two adjacent entities of the same label is replaced by the same sentence without
    every such delimiter (gold spans kept). Sentences without such a pair pass unchanged."""
    if not 0.0 <= level <= 1.0:
        raise ValueError(f"pipeline.delimiter_dropout.v1: level must be in [0, 1], got {level}")
    return partial(delimiter_dropout, level=level, delimiters=frozenset(delimiters))


def droppable(doc: Doc, delimiters: frozenset) -> list[int]:
    """Indices of the tokens that are only a delimiter and sit between two entities of the
    same label (entity, delimiter, entity)."""
    ents = sorted(doc.ents, key=lambda e: e.start)
    return [
        a.end
        for a, b in zip(ents, ents[1:])
        if a.label == b.label and b.start == a.end + 1 and doc[a.end].text in delimiters
        and not doc[a.end].whitespace_  # a delimiter token followed by a space: leave it
    ]


def without_tokens(doc: Doc, drop: set[int]) -> Doc:
    """A copy of `doc` without the tokens in `drop`; entity tags (and missing annotation) kept.
    The token before a dropped one keeps its own trailing space."""
    keep = [t for t in doc if t.i not in drop]
    tags = []
    for t in keep:
        tags.append(f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in ("B", "I") else t.ent_iob_)
    return Doc(doc.vocab, words=[t.text for t in keep], spaces=[bool(t.whitespace_) for t in keep], ents=tags)


def delimiter_dropout(nlp: Language, example: Example, *, level: float, delimiters: frozenset) -> Iterator[Example]:
    drop = droppable(example.reference, delimiters) if level > 0 else None
    if not drop or random.random() >= level:  # level 0: no draw, the shuffling is as without it
        yield example
        return
    reference = without_tokens(example.reference, set(drop))
    yield Example(nlp.make_doc(reference.text), reference)
