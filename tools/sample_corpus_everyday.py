#!/usr/bin/env python3
"""Samples two clean-only corpora of everyday Chinese conversation into
engine/src/test/resources/corpora/crosswoz-dialogues/{dev,test}.csv and
engine/src/test/resources/corpora/kdconv-chitchat/{dev,test}.csv.

Both are read straight from git copies of their repositories at fixed commits, so the samples can
be rebuilt byte for byte:
- github.com/thu-coai/CrossWOZ: task dialogues (hotels, restaurants, attractions, metro, taxis),
  file data/crosswoz/val.json.zip; one line per utterance, both sides (the user and the
  service), category = the domain of the utterance's first non-General dialogue act, 寒暄 for an
  utterance with General acts only (greetings, thanks, goodbyes).
- github.com/thu-coai/KdConv: chit-chat about films, music and travel, files data/<domain>/dev.json;
  one line per utterance, both speakers, category = the domain (电影, 音乐, 旅游).

Every line has label `clean`. Whitespace is collapsed, exact duplicates dropped (keeping the
first), then per category in sorted order shuffled with random.Random(20250617) (one generator per
corpus), a fixed number kept and split in half (first half dev, second test); each file shuffled
again with the same generator.

Run from the project root:
  python3 tools/sample_corpus_everyday.py /path/to/CrossWOZ/.git /path/to/KdConv/.git
"""
import csv
import io
import json
import random
import re
import subprocess
import sys
import zipfile
from pathlib import Path

SEED = 20250617
CROSSWOZ_COMMIT = "df82c9fdff91b9b130f2d6b89110d3870ba6260e"
KDCONV_COMMIT = "653db76432de09a004ba708a68f8bbd5500e6bec"
CROSSWOZ_DOMAINS = {"酒店": "酒店", "餐馆": "餐馆", "景点": "景点", "地铁": "地铁", "出租": "出租"}
# 1,998 lines: the three large domains alike, metro and taxi nearly all the file has (134 and 130
# distinct), greetings and thanks most of their 438.
CROSSWOZ_PER_CATEGORY = {"酒店": 446, "餐馆": 446, "景点": 446, "地铁": 130, "出租": 130, "寒暄": 400}
KDCONV_DOMAINS = {"film": "电影", "music": "音乐", "travel": "旅游"}
KDCONV_PER_CATEGORY = 668
OUT = Path("engine/src/test/resources/corpora")


def show(git_dir, commit, path):
    return subprocess.run(
        ["git", "--git-dir", git_dir, "show", f"{commit}:{path}"], check=True, capture_output=True
    ).stdout


def clean(text):
    return re.sub(r"\s+", " ", text).strip()


def crosswoz_lines(git_dir):
    raw = show(git_dir, CROSSWOZ_COMMIT, "data/crosswoz/val.json.zip")
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        dialogues = json.loads(z.read("val.json").decode("utf-8"))
    lines = []
    for key in sorted(dialogues, key=int):
        for message in dialogues[key]["messages"]:
            domains = [act[1] for act in message["dialog_act"] if act[0] != "General"]
            category = CROSSWOZ_DOMAINS.get(domains[0], "寒暄") if domains else "寒暄"
            lines.append((category, clean(message["content"])))
    return lines


def kdconv_lines(git_dir):
    lines = []
    for domain, category in KDCONV_DOMAINS.items():
        conversations = json.loads(show(git_dir, KDCONV_COMMIT, f"data/{domain}/dev.json").decode("utf-8"))
        for conversation in conversations:
            for message in conversation["messages"]:
                lines.append((category, clean(message["message"])))
    return lines


def sample(name, lines, quota):
    seen = set()
    distinct = []
    for category, text in lines:
        if text and text not in seen:
            seen.add(text)
            distinct.append((category, text))
    rnd = random.Random(SEED)
    dev, test = [], []
    for category in sorted({category for category, _ in distinct}):
        group = [line for line in distinct if line[0] == category]
        rnd.shuffle(group)
        want = quota(category)
        taken = group[:want]
        if len(taken) < want:
            raise SystemExit(f"{name}/{category}: only {len(taken)} distinct lines")
        half = len(taken) // 2
        dev.extend(taken[:half])
        test.extend(taken[half:])
    (OUT / name).mkdir(parents=True, exist_ok=True)
    for half_name, rows in (("dev", dev), ("test", test)):
        rnd.shuffle(rows)
        with open(OUT / name / f"{half_name}.csv", "w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f, lineterminator="\n")
            writer.writerow(["label", "category", "text"])
            writer.writerows(("clean", category, text) for category, text in rows)
        print(name, half_name, len(rows), "lines")


def main():
    sample("crosswoz-dialogues", crosswoz_lines(sys.argv[1]), lambda c: CROSSWOZ_PER_CATEGORY[c])
    sample("kdconv-chitchat", kdconv_lines(sys.argv[2]), lambda c: KDCONV_PER_CATEGORY)


if __name__ == "__main__":
    main()
