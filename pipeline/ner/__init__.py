"""Trainable NER for Chinese: custom thinc layers registered for spaCy configs."""
from . import layers  # noqa: F401  (registers the architectures)
