"""Throughput in one run, on the same text: our default pipeline (1 and 2 processes, batches of
DEFAULT_BATCH_SIZE documents; also 1 process with batches of 64 and 1,024, articles of ~1,000
characters one per nlp() call, and with thinc's
bundled blis doing the ner's matrix products instead of numpy's BLAS), the rule components
alone, and jieba.posseg; ratios to jieba.posseg.

    python benchmarks/throughput.py [MEGABYTES]      (default 2 MB of seed + THUCNews headlines)
    python benchmarks/throughput.py --components [MEGABYTES]   (seconds per component, batch
                                                   by batch as nlp.pipe runs them, the ner included)

Prints a markdown table. Timings exclude loading; each system runs once over the same
documents after a warm-up long enough to build the segmenter's batch tables (a one-off per
process, timed on its own and printed under the table).
"""
from __future__ import annotations

import sys
import time

from _text import lines_of_size

from pipeline import load
from pipeline.cli import DEFAULT_BATCH_SIZE


def ours(nlp, texts, n_process=1, batch_size=DEFAULT_BATCH_SIZE):
    from pipeline.ner.ops import blas_threads_for

    with blas_threads_for(n_process):  # as `annotate --n-process` runs it
        for _ in nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
            pass


def rules_only(nlp):
    """The default pipeline without its statistical component (`annotate --rules-only`)."""
    from pipeline.language import RULES_ONLY_EXCLUDE

    disabled = [name for name in nlp.pipe_names if name in RULES_ONLY_EXCLUDE]
    return nlp.select_pipes(disable=disabled) if disabled else None


def set_gemm(nlp, use_blis: bool) -> None:
    """Put the statistical components' layers on thinc's blis gemm or numpy's BLAS
    (pipeline.NumpyBlas.v1, the default): the row with blis shows what the switch buys."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=use_blis)
    for _, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops


def jieba_posseg(texts):
    import jieba.posseg as pseg

    for text in texts:
        list(pseg.cut(text))


def warm_up_texts(texts: list[str]) -> list[str]:
    """The first texts past the segmenter's TABLES_AFTER_CHARS: its batch tables (a one-off
    of 2-4 s per process, built once that much text has been segmented) are then built before
    the timed runs, which measure the steady state. Until 2026-12-03 the warm-up was 200
    documents, and the first timed row (default pipeline, 1 process) paid that build."""
    from pipeline.segmentation.fast_cut import TABLES_AFTER_CHARS

    out, size = [], 0
    for text in texts:
        out.append(text)
        size += len(text)
        if size > TABLES_AFTER_CHARS + 10_000:
            break
    return out


def articles(texts: list[str], size: int = 1000) -> list[str]:
    """The texts joined by line breaks into documents of about `size` characters (a news
    article's length), as a user calling nlp(article) meets them."""
    out, parts, n = [], [], 0
    for text in texts:
        parts.append(text)
        n += len(text) + 1
        if n >= size:
            out.append("\n".join(parts))
            parts, n = [], 0
    return out + (["\n".join(parts)] if parts else [])


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def components(nlp, texts, batch_size=DEFAULT_BATCH_SIZE) -> dict:
    """Seconds each component spends on the texts, so that a change to one rule component can be
    priced on its own. The components run batch by batch, as under nlp.pipe: the segmenter keeps
    a per-text cache that a batch's later components read, and running each component over all
    the texts in turn evicted it, overstating those that ask for word boundaries (ner_rulings:
    0.92 s of 6.8 s that way)."""
    out = {name: 0.0 for name in nlp.pipe_names}
    for i in range(0, len(texts), batch_size):
        docs = [nlp.make_doc(t) for t in texts[i : i + batch_size]]
        for name, proc in nlp.pipeline:
            t0 = time.perf_counter()
            if hasattr(proc, "pipe"):
                docs = list(proc.pipe(docs))
            else:
                docs = [proc(d) for d in docs]
            out[name] += time.perf_counter() - t0
    return out


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    try:
        [float(a) for a in argv if a != "--components"]
    except ValueError:
        print(f"throughput.py: sizes are megabytes (a number), not {argv!r}\n\n{__doc__}", file=sys.stderr)
        return 2
    if argv and argv[0] == "--components":
        texts = lines_of_size(int((float(argv[1]) if len(argv) > 1 else 1.0) * 1_000_000))
        nlp = load()
        components(nlp, warm_up_texts(texts))
        print(f"{len(texts)} documents, {sum(map(len, texts)):,} characters\n")
        print("| component | seconds |")
        print("|---|---:|")
        for name, seconds in components(nlp, texts).items():
            print(f"| {name} | {seconds:.2f} |")
        return 0
    megabytes = float(argv[0]) if argv else 2.0
    texts = lines_of_size(int(megabytes * 1_000_000))
    chars = sum(map(len, texts))
    t0 = time.perf_counter()
    nlp = load()
    load_s = time.perf_counter() - t0
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    from pipeline.segmentation.fast_cut import TABLES_AFTER_CHARS, shipped_fast_cut

    one_off = timed(shipped_fast_cut()._tables)  # what the first batches past TABLES_AFTER_CHARS pay
    ours(nlp, warm_up_texts(texts))
    jieba_posseg(texts[:200])
    rows = {}
    rows["jieba.posseg"] = timed(lambda: jieba_posseg(texts))
    rows["ours, default pipeline, 1 process"] = timed(lambda: ours(nlp, texts))
    rows["ours, default pipeline, 2 processes"] = timed(lambda: ours(nlp, texts, n_process=2))
    # a user's nlp(text) on whole articles: the texts joined by line breaks into ~1,000 characters
    rows["ours, default pipeline, 1 process, one article per nlp() call"] = timed(lambda: [nlp(a) for a in articles(texts)])
    for size in (64, 1024):  # annotate's default until 2026-12-01, and larger than the default
        rows[f"ours, default pipeline, 1 process, batches of {size} documents"] = timed(lambda: ours(nlp, texts, batch_size=size))
    set_gemm(nlp, use_blis=True)
    rows["ours, default pipeline, 1 process, thinc's blis gemm"] = timed(lambda: ours(nlp, texts))
    set_gemm(nlp, use_blis=False)
    ctx = rules_only(nlp)
    if ctx is None:
        rows["ours, rules only, 1 process"] = rows["ours, default pipeline, 1 process"]
        note = "(this pipeline has no statistical component: rules only = default)"
    else:
        with ctx:
            rows["ours, rules only, 1 process"] = timed(lambda: ours(nlp, texts))
            rows["ours, rules only, 2 processes"] = timed(lambda: ours(nlp, texts, n_process=2))
        note = ""
    base = chars / rows["jieba.posseg"]
    print(f"{len(texts)} documents, {chars:,} characters ({megabytes:g} MB requested) {note}\n")
    print("| system | seconds | chars/s | × jieba.posseg |")
    print("|---|---:|---:|---:|")
    for name, seconds in rows.items():
        print(f"| {name} | {seconds:.2f} | {chars / seconds:,.0f} | {chars / seconds / base:.2f} |")
    one, two = rows["ours, default pipeline, 1 process"], rows["ours, default pipeline, 2 processes"]
    print(f"\n2 processes vs 1: {one / two:.2f}×")
    print(f"one-off per process, not in the table: the segmenter's batch tables {one_off:.2f} s "
          f"(built once {TABLES_AFTER_CHARS:,} characters have been segmented), loading the pipeline {load_s:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
