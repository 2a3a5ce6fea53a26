"""Rebuild pipeline/resources/places/admin_divisions.tsv from the `cpca` package.

cpca (MIT licence) ships China's province / prefecture / county divisions with their
GB/T 2260 codes as `cpca/resources/adcodes.csv`. We keep only what the places
component needs (code, name, level, parent names) so the pipeline itself does not
depend on cpca (or pandas, which cpca imports) at run time.

    pip install cpca && python -m pipeline.tools.build_admin_divisions
"""
from __future__ import annotations

import csv
import sys
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "places" / "admin_divisions.tsv"


def level_of(code6: str) -> str:
    if code6.endswith("0000"):
        return "province"
    if code6.endswith("00"):
        return "prefecture"
    return "county"


# Placeholder rows of the official list ("市辖区", "省直辖县级行政区划") are not places.
def is_placeholder(name: str) -> bool:
    return name in {"市辖区", "县"} or "直辖" in name


def build(rows: list[tuple[str, str]]) -> list[list[str]]:
    rows = [(code, name) for code, name in rows if not is_placeholder(name)]
    names = {code[:6]: name for code, name in rows}
    out = []
    for code, name in sorted(rows):
        code6 = code[:6]
        level = level_of(code6)
        province = names.get(code6[:2] + "0000", "") if level != "province" else ""
        prefecture = names.get(code6[:4] + "00", "") if level == "county" else ""
        out.append([code6, name, level, province, prefecture])
    return out


def main() -> int:
    try:
        src = resources.files("cpca") / "resources" / "adcodes.csv"
    except ModuleNotFoundError:
        print("error: `pip install cpca` first (it ships the source table)", file=sys.stderr)
        return 2
    with src.open(encoding="utf-8") as fh:
        rows = [(r["adcode"], r["name"]) for r in csv.DictReader(fh)]
    table = build(rows)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write("adcode\tname\tlevel\tprovince\tprefecture\n")
        for row in table:
            fh.write("\t".join(row) + "\n")
    print(f"wrote {len(table)} divisions to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
