#!/usr/bin/env python3
"""Samples ChineseHarm-Bench into
engine/src/test/resources/corpora/chineseharm-bench/{dev,test,reserve}.csv.

Reads benchmark/bench.json straight from a git copy of github.com/zjunlp/ChineseHarm-bench at a
fixed commit, so the sample can be rebuilt byte for byte. Whitespace is collapsed and exact
duplicates dropped (keeping the first); then per label in sorted order, shuffled with
random.Random(20250617) (one generator), the first 600 lines of each harmful label and every clean
line are kept and split in half (first half dev, second test); each file shuffled again with the
same generator. What is left of each harmful label (about 400 lines each; the clean lines are all
taken) goes to reserve.csv, shuffled with a generator of its own so that the dev and test files
stay as they were before the reserve existed.

Run from the project root:
  python3 tools/sample_corpus_chineseharm.py /path/to/ChineseHarm-bench/.git [OUT_DIR]
"""
import csv
import json
import random
import re
import subprocess
import sys
from pathlib import Path

COMMIT = "5e81bc498649845306a4aadf6f34c6a08f3d3377"
SEED = 20250617
RESERVE_SEED = 20261207
CLEAN = "不违规"
PER_HARMFUL_LABEL = 600


def read_lines(git_dir):
    raw = subprocess.run(
        ["git", "--git-dir", git_dir, "show", f"{COMMIT}:benchmark/bench.json"], check=True, capture_output=True
    ).stdout.decode("utf-8")
    seen = set()
    lines = []
    for record in json.loads(raw):
        text = re.sub(r"\s+", " ", record["文本"]).strip()
        if not text or text in seen:
            continue
        seen.add(text)
        lines.append((record["标签"], text))
    return lines


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["label", "category", "text"])
        for category, text in rows:
            writer.writerow(["clean" if category == CLEAN else "spam", category, text])
    print(path.name, len(rows), "lines")


def main():
    lines = read_lines(sys.argv[1])
    out = Path(sys.argv[2] if len(sys.argv) > 2 else "engine/src/test/resources/corpora/chineseharm-bench")
    rnd = random.Random(SEED)
    dev, test, reserve = [], [], []
    for label in sorted({label for label, _ in lines}):
        group = [line for line in lines if line[0] == label]
        rnd.shuffle(group)
        kept = len(group) if label == CLEAN else PER_HARMFUL_LABEL
        taken = group[:kept]
        reserve.extend(group[kept:])
        half = len(taken) // 2
        dev.extend(taken[:half])
        test.extend(taken[half:])
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in (("dev", dev), ("test", test)):
        rnd.shuffle(rows)
        write(out / f"{name}.csv", rows)
    random.Random(RESERVE_SEED).shuffle(reserve)
    write(out / "reserve.csv", reserve)


if __name__ == "__main__":
    main()
