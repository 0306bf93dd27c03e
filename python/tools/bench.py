#!/usr/bin/env python3
"""Spark local[N] against `filingdown --jobs N` on the same files (docs/scale.md).

    FILINGDOWN_BIN=... python3 python/tools/bench.py --copies 10 --rounds 3 [--corpus DIR]

Copies the corpus's filings COPIES times into a scratch folder (both sides then read the same
files from the page cache) and runs, ROUNDS times in turn: the command line over every file
(`-q --jobs N`, Markdown to /dev/null), then filingdown.spark.convert on a local[N] session over
a DataFrame of the same paths in N partitions, its rows written to Spark's noop sink (every row
is produced and handed to the JVM), once with the default (each partition's process converts
as many inputs at once as the task has CPUs: one) and once with --jobs N for each process. Prints each run's wall time, MB/s and the ratio to the command line in the same round,
then the median ratio, and where each side's CPU time went (user + system, from /proc: the
JVM, the Python workers, the filingdown processes they waited for), and one Spark run writing
Parquet, as the Ray and Dask recipes do. Needs pyspark and pyarrow.
"""

from __future__ import annotations

import argparse
import glob
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EXTENSIONS = {".txt", ".htm", ".html", ".nc", ".xml"}
HZ = os.sysconf("SC_CLK_TCK")


def load() -> str:
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def descendants() -> dict[int, tuple[str, float, float]]:
    """Every process below this one: (name, own CPU-s, CPU-s of the children it waited for)."""
    table = {}
    for d in glob.glob("/proc/[0-9]*"):
        try:
            text = open(d + "/stat").read()
        except OSError:
            continue
        name = text[text.index("(") + 1 : text.rindex(")")]
        f = text[text.rindex(")") + 2 :].split()
        table[int(d[6:])] = (name, int(f[1]), (int(f[11]) + int(f[12])) / HZ, (int(f[13]) + int(f[14])) / HZ)
    out, stack = {}, [os.getpid()]
    while stack:
        parent = stack.pop()
        for pid, (name, ppid, own, kids) in table.items():
            if ppid == parent:
                out[pid] = (name, own, kids)
                stack.append(pid)
    return out


def cpu_delta(before: dict, after: dict) -> dict[str, float]:
    spent: dict[str, float] = {}
    for pid, (name, own, kids) in after.items():
        _, own0, kids0 = before.get(pid, (name, 0.0, 0.0))
        key = {"java": "JVM", "python": "Python workers", "python3": "Python workers"}.get(name, name)
        spent[key] = spent.get(key, 0.0) + own - own0
        if kids - kids0 > 0:
            spent["filingdown (waited for)"] = spent.get("filingdown (waited for)", 0.0) + kids - kids0
    return spent


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[3] / "shared" / "corpus")
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--format", default="markdown")
    args = parser.parse_args()
    binary = os.environ.get("FILINGDOWN_BIN") or shutil.which("filingdown")
    if not binary:
        print("bench: set FILINGDOWN_BIN", file=sys.stderr)
        return 2
    sources = sorted(p for p in args.corpus.iterdir() if p.suffix in EXTENSIONS and p.is_file())
    scratch = Path(tempfile.mkdtemp(prefix="filingdown-bench-"))
    try:
        paths = []
        for i in range(args.copies):
            folder = scratch / f"c{i}"
            folder.mkdir(parents=True)
            for src in sources:
                shutil.copyfile(src, folder / src.name)
                paths.append(str(folder / src.name))
        mb = sum(os.path.getsize(p) for p in paths) / 1e6
        print(f"{len(paths)} files, {mb:.1f} MB ({args.copies} copies of {len(sources)} filings); {binary}")
        subprocess.run(["cat", *paths], stdout=subprocess.DEVNULL, check=True)  # into the page cache

        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        from pyspark.sql import SparkSession

        from filingdown import spark as fd

        start = time.perf_counter()
        spark = (
            SparkSession.builder.master(f"local[{args.cores}]")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.memory", "4g")
            .getOrCreate()
        )
        spark.sparkContext.setLogLevel("ERROR")
        print(f"Spark session start: {time.perf_counter() - start:.1f} s (not counted below)")
        df = spark.createDataFrame([(p,) for p in paths], "path string").repartition(args.cores).cache()
        df.count()
        fd.convert(df, args.format).write.format("noop").mode("overwrite").save()  # warm-up

        def cli() -> tuple[float, dict]:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run([binary, "-q", "-f", args.format, "--jobs", str(args.cores), *paths], stdout=subprocess.DEVNULL, check=True)
            wall = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            return wall, {"filingdown": after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime}

        def spark_run(jobs: int | None) -> tuple[float, dict]:
            before = descendants()
            start = time.perf_counter()
            fd.convert(df, args.format, jobs=jobs).write.format("noop").mode("overwrite").save()
            wall = time.perf_counter() - start
            return wall, cpu_delta(before, descendants())

        many = f"spark-jobs{args.cores}"
        runs: dict[str, list] = {"cli": [], "spark": [], many: []}
        ratios: dict[str, list] = {"spark": [], many: []}
        for r in range(1, args.rounds + 1):
            results = {"cli": cli(), "spark": spark_run(None), many: spark_run(args.cores)}
            for name, (wall, cpu) in results.items():
                runs[name].append((wall, cpu))
                ratio = ""
                if name != "cli":
                    ratios[name].append(results["cli"][0] / wall)
                    ratio = f"  {ratios[name][-1]:5.0%} of the command line's throughput"
                print(f"round {r} {name:12} {wall:6.2f} s {mb / wall:6.1f} MB/s{ratio}   load {load()}")
        print()
        for name in ("spark", many):
            print(f"{name}: median ratio {statistics.median(ratios[name]):.0%}, best {max(ratios[name]):.0%}, worst {min(ratios[name]):.0%}")
        for name, values in runs.items():
            best = min(values, key=lambda v: v[0])
            cpu = ", ".join(f"{k} {v:.1f}" for k, v in sorted(best[1].items(), key=lambda kv: -kv[1]) if v >= 0.05)
            print(f"{name:12} best {best[0]:6.2f} s ({mb / best[0]:5.1f} MB/s); CPU-s: {cpu}; total {sum(best[1].values()):.1f}")
        start = time.perf_counter()
        fd.convert(df, args.format).write.mode("overwrite").parquet(str(scratch / "parquet"))
        wall = time.perf_counter() - start
        print(f"spark to Parquet (snappy) {wall:6.2f} s {mb / wall:6.1f} MB/s   load {load()}")
        rows = fd.convert(df, args.format)
        print("rows:", {str(r["ok"]): r["count"] for r in rows.groupBy(rows.error.isNull().alias("ok")).count().collect()})
        spark.stop()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
