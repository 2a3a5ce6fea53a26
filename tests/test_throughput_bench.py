"""benchmarks/throughput.py --components: per-component seconds, batch by batch as nlp.pipe runs."""
import sys
from pathlib import Path

import spacy

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from throughput import components  # noqa: E402


def test_components_times_every_component_over_every_batch():
    seen = []
    nlp = spacy.blank("en")

    @spacy.Language.component("count_docs_for_bench")
    def count_docs_for_bench(doc):
        seen.append(doc.text)
        return doc

    nlp.add_pipe("count_docs_for_bench")
    nlp.add_pipe("sentencizer")
    texts = [f"text {i}." for i in range(7)]
    out = components(nlp, texts, batch_size=3)
    assert list(out) == ["count_docs_for_bench", "sentencizer"]
    assert all(seconds >= 0 for seconds in out.values())
    assert seen == texts  # every text once, in order, across the three batches
