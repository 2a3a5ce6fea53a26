"""Word segmentation benchmark: the shipped pkuseg model vs jieba vs spaCy's char segmenter.

Scores (SIGHAN bakeoff word P/R/F, see pipeline/segmentation/score.py) on
- SIGHAN 2005 PKU test (in-domain: same standard as the People's Daily 1998 training text),
- SIGHAN 2005 MSR test (cross-domain: a different segmentation standard),
speed (chars/s over both test inputs, one process), and for the shipped model its load time
and memory (RSS growth while loading, from /proc/self/status). FastCut's two paths are timed
too: its batch path over 256 lines at a time (what the ner's word features call), and the cost
of one call on each path by text length (where `fast_cut.BATCH_MIN_CHARS` comes from).

    python benchmarks/segmentation.py [--shared ../shared] [--model DIR]

Prints a markdown table; it does not assert.
"""
from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from pipeline.segmentation.score import read_raw, read_segmented, score

REPO = Path(__file__).resolve().parent.parent


def rss_kib() -> dict:
    """Current and peak resident set size of this process (Linux)."""
    fields = {}
    with open("/proc/self/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                fields[key] = int(value.split()[0])
    return fields


def load_ours(model, postprocess=False):
    """Build the pkuseg tokenizer, timing it and measuring RSS growth."""
    import spacy  # noqa: F401  (imported before the baseline: the cost of spaCy is not ours)
    import spacy_pkuseg  # noqa: F401

    from pipeline.segmentation.tokenizer import make_pkuseg_nlp

    before = rss_kib()
    start = time.perf_counter()
    nlp = make_pkuseg_nlp(model, postprocess=postprocess)
    load_s = time.perf_counter() - start
    after = rss_kib()
    mem = {
        "load_s": load_s,
        "rss_delta_mb": (after["VmRSS"] - before["VmRSS"]) / 1024,
        "peak_delta_mb": (after["VmHWM"] - before["VmRSS"]) / 1024,
    }
    return nlp, mem


def spacy_cut(nlp):
    tokenizer = nlp.tokenizer
    return lambda text: [t.text for t in tokenizer(text) if not t.is_space]


def jieba_cut():
    import jieba

    jieba.setLogLevel(60)  # silence "Building prefix dict" on stderr
    jieba.initialize()
    return lambda text: [w for w in jieba.cut(text) if w.strip()]


def char_cut():
    import spacy

    return spacy_cut(spacy.blank("zh"))


def run(cut, raw: list[str]) -> tuple[list[list[str]], float, float]:
    """Segment every line; returns the words, wall-clock seconds and CPU seconds (the CPU
    time of this process is what stays comparable on a machine shared with other jobs)."""
    start, cpu = time.perf_counter(), time.process_time()
    out = [cut(line) for line in raw]
    return out, time.perf_counter() - start, time.process_time() - cpu


def run_batched(cut_many, raw: list[str], size: int = 256) -> tuple[list[list[str]], float, float]:
    """As run, segmenting `size` lines per call."""
    start, cpu = time.perf_counter(), time.process_time()
    out = [words for i in range(0, len(raw), size) for words in cut_many(raw[i : i + size])]
    return out, time.perf_counter() - start, time.process_time() - cpu


def evaluate(name, cut, tests, vocab, batched=False) -> dict:
    row = {"name": name}
    chars = wall = cpu = 0.0
    for test, (raw, gold) in tests.items():
        pred, w, c = (run_batched if batched else run)(cut, raw)
        chars, wall, cpu = chars + sum(map(len, raw)), wall + w, cpu + c
        row[test] = score(gold, pred, vocab=vocab.get(test))
    row["chars_per_s"], row["chars_per_cpu_s"] = chars / wall, chars / cpu
    return row


def load_tests(data: Path) -> dict:
    tests = {}
    for name in ("pku", "msr"):
        raw = read_raw(data / f"{name}_test.utf8")
        gold = read_segmented(data / f"{name}_test_gold.utf8")
        assert len(raw) == len(gold), (name, len(raw), len(gold))
        tests[name] = (raw, gold)
    return tests


def load_vocab(data: Path) -> dict:
    return {
        name: set(read_raw(data / f"{name}_training_words.utf8")) for name in ("pku", "msr")
    }


def fmt(x: float) -> str:
    return f"{100 * x:.2f}"


def table(rows: list[dict], mem: dict) -> str:
    head = (
        "| segmenter | PKU P | PKU R | PKU F | PKU OOV R | MSR P | MSR R | MSR F | chars/s | chars/CPU-s |\n"
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    )
    lines = [head]
    for r in rows:
        pku, msr = r["pku"], r["msr"]
        lines.append(
            f"| {r['name']} | {fmt(pku['p'])} | {fmt(pku['r'])} | {fmt(pku['f'])} | "
            f"{fmt(pku['oov_recall'])} | {fmt(msr['p'])} | {fmt(msr['r'])} | {fmt(msr['f'])} | "
            f"{r['chars_per_s']:,.0f} | {r['chars_per_cpu_s']:,.0f} |"
        )
    lines.append("")
    lines.append(
        f"Shipped model: load {mem['load_s']:.2f} s, RSS +{mem['rss_delta_mb']:.0f} MB "
        f"(peak +{mem['peak_delta_mb']:.0f} MB while loading)."
    )
    return "\n".join(lines)


def batch_path(nlp):
    """FastCut.cut_many of the pipeline's segmenter, its tables built beforehand (the build is
    timed apart, in fast_cut_paths)."""
    fast = nlp.tokenizer.pkuseg_seg._cut
    fast._tables()
    return fast.cut_many


def fast_cut_paths(model, tests) -> str:
    """Microseconds per call of FastCut's per-character loop and of its batch path, on test
    lines cut (or repeated) to each length."""
    import spacy_pkuseg

    from pipeline.segmentation.fast_cut import FastCut
    from pipeline.segmentation.tokenizer import shipped_model_path

    fast = FastCut(spacy_pkuseg.pkuseg(str(model or shipped_model_path()), user_dict=[]))
    start = time.perf_counter()
    fast._tables()
    build_s = time.perf_counter() - start
    lines = [line for raw, _ in tests.values() for line in raw if line][:1000]
    rows = ["| characters per call | per-character loop (µs) | batch path (µs) |", "| ---: | ---: | ---: |"]
    for length in (8, 32, 64, 128, 256):
        texts = [(line * (length // len(line) + 1))[:length] for line in lines]
        costs = []
        for tags in (fast._tags_short, lambda text: fast._tags_batch([text])):
            start = time.perf_counter()
            for text in texts:
                tags(text)
            costs.append(1e6 * (time.perf_counter() - start) / len(texts))
        rows.append(f"| {length} | {costs[0]:,.0f} | {costs[1]:,.0f} |")
    rows.append(f"\nFastCut's batch tables: built in {build_s:.2f} s.")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--model", type=Path, help="pkuseg model dir (default: the shipped one)")
    args = parser.parse_args()
    data = args.shared / "data" / "sighan2005_icwb2"

    # ours first, so that its memory is measured before jieba's dictionaries are loaded
    ours, mem = load_ours(args.model)
    ours_post, _ = load_ours(args.model, postprocess=True)
    ours_slow, _ = load_ours(args.model)
    del ours_slow.tokenizer.pkuseg_seg._cut  # back to spacy_pkuseg's own feature extraction
    tests, vocab = load_tests(data), load_vocab(data)
    rows = [
        evaluate("pkuseg, shipped model (as shipped: PkusegTokenizer with FastCut, no post-processing)", spacy_cut(ours), tests, vocab),
        evaluate("pkuseg, shipped model, spacy_pkuseg's own feature extraction (spaCy ChineseTokenizer)", spacy_cut(ours_slow), tests, vocab),
        evaluate("pkuseg, shipped model + spacy_pkuseg default-dict post-processing", spacy_cut(ours_post), tests, vocab),
        evaluate("pkuseg, shipped model, FastCut batch path: `FastCut.cut_many` over 256 lines per call (the ner's word features)",
                 batch_path(ours), tests, vocab, batched=True),
        evaluate("jieba 0.42 `jieba.cut` (HMM on)", jieba_cut(), tests, vocab),
        evaluate("spaCy zh char segmenter", char_cut(), tests, vocab),
    ]
    print(table(rows, mem))
    print()
    print(fast_cut_paths(args.model, tests))
    print(f"\nMachine load while measuring (1-min load average / CPUs): {os.getloadavg()[0]:.1f} / {os.cpu_count()}")
    print(
        "\nOOV R: recall of gold words not in the bakeoff training word list. MSR uses a "
        "different standard (e.g. names and numbers+units are single words), so all "
        "PKU-trained segmenters lose there."
    )


if __name__ == "__main__":
    main()
