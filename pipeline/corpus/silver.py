"""Silver and reviewed data.

- THUCNews headlines of the society (5) and politics (6) classes annotated by our rule
  pipeline (`pipeline.load()`): in-domain text with rule labels. Kept in its own file so a
  config can weigh or drop it. Only headlines where the rules found at least one entity are
  kept: the rules' recall is low (persons especially), so a headline with no rule entity
  would mostly teach the model `O` for names the rules missed. For the same reason the
  characters outside the rule entities are marked MISSING (partial annotation): a silver
  headline asserts its entities, not the absence of others.
- Review JSONL corrected by users (Prodigy/doccano-shaped records, ANNOTATION.md §3): only
  records with `"answer": "accept"`, converted with `pipeline.io.review.record_to_doc`.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator, Optional

import srsly

from ..spans import CharSpan
from .builders import OUR_LABELS, Item, Report, open_text

THUCNEWS_CLASSES = {"5": "society", "6": "politics"}
# the rule components that produce entities; claims are not needed for NER data
ENTITY_PIPES = ("police_units", "organisations", "places", "persons", "entity_merger")


def thucnews_headlines(folder: Path, classes=THUCNEWS_CLASSES, split: str = "train.txt.gz") -> Iterator[tuple[str, dict]]:
    """Non-empty headlines of the `classes` (label -> name; None: every class)."""
    with open_text(Path(folder) / split) as fh:
        for i, line in enumerate(fh):
            text, _, label = line.rstrip("\n").rpartition("\t")
            if (classes is None or label in classes) and text.strip():
                name = label if classes is None else classes[label]
                yield text, {"source": "thucnews", "split": split, "line": i, "class": name}


def gaps(length: int, spans: list[CharSpan]) -> list[tuple[int, int]]:
    """Character ranges not covered by `spans` (sorted, non-overlapping)."""
    out, pos = [], 0
    for sp in sorted(spans):
        if sp.start > pos:
            out.append((pos, sp.start))
        pos = max(pos, sp.end)
    if pos < length:
        out.append((pos, length))
    return out


def rule_items(texts: Iterable[tuple[str, dict]], nlp=None, keep_empty: bool = False,
               partial: bool = True) -> Iterator[Item]:
    """Items labelled by the rule pipeline; with `partial`, unlabelled characters are missing."""
    if nlp is None:
        from .. import load

        nlp = load()
    disable = [name for name in nlp.pipe_names if name not in ENTITY_PIPES]
    with nlp.select_pipes(disable=disable):
        for doc, meta in nlp.pipe(texts, as_tuples=True, batch_size=256):
            spans = [CharSpan(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in OUR_LABELS]
            if spans or keep_empty:
                missing = gaps(len(doc.text), spans) if partial else []
                yield Item(doc.text, spans, {**meta, "silver": "rules"}, missing)


def thucnews_items(folder: Path, limit: int = 0, nlp=None) -> Iterator[Item]:
    texts = thucnews_headlines(folder)
    if limit:
        texts = (t for i, t in zip(range(limit), texts))
    return rule_items(texts, nlp)


def review_items(paths: Iterable[Path], nlp, report: Optional[Report] = None) -> Iterator[Item]:
    """Accepted review records as Items (entity spans only; claims are not NER data)."""
    from ..io.review import RecordError, record_to_doc

    for path in paths:
        for i, record in enumerate(srsly.read_jsonl(path)):
            if record.get("answer", "accept") != "accept":
                if report is not None:
                    report.dropped[f"answer={record.get('answer')}"] += 1
                continue
            try:
                doc = record_to_doc(nlp.vocab, record)
            except RecordError as err:
                if report is not None:
                    report.dropped["invalid_record"] += 1
                print(f"{path}:{i + 1}: {err}")
                continue
            spans = [CharSpan(e.start_char, e.end_char, e.label_) for e in doc.ents]
            meta = {**(record.get("meta") or {}), "review": str(path)}
            yield Item(record["text"], spans, meta)
