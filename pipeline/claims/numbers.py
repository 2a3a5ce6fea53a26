"""Quantity parsing: Arabic, full-width, Chinese and mixed numerals to exact values.

Pure functions over strings, exact arithmetic (`Decimal`) so that 3.9万 is 39000, not
38999.99…. Handles what the numeral converters on PyPI get wrong for news text (see
tests/test_numbers.py): approximation markers inside a number (1500余万), 两, colloquial
一万二 (= 12000), and digit-by-digit years (二〇二三).
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional, Union

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_SMALL = {"十": 10, "百": 100, "千": 1000}
CN_BIG = {"万": 10**4, "亿": 10**8}
MULTIPLIERS = {"万亿": 10**12, "亿": 10**8, "千万": 10**7, "百万": 10**6, "万": 10**4, "千": 10**3}
FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
ARABIC = re.compile(r"^\d+(?:,\d{3})*(?:\.\d+)?$")
CN_NUMERAL_CHARS = set(CN_DIGITS) | set(CN_SMALL) | set(CN_BIG)

Number = Union[int, float]


def as_number(value: Decimal) -> Number:
    """int when whole, else float (what JSON consumers expect)."""
    return int(value) if value == value.to_integral_value() else float(value)


def parse_chinese_integer(text: str) -> Optional[Decimal]:
    """三千五百万 -> 35000000, 一万二 -> 12000, 十五 -> 15, 二〇二三 -> 2023."""
    if not text or any(c not in CN_NUMERAL_CHARS for c in text) or all(c in CN_BIG for c in text):
        return None
    if all(c in CN_DIGITS for c in text):  # digit by digit: 二〇二三
        return Decimal("".join(str(CN_DIGITS[c]) for c in text))
    total, section, number = 0, 0, 0
    last_unit = 1
    for i, ch in enumerate(text):
        if ch in CN_DIGITS:
            number = CN_DIGITS[ch]
        elif ch in CN_SMALL:
            unit = CN_SMALL[ch]
            section += (number if number or i > 0 else 1) * unit
            number, last_unit = 0, unit
        else:  # 万 / 亿
            unit = CN_BIG[ch]
            if unit == 10**8:
                total = (total + section + number) * unit
            else:
                total += (section + number) * unit
            section, number, last_unit = 0, 0, unit
    # colloquial abbreviation: a final digit right after a unit is one unit lower (一万二, 三千五)
    if number and len(text) >= 2 and text[-2] in CN_SMALL.keys() | CN_BIG.keys() and last_unit >= 100:
        number *= last_unit // 10
    return Decimal(total + section + number)


def parse_number(text: str) -> Optional[Decimal]:
    """A number as written in news text, with an optional multiplier suffix.

    3.9万 -> 39000; 1500余万 -> 15000000; 7.5亿 -> 750000000; １２ -> 12; 两 -> 2.
    Approximation markers inside the number (余, 多) are ignored here; the claim keeps them
    as `approx`.
    """
    s = text.translate(FULLWIDTH).replace("余", "").replace("多", "").strip()
    if not s:
        return None
    value = parse_chinese_integer(s)  # Chinese numerals carry their own 万 / 亿
    if value is not None:
        return value
    factor = Decimal(1)
    changed = True
    while changed:  # Arabic digits + trailing multipliers, possibly stacked (3万亿)
        changed = False
        for suf, mult in MULTIPLIERS.items():
            if s.endswith(suf) and len(s) > len(suf):
                s, factor, changed = s[: -len(suf)], factor * mult, True
                break
    if ARABIC.match(s):
        return Decimal(s.replace(",", "")) * factor
    return None


def parse_fraction(numerator: str, denominator: str) -> Optional[Decimal]:
    """四分之三 -> 75 (a percentage)."""
    num, den = parse_number(numerator), parse_number(denominator)
    if num is None or not den:
        return None
    return num / den * 100


def to_chinese(n: int) -> str:
    """An integer in standard Chinese numerals (used by property tests and examples)."""
    if n == 0:
        return "零"
    digits = "零一二三四五六七八九"

    def section(x: int) -> str:  # 0 < x < 10000
        out, zero = "", False
        for unit_value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d = x // unit_value % 10
            if d:
                if zero:
                    out += "零"
                out += digits[d] + unit
                zero = False
            elif out:
                zero = True
        return out

    parts = []
    for big_value, big in ((10**8, "亿"), (10**4, "万"), (1, "")):
        chunk = n // big_value % 10**4 if big_value < 10**8 else n // big_value
        if chunk:
            text = section(chunk) if chunk < 10**4 else to_chinese(chunk)
            if parts and chunk < 1000:
                text = "零" + text
            parts.append(text + big)
        elif parts and parts[-1] != "零":
            parts.append("零")
    out = "".join(parts).rstrip("零")
    return out.replace("零零", "零")
