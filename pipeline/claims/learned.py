"""What numeric_claims' two learned models share (metric_starts.py, subject_choice.py): an
averaged perceptron that ranks a few options against the rules' own, the tally of what a model
fixes and breaks, and the command that trains one from the review sets or cross-validates it by set.
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Callable, Iterable

import srsly


class LinearModel:
    """Weights over string features and the margin a choice must win by, loaded from a model file
    of `data["features_version"]`; the file's name says how to rebuild it when the version is stale."""
    name = ""  # the module: pipeline/claims/{name}.py builds pipeline/resources/claims/{name}.json
    features_version = 0

    def __init__(self, data: dict):
        if data.get("features_version") != self.features_version:
            raise ValueError(f"{self.name}: features version {data.get('features_version')} is not {self.features_version}: "
                             f"delete pipeline/resources/claims/{self.name}.json and rebuild it "
                             f"(python -m pipeline.claims.{self.name} train)")
        self.weights: dict[str, float] = data["weights"]
        self.margin: float = data["margin"]

    def score(self, feats: Iterable[str]) -> float:
        w = self.weights
        return sum(w.get(f, 0.0) for f in feats)


def train_ranker(examples: list, epochs: int, table_of: Callable) -> dict[str, float]:
    """Averaged perceptron: `table_of(example)` gives its options as [(key, features)], the gold
    key and the key that wins ties (the rules'); each example picks its best-scoring option, and
    a wrong pick moves the weights toward the gold's features. Fixed shuffles: the same examples
    give the same weights."""
    w: dict[str, float] = defaultdict(float)
    total: dict[str, float] = defaultdict(float)
    stamp: dict[str, int] = defaultdict(int)
    c = 0
    for epoch in range(epochs):
        order = list(examples)
        random.Random(epoch).shuffle(order)
        for example in order:
            c += 1
            table, gold, keep = table_of(example)
            best = max(table, key=lambda kf: (sum(w.get(f, 0.0) for f in kf[1]), kf[0] == keep))[0]
            if best != gold:
                gold_feats = next(f for k, f in table if k == gold)
                best_feats = next(f for k, f in table if k == best)
                for f, delta in [(f, 1.0) for f in gold_feats] + [(f, -1.0) for f in best_feats]:
                    total[f] += (c - stamp[f]) * w[f]
                    stamp[f] = c
                    w[f] += delta
    for f in w:
        total[f] += (c - stamp[f]) * w[f]
    return {f: round(v / c, 4) for f, v in sorted(total.items()) if round(v / c, 4) != 0}


def tally(outcomes: Iterable[tuple[bool, bool]]) -> Counter:
    """(right with the rules, right with the model) per item → how many, right before and after,
    fixed and broken."""
    r = Counter()
    for before, after in outcomes:
        r["n"] += 1
        r["right_before"] += before
        r["right_after"] += after
        r["fixed"] += after and not before
        r["broken"] += before and not after
    return r


def review_set_command(argv, *, prog: str, description: str, out: str, margin: float, margins: tuple,
                       noun: str, rows_of: Callable, examples_of: Callable, fit: Callable,
                       model_of: Callable, score: Callable, features_version: int) -> int:
    """`train` or `cv` over the review sets not held back. `rows_of(files)` gives each set's rows
    (the rules' output beside the gold), `examples_of(rows)` the training examples among them,
    `fit(examples, epochs)` the weights, `model_of(data)` a model, `score(model or None, rows)` a
    tally."""
    ap = argparse.ArgumentParser(prog=prog, description=description)
    ap.add_argument("command", choices=("train", "cv"))
    ap.add_argument("--reviews", type=Path, default=Path("corpus/reviews"), help="the review sets (held_out.txt's are skipped)")
    ap.add_argument("--out", type=Path, default=Path(out))
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--margin", type=float, default=margin, help="how much the model's choice must beat the rules'")
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args(argv)
    from ..corpus.__main__ import review_files

    files = review_files([args.reviews])
    if not files:
        print(f"{args.reviews}: no review sets", file=sys.stderr)
        return 2
    rows = rows_of(files)
    names = sorted(rows)
    if args.command == "cv":
        totals = {m: Counter() for m in margins}
        for k in range(args.folds):
            test = set(names[k :: args.folds])
            weights = fit([x for n in names if n not in test for x in examples_of(rows[n])], args.epochs)
            for m in totals:
                model = model_of({"features_version": features_version, "weights": weights, "margin": m})
                totals[m] += score(model, [x for n in test for x in rows[n]])
        print(f"{len(names)} sets, {args.folds} folds by set, {args.epochs} epochs")
        print(f"| margin | {noun} | right (rules) | right (with model) | fixed | broken |\n|---:|---:|---:|---:|---:|---:|")
        for m, r in totals.items():
            print(f"| {m} | {r['n']} | {r['right_before']} | {r['right_after']} | {r['fixed']} | {r['broken']} |")
        return 0
    examples = [x for n in names for x in examples_of(rows[n])]
    weights = fit(examples, args.epochs)
    data = {"features_version": features_version, "margin": args.margin, "epochs": args.epochs,
            "trained_on": [p.name for p in files], "examples": len(examples), "weights": weights}
    tmp = args.out.with_suffix(".tmp")
    srsly.write_json(tmp, data)
    tmp.replace(args.out)
    r = score(model_of(data), [x for n in names for x in rows[n]])
    print(f"{args.out}: {len(weights)} weights from {len(examples)} examples of {len(files)} sets; "
          f"on its own training sets (not a test): {r['right_before']} -> {r['right_after']} of {r['n']} {noun} right")
    return 0
