#!/usr/bin/env python3
"""Derives propn.tsv from UD Dutch LassySmall (CC BY-SA 4.0): one line per sentence holding a proper noun.

Usage: python3 derive.py DIR_WITH_CONLLU > propn.tsv
Columns: sent_id, text, the PROPN forms of the sentence joined by ' | ' (in order, repeats kept).
"""
import pathlib
import sys


def sentences(path):
    """Yields (sent_id, text, PROPN forms) for each sentence of a CoNLL-U file, in file order."""
    sent_id = text = None
    propn = []
    for line in pathlib.Path(path).read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("# sent_id = "):
            sent_id = line[len("# sent_id = "):]
        elif line.startswith("# text = "):
            text = line[len("# text = "):]
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            if "-" not in cols[0] and "." not in cols[0] and cols[3] == "PROPN":
                propn.append(cols[1])
        elif not line:
            if sent_id is not None:
                yield sent_id, text, propn
            sent_id = text = None
            propn = []


if __name__ == "__main__":
    src = pathlib.Path(sys.argv[1])
    print("# Derived from UD Dutch LassySmall (dev and test files), https://universaldependencies.org/,")
    print("# licence CC BY-SA 4.0 (see LICENCE beside this file). Made by derive.py beside this file.")
    print("# sent_id <TAB> text <TAB> PROPN forms joined by ' | '")
    for name in ("nl_lassysmall-ud-dev.conllu", "nl_lassysmall-ud-test.conllu"):
        for sent_id, text, propn in sentences(src / name):
            if propn:
                print(f"{sent_id}\t{text}\t{' | '.join(propn)}")
