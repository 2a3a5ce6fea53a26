"""The review record (ANNOTATION.md §3) and its conversion to and from spaCy `Doc`s.

One canonical record, a plain dict in the review JSONL shape, sits between every format:
`doc_to_record` and `record_to_doc` are the only places that know both spaCy and the
record. Prodigy reads the record as is (`tokens`, `spans` with inclusive `token_end`,
`_input_hash`, `_task_hash`, `answer`); `claims` carry our attributes.
"""
from __future__ import annotations

from typing import Any, Optional

import srsly
import srsly.ujson
from murmurhash import mrmr
from spacy.attrs import IDX, LENGTH, SPACY
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from ..extensions import CLAIM_ATTRS, ENTITY_ATTRS
from ..spans import CharSpan, doc_text, make_spans

CLAIMS_KEY = "claims"
META_KEY = "meta"


def dumps(record: dict) -> str:
    """One JSON line: UTF-8 characters unescaped, so reviewers can read and diff the file."""
    return srsly.ujson.dumps(record, ensure_ascii=False, escape_forward_slashes=False)


def loads(text: str) -> Any:
    """Parse JSON with every number exactly as written: srsly's ujson rounds decimals unless
    asked (0.47 -> 0.47000000000000003), which would change claim values on a round trip."""
    return srsly.ujson.loads(text, precise_float=True)


def read_jsonl(path) -> list:
    """Every non-empty line of a JSONL file, parsed by `loads`."""
    with open(path, encoding="utf-8") as fh:
        return [loads(line) for line in fh if line.strip()]


def stable_hash(obj: Any) -> int:
    """A signed 32-bit murmurhash of canonical JSON, like Prodigy's hashes: the same input
    gives the same number on every run and machine."""
    return mrmr.hash(srsly.json_dumps(obj, sort_keys=True))


def set_hashes(record: dict) -> dict:
    record["_input_hash"] = stable_hash({"text": record["text"]})
    task = {k: record.get(k) for k in ("spans", CLAIMS_KEY)}
    record["_task_hash"] = stable_hash([record["_input_hash"], task])
    return record


def plain(value: Any) -> Any:
    """JSON-shaped copy: DocBin restores lists in user_data as tuples (msgpack use_list=False)."""
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def _span_dict(span: Span, with_source: bool) -> dict:
    out = {
        "start": span.start_char,
        "end": span.end_char,
        "token_start": span.start,
        "token_end": span.end - 1,  # inclusive, Prodigy's convention
        "label": span.label_,
        "text": span.text,
    }
    if with_source and span._.source:
        out["source"] = span._.source
    if with_source:  # entity attributes (codes, unit levels …) where a component set them
        for attr in ENTITY_ATTRS:
            value = getattr(span._, attr)
            if value is not None:
                out[attr] = plain(value)
    return out


ENTITY_LABELS = ("POLICE_UNIT", "ORG", "PLACE", "PERSON")
CLAIM_LABELS = ("COUNT", "MONEY", "PERCENT", "MULTIPLE", "RANK", "STREAK")
RECORD_KEYS = ("text", "meta", "tokens", "spans", CLAIMS_KEY, "_input_hash", "_task_hash", "answer")
# doc.user_data keys that carry what a record has beyond the Doc, for a lossless round trip
STATE_KEY = "review"


def doc_to_record(doc: Doc, meta: Optional[dict] = None, answer: Optional[str] = "accept") -> dict:
    """The review record of a Doc.

    A Doc made by `record_to_doc` remembers its record's answer, hashes, extra keys and key
    order (in `doc.user_data["review"]`), so record -> Doc -> record gives the same record.
    """
    state = doc.user_data.get(STATE_KEY) or {}
    if meta is None:
        meta = doc.user_data.get(META_KEY, {})
    text = doc_text(doc)
    record: dict[str, Any] = {"text": text, "meta": plain(meta)}
    # from the token arrays, not Token objects (one per character: a fifth of writing a record)
    offsets = doc.to_array([IDX, LENGTH, SPACY]).tolist() if len(doc) else []
    record["tokens"] = [
        {"text": text[start : start + n], "start": start, "end": start + n, "id": i, "ws": bool(ws)}
        for i, (start, n, ws) in enumerate(offsets)
    ]
    record["spans"] = [_span_dict(e, with_source=True) for e in doc.ents]
    claims = []
    for span in doc.spans.get(CLAIMS_KEY, []):
        claim = {"start": span.start_char, "end": span.end_char, "label": span.label_, "text": span.text}
        for attr in CLAIM_ATTRS:
            claim[attr] = plain(getattr(span._, attr))
        claims.append(claim)
    record[CLAIMS_KEY] = claims
    set_hashes(record)
    for key in ("_input_hash", "_task_hash"):  # a reviewed record keeps the hashes it came with
        if state.get(key) is not None:
            record[key] = state[key]
    if "answer" in state:
        answer = state["answer"]
    if answer is not None:
        record["answer"] = answer
    record.update(plain(state.get("extra", {})))
    order = state.get("keys")
    if order:
        record = {k: record[k] for k in [*order, *record] if k in record}
    return record


class RecordError(ValueError):
    """A record that cannot become a Doc; the message says why."""


def validate(record: Any) -> None:
    """Raise RecordError naming the first problem of a review record.

    Checks: a string `text`; every span and claim inside the text with a known label and,
    when given, `text` equal to the characters it covers; entities that do not overlap.
    """
    if not isinstance(record, dict):
        raise RecordError("a record must be a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        raise RecordError("record has no string 'text'")
    for key, kind, labels in (("spans", "span", ENTITY_LABELS), (CLAIMS_KEY, "claim", CLAIM_LABELS)):
        items = record.get(key, [])
        if not isinstance(items, list):
            raise RecordError(f"'{key}' must be a list")
        for item in items:
            if not isinstance(item, dict):
                raise RecordError(f"a {kind} must be an object")
            s, e = item.get("start"), item.get("end")
            if not (type(s) is int and type(e) is int and 0 <= s < e <= len(text)):
                raise RecordError(f"{kind} offsets {s}:{e} are not inside the text (length {len(text)})")
            if "text" in item and text[s:e] != item["text"]:
                raise RecordError(f"{kind} text {item['text']!r} does not match text[{s}:{e}] = {text[s:e]!r}")
            label = item.get("label")
            if not isinstance(label, str):
                raise RecordError(f"{kind} {s}:{e} has no label")
            if label not in labels:
                raise RecordError(f"{kind} {s}:{e} has unknown label {label!r} (known: {', '.join(labels)})")
    spans = sorted((sp["start"], sp["end"]) for sp in record.get("spans", []))
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        if s2 < e1:
            raise RecordError(f"overlapping entities {text[s1:e1]!r} ({s1}:{e1}) and {text[s2:e2]!r} ({s2}:{e2})")


def record_to_doc(vocab: Vocab, record: dict, tokenizer=None) -> Doc:
    """A Doc with the record's entities in `doc.ents` and claims in `doc.spans["claims"]`.

    Uses the record's `tokens` when present (checked against the text), else `tokenizer`,
    else characters. Span offsets are the truth: a span boundary inside a token splits the
    token. Everything else of the record (meta, answer, hashes, extra keys) is kept in
    `doc.user_data`, so that `doc_to_record` gives it back.
    """
    validate(record)
    text = record["text"]
    tokens = record.get("tokens")
    if tokens:
        try:
            words = [t["text"] for t in tokens]
        except (TypeError, KeyError):
            raise RecordError("every token needs a 'text'") from None
        spaces = [bool(t.get("ws", False)) for t in tokens]
        doc = Doc(vocab, words=words, spaces=spaces)
        if doc.text != text:
            raise RecordError("'tokens' do not reproduce 'text'")
    elif tokenizer is not None:
        doc = tokenizer(text)
    else:
        doc = Doc(vocab, words=list(text), spaces=[False] * len(text))
    doc.user_data[META_KEY] = record.get("meta", {})
    state = {"keys": list(record), "extra": {k: v for k, v in record.items() if k not in RECORD_KEYS}}
    for key in ("_input_hash", "_task_hash", "answer"):
        if key in record:
            state[key] = record[key]
    doc.user_data[STATE_KEY] = state
    spans = record.get("spans", [])
    claims = record.get(CLAIMS_KEY, [])
    doc.ents = make_spans(doc, [CharSpan(sp["start"], sp["end"], sp["label"]) for sp in spans])
    for ent, sp in zip(doc.ents, sorted(spans, key=lambda x: x["start"])):
        for attr in ("source", *ENTITY_ATTRS):
            if sp.get(attr) is not None:
                setattr(ent._, attr, sp[attr])
    claim_spans = make_spans(doc, [CharSpan(c["start"], c["end"], c["label"]) for c in claims])
    for span, claim in zip(claim_spans, claims):
        for attr in CLAIM_ATTRS:
            setattr(span._, attr, claim.get(attr))
    doc.spans[CLAIMS_KEY] = claim_spans
    return doc
