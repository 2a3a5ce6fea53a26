"""The `zh` language set-up and `load()`: the default pipeline from configs/default.cfg."""
from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Union

import spacy
from spacy import Language, util

DEFAULT_CONFIG = "default.cfg"


def register_components() -> None:
    """Import every component module so its factory is registered.

    The installed package also exposes them through the `spacy_factories` entry point,
    which is what `spacy.load` of a saved pipeline uses in a fresh process.
    """
    from . import extensions  # noqa: F401
    from .claims import component  # noqa: F401
    from .entities import merge, organisations, persons, places, police_units  # noqa: F401


def config_path(name: str = DEFAULT_CONFIG) -> Path:
    """A config from configs/ (shipped inside the package as `pipeline.configs`)."""
    try:
        path = resources.files("pipeline.configs").joinpath(name)
        if path.is_file():
            return Path(str(path))
    except ModuleNotFoundError:
        pass
    path = Path(__file__).resolve().parent.parent / "configs" / name
    if not path.is_file():
        raise FileNotFoundError(f"config {name!r} not found in configs/")
    return path


def load(model: Union[str, Path, None] = None) -> Language:
    """The default pipeline, or a saved pipeline / installed package named by `model`."""
    register_components()
    if model is not None:
        return spacy.load(model)
    config = util.load_config(config_path())
    nlp = util.load_model_from_config(config, auto_fill=True, validate=True)
    nlp.initialize()
    return nlp
