"""Gazetteer tags for the character ner: where the rule components' word lists match.

A character tagger learns names it has seen; the rule components know lists it may not
(3,550 divisions and their short forms, world places, 427 surnames, organisation and police
heads, person titles). Lexicon features of this kind are what lifts the published character
models on MSRA (Lattice LSTM, SoftLexicon); here the lexicon is ours, built from the same
resource files the rules read, never from a NER corpus (no test entity leaks in through it).

Each character gets one tag per lexicon: 0 none, 1 B, 2 M, 3 E, 4 S (single character), from a
greedy left-to-right longest match; the four tags are packed into one id (`tag_ids`).
"""
from __future__ import annotations

from typing import Iterable

import numpy

from .. import resource_files

# the order fixes the packing of tag ids: do not reorder without retraining
KINDS = ("place", "org_head", "surname", "person_title")
_B, _M, _E, _S = 1, 2, 3, 4  # 0: no word (list match) here
N_TAGS = 5


def mark_word(tags: numpy.ndarray, start: int, end: int) -> None:
    """Tag the characters of the word text[start:end]: S alone, else B, M…, E. The word-boundary
    features (layers.word_columns) and the gazetteer tags use the same scheme."""
    if end - start == 1:
        tags[start] = _S
    else:
        tags[start], tags[start + 1 : end - 1], tags[end - 1] = _B, _M, _E


def _strings(values: Iterable) -> list[str]:
    return [v for v in values if isinstance(v, str) and v]


def rule_lexicons() -> dict[str, list[str]]:
    """The word lists of the rule components, by kind (sorted, for a stable saved model)."""
    from ..entities.gazetteer import Gazetteer

    gaz = Gazetteer.from_resources()
    places = {*gaz.full, *gaz.short, *gaz.regional, *gaz.world}
    org = resource_files.read_json("organisations/grammar.json")
    police = resource_files.read_json("police_units/grammar.json")
    persons = resource_files.read_json("persons/grammar.json")
    heads = set()
    for key in ("heads", "name_heads", "national_heads", "company_heads", "level_prefixed"):
        heads.update(_strings(org.get(key, [])))
    for key in ("national", "bodies", "sub_units", "needs_name", "police_named_centres"):
        heads.update(_strings(police.get(key, [])))
    titles = set()
    for key in ("titles", "post_titles", "honorifics", "role_words_not_given_names", "bylines"):
        titles.update(_strings(persons.get(key, [])))
    surnames = set(resource_files.read_lines("persons/surnames.txt"))
    lexicons = {"place": places, "org_head": heads, "surname": surnames, "person_title": titles}
    return {kind: sorted(lexicons[kind]) for kind in KINDS}


class LexiconTagger:
    """Greedy longest-match B/M/E/S tags of several word lists over a text."""

    def __init__(self, lexicons: dict[str, list[str]]):
        missing = [k for k in KINDS if k not in lexicons]
        if missing:
            raise ValueError(f"lexicons lack the kinds {missing}")
        self.tables = []
        for kind in KINDS:
            words = set(lexicons[kind])
            lengths: dict[str, set[int]] = {}
            for w in words:
                lengths.setdefault(w[0], set()).add(len(w))
            self.tables.append((words, {c: sorted(ns, reverse=True) for c, ns in lengths.items()}))

    @staticmethod
    def _tags(text: str, words: set, lengths_by_first: dict) -> numpy.ndarray:
        tags = numpy.zeros(len(text), dtype=numpy.uint64)
        i, n_text = 0, len(text)
        while i < n_text:
            for n in lengths_by_first.get(text[i], ()):
                if i + n <= n_text and text[i : i + n] in words:
                    mark_word(tags, i, i + n)
                    i += n
                    break
            else:
                i += 1
        return tags

    def tag_ids(self, text: str) -> numpy.ndarray:
        """Per character: sum over kinds of tag × 5**k (0 where no list matches)."""
        ids = numpy.zeros(len(text), dtype=numpy.uint64)
        for k, (words, lengths) in enumerate(self.tables):
            ids += self._tags(text, words, lengths) * numpy.uint64(N_TAGS**k)
        return ids
