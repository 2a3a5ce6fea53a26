"""Chinese word segmentation: a pkuseg model trained on People's Daily 1998 (issue #5).

- `corpus`: People's Daily 1998 → pkuseg training text (train/dev split, SIGHAN test overlap check)
- `train`: training through `spacy_pkuseg.train` with per-iteration checkpoints, and pruning
- `score`: the SIGHAN bakeoff word P/R/F
- `tokenizer`: the shipped model plugged into spaCy's Chinese tokenizer
"""
