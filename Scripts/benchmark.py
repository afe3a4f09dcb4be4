#!/usr/bin/env python3
"""Benchmark of the whole `build` on synthetic datasets of 100k, 1M and 2M cases.

Builds the release binary, generates the datasets into bench-data/ (or reuses them), runs the
release `build` several times on each, and prints the median wall time, peak resident memory
(from /usr/bin/time), cases per second and the ratio to a plain `wc -l` of the same cases.csv
measured in the same run, and to DuckDB reading the same file into a GROUP BY (force and
grade; when the `duckdb` Python module is installed: `pip install duckdb==2.0.1`). The build is the public one: its disclosure control (secondary
suppression by linear programs) and the audit that proves it are included; the median of the
same build for the restricted audience, which has neither, is printed beside it. Usage: Scripts/benchmark.py [--runs N] [--sizes 100000,1000000,2000000]
"""
import argparse
import filecmp
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

try:
    import duckdb  # optional: the DuckDB column is printed only when it is installed
except ImportError:
    duckdb = None

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "release", "inspection-report")


def timed(command):
    """Wall seconds and peak RSS (KB) of one run."""
    with tempfile.NamedTemporaryFile("r") as rss:
        start = time.perf_counter()
        subprocess.run(["/usr/bin/time", "-f", "%M", "-o", rss.name] + command, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wall = time.perf_counter() - start
        return wall, int(rss.read().strip().splitlines()[-1])


def duckdb_seconds(cases):
    """Wall seconds for DuckDB to read cases.csv (every column as text) and count cases by force
    and grade: a well-optimised CSV reader doing the least of what a build does."""
    connection = duckdb.connect()
    start = time.perf_counter()
    connection.execute("SELECT force_id, risk_grade, count(*) FROM read_csv(?, header = true, all_varchar = true) "
                       "GROUP BY ALL", [cases]).fetchall()
    wall = time.perf_counter() - start
    connection.close()
    return wall


def same_tree(a, b):
    """Whether two directories hold the same files with the same bytes."""
    comparison = filecmp.dircmp(a, b)
    if comparison.left_only or comparison.right_only or comparison.funny_files:
        return False
    _, mismatch, errors = filecmp.cmpfiles(a, b, comparison.common_files, shallow=False)
    return not mismatch and not errors and all(same_tree(os.path.join(a, d), os.path.join(b, d)) for d in comparison.common_dirs)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="100000,1000000,2000000")
    args = parser.parse_args()
    subprocess.run(["swift", "build", "-c", "release", "--product", "inspection-report"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    print(f"machine: {os.cpu_count()} cores; runs per size: {args.runs}; binary: {BINARY}")
    print(f"{'cases':>9} {'MB':>6} {'median s':>9} {'min s':>7} {'peak RSS MB':>12} {'cases/s':>11} {'wc -l s':>8} {'x wc -l':>8} {'restricted s':>13} {'DuckDB s':>9} {'x DuckDB':>9}")
    medians = {}
    for size in [int(s) for s in args.sizes.split(",")]:
        data = os.path.join(ROOT, "bench-data", f"cases-{size}")
        cases = os.path.join(data, "cases.csv")
        if not os.path.exists(cases):
            subprocess.run([BINARY, "sample", "--out", data, "--cases", str(size), "--seed", "2023"], check=True,
                           stdout=subprocess.DEVNULL)
        out = tempfile.mkdtemp(prefix="bench-site-")
        command = [BINARY, "build", "--data", data, "--templates", os.path.join(ROOT, "Templates"),
                   "--out", os.path.join(out, "site"), "--rebuild", "--quiet"]
        timed(command)  # warm the page cache and the output directory
        walls, peaks, wcs, restricted, ducks = [], [], [], [], []
        for _ in range(args.runs):
            restricted.append(timed(command + ["--audience", "restricted"])[0])
            start = time.perf_counter()
            subprocess.run(["wc", "-l", cases], check=True, stdout=subprocess.DEVNULL)
            wcs.append(time.perf_counter() - start)
            if duckdb is not None:
                ducks.append(duckdb_seconds(cases))
            wall, peak = timed(command)
            walls.append(wall)
            peaks.append(peak)
        single = os.path.join(out, "single")
        subprocess.run([BINARY, "build", "--data", data, "--templates", os.path.join(ROOT, "Templates"), "--out", single,
                        "--quiet", "--single-threaded"], check=True)
        identical = same_tree(os.path.join(out, "site"), single)
        shutil.rmtree(out, ignore_errors=True)
        if not identical:
            print(f"{size}: the two-thread and one-thread outputs differ")
            return 1
        median = statistics.median(walls)
        wc = statistics.median(wcs)
        medians[size] = median
        megabytes = os.path.getsize(cases) / 1e6
        print(f"{size:>9} {megabytes:>6.0f} {median:>9.3f} {min(walls):>7.3f} {max(peaks) / 1024:>12.1f} "
              f"{size / median:>11,.0f} {wc:>8.3f} {median / wc:>8.1f} {statistics.median(restricted):>13.3f} "
              + (f"{statistics.median(ducks):>9.3f} {median / statistics.median(ducks):>9.2f}" if ducks else f"{'-':>9} {'-':>9}"))
    if duckdb is None:
        print("DuckDB: not installed (pip install duckdb==2.0.1 to compare)")
    print("outputs: byte-identical with --single-threaded for every size")
    if 1000000 in medians and 2000000 in medians:
        print(f"linearity: 2M / 1M = {medians[2000000] / medians[1000000]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
