#!/usr/bin/env python3
"""Writes the 30,000 commonest words of two or more characters from jieba's small dictionary to
engine/src/test/resources/corpora/jieba-common-words/words.txt, one a line, commonest first.

Read straight from a git copy of github.com/fxsjy/jieba at a fixed commit, so the file can be
rebuilt byte for byte: extra_dict/dict.txt.small, lines "word frequency part-of-speech"; words of
one character are left out (every term is longer), ties in frequency keep the dictionary's order.

Run from the project root:
  python3 tools/sample_common_words.py /path/to/jieba/.git
"""
import subprocess
import sys
from pathlib import Path

COMMIT = "67fa2e36e72f69d9134b8a1037b83fbb070b9775"
KEEP = 30000
OUT = Path("engine/src/test/resources/corpora/jieba-common-words/words.txt")


def main():
    raw = subprocess.run(
        ["git", "--git-dir", sys.argv[1], "show", f"{COMMIT}:extra_dict/dict.txt.small"],
        check=True,
        capture_output=True,
    ).stdout.decode("utf-8")
    entries = []
    for order, line in enumerate(raw.splitlines()):
        fields = line.split()
        if len(fields) >= 2 and len(fields[0]) >= 2:
            entries.append((-int(fields[1]), order, fields[0]))
    entries.sort()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for _, _, word in entries[:KEEP]:
            f.write(word + "\n")
    print(OUT, min(KEEP, len(entries)), "words")


if __name__ == "__main__":
    main()
