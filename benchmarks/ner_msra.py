"""Train and score NER models on MSRA (issue #6).

    # train for a fixed wall-time budget (one thread), then score model-best on MSRA test
    python benchmarks/ner_msra.py train CONFIG NAME --minutes 10 [--train F --dev F] [-- spacy overrides]
    # score a saved pipeline: P/R/F per label on MSRA test, chars/s, size on disk
    python benchmarks/ner_msra.py eval MODEL [--test training/corpus/msra_raw/test.spacy] [--fold]
    # a product model on the seed gold (review JSONL), alone or with the rules before the merger
    python benchmarks/ner_msra.py eval MODEL --test ../shared/gold/seed.gold.jsonl [--with-rules]
    # a span-vote ensemble of saved models (majority of MODELs, or --min-votes)
    python benchmarks/ner_msra.py vote MODEL MODEL MODEL ... --test F [--fold] [--min-votes K]
    # is B better than A beyond chance? paired bootstrap over the test documents
    python benchmarks/ner_msra.py compare MODEL_A MODEL_B --test F [--fold] [--with-rules] [--samples 2000]

Scores use exact span match. Gold is read from a .spacy file built by `python -m pipeline.corpus
msra`; `--fold` maps our labels to MSRA's (PERSON->PER, PLACE->LOC, ORG/POLICE_UNIT->ORG) on
both sides, so product models are scored on the published labels. Nothing here is scored on
training data: the test file is MSRA's official test set.
"""
from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import srsly

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

ONE_THREAD = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
FOLD = {"PERSON": "PER", "PLACE": "LOC", "ORG": "ORG", "POLICE_UNIT": "ORG", "PER": "PER", "LOC": "LOC"}


def dir_size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file()) / 1e6


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def spans_of(doc, fold: bool) -> set:
    return {(e.start_char, e.end_char, FOLD.get(e.label_, e.label_) if fold else e.label_) for e in doc.ents}


def score(nlp, gold_docs, fold: bool, preds_out: list | None = None) -> dict:
    """Exact-match P/R/F per label and overall, and throughput over the raw texts
    (`preds_out`: a list that receives the predicted docs)."""
    texts = [d.text for d in gold_docs]
    t0 = time.perf_counter()
    preds = list(nlp.pipe(texts, batch_size=256))
    secs = time.perf_counter() - t0
    if preds_out is not None:
        preds_out.extend(preds)
    table = label_table([spans_of(d, fold) for d in preds], [spans_of(d, fold) for d in gold_docs])
    chars = sum(len(t) for t in texts)
    return {"labels": table, "chars": chars, "seconds": secs, "chars_per_s": chars / secs}


def print_table(result: dict, title: str) -> None:
    print(f"\n{title}")
    print("| label | P | R | F | gold |\n|---|---:|---:|---:|---:|")
    for label, m in result["labels"].items():
        print(f"| {label} | {100 * m['p']:.2f} | {100 * m['r']:.2f} | {100 * m['f']:.2f} | {m['n']} |")
    extra = f", size {result['size_mb']:.1f} MB" if "size_mb" in result else ""
    print(f"\n{result['chars']} chars in {result['seconds']:.1f}s = {result['chars_per_s']:.0f} chars/s (1 thread){extra}")
    if "without_largest" in result:
        w = result["without_largest"]
        print(f"without document {w['index']} ({w['gold']} of {result['labels']['ALL']['n']} gold entities, "
              f"F there {100 * w['f_that_document']:.2f}): F {100 * w['f']:.2f}")


def gold_docs(path: Path, vocab) -> list:
    """Gold docs from a .spacy file, or from review JSONL (e.g. shared/gold/seed.gold.jsonl)."""
    from spacy.tokens import DocBin

    if path.suffix == ".jsonl":
        from pipeline.io.review import record_to_doc

        return [record_to_doc(vocab, r) for r in srsly.read_jsonl(path)]
    return list(DocBin().from_disk(path).get_docs(vocab))


def with_rules(model_nlp):
    """The default pipeline with this model in place of the shipped `ner` (rules, ner,
    ner_rulings, entity_merger as in configs/default.cfg)."""
    from pipeline import load

    nlp = load()
    nlp.remove_pipe("ner")
    nlp.add_pipe("ner", source=model_nlp, before="ner_rulings")
    return nlp


def recall_breakdown(preds, gold_docs, train: Path, fold: bool) -> dict:
    """Recall of the gold entities by label and by kind: `seen` (the same text with the same
    label is an entity in the training file) or `unseen`, and `run-together` (it starts where
    an entity of its label ends, nothing between: a list written without delimiters)."""
    from spacy.tokens import DocBin

    vocab = gold_docs[0].vocab if gold_docs else None
    seen = {(e.text, FOLD.get(e.label_, e.label_) if fold else e.label_)
            for doc in DocBin().from_disk(train).get_docs(vocab) for e in doc.ents}
    n, hit = Counter(), Counter()
    for pred, gold in zip(preds, gold_docs):
        found = spans_of(pred, fold)
        ents = sorted(spans_of(gold, fold))
        ends = {(e, label) for _, e, label in ents}
        for start, end, label in ents:
            kinds = ["seen" if (gold.text[start:end], label) in seen else "unseen"]
            if (start, label) in ends:
                kinds.append("run-together")
            for kind in kinds:
                n[(label, kind)] += 1
                hit[(label, kind)] += (start, end, label) in found
    return {f"{label} {kind}": {"n": n[(label, kind)], "recall": hit[(label, kind)] / n[(label, kind)]}
            for label, kind in sorted(n)}


def load_model(model: Path, rules: bool = False):
    import spacy

    import pipeline.ner  # noqa: F401  (registers our layers for spacy.load)
    from pipeline.language import register_components
    from pipeline.ner.ops import prefer_numpy_blas

    register_components()
    # chars/s as the default pipeline runs it: gemm on numpy's BLAS, also for models saved
    # before their config named pipeline.NumpyBlas.v1 (pipeline/ner/ops.py)
    prefer_numpy_blas()
    nlp = spacy.load(model)
    return with_rules(nlp) if rules else nlp


def model_spans(model: Path, texts: list[str], fold: bool, rules: bool = False) -> tuple[list[set], float]:
    """The entity spans one saved model predicts for each text, and the seconds it took."""
    nlp = load_model(model, rules)
    t0 = time.perf_counter()
    spans = [spans_of(d, fold) for d in nlp.pipe(texts, batch_size=256)]
    return spans, time.perf_counter() - t0


def doc_counts(preds, gold_docs, fold: bool):
    """Per document: [true positives, predicted, gold] entities (exact match), an (n, 3) array."""
    return span_counts([spans_of(d, fold) for d in preds], [spans_of(d, fold) for d in gold_docs])


def span_counts(pred_spans: list[set], gold_spans: list[set]):
    import numpy

    rows = [(len(p & g), len(p), len(g)) for p, g in zip(pred_spans, gold_spans)]
    return numpy.array(rows, dtype=numpy.int64).reshape(-1, 3)


def vote_spans(span_lists: list[list[set]], min_votes: int) -> list[set]:
    """Per document, the spans that at least `min_votes` of the models predicted; where such
    spans overlap, the one with more votes wins, then the earlier one."""
    voted = []
    for per_model in zip(*span_lists):
        votes = Counter(s for spans in per_model for s in spans)
        chosen: list = []
        for span in sorted((s for s, v in votes.items() if v >= min_votes), key=lambda s: (-votes[s], s[0])):
            if all(span[1] <= c[0] or span[0] >= c[1] for c in chosen):
                chosen.append(span)
        voted.append(set(chosen))
    return voted


def label_table(pred_spans: list[set], gold_spans: list[set]) -> dict:
    tp, n_pred, n_gold = Counter(), Counter(), Counter()
    for p, g in zip(pred_spans, gold_spans):
        n_pred.update(s[2] for s in p)
        n_gold.update(s[2] for s in g)
        tp.update(s[2] for s in p & g)
    table = {label: dict(zip("prf", prf(tp[label], n_pred[label], n_gold[label])), n=n_gold[label])
             for label in sorted(set(n_gold) | set(n_pred))}
    table["ALL"] = dict(zip("prf", prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))),
                        n=sum(n_gold.values()))
    return table


def vote(models: list[Path], test: Path, fold: bool, min_votes: int | None, against: Path | None = None) -> dict:
    """A span-vote ensemble of saved models (each predicts the test texts; a span is kept when
    a majority, or `min_votes`, of them predicted it); with `against`, also the paired
    bootstrap of the ensemble (B) against that single model (A)."""
    gold = test_docs(test)
    texts = [g.text for g in gold]
    gold_spans = [spans_of(g, fold) for g in gold]
    span_lists, secs = [], 0.0
    for model in models:
        spans, seconds = model_spans(model, texts, fold)
        span_lists.append(spans)
        secs += seconds
    k = min_votes or len(models) // 2 + 1
    voted = vote_spans(span_lists, k)
    chars = sum(map(len, texts))
    result = {"labels": label_table(voted, gold_spans), "chars": chars, "seconds": secs, "chars_per_s": chars / secs,
              "without_largest": without_largest(span_counts(voted, gold_spans)), "min_votes": k,
              "size_mb": sum(dir_size_mb(m) for m in models), "model": " + ".join(str(m) for m in models),
              "name": f"vote{k}of{len(models)}-{test.stem}"}
    if against:
        a, b = span_counts(model_spans(against, texts, fold)[0], gold_spans), span_counts(voted, gold_spans)
        result["against"] = {"model": str(against), **paired_bootstrap(a, b), "top_document": top_document(a, b, texts)}
    return result


def paired_bootstrap(counts_a, counts_b, samples: int = 2000, seed: int = 0) -> dict:
    """F of B minus F of A on the test set, and that difference over `samples` resamplings of
    the documents (the same documents for both models: paired): 95% interval and the share of
    resamplings in which B is not better. Documents, not entities, are resampled because the
    errors of one sentence go together."""
    import numpy

    n = len(counts_a)
    observed = f_of(counts_b) - f_of(counts_a)
    rng = numpy.random.default_rng(seed)
    delta = numpy.empty(samples)
    for i in range(samples):  # one resampling at a time: memory stays O(documents)
        idx = rng.integers(0, n, size=n)
        delta[i] = f_of(counts_b[idx]) - f_of(counts_a[idx])
    lo, hi = numpy.percentile(delta, [2.5, 97.5])
    return {"delta_f": observed, "ci95": (float(lo), float(hi)), "p_b_not_better": float((delta <= 0).mean()),
            "samples": samples, "documents": n}


def f_of(counts) -> float:
    """F of the documents in `counts` (rows of [true positives, predicted, gold]) taken together."""
    return prf(*map(int, counts.sum(axis=0)))[2]


def test_docs(test: Path) -> list:
    """The gold docs of a test file; only their text and character offsets are read here, so
    any vocab will do and the file is read once however many models are scored on it."""
    import spacy

    return gold_docs(test, spacy.blank("zh").vocab)


def compare(model_a: Path, model_b: Path, test: Path, fold: bool, rules: bool, samples: int, seed: int) -> dict:
    gold = test_docs(test)
    texts = [d.text for d in gold]
    gold_spans = [spans_of(d, fold) for d in gold]
    counts = [span_counts(model_spans(model, texts, fold, rules)[0], gold_spans) for model in (model_a, model_b)]
    result = paired_bootstrap(counts[0], counts[1], samples, seed)
    result["f_a"], result["f_b"] = f_of(counts[0]), f_of(counts[1])
    result["top_document"] = top_document(counts[0], counts[1], texts)
    return result


def without_largest(counts) -> dict:
    """F over all documents but the one with the most gold entities: how much one long list
    (MSRA test's document 511, 643 names, a tenth of the test entities) weighs in the score."""
    import numpy

    i = int(numpy.argmax(counts[:, 2]))
    keep = numpy.arange(len(counts)) != i
    return {"index": i, "gold": int(counts[i, 2]), "f": f_of(counts[keep]), "f_that_document": f_of(counts[i:i + 1])}


def top_document(counts_a, counts_b, texts: list[str]) -> dict:
    """The document whose true positives differ most between A and B, its share of the whole
    difference, and B − A without it: one long list (MSRA test's 643-name funeral committee)
    can carry a whole difference."""
    import numpy

    diff = counts_b[:, 0] - counts_a[:, 0]
    i = int(numpy.argmax(numpy.abs(diff)))
    keep = numpy.arange(len(diff)) != i
    return {"index": i, "text": texts[i][:40], "gold": int(counts_a[i, 2]), "tp_a": int(counts_a[i, 0]),
            "tp_b": int(counts_b[i, 0]), "tp_diff_total": int(diff.sum()),
            "delta_f_without": f_of(counts_b[keep]) - f_of(counts_a[keep])}


def evaluate(model: Path, test: Path, fold: bool, rules: bool = False, breakdown: Path | None = None) -> dict:
    nlp = load_model(model, rules)
    gold = gold_docs(test, nlp.vocab)
    preds: list = []
    result = score(nlp, gold, fold, preds)
    result["without_largest"] = without_largest(doc_counts(preds, gold, fold))
    if breakdown:
        result["recall_breakdown"] = recall_breakdown(preds, gold, breakdown, fold)
    result["size_mb"] = dir_size_mb(model)
    result["model"] = str(model)
    return result


def train(config: Path, name: str, minutes: float, train_path: Path, dev_path: Path, overrides: list[str]) -> dict:
    """`spacy train` in a subprocess on one thread, stopped after `minutes` of wall time
    (model-best is written at each evaluation that improves the dev score)."""
    out = REPO / "training" / "models" / name
    log = REPO / "training" / "logs" / f"{name}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "spacy", "train", str(config), "-o", str(out),
           "--code", str(REPO / "pipeline" / "ner" / "layers.py"),
           "--paths.train", str(train_path), "--paths.dev", str(dev_path), *overrides]
    env = {**os.environ, **ONE_THREAD}
    t0 = time.time()
    with log.open("w") as fh:
        fh.write(" ".join(cmd) + "\n")
        fh.flush()
        # a shell's background job (`cmd &` in a script) starts with SIGINT ignored, and the child
        # would inherit that and be killed two minutes late: give it the default handling back
        proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT, env=env, cwd=REPO,
                                preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        try:
            proc.wait(timeout=minutes * 60)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=120)
            except subprocess.TimeoutExpired:
                proc.kill()
    wall = time.time() - t0
    return {"name": name, "cmd": cmd, "train_wall_s": wall, "log": str(log), "best_dev": best_dev(log),
            "model": str(out / "model-best")}


def best_dev(log: Path) -> dict:
    """Best dev ENTS_F in spaCy's console table (columns read from its header line)."""
    best = {"ents_f": None, "epoch": None, "step": None}
    col = None
    for line in log.read_text().splitlines():
        parts = line.split()
        if parts[:2] == ["E", "#"]:
            # each "LOSS X" header is two words over one value column
            col = parts.index("ENTS_F") - parts.count("LOSS")
        elif col is not None and len(parts) > col and parts[0].isdigit() and parts[1].isdigit():
            f = float(parts[col])
            if best["ents_f"] is None or f >= best["ents_f"]:
                best = {"ents_f": f, "epoch": int(parts[0]), "step": int(parts[1])}
    return best


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("train")
    t.add_argument("config", type=Path)
    t.add_argument("name")
    t.add_argument("--minutes", type=float, default=10)
    t.add_argument("--train", type=Path, default=REPO / "training/corpus/msra_raw/train.spacy")
    t.add_argument("--dev", type=Path, default=REPO / "training/corpus/msra_raw/dev.spacy")
    t.add_argument("--test", type=Path, default=REPO / "training/corpus/msra_raw/test.spacy")
    t.add_argument("--fold", action="store_true")
    e = sub.add_parser("eval")
    e.add_argument("model", type=Path)
    e.add_argument("--test", type=Path, default=REPO / "training/corpus/msra_raw/test.spacy")
    e.add_argument("--fold", action="store_true")
    e.add_argument("--with-rules", action="store_true", help="score rules + this ner (ner before entity_merger)")
    e.add_argument("--breakdown", type=Path, metavar="TRAIN.spacy",
                   help="also recall of entities seen / unseen in this training file, and of run-together ones")
    c = sub.add_parser("compare", help="paired bootstrap of the F difference between two models")
    c.add_argument("model_a", type=Path)
    c.add_argument("model_b", type=Path)
    c.add_argument("--test", type=Path, required=True)
    c.add_argument("--fold", action="store_true")
    c.add_argument("--with-rules", action="store_true")
    c.add_argument("--samples", type=int, default=2000)
    c.add_argument("--seed", type=int, default=0)
    v = sub.add_parser("vote", help="span-vote ensemble of saved models")
    v.add_argument("models", type=Path, nargs="+")
    v.add_argument("--test", type=Path, required=True)
    v.add_argument("--fold", action="store_true")
    v.add_argument("--min-votes", type=int, default=None, help="default: a majority of the models")
    v.add_argument("--against", type=Path, default=None, help="a single model to bootstrap the ensemble against")
    args, overrides = ap.parse_known_args(argv)
    if args.cmd == "compare":
        r = compare(args.model_a, args.model_b, args.test, args.fold, args.with_rules, args.samples, args.seed)
        print(f"\nA {args.model_a}\nB {args.model_b}\non {args.test}{' folded' if args.fold else ''}"
              f"{' with the rules' if args.with_rules else ''}, {r['documents']} documents")
        print("| F A | F B | B − A | 95% interval | resamplings with B not better |\n|---:|---:|---:|---|---:|")
        lo, hi = r["ci95"]
        print(f"| {100 * r['f_a']:.2f} | {100 * r['f_b']:.2f} | {100 * r['delta_f']:+.2f} | "
              f"[{100 * lo:+.2f}, {100 * hi:+.2f}] | {100 * r['p_b_not_better']:.1f}% of {r['samples']} |")
        t = r["top_document"]
        print(f"\nDocument {t['index']} ({t['text']}…, {t['gold']} gold entities) moves most: true positives "
              f"A {t['tp_a']}, B {t['tp_b']} (all documents: B − A = {t['tp_diff_total']:+d}); "
              f"without it B − A = {100 * t['delta_f_without']:+.2f} F")
        return 0
    if args.cmd == "vote":
        result = vote(args.models, args.test, args.fold, args.min_votes, args.against)
    elif args.cmd == "train":
        run = train(args.config, args.name, args.minutes, args.train, args.dev, overrides)
        result = {**run, **evaluate(Path(run["model"]), args.test, args.fold)}
    else:
        result = evaluate(args.model, args.test, args.fold, args.with_rules, args.breakdown)
        result["name"] = args.model.parent.name + ("+rules" if args.with_rules else "") + "-" + args.test.stem
    print_table(result, f"{result['name']}: {result.get('model')} on {args.test.name}")
    if "against" in result:
        r = result["against"]
        lo, hi = r["ci95"]
        print(f"against {r['model']}: ensemble − model {100 * r['delta_f']:+.2f} F, 95% interval "
              f"[{100 * lo:+.2f}, {100 * hi:+.2f}], not better in {100 * r['p_b_not_better']:.1f}% of "
              f"{r['samples']} resamplings; without document {r['top_document']['index']}: "
              f"{100 * r['top_document']['delta_f_without']:+.2f}")
    if "recall_breakdown" in result:
        print("\n| gold entities | n | recall |\n|---|---:|---:|")
        for kind, m in result["recall_breakdown"].items():
            print(f"| {kind} | {m['n']} | {100 * m['recall']:.1f} |")
    if "train_wall_s" in result:
        print(f"training wall time {result['train_wall_s'] / 60:.1f} min; best dev F {result['best_dev']}")
    res_path = REPO / "training" / "results" / f"{result['name']}{'-fold' if args.fold else ''}.json"
    res_path.parent.mkdir(parents=True, exist_ok=True)
    srsly.write_json(res_path, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
