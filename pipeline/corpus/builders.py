"""Shared plumbing of the corpus builders: labelled texts -> spaCy Docs -> DocBin files.

Every source reader yields `Item(text, spans, meta)` with character-offset spans in OUR labels
(PERSON, PLACE, ORG, POLICE_UNIT) or in a source's own label set. `to_doc` puts them on the
character tokens of spaCy's zh tokenizer through `make_spans`, which splits a token rather
than drop a span, so no annotation is lost whatever the tokenizer. `Report` counts what went
in and what came out per label, and the `lost` count must stay 0.
"""
from __future__ import annotations

import gzip
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

import spacy
from spacy.tokens import Doc, DocBin, Span

from ..io.review import ENTITY_LABELS as OUR_LABELS  # noqa: F401  (the annotation contract's labels)
from ..spans import CharSpan, make_spans, non_overlapping


def open_text(path):
    """A UTF-8 text file for reading, gzip-compressed when its name ends in .gz (the data
    folder keeps its larger files compressed)."""
    path = Path(path)
    return gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else path.open(encoding="utf-8")

# ORG spans are re-checked by the police-unit grammar (ANNOTATION.md §1)
POLICE_UNIT, ORG = "POLICE_UNIT", "ORG"
# how our labels fold onto MSRA's three for benchmark scoring
FOLD_TO_MSRA = {"PERSON": "PER", "PLACE": "LOC", "ORG": "ORG", "POLICE_UNIT": "ORG"}


@dataclass
class Item:
    """One labelled text. `missing` are character ranges whose labels are unknown: the
    model is not taught `O` there (spaCy's missing-annotation IOB value)."""
    text: str
    spans: list[CharSpan]
    meta: dict = field(default_factory=dict)
    missing: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Report:
    """Per-source counts: documents, entities per label in and out, entities lost."""
    docs: int = 0
    labels_in: Counter = field(default_factory=Counter)
    labels_out: Counter = field(default_factory=Counter)
    dropped: Counter = field(default_factory=Counter)  # removed on purpose by a source's policy
    lost: int = 0  # an annotation that could not be put on tokens: must be 0
    tokens_split: int = 0

    def as_dict(self) -> dict:
        return {
            "documents": self.docs,
            "entities": dict(sorted(self.labels_out.items())),
            "entities_total": sum(self.labels_out.values()),
            "dropped_by_policy": dict(sorted(self.dropped.items())),
            "entities_lost": self.lost,
            "tokens_split": self.tokens_split,
        }


def blank_nlp():
    """spaCy's zh language with its default character segmenter: one token per character."""
    return spacy.blank("zh")


def trim(text: str, span: CharSpan) -> Optional[CharSpan]:
    """Whitespace at a span's edges is not part of a name (and has no char token of its own)."""
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return CharSpan(start, end, span.label) if end > start else None


def to_doc(nlp, item: Item, report: Report) -> Doc:
    """A Doc of `item.text` with `item.spans` as doc.ents (tokens split where needed)."""
    doc = nlp.make_doc(item.text)
    doc.user_data["meta"] = item.meta
    spans = []
    for sp in item.spans:
        report.labels_in[sp.label] += 1
        trimmed = trim(item.text, sp)
        if trimmed is None:
            report.lost += 1
            continue
        spans.append(trimmed)
    before = len(doc)
    ents = make_spans(doc, spans)
    report.tokens_split += len(doc) - before
    missing = []
    for start, end in item.missing:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and not any(span.start < e.end and e.start < span.end for e in ents):
            missing.append(span)
    try:
        doc.set_ents(ents, missing=missing, default="outside")
    except ValueError:
        # overlapping annotations: keep the longest (the chain rule), count the rest as lost
        kept = non_overlapping(ents)
        report.lost += len(ents) - len(kept)
        doc.set_ents(kept, missing=[m for m in missing if not _overlaps_any(m, kept)], default="outside")
    for ent in doc.ents:
        report.labels_out[ent.label_] += 1
    report.docs += 1
    return doc


def _overlaps_any(span: Span, others: Iterable[Span]) -> bool:
    return any(span.start < o.end and o.start < span.end for o in others)


class LabelMapper:
    """Maps a source label to ours; an ORG whose whole text is a police unit for the
    police-unit grammar becomes POLICE_UNIT (the grammar is the pipeline's own, so corpus
    and rules agree on what a unit is)."""

    def __init__(self, mapping: dict[str, str], grammar=None):
        self.mapping = mapping
        self.grammar = grammar if grammar is not None else police_unit_grammar()
        self._cache: dict[str, bool] = {}

    def is_police_unit(self, text: str) -> bool:
        if text not in self._cache:
            found = self.grammar.find(text)
            self._cache[text] = any(s.start == 0 and s.end == len(text) for s in found)
        return self._cache[text]

    def __call__(self, label: str, text: str) -> Optional[str]:
        ours = self.mapping.get(label)
        if ours == ORG and self.is_police_unit(text):
            return POLICE_UNIT
        return ours

    def map_spans(self, text: str, spans: Iterable[CharSpan]) -> list[CharSpan]:
        out = []
        for sp in spans:
            label = self(sp.label, text[sp.start:sp.end])
            if label is not None:
                out.append(CharSpan(sp.start, sp.end, label))
        return out


_GRAMMAR = None


def police_unit_grammar():
    """The police-unit grammar of the default pipeline (loaded once per process)."""
    global _GRAMMAR
    if _GRAMMAR is None:
        from .. import load

        _GRAMMAR = load().get_pipe("police_units").grammar
    return _GRAMMAR


def identity_mapper(labels: Iterable[str]) -> Callable[[str, str], Optional[str]]:
    keep = set(labels)
    return lambda label, text: label if label in keep else None


def holdout(key: str, percent: int, salt: str = "dev") -> bool:
    """Deterministic split by a stable hash of `key` (an article id, a sentence)."""
    return zlib.crc32(f"{salt}:{key}".encode("utf-8")) % 100 < percent


def write_docbin(docs: Iterable[Doc], path: Path) -> int:
    """Write docs to a .spacy file (user_data kept, so meta survives); returns the count."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = DocBin(store_user_data=True)
    n = 0
    for doc in docs:
        db.add(doc)
        n += 1
    tmp = path.with_suffix(path.suffix + ".tmp")
    db.to_disk(tmp)
    tmp.replace(path)
    return n


def build_split(nlp, items: Iterable[Item], path: Path) -> Report:
    report = Report()
    write_docbin((to_doc(nlp, it, report) for it in items), path)
    return report

