"""Peak memory (RSS) of `python -m pipeline annotate` on inputs of growing size: flat memory
means the peak does not grow with the input.

    python benchmarks/memory.py [MB ...]      (default: 10 100)

Each size runs in a fresh process on a generated .txt file (seed article + THUCNews
society/politics headlines, repeated); peak RSS comes from the kernel (getrusage of the
child). Prints a markdown table.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _text import REPO, lines_of_size


def run(n_mb: float, workdir: Path) -> tuple[int, float, float, int]:
    src = workdir / f"input-{n_mb:g}MB.txt"
    lines = lines_of_size(int(n_mb * 1_000_000))
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = workdir / f"out-{n_mb:g}"
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "annotate", str(src), "-o", str(out)],
                            cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    if status != 0:
        raise SystemExit(f"annotate failed on {src} (status {status})")
    peak_mb = usage.ru_maxrss / 1024  # Linux reports KiB
    return len(lines), src.stat().st_size / 1e6, seconds, peak_mb


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    sizes = [float(a) for a in argv] or [10.0, 100.0]
    print("| input | documents | seconds | peak RSS (MB) |")
    print("|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for n_mb in sizes:
            docs, real_mb, seconds, peak = run(n_mb, Path(tmp))
            print(f"| {real_mb:.1f} MB | {docs:,} | {seconds:.0f} | {peak:.0f} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
