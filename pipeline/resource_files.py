"""Read the data files under pipeline/resources/ (rules are data, not code)."""
from __future__ import annotations

from importlib import resources
from typing import Any

import srsly

PACKAGE = "pipeline.resources"


def _path(relpath: str):
    return resources.files(PACKAGE).joinpath(relpath)


def read_json(relpath: str) -> Any:
    return srsly.json_loads(_path(relpath).read_text(encoding="utf-8"))


def read_text(relpath: str) -> str:
    """A resource file's whole text, comments included (for files with sections)."""
    return _path(relpath).read_text(encoding="utf-8")


def read_lines(relpath: str) -> list[str]:
    """Non-empty lines of a word list; `#` starts a comment line."""
    lines = read_text(relpath).splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]


def read_tsv(relpath: str) -> list[dict[str, str]]:
    lines = _path(relpath).read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, ln.split("\t"))) for ln in lines[1:] if ln]


def exists(relpath: str) -> bool:
    return _path(relpath).is_file()
