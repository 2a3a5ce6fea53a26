"""Save the default pipeline with its meta and build it into an installable wheel.

    python -m pipeline.tools.package_pipeline OUTDIR [--name police_news] [--version 0.1.0] [--model PATH]

Writes OUTDIR/pipeline (the saved pipeline) and runs `spacy package … --build wheel`; the
wheel lands in OUTDIR/dist/zh_<name>-<version>/dist/. The package's components come from
this project (`police-news-pipeline`, a requirement in the wheel's meta), so install both:
`pip install <repo> <wheel>`, then `spacy.load("zh_<name>")`.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from .. import __version__, load


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--name", default="police_news")
    parser.add_argument("--version", default=__version__)
    parser.add_argument("--model", default=None, help="a saved pipeline to package (default: the shipped pipeline)")
    args = parser.parse_args(argv)
    nlp = load(args.model)
    nlp.meta.update({
        "name": args.name,
        "version": args.version,
        "description": "Chinese police and public-security news: police units, organisations, places, persons and numeric claims",
        "license": "MIT (code); see the project README for the licences of the data behind trained components",
        "requirements": [f"police-news-pipeline>={__version__}"],
    })
    pipeline_dir = args.outdir / "pipeline"
    args.outdir.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(pipeline_dir)
    dist = args.outdir / "dist"
    dist.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "spacy", "package", str(pipeline_dir), str(dist), "--build", "wheel", "--force"]
    return subprocess.call(cmd)


if __name__ == "__main__":
    raise SystemExit(main())
