"""Score the default pipeline on the blind-review sets in corpus/reviews/ (dev data: their errors
have been read), one row per set, so that a rule change is checked on every genre at once.

    python benchmarks/review_sets.py                    (a table: entities P/R/F, claims fully right)
    python benchmarks/review_sets.py --errors N         (also every error of set N, e.g. 112)
    python benchmarks/review_sets.py --dump OUT.jsonl   (the pipeline's records, for a later --diff)
    python benchmarks/review_sets.py --diff OLD.jsonl NEW.jsonl   (claims and entities that changed
                                                          between two dumps, right or wrong by the gold)
    python benchmarks/review_sets.py --compare OLD.jsonl NEW.jsonl  (entity F of two dumps, pooled over
                                                          the sets, and a paired bootstrap of NEW - OLD)
    python benchmarks/review_sets.py --groups OLD.jsonl NEW.jsonl   (entities and claims of two dumps pooled
                                                          by group: dev sets, held-back sets up to 388 and after;
                                                          a rule is read off dev and held back only as a guard)

A claim is fully right when its span, label and all seven attributes (value, unit, approx, change,
and metric / period / subject by exact offsets) equal the gold's; entities are exact span + label.
Stricter than `python -m pipeline evaluate`, which scores attributes on matched spans by overlap.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import srsly

REVIEWS = Path(__file__).resolve().parent.parent / "corpus" / "reviews"


def _offsets(value):
    return None if value is None else (value["start"], value["end"])


def _value(value):
    # (a gold value computed in floating point, 0.30000000000000004, is the 0.3 written)
    return round(value, 6) if isinstance(value, float) else value


def claim_key(claim: dict) -> tuple:
    return (claim["start"], claim["end"], claim["label"], _value(claim.get("value")), claim.get("unit"),
            claim.get("approx"), claim.get("change"), _offsets(claim.get("metric")),
            _offsets(claim.get("period")), _offsets(claim.get("subject")))


def entity_keys(record: dict) -> set:
    return {(s["start"], s["end"], s["label"]) for s in record.get("spans", [])}


def predict(nlp, records: list[dict]) -> list[dict]:
    from pipeline.io.review import doc_to_record

    texts = [r["text"] for r in records]
    return [doc_to_record(doc, r.get("meta")) for doc, r in zip(nlp.pipe(texts, batch_size=256), records)]


def counts(gold: list[dict], pred: list[dict]) -> tuple[int, ...]:
    """Entity tp, fp, fn and claims fully right, gold, predicted over paired records."""
    tp = fp = fn = right = n_gold = n_pred = 0
    for g, p in zip(gold, pred, strict=True):
        ge, pe = entity_keys(g), entity_keys(p)
        tp, fp, fn = tp + len(ge & pe), fp + len(pe - ge), fn + len(ge - pe)
        gc = {claim_key(c) for c in g.get("claims", [])}
        pc = {claim_key(c) for c in p.get("claims", [])}
        right, n_gold, n_pred = right + len(gc & pc), n_gold + len(gc), n_pred + len(pc)
    return tp, fp, fn, right, n_gold, n_pred


def score(gold: list[dict], pred: list[dict]) -> dict:
    tp, fp, fn, right, n_gold, n_pred = counts(gold, pred)
    from pipeline.evaluate import prf

    ents = prf(tp, fp, fn)
    return {"P": ents["p"], "R": ents["r"], "F": ents["f"], "gold_entities": tp + fn, "right": right,
            "gold_claims": n_gold, "pred_claims": n_pred}


def entity_counts(gold: dict, pred: dict):
    """Rows of [true positives, predicted, gold] entities, one per paragraph of every set in `gold`
    (the pooled sets: a paragraph is the unit resampled by the bootstrap)."""
    import numpy

    rows = []
    for name, records in gold.items():
        if name not in pred:
            raise SystemExit(f"set {name} is not in the dump")
        for g, p in zip(records, pred[name], strict=True):
            ge, pe = entity_keys(g), entity_keys(p)
            rows.append((len(ge & pe), len(pe), len(ge)))
    return numpy.array(rows, dtype=numpy.int64)


def compare(gold: dict, old: dict, new: dict, samples: int = 2000) -> dict:
    """Entity F of two dumps on the same sets, pooled, with a paired bootstrap over paragraphs
    (the same test as `ner_msra.py compare` runs over MSRA's documents)."""
    from ner_msra import f_of, paired_bootstrap

    a, b = entity_counts(gold, old), entity_counts(gold, new)
    return {"sets": len(gold), "old_f": f_of(a), "new_f": f_of(b), **paired_bootstrap(a, b, samples)}


HELD_SPLIT = 388  # held-back sets are reported in two groups, 157-388 and 389 on, as corpus/README.md's rounds report them


def held_back(folder: Path) -> set[str]:
    """The set names (file stems) that the folder's held_out.txt names, as the corpus builder reads it."""
    from pipeline.corpus.__main__ import held_out_names

    return {Path(name).stem for name in held_out_names(Path(folder))}


def group_of(name: str, held: set[str]) -> str:
    if name not in held:
        return "dev"
    number = int("".join(c for c in name if c.isdigit()) or 0)
    return f"held back ..{HELD_SPLIT}" if number <= HELD_SPLIT else f"held back {HELD_SPLIT + 1}.."


def group_scores(gold: dict, old: dict, new: dict, held: set[str]) -> dict:
    """Per group (dev, held back ..388, held back 389..), over the sets both dumps hold: entity
    tp / fp / fn and F, claims fully right and gold claims, for the old and the new dump."""
    from pipeline.evaluate import prf

    out: dict = {}
    for name in sorted(n for n in gold if n in old and n in new):
        group = out.setdefault(group_of(name, held), {"sets": 0, "old": [0] * 6, "new": [0] * 6})
        group["sets"] += 1
        for side, pred in (("old", old), ("new", new)):
            group[side] = [a + b for a, b in zip(group[side], counts(gold[name], pred[name]))]
    for group in out.values():
        for side in ("old", "new"):
            tp, fp, fn, right, n_gold, _ = group[side]
            group[side] = {"tp": tp, "fp": fp, "fn": fn, "F": prf(tp, fp, fn)["f"], "right": right,
                           "gold_claims": n_gold}
    return out


def errors(gold: list[dict], pred: list[dict]) -> list[str]:
    out = []
    names = ("label", "value", "unit", "approx", "change", "metric", "period", "subject")
    for g, p in zip(gold, pred):
        text = g["text"]
        for s, e, label in sorted(entity_keys(g) - entity_keys(p)):
            out.append(f"ENT-miss  {text[s:e]} {label} | {text[:80]}")
        for s, e, label in sorted(entity_keys(p) - entity_keys(g)):
            out.append(f"ENT-extra {text[s:e]} {label} | {text[:80]}")
        pc = {(c["start"], c["end"]): claim_key(c) for c in p.get("claims", [])}
        gc = {(c["start"], c["end"]): claim_key(c) for c in g.get("claims", [])}
        for span, key in sorted(gc.items()):
            got = pc.get(span)
            if got is None:
                out.append(f"CLAIM-miss  {text[span[0]:span[1]]} | {text[:80]}")
            elif got != key:
                show = lambda v: text[v[0]:v[1]] if isinstance(v, tuple) else v  # noqa: E731
                wrong = [f"{n}: {show(a)!r} -> {show(b)!r}" for n, a, b in zip(names, key[2:], got[2:]) if a != b]
                out.append(f"CLAIM-attr  {text[span[0]:span[1]]} [{'; '.join(wrong)}] | {text[:80]}")
        for span in sorted(set(pc) - set(gc)):
            out.append(f"CLAIM-extra {text[span[0]:span[1]]} | {text[:80]}")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", metavar="SET", help="print the errors of one set (its number, e.g. 112)")
    ap.add_argument("--dump", metavar="OUT", help="write the pipeline's records of every set to OUT")
    ap.add_argument("--diff", nargs=2, metavar=("OLD", "NEW"), help="compare two dumps against the gold")
    ap.add_argument("--compare", nargs=2, metavar=("OLD", "NEW"),
                    help="pooled entity F of two dumps and a paired bootstrap of the difference")
    ap.add_argument("--groups", nargs=2, metavar=("OLD", "NEW"),
                    help="entities and claims of two dumps pooled by group (dev, held back)")
    ap.add_argument("--dir", default=str(REVIEWS), help="folder of review sets (default corpus/reviews)")
    ap.add_argument("--ner", metavar="MODEL", help="a trained pipeline whose ner replaces the shipped one "
                    "(e.g. a model not trained on sets 101–156, to score rules on them)")
    args = ap.parse_args(argv)
    paths = sorted(Path(args.dir).glob("*.jsonl"))
    if not paths:
        raise SystemExit(f"{args.dir}: no review sets (*.jsonl)")
    gold = {p.stem: list(srsly.read_jsonl(p)) for p in paths}
    if args.compare:
        old, new = (dict(srsly.read_json(path)) for path in args.compare)
        result = compare(gold, old, new)
        lo, hi = result["ci95"]
        print(f"{result['sets']} sets, {result['documents']} paragraphs: entity F {result['old_f']:.4f} -> "
              f"{result['new_f']:.4f} ({result['delta_f']:+.4f}, 95% [{lo:+.4f}, {hi:+.4f}], "
              f"new not better in {result['p_b_not_better']:.1%} of {result['samples']} resamplings)")
        return 0
    if args.groups:
        old, new = (dict(srsly.read_json(path)) for path in args.groups)
        print("| group | sets | entity F | tp | fp | claims fully right |")
        print("|---|---:|---:|---:|---:|---:|")
        for name, g in sorted(group_scores(gold, old, new, held_back(args.dir)).items()):
            o, n = g["old"], g["new"]
            print(f"| {name} | {g['sets']} | {o['F']:.4f} → {n['F']:.4f} | {o['tp']:,} → {n['tp']:,} | "
                  f"{o['fp']:,} → {n['fp']:,} | {o['right']:,} → {n['right']:,} of {o['gold_claims']:,} |")
        return 0
    if args.diff:
        old, new = (dict(srsly.read_json(path)) for path in args.diff)
        for name, records in gold.items():
            for g, a, b in zip(records, old.get(name, []), new.get(name, [])):
                gc = {claim_key(c) for c in g.get("claims", [])}
                ka, kb = {claim_key(c) for c in a.get("claims", [])}, {claim_key(c) for c in b.get("claims", [])}
                for k in sorted(ka ^ kb, key=str):
                    sign = "+" if k in kb else "-"
                    print(f"{name} {sign}{'right' if k in gc else 'wrong'} {g['text'][k[0]:k[1]]} | {g['text'][:70]}")
                ea, eb, ge = entity_keys(a), entity_keys(b), entity_keys(g)
                for s, e, label in sorted(ea ^ eb):
                    sign = "+" if (s, e, label) in eb else "-"
                    print(f"{name} {sign}{'right' if (s, e, label) in ge else 'wrong'} {g['text'][s:e]}/{label}")
        return 0
    from pipeline import load

    nlp = load(ner_model=args.ner)
    preds, total = {}, {"right": 0, "gold_claims": 0}
    print("| set | entities P | R | F | claims fully right |")
    print("|---|---:|---:|---:|---:|")
    for name, records in gold.items():
        preds[name] = predict(nlp, records)
        s = score(records, preds[name])
        total["right"] += s["right"]
        total["gold_claims"] += s["gold_claims"]
        print(f"| {name} | {s['P']:.3f} | {s['R']:.3f} | {s['F']:.3f} | {s['right']} / {s['gold_claims']} |")
        if args.errors and name.endswith(str(args.errors)):
            print("\n".join(errors(records, preds[name])), file=sys.stderr)
    print(f"| all | | | | {total['right']} / {total['gold_claims']} |")
    if args.dump:
        srsly.write_json(args.dump, preds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
