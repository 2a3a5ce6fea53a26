"""Entity P/R/F of our pipeline (default: rules + shipped ner; and rules only) and jieba.posseg
on gold review JSONL, side by side.

    python benchmarks/entities_vs_peers.py [GOLD.jsonl]      (default ../shared/gold/seed.gold.jsonl)
    python benchmarks/entities_vs_peers.py --msra [N]        (first N sentences of the MSRA NER test)

jieba.posseg's tags are mapped nt -> ORG, ns -> PLACE, nr -> PERSON (it has no police-unit
tag). Two views: strict (our labels, POLICE_UNIT kept apart) and folded (POLICE_UNIT -> ORG
in gold and predictions, in the peers' favour). Exact span match. Prints markdown tables.
Baidu LAC and foolnltk need paddlepaddle / tensorflow and are not run here.

`--msra` scores both on the MSRA NER test (PER -> PERSON, LOC -> PLACE, ORG -> ORG; folded view
only, MSRA has no police-unit label). MSRA's conventions differ from ours (it tags 中国 in
中国共产党 as part of an ORG, nationalities as LOC …), so read it as a measure of coverage on
text the rules were never written against, not as our target metric.
"""
from __future__ import annotations

import sys
import time
from collections import defaultdict
from pathlib import Path

import srsly

from pipeline import load
from pipeline.evaluate import prf

REPO = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = REPO.parent / "shared" / "gold" / "seed.gold.jsonl"
JIEBA_LABELS = {"nt": "ORG", "ns": "PLACE", "nr": "PERSON"}
LABELS = ["POLICE_UNIT", "ORG", "PLACE", "PERSON"]


def ours(texts, exclude=()):
    nlp = load(exclude=exclude)
    return [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in nlp.pipe(texts)]


def ours_rules_only(texts):
    from pipeline.language import RULES_ONLY_EXCLUDE

    return ours(texts, RULES_ONLY_EXCLUDE)


def jieba_posseg(texts):
    import jieba
    import jieba.posseg as pseg

    jieba.setLogLevel(60)
    out = []
    for text in texts:
        spans, pos = [], 0
        for pair in pseg.cut(text):
            word, flag = pair.word, pair.flag
            start = text.index(word, pos)
            pos = start + len(word)
            if flag in JIEBA_LABELS:
                spans.append((start, pos, JIEBA_LABELS[flag]))
        out.append(spans)
    return out


def fold(spans):
    return [(s, e, "ORG" if label == "POLICE_UNIT" else label) for s, e, label in spans]


def score(gold, pred):
    counts = defaultdict(lambda: [0, 0, 0])
    for g, p in zip(gold, pred):
        g, p = set(g), set(p)
        for label in {x[2] for x in g | p}:
            gl, pl = {x for x in g if x[2] == label}, {x for x in p if x[2] == label}
            c = counts[label]
            c[0] += len(gl & pl)
            c[1] += len(pl - gl)
            c[2] += len(gl - pl)
    overall = prf(*[sum(c[i] for c in counts.values()) for i in range(3)])
    return {label: prf(*counts[label]) for label in counts}, overall


def table(title, gold, systems):
    print(f"\n### {title}\n")
    names = list(systems)
    print("| label | " + " | ".join(f"{n} P | {n} R | {n} F" for n in names) + " |")
    print("|---|" + "---|" * (3 * len(names)))
    scored = {n: score(gold, p) for n, p in systems.items()}
    labels = [lb for lb in LABELS if any(lb in scored[n][0] for n in names) or any(x[2] == lb for g in gold for x in g)]
    for label in labels + ["overall"]:
        cells = []
        for n in names:
            per, overall = scored[n]
            s = overall if label == "overall" else per.get(label, prf(0, 0, 0))
            cells.append(f"{s['p']:.3f} | {s['r']:.3f} | {s['f']:.3f}")
        print(f"| {label} | " + " | ".join(cells) + " |")


def msra_records(limit):
    from pipeline.corpus.msra import LABELS, read_bio

    path = REPO.parent / "shared" / "data" / "msra_ner" / "msra_test_bio.txt"
    records = []
    for text, spans in read_bio(path):
        records.append({"text": text, "spans": [{"start": s, "end": e, "label": LABELS[lb]} for s, e, lb in spans]})
        if limit and len(records) >= limit:
            break
    return path, records


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--msra":
        gold_path, records = msra_records(int(argv[1]) if len(argv) > 1 else 0)
    else:
        gold_path = Path(argv[0]) if argv else DEFAULT_GOLD
        if not gold_path.is_file():
            print(f"gold file not found: {gold_path}", file=sys.stderr)
            return 2
        records = list(srsly.read_jsonl(gold_path))
    texts = [r["text"] for r in records]
    gold = [[(s["start"], s["end"], s["label"]) for s in r.get("spans", [])] for r in records]
    systems, seconds = {}, {}
    for name, fn in (("ours", ours), ("ours rules only", ours_rules_only), ("jieba.posseg", jieba_posseg)):
        t0 = time.perf_counter()
        systems[name] = fn(texts)
        seconds[name] = time.perf_counter() - t0
    n_ents = sum(len(g) for g in gold)
    print(f"{gold_path.name}: {len(records)} documents, {n_ents} gold entities, {sum(map(len, texts))} characters")
    table("Strict (POLICE_UNIT kept separate)", gold, systems)
    table("Folded (POLICE_UNIT -> ORG in gold and predictions)", [fold(g) for g in gold], {n: [fold(p) for p in ps] for n, ps in systems.items()})
    print("\nWall time including model loading: " + ", ".join(f"{n} {s:.2f} s" for n, s in seconds.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
