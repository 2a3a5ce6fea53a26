"""One reader and one writer per format, all through the review record (io/review.py).

    review        our JSONL (ANNOTATION.md §3); Prodigy reads and writes it
    spacy         a .spacy DocBin (store_user_data: claim attributes, meta, answers)
    doccano       JSONL; import shape {"text", "label": [[start, end, "LABEL"], ...]} and the
                  export shape {"text", "entities": [{"start_offset", "end_offset", "label"}]}
    label-studio  a JSON list of tasks: {"data": {...}, "predictions": [...]} to import,
                  {"data", "annotations": [...]} as Label Studio exports them

Readers yield `Loaded(record, where)` or `Reject`s (file and line or task number, reason);
a record is validated before it is yielded, so every writer gets clean records.

What each format carries (claims keep their attributes where the format has room):
- doccano: entity and claim spans are labelled spans a reviewer can edit; claim attributes
  and `meta` travel as extra fields (doccano keeps them as the example's metadata). Token
  offsets, entity attributes (codes, unit levels) and span `source`s are not carried.
- label-studio: entity spans under the `label` control, claim spans under `claim`; claim
  attributes, entity attributes and `meta` travel in the task's `data`; each region also
  shows its attributes in its `meta.text` note.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from spacy.tokens import DocBin
from spacy.vocab import Vocab

from ..extensions import CLAIM_ATTRS, ENTITY_ATTRS
from .atomic import atomic_open
from .docbin_stream import StreamingDocBin
from .inputs import Reject
from .review import (
    CLAIM_LABELS,
    CLAIMS_KEY,
    ENTITY_LABELS,
    RecordError,
    doc_to_record,
    dumps,
    loads,
    record_to_doc,
    validate,
)

FORMATS = ("review", "spacy", "doccano", "label-studio")
LS_ENTITY_CONTROL, LS_CLAIM_CONTROL, LS_TEXT = "label", "claim", "text"
MODEL_VERSION = "police-news-pipeline"
SKIP_FOR_TRAINING = ("reject", "ignore")


@dataclass
class Loaded:
    record: dict
    where: str  # "file:line" or "file#task"


Item = Union[Loaded, Reject]


def infer_format(path: Path, for_output: bool = False) -> Optional[str]:
    """From the file name, and for inputs from the first record (doccano vs review JSONL)."""
    name = path.name.lower()
    if name.endswith(".spacy"):
        return "spacy"
    if name.endswith(".json"):
        return "label-studio"
    if name.endswith(".jsonl"):
        if "doccano" in name:
            return "doccano"
        if for_output or not path.is_file():
            return "review"
        with path.open(encoding="utf-8", errors="replace") as fh:
            for line in fh:
                if line.strip():
                    try:
                        first = loads(line)
                    except ValueError:
                        return "review"
                    is_doccano = isinstance(first, dict) and "spans" not in first and (
                        "label" in first or ("entities" in first and "tokens" not in first)
                    )
                    return "doccano" if is_doccano else "review"
    return None


# -- JSONL plumbing -----------------------------------------------------------------------
def _jsonl(path: Path) -> Iterator[Union[tuple[int, dict], Reject]]:
    with Path(path).open("rb") as fh:
        for lineno, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as err:
                yield Reject(str(path), lineno, f"not valid UTF-8 ({err.reason})", raw.decode("utf-8", "replace"))
                continue
            try:
                obj = loads(line)
            except ValueError as err:
                yield Reject(str(path), lineno, f"not valid JSON ({err})", line.rstrip("\r\n"))
                continue
            yield lineno, obj


def _checked(record: dict, path: Path, where: str, line: Optional[int], raw) -> Item:
    try:
        validate(record)
    except RecordError as err:
        return Reject(str(path), line, str(err), raw if isinstance(raw, str) else dumps(raw))
    return Loaded(record, where)


# -- review -------------------------------------------------------------------------------
def read_review(path: Path, vocab: Vocab = None) -> Iterator[Item]:
    for item in _jsonl(path):
        if isinstance(item, Reject):
            yield item
            continue
        lineno, obj = item
        yield _checked(obj, path, f"{path}:{lineno}", lineno, obj)


def write_review(records: Iterable[dict], path: Path, vocab: Vocab = None) -> int:
    n = 0
    with atomic_open(path) as fh:
        for record in records:
            fh.write(dumps(record) + "\n")
            n += 1
    return n


# -- spacy DocBin ------------------------------------------------------------------------
def read_spacy(path: Path, vocab: Vocab) -> Iterator[Item]:
    for i, doc in enumerate(DocBin().from_disk(path).get_docs(vocab), start=1):
        yield Loaded(doc_to_record(doc), f"{path}#{i}")


def write_spacy(records: Iterable[dict], path: Path, vocab: Vocab) -> int:
    """Training output: records answered reject / ignore are left out."""
    with StreamingDocBin() as docbin:
        for record in records:
            if record.get("answer") in SKIP_FOR_TRAINING:
                continue
            docbin.add(record_to_doc(vocab, record))
        docbin.write(Path(path))
        return docbin.n_docs


# -- doccano ------------------------------------------------------------------------------
def _claim_attrs_by_offsets(claims) -> dict:
    out = {}
    for c in claims or []:
        if isinstance(c, dict) and "start" in c and "end" in c:
            out[(c["start"], c["end"])] = c
    return out


def _split_spans(text: str, triples, attrs_by_offsets: dict) -> tuple[list, list]:
    """Labelled (start, end, label) triples to entity spans and claims (by label set)."""
    spans, claims = [], []
    for start, end, label in triples:
        if label in CLAIM_LABELS:
            claim = {"start": start, "end": end, "label": label, "text": text[start:end] if isinstance(start, int) and isinstance(end, int) else None}
            known = attrs_by_offsets.get((start, end), {})
            claim.update({a: known.get(a) for a in CLAIM_ATTRS})
            claims.append(claim)
        else:
            spans.append({"start": start, "end": end, "label": label})
    return sorted(spans, key=lambda s: (s["start"], s["end"])), sorted(claims, key=lambda c: (c["start"], c["end"]))


def read_doccano(path: Path, vocab: Vocab = None) -> Iterator[Item]:
    for item in _jsonl(path):
        if isinstance(item, Reject):
            yield item
            continue
        lineno, obj = item
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield Reject(str(path), lineno, "a doccano record needs a string 'text'", dumps(obj))
            continue
        text = obj["text"]
        try:
            if "entities" in obj:  # doccano's export shape
                triples = [(e["start_offset"], e["end_offset"], e["label"]) for e in obj["entities"]]
            else:  # the import shape
                triples = [tuple(x) for x in obj.get("label", [])]
                if any(len(t) != 3 for t in triples):
                    raise ValueError("each 'label' item must be [start, end, label]")
        except (KeyError, TypeError, ValueError) as err:
            yield Reject(str(path), lineno, f"malformed doccano labels: {err}", dumps(obj))
            continue
        spans, claims = _split_spans(text, triples, _claim_attrs_by_offsets(obj.get(CLAIMS_KEY)))
        record = {"text": text, "meta": obj.get("meta", {}), "spans": spans, CLAIMS_KEY: claims}
        if obj.get("answer"):
            record["answer"] = obj["answer"]
        yield _checked(record, path, f"{path}:{lineno}", lineno, obj)


def write_doccano(records: Iterable[dict], path: Path, vocab: Vocab = None) -> int:
    n = 0
    with atomic_open(path) as fh:
        for record in records:
            labels = [[s["start"], s["end"], s["label"]] for s in record.get("spans", [])]
            labels += [[c["start"], c["end"], c["label"]] for c in record.get(CLAIMS_KEY, [])]
            out = {"text": record["text"], "label": sorted(labels), "meta": record.get("meta", {})}
            out[CLAIMS_KEY] = record.get(CLAIMS_KEY, [])
            if record.get("answer"):
                out["answer"] = record["answer"]
            fh.write(dumps(out) + "\n")
            n += 1
    return n


# -- Label Studio -----------------------------------------------------------------------
def _region(kind: str, item: dict, text: str, note: Optional[dict]) -> dict:
    region = {
        "id": f"{kind[0]}{item['start']}-{item['end']}",
        "from_name": LS_CLAIM_CONTROL if kind == "claim" else LS_ENTITY_CONTROL,
        "to_name": LS_TEXT,
        "type": "labels",
        "value": {"start": item["start"], "end": item["end"], "text": text[item["start"] : item["end"]], "labels": [item["label"]]},
    }
    if note:
        region["meta"] = {"text": [dumps(note)]}
    return region


def record_to_task(record: dict) -> dict:
    text = record["text"]
    entity_attrs = [{k: s[k] for k in ("start", "end", "source", *ENTITY_ATTRS) if k in s} for s in record.get("spans", [])]
    result = [
        _region("entity", s, text, {k: v for k, v in a.items() if k not in ("start", "end")} or None)
        for s, a in zip(record.get("spans", []), entity_attrs)
    ]
    result += [_region("claim", c, text, {a: c.get(a) for a in CLAIM_ATTRS}) for c in record.get(CLAIMS_KEY, [])]
    data = {LS_TEXT: text, "meta": record.get("meta", {}), CLAIMS_KEY: record.get(CLAIMS_KEY, []), "entity_attributes": entity_attrs}
    if record.get("answer"):
        data["answer"] = record["answer"]
    return {"data": data, "predictions": [{"model_version": MODEL_VERSION, "result": result}]}


def _task_result(task: dict) -> tuple[Optional[list], bool]:
    """The regions to import: the last annotation not cancelled, else the predictions.
    Returns (result, cancelled) where cancelled means every annotation was skipped."""
    annotations = task.get("annotations") or []
    kept = [a for a in annotations if not a.get("was_cancelled")]
    if kept:
        return kept[-1].get("result", []), False
    if annotations:
        return [], True
    predictions = task.get("predictions") or []
    return (predictions[-1].get("result", []) if predictions else []), False


def task_to_record(task: dict) -> dict:
    data = task.get("data")
    if not isinstance(data, dict) or not isinstance(data.get(LS_TEXT), str):
        raise RecordError("a Label Studio task needs data.text")
    text = data[LS_TEXT]
    result, cancelled = _task_result(task)
    triples = []
    for region in result or []:
        if region.get("type") != "labels":
            continue
        value = region.get("value", {})
        labels = value.get("labels") or []
        if len(labels) != 1:
            raise RecordError(f"region {region.get('id')} must have exactly one label, has {labels}")
        triples.append((value.get("start"), value.get("end"), labels[0]))
    spans, claims = _split_spans(text, triples, _claim_attrs_by_offsets(data.get(CLAIMS_KEY)))
    attrs = {(a.get("start"), a.get("end")): a for a in data.get("entity_attributes", []) if isinstance(a, dict)}
    for span in spans:
        known = attrs.get((span["start"], span["end"]), {})
        span.update({k: v for k, v in known.items() if k not in ("start", "end")})
    record = {"text": text, "meta": data.get("meta", {}), "spans": spans, CLAIMS_KEY: claims}
    answer = "reject" if cancelled else data.get("answer")
    if answer:
        record["answer"] = answer
    return record


def read_label_studio(path: Path, vocab: Vocab = None) -> Iterator[Item]:
    try:
        tasks = loads(Path(path).read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as err:
        yield Reject(str(path), None, f"not a valid JSON file ({err})")
        return
    if isinstance(tasks, dict):
        tasks = [tasks]
    if not isinstance(tasks, list):
        yield Reject(str(path), None, "a Label Studio file is a JSON list of tasks")
        return
    for i, task in enumerate(tasks, start=1):
        try:
            if not isinstance(task, dict):
                raise RecordError("a task must be a JSON object")
            record = task_to_record(task)
        except RecordError as err:
            yield Reject(str(path), i, f"task {i}: {err}", dumps(task))
            continue
        item = _checked(record, path, f"{path}#task {i}", i, task)
        if isinstance(item, Reject):
            item.reason = f"task {i}: {item.reason}"
        yield item


def write_label_studio(records: Iterable[dict], path: Path, vocab: Vocab = None) -> int:
    n = 0
    with atomic_open(path) as fh:  # one task per line inside the JSON list: written as it comes
        fh.write("[")
        for record in records:
            fh.write(("," if n else "") + "\n" + dumps(record_to_task(record)))
            n += 1
        fh.write("\n]\n")
    config = Path(path).with_suffix(".label_config.xml")
    with atomic_open(config) as fh:
        fh.write(labelling_config())
    return n


LABEL_COLOURS = {
    "POLICE_UNIT": "#1f77b4", "ORG": "#ff7f0e", "PLACE": "#2ca02c", "PERSON": "#d62728",
    "COUNT": "#9467bd", "MONEY": "#8c564b", "PERCENT": "#e377c2", "MULTIPLE": "#7f7f7f",
    "RANK": "#bcbd22", "STREAK": "#17becf",
}


def labelling_config() -> str:
    """Label Studio's labelling interface for our labels (entities and claims)."""
    def labels(name: str, values) -> str:
        inner = "\n".join(f'    <Label value="{v}" background="{LABEL_COLOURS[v]}"/>' for v in values)
        return f'  <Labels name="{name}" toName="{LS_TEXT}">\n{inner}\n  </Labels>'

    return (
        "<View>\n"
        f"{labels(LS_ENTITY_CONTROL, ENTITY_LABELS)}\n"
        f"{labels(LS_CLAIM_CONTROL, CLAIM_LABELS)}\n"
        f'  <Text name="{LS_TEXT}" value="${LS_TEXT}"/>\n'
        "</View>\n"
    )


READERS = {"review": read_review, "spacy": read_spacy, "doccano": read_doccano, "label-studio": read_label_studio}
WRITERS = {"review": write_review, "spacy": write_spacy, "doccano": write_doccano, "label-studio": write_label_studio}
