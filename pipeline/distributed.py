"""annotate on a Dask cluster: same outputs as a single process, byte for byte, in order.

The main process reads the inputs (rejects stay there), cuts the valid documents into
partitions and submits them; each worker loads the pipeline once (cached per process) and
returns, per document, its review JSONL line and `Doc.to_bytes()`. The main process writes
results in input order, keeping only a bounded number of partitions in flight, so memory
stays flat however large the input.

    python -m pipeline annotate big/ -o out --dask local              # a LocalCluster here
    python -m pipeline annotate big/ -o out --dask tcp://host:8786    # an existing scheduler

Workers of an existing cluster need this package (and the same pipeline, if --model is a
path, at the same path) installed.
"""
from __future__ import annotations

from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from spacy.tokens import Doc

from .cli import DEFAULT_BATCH_SIZE
from .annotate import AnnotateResult, valid_documents, with_meta, write_outputs
from .io.convert import blank_vocab
from .io.inputs import Reject
from .io.review import doc_to_record, dumps

_PIPELINES: dict = {}  # per worker process: (model, exclude) -> Language, loaded once


def _worker_nlp(model: Optional[str], exclude: tuple = ()):
    key = (model, tuple(exclude))
    if key not in _PIPELINES:
        from . import load

        _PIPELINES[key] = load(model, exclude=exclude)
    return _PIPELINES[key]


def annotate_partition(
    model: Optional[str], batch: list[tuple[str, dict]], batch_size: int = DEFAULT_BATCH_SIZE, exclude: tuple = ()
) -> list[tuple[str, bytes]]:
    """Runs on a worker: (JSONL line, Doc bytes) per document, in order."""
    nlp = _worker_nlp(model, exclude)
    out = []
    for doc, meta in nlp.pipe(batch, as_tuples=True, batch_size=batch_size):
        out.append((dumps(doc_to_record(doc, meta)), with_meta(doc, meta).to_bytes()))
    return out


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while True:
        chunk = list(islice(it, size))
        if not chunk:
            return
        yield chunk


def connect(scheduler: str, n_workers: int = 2):
    from distributed import Client, LocalCluster

    if scheduler == "local":
        cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None)
        return Client(cluster), cluster
    return Client(scheduler), None


def annotate_dask(
    model: Optional[str],
    inputs: Iterable[str],
    outdir: Path,
    scheduler: str = "local",
    partition_size: int = 256,
    batch_size: int = DEFAULT_BATCH_SIZE,
    n_workers: int = 2,
    on_reject: Optional[Callable[[Reject], None]] = None,
    progress: Optional[Callable[[Iterator], Iterator]] = None,
    exclude: tuple = (),
) -> AnnotateResult:
    outdir = Path(outdir)
    result = AnnotateResult()
    client, cluster = connect(scheduler, n_workers)
    try:
        max_in_flight = 2 * max(1, len(client.scheduler_info().get("workers", {})) or n_workers)

        def results() -> Iterator[tuple[str, bytes]]:
            pending = []
            for chunk in _chunks(valid_documents(inputs, outdir, result, on_reject), partition_size):
                pending.append(client.submit(annotate_partition, model, chunk, batch_size, tuple(exclude), pure=False))
                if len(pending) >= max_in_flight:
                    yield from pending.pop(0).result()
            for future in pending:
                yield from future.result()

        stream = results() if progress is None else progress(results())
        vocab = blank_vocab()  # strings come with each Doc's bytes: no need to load the pipeline here
        write_outputs(outdir, ((line, Doc(vocab).from_bytes(data)) for line, data in stream), result)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return result
