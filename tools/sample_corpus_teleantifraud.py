#!/usr/bin/env python3
"""Samples the TeleAntiFraud dialogue corpus into
engine/src/test/resources/corpora/teleantifraud-dialogues/{dev,test,reserve}.csv.

Reads the multi-agent dialogue files of github.com/JimmyMa99/TeleAntiFraud straight from a git
copy of that repository at a fixed commit (so the sample can be rebuilt byte for byte), keeps the
calling side of every dialogue (the scammer in the fraud files, the caller of an everyday service
call in the normal file) as one line, and writes a seeded, per-category sample split 50/50. Of the
lines left over, reserve.csv takes 125 of each fraud type and every normal one, shuffled with a
generator of its own so that the dev and test files stay as they were before the reserve existed.

Run from the project root:
  python3 tools/sample_corpus_teleantifraud.py /path/to/TeleAntiFraud/.git [OUT_DIR]
"""
import csv
import json
import random
import re
import subprocess
import sys
from pathlib import Path

COMMIT = "6a09c4ee6ac85359c262eb36d689c0e2b392ad0d"
SOURCES = [
    ("spam", "multi-agents-tools/AntiFraudMatrix/results/fraud_dialogues-20250228_023012.jsonl"),
    ("spam", "multi-agents-tools/AntiFraudMatrix/results/fraud_dialogues-20250228_154804.jsonl"),
    ("spam", "multi-agents-tools/AntiFraudMatrix/results/fraud_dialogues-20250228_155932.jsonl"),
    ("spam", "multi-agents-tools/AntiFraudMatrix/results/fraud_dialogues-20250228_160338.jsonl"),
    ("spam", "multi-agents-tools/AntiFraudMatrix/results/fraud_dialogues-20250301_014842.jsonl"),
    ("spam", "multi-agents-tools/AntiFraudMatrix/results/fraud_dialogues-20250301_111817.jsonl"),
    ("clean", "multi-agents-tools/AntiFraudMatrix-normal/results/normal_dialogues-20250303_015751.jsonl"),
]
SEED = 20250617
RESERVE_SEED = 20261207
# Even halves per category: 8 fraud types x 250 = 2,000 spam lines, 7 call scenarios x 284 =
# 1,988 clean lines.
PER_CATEGORY = {"spam": 250, "clean": 284}
# Of the leftovers (about 680 per fraud type, 460 normal in all), enough fraud to keep the file
# near the size of a half and every normal line, the scarce side.
RESERVE_PER_CATEGORY = {"spam": 125, "clean": None}
OUT = Path("engine/src/test/resources/corpora/teleantifraud-dialogues")


def read_lines(git_dir):
    seen = set()
    lines = []
    for label, path in SOURCES:
        raw = subprocess.run(
            ["git", "--git-dir", git_dir, "show", f"{COMMIT}:{path}"], check=True, capture_output=True
        ).stdout.decode("utf-8")
        for row in raw.splitlines():
            if not row.strip():
                continue
            record = json.loads(row)
            text = re.sub(r"\s+", " ", " ".join(record["left"])).strip()
            if not text or text in seen:
                continue
            seen.add(text)
            # the normal file keeps its call scenario in the same field the fraud files use
            lines.append((label, record["fraud_type"], text))
    return lines


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["label", "category", "text"])
        writer.writerows(rows)
    print(path.name, len(rows), "lines")


def main():
    lines = read_lines(sys.argv[1])
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else OUT
    rnd = random.Random(SEED)
    dev, test, reserve = [], [], []
    for label, category in sorted({(label, category) for label, category, _ in lines}):
        group = [line for line in lines if line[0] == label and line[1] == category]
        rnd.shuffle(group)
        taken = group[: PER_CATEGORY[label]]
        if len(taken) < PER_CATEGORY[label]:
            raise SystemExit(f"{label}/{category}: only {len(taken)} distinct lines")
        half = len(taken) // 2
        dev.extend(taken[:half])
        test.extend(taken[half:])
        reserve.extend(group[PER_CATEGORY[label] :][: RESERVE_PER_CATEGORY[label]])
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in (("dev", dev), ("test", test)):
        rnd.shuffle(rows)
        write(out / f"{name}.csv", rows)
    random.Random(RESERVE_SEED).shuffle(reserve)
    write(out / "reserve.csv", reserve)


if __name__ == "__main__":
    main()
