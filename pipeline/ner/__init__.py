"""Trainable NER for Chinese: custom thinc layers registered for spaCy configs."""
from . import greedy, layers, ops  # noqa: F401  (registers the architectures, the BLAS callback, greedy_ner)
