#!/usr/bin/env python3
"""Writes N synthetic articles built from the seeds' vocabulary and sentence shapes.

Each article gets a headline or not, a few headings, paragraphs of recombined seed sentences with
random word substitutions, so every text is distinct and the vocabulary stays news-like.
Usage: generate_corpus.py OUT_DIR N [SEED]
"""
import os
import random
import re
import sys

def main():
    out, count = sys.argv[1], int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 42)
    seeds_dir = os.path.join(os.path.dirname(__file__), "..", "seeds")
    sentences, words = [], set()
    for name in sorted(os.listdir(seeds_dir)):
        with open(os.path.join(seeds_dir, name), encoding="utf-8") as f:
            for line in f:
                for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z“])", line.strip()):
                    if len(sentence.split()) >= 8 and not re.match(r"^\d+\.", sentence):
                        sentences.append(sentence)
                words.update(w for w in re.findall(r"[A-Za-z]{4,}", line))
    words = sorted(words)
    os.makedirs(out, exist_ok=True)
    for i in range(count):
        lines = []
        if rng.random() < 0.5:
            lines.append(" ".join(rng.choice(words).capitalize() for _ in range(rng.randint(4, 9))))
        for p in range(rng.randint(6, 14)):
            if p and rng.random() < 0.15:
                lines.append(" ".join(rng.choice(words).capitalize() for _ in range(rng.randint(3, 6))) + "?")
            chosen = [mutate(rng.choice(sentences), words, rng) for _ in range(rng.randint(2, 4))]
            lines.append(" ".join(chosen))
        # The file name's prefix is the source: 25 outlets, as a real corpus has a few outlets and many articles.
        outlet = f"outlet{rng.randrange(25):02d}"
        with open(os.path.join(out, f"{outlet}_{i:06d}_{rng.getrandbits(32):08x}.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines))

def mutate(sentence, words, rng):
    tokens = sentence.split()
    for _ in range(max(1, len(tokens) // 6)):
        j = rng.randrange(len(tokens))
        if tokens[j].isalpha() and tokens[j].islower():
            tokens[j] = rng.choice(words).lower()
    return " ".join(tokens)

if __name__ == "__main__":
    main()
