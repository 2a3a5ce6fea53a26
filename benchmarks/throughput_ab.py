"""Two revisions' throughput on the same text, alternated: the way to price a speed change on a
machine whose speed drifts by more than the change between runs.

    git worktree add ../old REV
    python benchmarks/throughput_ab.py ../old [--new TREE] [--mb 0.5] [--rounds 2]

Each round runs the old tree, then the new one (default: this checkout), each in a fresh
process started in that tree with it first on PYTHONPATH (`python -m` and `-c` put the working
directory first on the path, so PYTHONPATH alone would run whatever tree the command starts in).
A run loads the default pipeline, warms up past the segmenter's one-off table build (as
`throughput.py` does), then times `nlp.pipe` in batches of 256 over the same text with the ner
and without it (`--rules-only`). Prints a markdown table: seconds per run and the range of the
old / new ratios. Say in the report that the outputs were compared too (`review_sets.py --dump`,
`headline_diff.py`): this script times, it does not check.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from _text import REPO, lines_of_size

RUN = r"""
import json, sys, time
import pipeline
from pipeline import load
from pipeline.cli import DEFAULT_BATCH_SIZE
from pipeline.language import RULES_ONLY_EXCLUDE
from pipeline.segmentation.fast_cut import TABLES_AFTER_CHARS
texts = json.load(open(sys.argv[1], encoding="utf-8"))
nlp = load()
warm, size = [], 0
for text in texts:  # past the segmenter's table build, as throughput.py warms up
    warm.append(text)
    size += len(text)
    if size > TABLES_AFTER_CHARS + 10_000:
        break
list(nlp.pipe(warm, batch_size=DEFAULT_BATCH_SIZE))
t0 = time.perf_counter()
for _ in nlp.pipe(texts, batch_size=DEFAULT_BATCH_SIZE):
    pass
default = time.perf_counter() - t0
with nlp.select_pipes(disable=[p for p in nlp.pipe_names if p in RULES_ONLY_EXCLUDE]):
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=DEFAULT_BATCH_SIZE):
        pass
    rules = time.perf_counter() - t0
print(json.dumps({"package": pipeline.__file__, "default": default, "rules_only": rules}))
"""


def run(tree: Path, text_file: str) -> dict:
    env = dict(os.environ, PYTHONPATH=str(tree))
    proc = subprocess.run([sys.executable, "-c", RUN, text_file], cwd=tree, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"{tree}: the run failed:\n{proc.stderr[-2000:]}")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    expected = (tree / "pipeline" / "__init__.py").resolve()
    if Path(result["package"]).resolve() != expected:  # the run must time that tree's code
        raise SystemExit(f"{tree}: imported {result['package']}, not {expected}")
    return result


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("old", type=Path, help="the old revision's tree (a git worktree)")
    ap.add_argument("--new", type=Path, default=REPO, help="the new revision's tree (default: this checkout)")
    ap.add_argument("--mb", type=float, default=0.5, help="megabytes of seed + THUCNews headlines (default 0.5)")
    ap.add_argument("--rounds", type=int, default=2, help="old/new pairs (default 2)")
    args = ap.parse_args(argv)
    old, new = args.old.resolve(), args.new.resolve()
    for tree in (old, new):
        if not (tree / "pipeline" / "__init__.py").is_file():
            raise SystemExit(f"{tree}: no pipeline package there")
    texts = lines_of_size(int(args.mb * 1_000_000))
    chars = sum(map(len, texts))
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as fh:
        json.dump(texts, fh, ensure_ascii=False)
    try:
        rows = [(run(old, fh.name), run(new, fh.name)) for _ in range(args.rounds)]
    finally:
        os.unlink(fh.name)
    print(f"{len(texts)} documents, {chars:,} characters; old {old}, new {new}\n")
    print("| round | default, old s | default, new s | rules only, old s | rules only, new s |")
    print("|---|---:|---:|---:|---:|")
    for k, (a, b) in enumerate(rows, 1):
        print(f"| {k} | {a['default']:.2f} | {b['default']:.2f} | {a['rules_only']:.2f} | {b['rules_only']:.2f} |")
    for key, name in (("default", "default pipeline"), ("rules_only", "rules only")):
        ratios = [a[key] / b[key] for a, b in rows]
        print(f"\n{name}: new {min(ratios):.2f}–{max(ratios):.2f}× the old's speed "
              f"({chars / max(b[key] for _, b in rows):,.0f}–{chars / min(b[key] for _, b in rows):,.0f} chars/s new)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
