"""Trainable NER for Chinese: custom thinc layers registered for spaCy configs."""
from . import layers, ops  # noqa: F401  (registers the architectures and the BLAS callback)
