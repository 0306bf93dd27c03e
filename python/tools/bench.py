#!/usr/bin/env python3
"""Spark local[N] against `filingdown --jobs N` on the same files (docs/scale.md).

    python3 python/tools/bench.py --copies 10 [--corpus ../shared/corpus] [--cores 2]

Copies the corpus's filings COPIES times into a scratch folder (so both read the same files
from the page cache), converts them with the command line (standard output to /dev/null, and
--output-dir to a scratch folder), then with filingdown.spark.convert on a local[N] session
(rows written to Spark's noop sink, so every row is produced and crosses to the JVM), and
prints the throughput of each. Needs pyspark and pyarrow; the binary is FILINGDOWN_BIN.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EXTENSIONS = {".txt", ".htm", ".html", ".nc", ".xml"}


def load() -> str:
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[3] / "shared" / "corpus")
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--format", default="markdown")
    parser.add_argument("--stream-jobs", type=int, default=None, help="--jobs for each partition's process")
    parser.add_argument("--skip-cli", action="store_true")
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
            folder = scratch / "in" / f"c{i}"
            folder.mkdir(parents=True)
            for src in sources:
                shutil.copyfile(src, folder / src.name)
                paths.append(str(folder / src.name))
        total = sum(os.path.getsize(p) for p in paths)
        mb = total / 1e6
        print(f"{len(paths)} files, {mb:.1f} MB ({args.copies} copies of {len(sources)} filings); load {load()}")
        subprocess.run(["cat", *paths], stdout=subprocess.DEVNULL, check=True)  # into the page cache

        results = {}
        if not args.skip_cli:
            start = time.perf_counter()
            subprocess.run([binary, "-q", "-f", args.format, "--jobs", str(args.cores), *paths], stdout=subprocess.DEVNULL, check=False)
            results["cli-stdout"] = time.perf_counter() - start
            out = scratch / "out"
            start = time.perf_counter()
            subprocess.run([binary, "-q", "-f", args.format, "--jobs", str(args.cores), "-r", "--output-dir", str(out), str(scratch / "in")], check=False)
            results["cli-output-dir"] = time.perf_counter() - start
            for name in ("cli-stdout", "cli-output-dir"):
                print(f"{name:16} {results[name]:7.2f} s  {mb / results[name]:6.1f} MB/s   load {load()}")

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
        print(f"spark session    {time.perf_counter() - start:7.2f} s")
        df = spark.createDataFrame([(p,) for p in paths], "path string").repartition(args.cores)
        df.cache().count()
        for run in (1, 2):
            start = time.perf_counter()
            rows = fd.convert(df, args.format, jobs=args.stream_jobs)
            rows.write.format("noop").mode("overwrite").save()
            elapsed = time.perf_counter() - start
            results[f"spark-{run}"] = elapsed
            ratio = f"  {results['cli-stdout'] / elapsed:5.0%} of cli-stdout" if "cli-stdout" in results else ""
            print(f"spark run {run}      {elapsed:7.2f} s  {mb / elapsed:6.1f} MB/s{ratio}   load {load()}")
        rows = fd.convert(df, args.format, jobs=args.stream_jobs)
        counts = rows.groupBy(rows.error.isNull().alias("ok")).count().collect()
        print("rows:", {str(r["ok"]): r["count"] for r in counts})
        spark.stop()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
