"""The `zh` language set-up and `load()`: the default pipeline from configs/default.cfg."""
from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Iterable, Union

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
    from .entities import merge, ner_rulings, organisations, persons, places, police_units  # noqa: F401
    from . import ner  # noqa: F401  (the shipped ner's embedding layer)


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


def shipped_ner_path() -> Path:
    """The statistical `ner` shipped with the package (a spaCy pipeline folder, see its README)."""
    return Path(str(resources.files("pipeline.resources").joinpath("ner")))


RULES_ONLY_EXCLUDE = ("ner", "ner_rulings")


def load(
    model: Union[str, Path, None] = None,
    exclude: Iterable[str] = (),
    ner_model: Union[str, Path, None] = None,
) -> Language:
    """The default pipeline, or a saved pipeline / installed package named by `model`.

    The default config's `paths.ner_model` is set to the shipped statistical model, or to
    `ner_model` (a trained pipeline folder with a `ner`, e.g. a candidate scored against the
    shipped one); the sourced `ner` keeps its trained weights (it is not re-initialised).
    `exclude` leaves components out, e.g. `RULES_ONLY_EXCLUDE` for the rules alone (faster).
    """
    register_components()
    exclude = list(exclude)
    if model is not None:
        return spacy.load(model, exclude=exclude)
    cfg = util.load_config(config_path(), overrides={"paths.ner_model": str(ner_model or shipped_ner_path())})
    nlp = util.load_model_from_config(cfg, auto_fill=True, validate=True, exclude=exclude)
    sourced = [name for name, c in cfg["components"].items() if "source" in c and name in nlp.pipe_names]
    with nlp.select_pipes(disable=sourced):
        nlp.initialize()
    return nlp
