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
