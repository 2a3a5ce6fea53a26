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

import os
import zlib
from typing import Iterable

import numpy
from ahocorasick_rs import AhoCorasick, MatchKind

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


def mark_words(tags: numpy.ndarray, lengths: numpy.ndarray) -> None:
    """mark_word for consecutive words of these lengths that cover `tags` from the start
    (a segmentation), without a Python loop over the words."""
    ends = numpy.cumsum(lengths)
    starts = ends - lengths
    tags[:] = _M
    tags[ends - 1] = _E
    tags[starts] = _B
    tags[starts[lengths == 1]] = _S


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
    """Greedy longest-match B/M/E/S tags of several word lists over a text: at each position the
    longest word that starts there, the scan going on after it (leftmost-longest, without
    overlaps). One Aho-Corasick automaton per list does the scan in one pass in compiled code
    (ahocorasick_rs; the Python scan from every position was a seventh of the ner's time)."""

    def __init__(self, lexicons: dict[str, list[str]]):
        missing = [k for k in KINDS if k not in lexicons]
        if missing:
            raise ValueError(f"lexicons lack the kinds {missing}")
        self.automata = []
        for kind in KINDS:
            words = sorted({w for w in lexicons[kind] if w})
            self.automata.append(
                AhoCorasick(words, matchkind=MatchKind.LeftmostLongest, store_patterns=False) if words else None)

    def tag_ids(self, text: str) -> numpy.ndarray:
        """Per character: sum over kinds of tag × 5**k (0 where no list matches)."""
        return self.tag_ids_many([text])[0]

    def tag_ids_many(self, texts: list[str]) -> list[numpy.ndarray]:
        """tag_ids of each text, the texts scanned joined (by a character no word holds, so no
        match crosses from one into the next) and marked in a few numpy operations for all."""
        joined = "\0".join(texts)
        n = len(joined)
        ids = numpy.zeros(n, dtype=numpy.uint64)
        for k, automaton in enumerate(self.automata):
            matches = automaton.find_matches_as_indexes(joined) if automaton is not None and n else None
            if not matches:
                continue
            spans = numpy.array(matches, dtype=numpy.int64)
            starts, ends = spans[:, 1], spans[:, 2]
            # mark_word for every match: M between a start and its last character (no overlaps)
            inner = numpy.zeros(n + 1, dtype=numpy.int64)
            inner[starts + 1] += 1
            inner[ends - 1] -= 1  # (a start + 1 can equal another match's end - 1 only within one match)
            tags = numpy.where(numpy.cumsum(inner[:-1]) > 0, numpy.uint64(_M), numpy.uint64(0))
            tags[ends - 1] = _E
            tags[starts] = _B
            tags[starts[ends - starts == 1]] = _S
            ids += tags * numpy.uint64(N_TAGS**k)
        bounds = numpy.cumsum([len(t) + 1 for t in texts]).tolist()
        return [ids[b - len(t) - 1 : b - 1] for t, b in zip(texts, bounds)]


# -- a large external word list with word classes (SoftLexicon-style, benchmark input) --------
# Lattice LSTM and SoftLexicon, the published character models past 93 F on MSRA, give each
# character every lexicon word that contains it, not one segmentation. Here the words come from
# a dictionary file in jieba's format ("word frequency tag" per line, e.g. jieba's own
# dict.txt, 349k words with part-of-speech tags), never from a NER corpus. Classes by tag:
WORD_CLASSES = ("person", "place", "org", "other")
_CLASS_OF_TAG = {"nr": 0, "nrt": 0, "nrfg": 0, "ns": 1, "nsf": 1, "nt": 2}
MAX_WORD_LEN = 8


def read_word_classes(path: str) -> dict[str, list[str]]:
    """Words of two or more characters (up to MAX_WORD_LEN) by class, from a jieba-format
    dictionary (single characters would mark every character and say nothing)."""
    by_class: dict[str, set] = {kind: set() for kind in WORD_CLASSES}
    if not os.path.isfile(path):
        raise FileNotFoundError(
            f"{path}: word lexicon not found; copy jieba's dictionary there with `python -m "
            f"pipeline.tools.word_lexicon --out {path}`, or train without it (--paths.word_lexicon null)")
    with open(path, encoding="utf8") as fh:
        for line in fh:
            parts = line.split()
            if not parts:
                continue
            word = parts[0]
            if not 2 <= len(word) <= MAX_WORD_LEN:
                continue
            tag = parts[2] if len(parts) > 2 else ""
            by_class[WORD_CLASSES[_CLASS_OF_TAG.get(tag, 3)]].add(word)
    if not any(by_class.values()):
        raise ValueError(f"{path}: no words of 2-{MAX_WORD_LEN} characters")
    return {kind: sorted(by_class[kind]) for kind in WORD_CLASSES}


def pack_word_classes(word_classes: dict[str, list[str]]) -> dict[str, bytes]:
    """The words of each class, newline-joined and zlib-compressed: how a model stores them
    (1.3 MB for jieba's dictionary instead of 3.3 MB as msgpack lists)."""
    return {kind: zlib.compress("\n".join(words).encode("utf8"), 9) for kind, words in word_classes.items()}


def unpack_word_classes(stored: dict) -> dict[str, list[str]]:
    """pack_word_classes undone; lists pass through (models saved before packing)."""
    return {kind: (zlib.decompress(words).decode("utf8").split("\n") if isinstance(words, bytes) else list(words))
            for kind, words in stored.items()}


class SoftLexiconTagger:
    """Per character and word class: which of B, M, E it is in some lexicon word (all matches,
    overlapping ones included), as a 3-bit set (0-7)."""

    def __init__(self, word_classes: dict):
        word_classes = unpack_word_classes(word_classes)
        # word -> its class; every longer word's prefix that is no word itself -> -1, so the
        # scan from a position stops at the first substring that no word starts with
        self.class_of: dict[str, int] = {}
        for k, kind in enumerate(WORD_CLASSES):
            for word in word_classes.get(kind, ()):
                if self.class_of.get(word, -1) < 0:
                    self.class_of[word] = k
        for word in list(self.class_of):
            for end in range(2, len(word)):
                self.class_of.setdefault(word[:end], -1)
        self.max_len = max((len(w) for w in self.class_of), default=0)

    def columns(self, text: str) -> numpy.ndarray:
        """(len(text), 4) uint64: bit 1 B, bit 2 M, bit 4 E, per class."""
        n = len(text)
        bits = numpy.zeros((n, len(WORD_CLASSES)), dtype=numpy.uint64)
        get = self.class_of.get
        found = []
        for i in range(n - 1):
            for end in range(i + 2, min(n, i + self.max_len) + 1):
                k = get(text[i:end])
                if k is None:
                    break
                if k >= 0:
                    found.append((i, end, k))
        if not found:
            return bits
        starts, ends, kinds = numpy.array(found, dtype=numpy.int64).T
        numpy.bitwise_or.at(bits, (starts, kinds), numpy.uint64(1))
        numpy.bitwise_or.at(bits, (ends - 1, kinds), numpy.uint64(4))
        # M inside words of three or more characters: +1 after each start, -1 at each last char
        long_ = ends - starts > 2
        inside = numpy.zeros((n + 1, len(WORD_CLASSES)), dtype=numpy.int64)
        numpy.add.at(inside, (starts[long_] + 1, kinds[long_]), 1)
        numpy.add.at(inside, (ends[long_] - 1, kinds[long_]), -1)
        bits[numpy.cumsum(inside[:-1], axis=0) > 0] |= numpy.uint64(2)
        return bits


def jieba_dictionary() -> str:
    """The path of the dictionary the installed jieba package ships (dict.txt, MIT licence)."""
    try:
        import jieba
    except ImportError as err:  # the `bench` / `build` extras install it
        raise SystemExit("the word lexicon comes from jieba's dictionary: pip install jieba") from err
    return os.path.join(os.path.dirname(jieba.__file__), "dict.txt")

