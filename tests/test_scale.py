"""Streaming and scale-out give the same bytes as the plain single-process run."""
import subprocess
import sys

import pytest
from spacy.tokens import DocBin

from conftest import REPO, SEED
from pipeline.io.docbin_stream import StreamingDocBin


def texts():
    return [ln.strip() for ln in SEED.read_text(encoding="utf-8").splitlines() if ln.strip()]


def test_streaming_docbin_is_byte_identical_to_docbin(nlp, tmp_path):
    docs = list(nlp.pipe(texts()))
    for i, doc in enumerate(docs):
        doc.user_data["meta"] = {"paragraph": i}
    reference = DocBin(store_user_data=True)
    for doc in docs:
        reference.add(doc)
    with StreamingDocBin() as stream:
        for doc in docs:
            stream.add(doc)
        stream.write(tmp_path / "s.spacy")
    assert (tmp_path / "s.spacy").read_bytes() == reference.to_bytes()
    with StreamingDocBin() as empty:
        empty.write(tmp_path / "e.spacy")
    assert (tmp_path / "e.spacy").read_bytes() == DocBin(store_user_data=True).to_bytes()


def annotate(out, *extra):
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", "annotate", str(SEED), "-o", str(out), "--batch-size", "8", *extra],
        cwd=REPO, capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    return (out / "annotated.jsonl").read_bytes(), (out / "annotated.spacy").read_bytes()


@pytest.fixture(scope="module")
def single(tmp_path_factory):
    return annotate(tmp_path_factory.mktemp("single"))


def test_two_processes_give_identical_outputs(single, tmp_path):
    assert annotate(tmp_path, "--n-process", "2") == single


def test_dask_local_cluster_gives_identical_outputs(single, tmp_path):
    pytest.importorskip("distributed", reason="Dask is an optional extra: pip install '.[dask]'")
    assert annotate(tmp_path, "--dask", "local", "--dask-workers", "2", "--partition-size", "5") == single


def test_disjoint_spans_keep_what_a_plain_scan_keeps():
    # non_overlapping and the merger keep spans with a binary search over those kept (a long
    # document's candidates would otherwise each be compared with all of them): the same choice
    import random

    from pipeline.spans import CharSpan, non_overlapping

    def plain(spans):
        kept = []
        for sp in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
            if all(sp.end <= k.start or sp.start >= k.end for k in kept):
                kept.append(sp)
        return sorted(kept, key=lambda s: s.start)

    rng = random.Random(1)
    for _ in range(300):
        spans = []
        for _ in range(rng.randint(0, 30)):
            s = rng.randint(0, 60)
            spans.append(CharSpan(s, s + rng.randint(0, 8), rng.choice("AB")))
        assert non_overlapping(spans) == plain(spans)


def test_one_long_document_gets_what_its_paragraphs_get(nlp):
    # a whole article on one line (no line breaks): its sentences end at 。 as before, so its
    # claims are those of its paragraphs, shifted (a sentence's claims and entities are found
    # by binary search in a long document: the search must not change what a sentence gets)
    paras = [p for p in texts() if p.endswith(("。", "！", "？"))][:12]
    whole = nlp("".join(paras))
    got = [(c.start_char, c.text, c._.unit) for c in whole.spans["claims"]]
    want, offset = [], 0
    for p in paras:
        want += [(c.start_char + offset, c.text, c._.unit) for c in nlp(p).spans["claims"]]
        offset += len(p)
    assert len(want) > 5 and got == want


def test_sentence_start_agrees_with_a_scan_from_the_start():
    import random

    from pipeline.spans import SENTENCE_END, sentence_ranges, sentence_start

    def plain(text, pos):
        start = 0
        for m in SENTENCE_END.finditer(text, 0, pos):
            start = m.end()
        return start

    rng = random.Random(2)
    for _ in range(200):
        text = "".join(rng.choice("警方抓获。！？”）\n3人") for _ in range(rng.randint(0, 30)))
        for pos in range(len(text) + 1):
            assert sentence_start(text, pos) == plain(text, pos), (text, pos)
        ranges, start = [], 0  # sentence_ranges reads the same scan
        for m in SENTENCE_END.finditer(text):
            ranges.append((start, m.end()))
            start = m.end()
        if start < len(text):
            ranges.append((start, len(text)))
        assert sentence_ranges(text) == ranges, text


def test_span_index_finds_every_span_a_plain_scan_finds():
    import random

    from pipeline.spans import CharSpan, SpanIndex

    rng = random.Random(4)
    for _ in range(200):
        spans = [CharSpan(s, s + rng.randint(0, 9), "X") for s in (rng.randint(0, 50) for _ in range(rng.randint(0, 25)))]
        index = SpanIndex(spans)
        for start in range(-2, 60):
            end = start + rng.randint(0, 12)
            near = index.near(start, end)
            touching = [sp for sp in spans if sp.start <= end and sp.end >= start]
            assert all(sp in near for sp in touching)
            # equal starts keep their input order (the merger's runs read them in that order)
            assert [sp for sp in near if sp in touching] == sorted(touching, key=lambda sp: sp.start)
