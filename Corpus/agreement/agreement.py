#!/usr/bin/env python3
"""How far apart two careful people are: compares the second annotators' labels in this
folder with the original labels of the same documents (kind, cost class, stance), with the
same measures `claimaudit eval` uses. Standard library only.

    python3 Corpus/agreement/agreement.py            (from the repository root)
"""
import collections, glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
CLASSES = ("marginal", "fixed", "conflation")


def original(name):
    for path in (os.path.join(CORPUS, name + ".expected.json"), os.path.join(CORPUS, "holdout", name + ".expected.json")):
        if os.path.exists(path):
            return path, json.load(open(path))["mentions"]
    raise SystemExit(f"no original labels for {name}")


def label(m):
    """The class of a cost, else its kind: the five-way label the class F1 is computed over."""
    return m.get("class") if m["kind"] == "cost" else m["kind"]


def f1(pairs, cls):
    tp = sum(1 for a, b in pairs if a == cls and b == cls)
    fp = sum(1 for a, b in pairs if a != cls and b == cls)
    fn = sum(1 for a, b in pairs if a == cls and b != cls)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


groups = collections.defaultdict(lambda: collections.defaultdict(list))
for path in sorted(glob.glob(os.path.join(HERE, "*.labels.json"))):
    name, annotator = os.path.basename(path)[: -len(".labels.json")].rsplit(".", 1)
    source, first = original(name)
    second = json.load(open(path))["labels"]
    if [(m["quote"], m.get("occurrence", 1)) for m in first] != [(m["quote"], m.get("occurrence", 1)) for m in second]:
        raise SystemExit(f"{path}: mentions differ from {source}")
    group = "holdout (other authors)" if "/holdout/" in source else "Corpus (main author)"
    for a, b in zip(first, second):
        for g in (group, "all"):
            groups[g]["kind"].append((a["kind"], b["kind"]))
            groups[g]["class"].append((label(a), label(b)))
            groups[g]["stance"].append((a.get("stance"), b.get("stance")))

for g in sorted(groups):
    d = groups[g]
    n = len(d["kind"])
    agree = lambda key: sum(a == b for a, b in d[key]) / n
    per_class = {c: f1(d["class"], c) for c in CLASSES}
    print(f"{g}: {n} mentions  kind {agree('kind'):.3f}  class macro-F1 {sum(per_class.values()) / 3:.3f} "
          f"({' '.join(f'{c} {v:.3f}' for c, v in per_class.items())})  stance {agree('stance'):.3f}")
