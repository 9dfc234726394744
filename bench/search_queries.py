#!/usr/bin/env python3
"""Draws a varied set of distinct search queries from a corpus's own passages, so that no cache decides a
benchmark: words, pairs of words, names, phrases, OR, prefixes and typos, each with the PostgreSQL tsquery
that asks the same (a typo stays a typo: PostgreSQL has no spelling variants, the portal suggests a word).

Reads passages, one per line, on standard input; writes KIND<TAB>PORTAL QUERY<TAB>TSQUERY lines.
Usage: psql ... -c "select text from block ..." | search_queries.py COUNT [SEED] > queries.tsv
"""
import random
import re
import sys

# PostgreSQL's English stop words and a few more that make poor searches on their own.
STOP = set("""a about above after again against all am an and any are as at be because been before being below
between both but by can did do does doing don down during each few for from further had has have having he her
here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of
off on once only or other our ours ourselves out over own same she should so some such than that the their theirs
them themselves then there these they this those through to too under until up very was we were what when where
which while who whom why will with you your yours yourself yourselves also would could shall must may might mr mrs
madam president commission commissioner european parliament council""".split())

SHARES = [("word", 0.26), ("words", 0.14), ("name", 0.18), ("phrase", 0.14), ("or", 0.10), ("prefix", 0.09),
          ("typo", 0.09)]


def main():
    count = int(sys.argv[1])
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 11)
    sentences = [line.strip() for line in sys.stdin if len(line.split()) >= 6]
    rng.shuffle(sentences)
    words, names, runs = [], [], []
    for sentence in sentences:
        tokens = re.findall(r"[A-Za-z][A-Za-z'-]*", sentence)
        plain = [t for t in tokens if t.isalpha()]
        words.extend(t.lower() for t in plain if len(t) >= 4 and t.lower() not in STOP)
        # Names: capitalised words inside a sentence (not after a full stop), alone or two in a row.
        raw = sentence.split()
        for i in range(1, len(raw)):
            word, before = raw[i].strip(",;:()\"'"), raw[i - 1]
            if before[-1] in ".!?:\"" or not (word.isalpha() and word[0].isupper() and len(word) >= 3) or word.lower() in STOP:
                continue
            after = raw[i + 1].strip(",;:()\"'.") if i + 1 < len(raw) else ""
            if after.isalpha() and after[0].isupper() and after.lower() not in STOP and raw[i][-1].isalpha():
                names.append((word, after))
            else:
                names.append((word,))
        lower = [t.lower() for t in plain]
        for i in range(len(lower) - 2):
            if lower[i] not in STOP and lower[i + 1] not in STOP and len(lower[i]) >= 3 and len(lower[i + 1]) >= 3:
                runs.append((lower[i], lower[i + 1]))
    if not words or not names or not runs:
        sys.exit("too few passages to draw queries from")

    def typo(word):
        i = rng.randrange(1, len(word) - 1)
        if rng.random() < 0.5:
            return word[:i] + word[i + 1] + word[i] + word[i + 2:]  # two letters swapped
        return word[:i] + word[i + 1:]  # one letter dropped

    makers = {
        "word": lambda: (w := rng.choice(words), w),
        "words": lambda: (lambda a, b: (a + " " + b, a + " & " + b))(rng.choice(words), rng.choice(words)),
        "name": lambda: (lambda n: (" ".join(n), " & ".join(p.lower() for p in n)))(rng.choice(names)),
        "phrase": lambda: (lambda r: ('"' + " ".join(r) + '"', " <-> ".join(r)))(rng.choice(runs)),
        "or": lambda: (lambda a, b: (a + " OR " + b, a + " | " + b))(rng.choice(words), rng.choice(words)),
        "prefix": lambda: (lambda w: (w + "*", w + ":*"))(rng.choice([w for w in rng.sample(words, 20) if len(w) >= 6] or ["environment"])[:rng.randint(4, 6)]),
        "typo": lambda: (lambda w: (w, w))(typo(rng.choice([w for w in rng.sample(words, 20) if len(w) >= 6] or ["parliament"]))),
    }
    seen = set()
    for kind, share in SHARES:
        wanted, tries = max(1, round(count * share)), 0
        made = 0
        while made < wanted and tries < wanted * 50:
            tries += 1
            portal, tsquery = makers[kind]()
            if portal.lower() in seen:
                continue
            seen.add(portal.lower())
            print(f"{kind}\t{portal}\t{tsquery}")
            made += 1


if __name__ == "__main__":
    main()
