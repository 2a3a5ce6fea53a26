"""Character-offset helpers: offsets are the truth, tokens are a view (DESIGN.md).

Components find spans over characters. `make_spans` turns offsets into spaCy spans and,
where a boundary falls inside a token (a word segmenter joined characters that belong to
two annotations), splits that token instead of dropping or stretching the span. spaCy's
retokenizer does not update `doc.spans`, so the splitter re-anchors every span group and
`doc.ents` by their character offsets afterwards.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from typing import Iterable, NamedTuple, TypeVar

from spacy.tokens import Doc, Span

from . import extensions  # noqa: F401  (registers Doc._.token_splits)


T = TypeVar("T")


# Doc.text joins every token's text on each access (a third of a rule component's time on
# character tokens). A Doc's text never changes, token splits included, so the components
# share one copy per doc. Keyed by id(), the entry holds the doc (Doc takes no weak references),
# so no other object can take that id while the entry lives; the oldest entries go first, well
# after their batch has left the pipeline (nlp.pipe batches 256 docs).
_TEXTS: "OrderedDict[int, tuple[Doc, str]]" = OrderedDict()
_TEXTS_MAX = 640  # 2.5 of nlp.pipe's 256-doc batches: a doc is read before and after the ner's batch


def cache_room() -> int:
    """How many documents the per-text caches hold (doc_text's, the gazetteer's chains)."""
    return _TEXTS_MAX


def hold_batches_of(batch_size: int) -> None:
    """Make the per-text caches hold 2.5 batches of this size: with `--batch-size 1024` a doc's
    text and place chains were dropped before ner_rulings asked for them again (batches of 1,024
    ran at 0.8x batches of 256). They never shrink."""
    global _TEXTS_MAX
    _TEXTS_MAX = max(_TEXTS_MAX, int(2.5 * batch_size))


def doc_text(doc: Doc) -> str:
    """doc.text, computed once per doc for all components."""
    hit = _TEXTS.get(id(doc))
    if hit is not None:
        return hit[1]
    text = doc.text
    remember_text(doc, text)
    return text


def remember_text(doc: Doc, text: str) -> Doc:
    """Seed doc_text with the text a tokenizer built `doc` from (its words and spaces spell it
    exactly), so that no component has to join the tokens again."""
    _TEXTS[id(doc)] = (doc, text)
    if len(_TEXTS) > _TEXTS_MAX:
        _TEXTS.popitem(last=False)
    return doc


# opening -> closing quotation mark: a quoted name or label (the claims grammar, the police units)
QUOTE_PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』", "\"": "\""}


def is_han(ch: str) -> bool:
    """A Chinese character (CJK unified ideographs, extension A and compatibility)."""
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


class CharSpan(NamedTuple):
    start: int
    end: int
    label: str


def token_boundaries(doc: Doc) -> set[int]:
    bounds = set()
    for tok in doc:
        bounds.add(tok.idx)
        bounds.add(tok.idx + len(tok.text))
    return bounds


def split_tokens_at(doc: Doc, offsets: Iterable[int]) -> int:
    """Split tokens so that every offset in `offsets` is a token boundary.

    Returns the number of tokens split. Span groups and entities are re-anchored by their
    character offsets; their extension values are keyed by offsets and survive as they are.
    """
    bounds = token_boundaries(doc)
    cuts: dict[int, list[int]] = {}
    for off in sorted(set(offsets)):
        if off in bounds or off <= 0 or off >= len(doc.text):
            continue
        for tok in doc:
            if tok.idx < off < tok.idx + len(tok.text):
                cuts.setdefault(tok.i, []).append(off - tok.idx)
                break
    if not cuts:
        return 0
    saved_groups = {
        name: [(s.start_char, s.end_char, s.label_, s.kb_id_, s.id_) for s in group]
        for name, group in doc.spans.items()
    }
    saved_ents = [(s.start_char, s.end_char, s.label_, s.kb_id_, s.id_) for s in doc.ents]
    doc.ents = []
    for name in list(doc.spans):
        doc.spans[name] = []
    with doc.retokenize() as retok:
        for i, rel in cuts.items():
            tok = doc[i]
            pieces = [0, *sorted(set(rel)), len(tok.text)]
            orths = [tok.text[a:b] for a, b in zip(pieces, pieces[1:])]
            # each piece its own head: the rule pipeline has no parser to keep consistent
            heads = [(tok, k) for k in range(len(orths))]
            retok.split(tok, orths, heads)

    def rebuild(items):
        out = []
        for start, end, label, kb_id, span_id in items:
            span = doc.char_span(start, end, label=label, kb_id=kb_id, span_id=span_id)
            if span is None:  # cannot happen: splits only add boundaries
                raise ValueError(f"span {start}:{end} lost its alignment after a token split")
            out.append(span)
        return out

    for name, items in saved_groups.items():
        doc.spans[name] = rebuild(items)
    doc.ents = rebuild(saved_ents)
    n = len(cuts)
    doc._.token_splits = (doc._.token_splits or 0) + n
    return n


def make_spans(doc: Doc, char_spans: Iterable[CharSpan]) -> list[Span]:
    """spaCy spans for character spans, splitting tokens where a boundary falls inside one."""
    char_spans = list(char_spans)
    # fast path: every span already falls on token boundaries (always with char tokens)
    misaligned = [cs for cs in char_spans if doc.char_span(cs.start, cs.end) is None]
    if misaligned:
        split_tokens_at(doc, [o for cs in misaligned for o in (cs.start, cs.end)])
    spans = []
    for cs in char_spans:
        span = doc.char_span(cs.start, cs.end, label=cs.label)
        if span is None:
            raise ValueError(f"no token alignment for {cs} in {doc.text[:40]!r}")
        spans.append(span)
    return spans


SENTENCE_END = re.compile(r"[。！？!?]+[”’」』）)]*|\n+")


def sentence_ranges(text: str) -> list[tuple[int, int]]:
    """Sentences as (start, end) offsets: they end at 。！？ (with closing quotes) and line breaks."""
    _, ends = sentence_ends(text)
    bounds = [0, *ends] + ([len(text)] if (ends[-1] if ends else 0) < len(text) else [])
    return list(zip(bounds[:-1], bounds[1:]))


_SENTENCE_ENDS: tuple = ("", [], [])  # the last text's sentence ends: (text, starts, ends)


def sentence_ends(text: str) -> tuple[list[int], list[int]]:
    """Where each sentence end (SENTENCE_END) of `text` starts and ends, found once for the text
    that sentence_ranges and sentence_start are asked about, the doc's."""
    global _SENTENCE_ENDS
    if _SENTENCE_ENDS[0] is not text and _SENTENCE_ENDS[0] != text:
        found = [m.span() for m in SENTENCE_END.finditer(text)]
        _SENTENCE_ENDS = (text, [a for a, _ in found], [b for _, b in found])
    return _SENTENCE_ENDS[1], _SENTENCE_ENDS[2]


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts: after the last sentence end (as sentence_ranges
    finds them) before `pos`, an end that `pos` cuts into ending at `pos`. For the few rules that
    look back within a sentence (scanning from the start on every call made a long document
    quadratic)."""
    starts, ends = sentence_ends(text)
    k = bisect_left(starts, pos) - 1
    return 0 if k < 0 else min(ends[k], pos)


def inside_any(spans: list[tuple[int, int]], i: int) -> bool:
    """Whether offset `i` falls inside one of `spans`, which are sorted and do not overlap
    (doc.ents): one binary search, so a long document costs no more per claim than a short one."""
    k = bisect_right(spans, (i, float("inf"))) - 1
    return k >= 0 and i < spans[k][1]


def sentence_slice(spans: list[tuple[int, int]], ends: list[int], lo: int, hi: int) -> list[tuple[int, int]]:
    """Those of `spans` (sorted, not overlapping; `ends` their ends) that overlap text[lo:hi]."""
    return spans[bisect_right(ends, lo) : bisect_left(spans, (hi, -1))]


class DisjointSpans:
    """Offsets of spans that do not overlap, kept sorted, so that whether a new span overlaps
    any of them is one binary search (a long document's thousands of candidates would otherwise
    each be compared with every span kept)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        # the last span starting before `end` ends last of those (they do not overlap)
        k = bisect_left(self.starts, end)
        return k > 0 and self.ends[k - 1] > start

    def add(self, start: int, end: int) -> None:
        k = bisect_left(self.starts, start)
        self.starts.insert(k, start)
        self.ends.insert(k, end)


class SpanIndex:
    """Spans that may overlap one another, sorted by start: `near(start, end)` gives those that
    start between `start` minus the longest span's length and `end`, a superset of every span
    touching [start, end), for callers that then apply their own test (a long document's model
    entities were each compared with every rule candidate)."""

    def __init__(self, spans: Iterable[T]) -> None:
        self.spans = sorted(spans, key=lambda sp: sp.start)  # (stable: equal starts keep their order)
        self.starts = [sp.start for sp in self.spans]
        self.reach = max((sp.end - sp.start for sp in self.spans), default=0)

    def near(self, start: int, end: int) -> list:
        return self.spans[bisect_left(self.starts, start - self.reach) : bisect_right(self.starts, end)]


def keep_disjoint(items: Iterable[T], span=lambda item: item) -> list[T]:
    """In the order given, keep the items whose span (`span(item)`: anything with `start` and
    `end`) overlaps none kept before; the kept items by start."""
    kept: list = []
    taken = DisjointSpans()
    for item in items:
        sp = span(item)
        if not taken.overlaps(sp.start, sp.end):
            kept.append(item)
            taken.add(sp.start, sp.end)
    return sorted(kept, key=lambda item: span(item).start)


def non_overlapping(spans: Iterable[T]) -> list[T]:
    """Longest first, then leftmost (ties keep their order); keep spans that overlap nothing
    kept before. Works on anything with `start` and `end` (CharSpan, claims, spaCy spans)."""
    return keep_disjoint(sorted(spans, key=lambda s: (-(s.end - s.start), s.start)))
