"""Scoring against gold review JSONL (ANNOTATION.md §3 records with `spans` and `claims`).

Entities: exact (start, end, label) match, P/R/F per label and overall (micro).
Claims: span P/R/F on (start, end); labelled F on (start, end, label); on matched spans,
attribute accuracy: value (numeric equality), unit, approx, change exact; metric, period
and subject by overlap (both null, or character ranges that overlap).
"""
from __future__ import annotations

import math
from collections import defaultdict
from typing import Iterable, Optional

from spacy import Language
from spacy.tokens import Doc

from .cli import DEFAULT_BATCH_SIZE
from .extensions import CLAIM_ATTRS

EXACT_ATTRS = ("value", "unit", "approx", "change")
OVERLAP_ATTRS = ("metric", "period", "subject")


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f": f, "tp": tp, "fp": fp, "fn": fn}


def same_value(a, b) -> bool:
    if a is None or b is None:
        return a is b
    try:
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)
    except (TypeError, ValueError):
        return False


def overlaps(a: Optional[dict], b: Optional[dict]) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a["start"] < b["end"] and b["start"] < a["end"]


def doc_claims(doc: Doc) -> list[dict]:
    out = []
    for span in doc.spans.get("claims", []):
        claim = {"start": span.start_char, "end": span.end_char, "label": span.label_}
        claim.update({a: getattr(span._, a) for a in CLAIM_ATTRS})
        out.append(claim)
    return out


def score(gold_records: list[dict], docs: Iterable[Doc]) -> dict:
    ent_counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    claim_span, claim_label = [0, 0, 0], [0, 0, 0]
    attr_hits = {a: [0, 0] for a in CLAIM_ATTRS}
    errors = []
    for gold, doc in zip(gold_records, docs):
        g_ents = {(s["start"], s["end"], s["label"]) for s in gold.get("spans", [])}
        p_ents = {(e.start_char, e.end_char, e.label_) for e in doc.ents}
        for label in {x[2] for x in g_ents | p_ents}:
            g = {x for x in g_ents if x[2] == label}
            p = {x for x in p_ents if x[2] == label}
            c = ent_counts[label]
            c[0] += len(g & p)
            c[1] += len(p - g)
            c[2] += len(g - p)
        text = gold["text"]
        for s, e, label in sorted(g_ents - p_ents):
            errors.append({"kind": "entity_missed", "text": text[s:e], "label": label, "paragraph": gold.get("meta", {}).get("paragraph")})
        for s, e, label in sorted(p_ents - g_ents):
            errors.append({"kind": "entity_extra", "text": text[s:e], "label": label, "paragraph": gold.get("meta", {}).get("paragraph")})

        g_claims = {(c["start"], c["end"]): c for c in gold.get("claims", [])}
        p_claims = {(c["start"], c["end"]): c for c in doc_claims(doc)}
        matched = set(g_claims) & set(p_claims)
        claim_span[0] += len(matched)
        claim_span[1] += len(set(p_claims) - matched)
        claim_span[2] += len(set(g_claims) - matched)
        labelled = {k for k in matched if g_claims[k]["label"] == p_claims[k]["label"]}
        claim_label[0] += len(labelled)
        claim_label[1] += len(p_claims) - len(labelled)
        claim_label[2] += len(g_claims) - len(labelled)
        for k in matched:
            g, p = g_claims[k], p_claims[k]
            for attr in CLAIM_ATTRS:
                if attr == "value":
                    ok = same_value(g.get(attr), p.get(attr))
                elif attr in OVERLAP_ATTRS:
                    ok = overlaps(g.get(attr), p.get(attr))
                else:
                    ok = g.get(attr) == p.get(attr)
                attr_hits[attr][0] += ok
                attr_hits[attr][1] += 1
                if not ok:
                    errors.append({"kind": f"claim_{attr}", "text": text[k[0]:k[1]], "gold": g.get(attr), "pred": p.get(attr)})
        for k in sorted(set(g_claims) - matched):
            errors.append({"kind": "claim_missed", "text": text[k[0]:k[1]]})
        for k in sorted(set(p_claims) - matched):
            errors.append({"kind": "claim_extra", "text": text[k[0]:k[1]]})

    totals = [sum(c[i] for c in ent_counts.values()) for i in range(3)]
    return {
        "documents": len(gold_records),
        "entities": {"overall": prf(*totals), "per_label": {k: prf(*v) for k, v in sorted(ent_counts.items())}},
        "claims": {
            "span": prf(*claim_span),
            "labelled": prf(*claim_label),
            "attributes": {a: {"accuracy": (h / n if n else 0.0), "correct": h, "matched": n} for a, (h, n) in attr_hits.items()},
        },
        "errors": errors,
    }


def evaluate(nlp: Language, gold_records: list[dict], batch_size: int = DEFAULT_BATCH_SIZE) -> dict:
    docs = nlp.pipe((r["text"] for r in gold_records), batch_size=batch_size)
    return score(gold_records, docs)


def format_report(scores: dict) -> str:
    lines = [f"documents: {scores['documents']}", "", "Entities (exact span + label)"]
    lines.append(f"{'label':<14}{'P':>8}{'R':>8}{'F':>8}{'gold':>7}{'pred':>7}")

    def row(name, s):
        return f"{name:<14}{s['p']:>8.3f}{s['r']:>8.3f}{s['f']:>8.3f}{s['tp'] + s['fn']:>7}{s['tp'] + s['fp']:>7}"

    for label, s in scores["entities"]["per_label"].items():
        lines.append(row(label, s))
    lines.append(row("overall", scores["entities"]["overall"]))
    lines += ["", "Claims", f"{'':<14}{'P':>8}{'R':>8}{'F':>8}{'gold':>7}{'pred':>7}"]
    lines.append(row("span", scores["claims"]["span"]))
    lines.append(row("labelled", scores["claims"]["labelled"]))
    lines += ["", "Claim attributes on matched spans (metric/period/subject by overlap)"]
    for attr, s in scores["claims"]["attributes"].items():
        lines.append(f"{attr:<14}{s['accuracy']:>8.3f}  ({s['correct']}/{s['matched']})")
    return "\n".join(lines)
