"""Matrix products on CPU through numpy's BLAS instead of the blis that thinc bundles.

Why: the ner spends most of its time in dense matrix products (the CNN encoder and the
parser's hidden layer). On the machines we measured (AMD EPYC, benchmarks/throughput.py), the
blis 1.3 wheel selects its portable 'generic' kernels: 27 GFLOP/s on one thread for the ner's
(3000 x 288) x (288 x 288) products, where numpy's OpenBLAS reaches 85. thinc's NumpyOps has a
switch for exactly this (`use_blis=False` sends `gemm` to `numpy.dot`); everything else stays
as it is. The shipped ner's entities were identical both ways on 200k characters of news.

Set from config, before any model is built, so `spacy train` and `spacy.load` of a saved
pipeline pick it up:

    [nlp.before_creation]
    @callbacks = "pipeline.NumpyBlas.v1"

It only replaces thinc's plain CPU backend: a GPU (CupyOps) or another installed CPU backend
(thinc-apple-ops, ...) is left alone. The choice holds for the rest of the thread.
"""
from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext

from spacy.util import registry
from thinc.api import NumpyOps, get_current_ops, set_current_ops


def prefer_numpy_blas() -> bool:
    """Make numpy's BLAS do thinc's gemm on CPU. True if the backend was switched or already was."""
    ops = get_current_ops()
    if type(ops) is not NumpyOps:
        return False
    if ops.use_blis:
        set_current_ops(NumpyOps(use_blis=False))
    return True


@registry.callbacks("pipeline.NumpyBlas.v1")
def make_numpy_blas():
    """`[nlp.before_creation]` callback: switch the CPU backend before the pipeline's models exist."""

    def use_numpy_blas(lang_cls):
        prefer_numpy_blas()
        return lang_cls

    return use_numpy_blas


def blas_threads_for(n_process: int) -> AbstractContextManager:
    """One BLAS thread per process while `nlp.pipe(..., n_process=n)` runs with n > 1.

    OpenBLAS starts a thread per core in every process; with several worker processes they
    oversubscribe the cores (benchmarks/throughput.py, 2 cores: 2 processes ran at 0.85x one
    process; with one BLAS thread each, 1.65x). Workers are forked inside this context and keep
    the limit; one process keeps OpenBLAS's own choice (its threads help a little there)."""
    if n_process == 1:
        return nullcontext()
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1, user_api="blas")
