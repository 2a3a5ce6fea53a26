"""`spacy project run quick`: the whole chain (segmenter, corpus, train, evaluate, annotate,
export, review page, package) on a tiny slice, as a user would run it."""
import subprocess
import sys

import pytest

from conftest import REPO, SHARED


def test_quick_workflow_runs_end_to_end():
    if not (SHARED / "data").is_dir():
        pytest.skip(f"the quick workflow reads ../shared/data, not found at {SHARED / 'data'}")
    proc = subprocess.run([sys.executable, "-m", "spacy", "project", "run", "quick", ".", "--force"],
                          cwd=REPO, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    quick = REPO / "training" / "quick"
    for path in ("segmenter/weights.npz", "corpus/silver/train.spacy", "model/model-last", "seed_scores.json",
                 "out/annotated.jsonl", "out/annotated.spacy", "out/annotated.doccano.jsonl",
                 "out/annotated.label_studio.json", "out/review.html", "package/pipeline/meta.json"):
        assert (quick / path).exists(), path
    assert list((quick / "package" / "dist").glob("*/dist/*.whl"))
