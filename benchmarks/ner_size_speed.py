"""What a smaller ner would buy in speed: the full default pipeline with the shipped ner against
the same pipeline with smaller, UNTRAINED ner variants in its place (random weights: speed only,
their entities mean nothing), and without a ner (`annotate --rules-only`). The untrained copy of
the shipped architecture is the control: an untrained ner finds other entities than the trained
one, so the components after it (ner_rulings, the merger) do other work; compare the variants
with that row (the last column), not with the trained model.

    python benchmarks/ner_size_speed.py [MEGABYTES]     (default 0.5 MB of seed + THUCNews headlines)

Why: the issue's throughput target (45k chars/s per process) is far above the default pipeline's
(benchmarks/HISTORY.md, Throughput). Training a smaller product model takes ~80 min on this
machine and costs quality, so this prices the architectures first. Each variant starts from the
shipped ner's config (`pipeline/resources/ner/config.cfg`) with the changes in VARIANTS and the
shipped model's own pretrained n-gram vectors (written to a temporary table). The variant replaces the component named `ner` in the loaded default pipeline, so the rules around
it, the tokenizer and the batch size are the real ones. Prints a markdown table; each row is
the best of two runs over the same texts after a warm-up.
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time

from _text import lines_of_size

from pipeline import load
from pipeline.cli import DEFAULT_BATCH_SIZE
from throughput import rules_only, warm_up_texts

NER_CONFIG = "pipeline/resources/ner/config.cfg"
ENCODE = "components.ner.model.tok2vec.encode"
EMBED = "components.ner.model.tok2vec.embed"
# name -> (config overrides, keep the BiLSTM)
VARIANTS = {
    "shipped config, untrained (the control)": ({}, True),
    "no pretrained vectors": ({"paths.ngram_vectors": None}, True),
    "width 64": ({f"{EMBED}.width": 64}, True),
    "CNN only (no BiLSTM)": ({}, False),
    "CNN only, width 64": ({f"{EMBED}.width": 64}, False),
    "CNN only, width 64, one CNN layer": ({f"{EMBED}.width": 64, f"{ENCODE}.depth": 1}, False),
    "CNN only, width 64, one CNN layer, no word features": (
        {f"{EMBED}.width": 64, f"{ENCODE}.depth": 1, f"{EMBED}.words": False}, False),
}


def shipped_vectors_table(ner, path: str) -> None:
    """Write the shipped ner's pretrained n-gram vectors (int8 rows × scale in its attrs) as the
    table `python -m pipeline.ner.ngram_vectors` writes, so a variant can be initialised with them."""
    import numpy

    layer = next(node for node in ner.model.walk() if node.name == "pretrained_ngram_vectors")
    a = layer.attrs
    numpy.savez(path, **{f"{kind}_keys": a[f"{kind}_keys"] for kind in ("char", "bigram")},
                **{f"{kind}_vectors": a[f"{kind}_vectors"].astype("float32") * a[f"{kind}_scale"] for kind in ("char", "bigram")})


def untrained_ner(overrides: dict, lstm: bool, labels: tuple, vectors: str):
    """A ner-only pipeline from the shipped config with `overrides`, initialised with `labels`
    and random weights."""
    import spacy

    config = spacy.util.load_config(NER_CONFIG, overrides={"paths.ngram_vectors": vectors, **overrides}, interpolate=False)
    if not lstm:  # spaCy's own CNN encoder in place of ours (CNN + BiLSTM)
        encode = config["components"]["ner"]["model"]["tok2vec"]["encode"]
        for key in ("lstm_depth", "dropout"):
            encode.pop(key, None)
        encode["@architectures"] = "spacy.MaxoutWindowEncoder.v2"
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    ner = nlp.get_pipe("ner")
    for label in labels:
        ner.add_label(label)
    nlp.initialize()
    return nlp


def best_of(nlp, texts, runs: int = 2) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=DEFAULT_BATCH_SIZE):
            pass
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    megabytes = float(argv[0]) if argv else 0.5
    texts = lines_of_size(int(megabytes * 1_000_000))
    chars = sum(map(len, texts))
    nlp = load()
    labels = tuple(nlp.get_pipe("ner").labels)
    warm = warm_up_texts(texts)
    rows = {}
    for _ in nlp.pipe(warm, batch_size=DEFAULT_BATCH_SIZE):
        pass
    rows["shipped ner (trained)"] = best_of(nlp, texts)
    with rules_only(nlp):
        rows["no ner (rules only)"] = best_of(nlp, texts)
    tmp = tempfile.mkdtemp()
    vectors = os.path.join(tmp, "ngram_vectors.npz")
    shipped_vectors_table(nlp.get_pipe("ner"), vectors)
    for name, (overrides, lstm) in VARIANTS.items():
        variant = untrained_ner(overrides, lstm, labels, vectors)
        nlp.remove_pipe("ner")
        nlp.add_pipe("ner", source=variant, before="ner_rulings")
        for _ in nlp.pipe(warm[:2000], batch_size=DEFAULT_BATCH_SIZE):
            pass
        rows[name] = best_of(nlp, texts)
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(texts)} documents, {chars:,} characters; full default pipeline, 1 process, batches of {DEFAULT_BATCH_SIZE}\n")
    print("| ner in the pipeline | seconds | chars/s | × the control |")
    print("|---|---:|---:|---:|")
    control = rows["shipped config, untrained (the control)"]
    for name, seconds in rows.items():
        print(f"| {name} | {seconds:.2f} | {chars / seconds / 1000:.1f}k | {control / seconds:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
