#!/usr/bin/env python3
"""Independent readers of a built site's workbook and CSV on the Web metadata.

Reads data/inspection-report.ods with pandas (odfpy engine) and checks that every sheet is
there with its title in A1 and a complete header row, that the Metrics and Quality sheets hold
exactly the rows of data/metrics.csv and data/quality.csv (numbers stored as numbers, [c] and
words as text), that every figure of the Forces and Regions sheets is the metrics.csv row of its
area and column (or – where metrics.csv has no row), and that a restricted workbook's cover
carries the marking in A1 while a public one never does. Then reads
data/metrics.csv-metadata.json with the csvw package, which parses every row of every file it
describes against the declared datatypes and formats, and checks the columns against the files'
headers and that every metric in metrics.csv is described.

Usage: check-workbook.py SITE_DIR [--marked]
"""
import csv
import json
import math
import sys
from pathlib import Path

import pandas as pd
from csvw import TableGroup

SHEETS = ["Cover", "Contents", "Notes", "Definitions", "Breakdowns", "Forces", "Regions", "Metrics", "Quality"]
MARKING = "OFFICIAL-SENSITIVE"
NO_FIGURE = "–"
HEADER_ROW = 2  # A1 title, A2 what the sheet holds, row 3 the table's header


class Check:
    def __init__(self):
        self.failures = []

    def expect(self, condition, message):
        if not condition:
            self.failures.append(message)
        return condition


def blank(value):
    return value is None or (isinstance(value, float) and math.isnan(value))


def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool) and not blank(value)


def same_value(cell, text):
    """Whether a sheet cell shows a metrics.csv value as the file writes it: a number as a
    number equal to the text (pandas reads 1.000000 stored as a float as the integer 1),
    anything else as the same text."""
    try:
        number = float(text)
    except ValueError:
        number = None
    if is_number(cell):
        return number is not None and float(cell) == number
    return number is None and cell == text


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def table_rows(frame, width):
    """The table's rows below its header, as lists of `width` cells."""
    return [list(frame.iloc[i, :width]) for i in range(HEADER_ROW + 1, len(frame))]


def check_workbook(site, marked, check):
    path = site / "data" / "inspection-report.ods"
    sheets = pd.read_excel(path, engine="odf", sheet_name=None, header=None)
    check.expect(list(sheets) == SHEETS, f"sheets {list(sheets)}, expected {SHEETS}")
    cells = [value for frame in sheets.values() for value in frame.to_numpy().ravel() if isinstance(value, str)]
    cover = sheets.get("Cover")
    if cover is not None:
        first = cover.iloc[0, 0]
        if marked:
            check.expect(first == MARKING, f"Cover A1 is {first!r}, expected the marking {MARKING}")
        else:
            check.expect(not any(MARKING in value for value in cells), "a public workbook carries the marking")
    for name, frame in sheets.items():
        if name == "Cover":
            continue
        check.expect(isinstance(frame.iloc[0, 0], str) and frame.iloc[0, 0].strip(), f"{name}: no title in A1")
        header = [value for value in frame.iloc[HEADER_ROW] if not blank(value)]
        width = len(header)
        check.expect(width > 0 and all(isinstance(h, str) for h in header), f"{name}: no header row in row {HEADER_ROW + 1}")
        for i, row in enumerate(table_rows(frame, width)):
            check.expect(not any(blank(value) for value in row), f"{name}: row {i + HEADER_ROW + 2} has a blank cell: {row}")
    contents = sheets.get("Contents")
    if contents is not None:
        listed = [row[0] for row in table_rows(contents, 2)]
        check.expect(listed == SHEETS[2:], f"Contents lists {listed}, expected {SHEETS[2:]}")

    header, metrics = read_csv(site / "data" / "metrics.csv")
    frame = sheets.get("Metrics")
    if frame is not None:
        check.expect(list(frame.iloc[HEADER_ROW]) == header, f"Metrics header {list(frame.iloc[HEADER_ROW])}, expected {header}")
        rows = table_rows(frame, len(header))
        check.expect(len(rows) == len(metrics), f"Metrics has {len(rows)} rows, metrics.csv {len(metrics)}")
        wrong = [(i + 2, row, expected) for i, (row, expected) in enumerate(zip(rows, metrics))
                 if row[:4] != expected[:4] or not same_value(row[4], expected[4])]
        check.expect(not wrong, f"Metrics rows differ from metrics.csv (line, sheet, file): {wrong[:5]}")
    quality_header, quality = read_csv(site / "data" / "quality.csv")
    frame = sheets.get("Quality")
    if frame is not None:
        rows = table_rows(frame, len(quality_header))
        check.expect(len(rows) == len(quality) and all(r[:2] == q[:2] and same_value(r[2], q[2]) for r, q in zip(rows, quality)),
                     f"Quality differs from quality.csv: {rows[:3]} / {quality[:3]}")

    # Forces and Regions: each figure is its area's row, the column's metric named through the
    # workbook's own Definitions sheet (label -> name in metrics.csv).
    value = {(r[0], r[1], r[2], r[3]): r[4] for r in metrics}
    definitions = sheets.get("Definitions")
    label_to_metric = {row[0]: row[1] for row in table_rows(definitions, 5)} if definitions is not None else {}
    shown = 0
    for name, key_columns in [("Forces", 3), ("Regions", 2)]:
        frame = sheets.get(name)
        if frame is None:
            continue
        header = [h for h in frame.iloc[HEADER_ROW] if not blank(h)]
        for row in table_rows(frame, len(header)):
            if name == "Forces":
                area_type, area = "force", row[1]
            else:
                area_type, area = row[1], ("all" if row[1] == "national" else row[0])
            for column, cell in zip(header[key_columns:], row[key_columns:]):
                metric = label_to_metric.get(column)
                if not check.expect(metric is not None, f"{name}: column {column!r} is not a metric of the Definitions sheet"):
                    continue
                expected = value.get((area_type, area, metric, "all"))
                shown += 1
                if expected is None:
                    check.expect(cell == NO_FIGURE, f"{name}: {area} {metric} shows {cell!r} where metrics.csv has no row")
                else:
                    check.expect(same_value(cell, expected), f"{name}: {area} {metric} shows {cell!r}, metrics.csv {expected!r}")
    check.expect(shown > 0, "the Forces and Regions sheets show no figure")
    return len(sheets), len(metrics)


def check_metadata(site, marked, check):
    path = site / "data" / "metrics.csv-metadata.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    check.expect(document.get("@context") == "http://www.w3.org/ns/csvw", "@context is not CSVW")
    urls = [t["url"] for t in document.get("tables", [])]
    expected = ["metrics.csv", "quality.csv", "rejections.csv"] + (["open-overdue-cases.csv"] if marked else [])
    check.expect(urls == expected, f"tables {urls}, expected {expected}")
    check.expect(("dc:accessRights" in document) == marked, "the marking in the metadata does not match the audience")
    group = TableGroup.from_file(path)
    counts = {}
    for table in group.tables:
        name = table.url.string
        header, rows = read_csv(site / "data" / name)
        columns = [c.name for c in table.tableSchema.columns]
        check.expect(columns == header, f"{name}: metadata columns {columns}, file header {header}")
        try:
            parsed = list(table.iterdicts(strict=True))
        except ValueError as error:
            check.expect(False, f"{name}: csvw rejects a row: {error}")
            continue
        check.expect(len(parsed) == len(rows), f"{name}: csvw read {len(parsed)} rows, the file has {len(rows)}")
        key = table.tableSchema.primaryKey or []
        keys = [tuple(str(row[k]) for k in key) for row in parsed]
        check.expect(len(set(keys)) == len(keys), f"{name}: the primary key {key} repeats")
        counts[name] = len(parsed)
    metrics_table = next(t for t in document["tables"] if t["url"] == "metrics.csv")
    described = {c["skos:notation"] for scheme in metrics_table.get("notes", []) if "Metrics" in scheme.get("skos:prefLabel", "")
                 for c in scheme["skos:hasTopConcept"]}
    used = {row[2] for row in read_csv(site / "data" / "metrics.csv")[1]}
    check.expect(used <= described, f"metrics without a description: {sorted(used - described)}")
    return counts


def main():
    site = Path(sys.argv[1])
    marked = "--marked" in sys.argv[2:]
    check = Check()
    sheets, rows = check_workbook(site, marked, check)
    counts = check_metadata(site, marked, check)
    for failure in check.failures:
        print(f"workbook check: {site}: {failure}")
    if check.failures:
        print(f"FAILED: {len(check.failures)} problems in {site}")
        return 1
    print(f"workbook: {sheets} sheets, Metrics = metrics.csv ({rows} rows); CSVW metadata read by csvw: "
          + ", ".join(f"{name} {n} rows" for name, n in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
