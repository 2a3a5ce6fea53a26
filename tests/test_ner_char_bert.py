"""benchmarks/ner_char_bert.py: the GPU transformer benchmark (runs T0-T2 of
benchmarks/ner_ablation.md). Its encoding, decoding and windowing are plain numpy and are tested
here; the torch part runs only where torch is installed (`pip install '.[gpu-bench]'`)."""
from __future__ import annotations

import sys
from pathlib import Path

import numpy
import pytest
from hypothesis import given
from hypothesis import strategies as st

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
import ner_char_bert as cb  # noqa: E402


@st.composite
def spans_in_text(draw):
    """Non-overlapping spans, adjacent ones allowed (two names in a row)."""
    n = draw(st.integers(1, 40))
    cuts = sorted(draw(st.sets(st.integers(0, n), max_size=12)))
    spans = []
    for a, b in zip(cuts, cuts[1:]):
        if draw(st.booleans()):
            spans.append((a, b, draw(st.sampled_from(cb.LABELS))))
    return n, spans


@given(spans_in_text())
def test_tags_keep_every_span(case):
    n, spans = case
    assert cb.spans_from_tags(cb.tags_of("x" * n, spans)) == set(spans)


def test_an_inside_tag_without_its_begin_opens_a_span():
    O, BP, IP, IL = 0, 1, 2, 4
    # as pipeline/corpus/msra.py reads MSRA: I- after O, or after another label, starts a span
    assert cb.spans_from_tags([O, IP, IP, IL, O]) == {(1, 3, "PER"), (3, 4, "LOC")}
    assert cb.spans_from_tags([BP, BP, IP]) == {(0, 1, "PER"), (1, 3, "PER")}


def test_viterbi_never_puts_an_inside_tag_after_another_label():
    ok = cb.allowed_transitions()
    rng = numpy.random.default_rng(0)
    for _ in range(200):
        logp = numpy.log(rng.dirichlet(numpy.ones(len(cb.TAGS)), size=int(rng.integers(1, 30))))
        path = cb.viterbi(logp, ok)
        assert not cb.TAGS[path[0]].startswith("I-")
        assert all(ok[a, b] for a, b in zip(path, path[1:]))
        # it is the best valid path: no worse than the greedy path when that one is valid
        greedy = logp.argmax(1)
        if not cb.TAGS[greedy[0]].startswith("I-") and all(ok[a, b] for a, b in zip(greedy, greedy[1:])):
            assert (path == greedy).all()


def test_viterbi_repairs_a_stray_inside_tag():
    i_loc, b_loc = cb.TAGS.index("I-LOC"), cb.TAGS.index("B-LOC")
    logp = numpy.full((3, len(cb.TAGS)), -5.0)
    logp[0, 0] = logp[2, 0] = 0.0            # O ? O
    logp[1, i_loc], logp[1, b_loc] = -0.1, -0.2  # I-LOC preferred, but it cannot follow O
    assert list(cb.viterbi(logp, cb.allowed_transitions())) == [0, b_loc, 0]


@pytest.mark.parametrize("n", [1, 100, 256, 257, 300, 643, 1000])
def test_windows_cover_every_character(n):
    got = cb.windows(n, 256, 128)
    assert all(0 <= a < b <= n and b - a <= 256 for a, b in got)
    covered = numpy.zeros(n, dtype=bool)
    for a, b in got:
        covered[a:b] = True
    assert covered.all() and got[-1][1] == n


def test_full_width_forms_share_a_row_and_nothing_expands():
    assert cb.normal("１") == "1" and cb.normal("Ａ") == "A"
    assert cb.normal("㎏") == "㎏"  # NFKC makes it "kg": two characters would break the offsets
    assert cb.normal("警") == "警"


def test_a_tiny_model_trains_and_predicts_spans_inside_its_documents():
    torch = pytest.importorskip("torch")
    rng = numpy.random.default_rng(0)
    docs = []
    for _ in range(40):
        n = int(rng.integers(5, 40))
        ids = rng.integers(len(cb.SPECIALS), 30, size=n)
        tags = numpy.zeros(n, dtype=numpy.int64)
        tags[1], tags[2] = 1, 2  # B-PER I-PER
        docs.append((ids, tags))
    model = cb.build_model(n_vocab=30, width=16, depth=1, heads=2, max_len=32, dropout=0.0)
    splits = {"train": docs, "dev": docs[:5]}
    run = cb.finetune(model, splits, torch.device("cpu"), seconds=30, epochs=3, max_len=32,
                      lr=3e-3, batch_tokens=256, log=lambda _m: None)
    assert run["history"] and run["best_epoch"] >= 1
    predicted = cb.predict(model, docs[:5], torch.device("cpu"), max_len=32)
    assert all(0 <= a < b <= len(d[0]) for (d, spans) in zip(docs, predicted) for a, b, _ in spans)
