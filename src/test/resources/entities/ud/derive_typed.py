#!/usr/bin/env python3
"""Derives typed/NNN-DOC-pN.txt from the test file of UD Dutch LassySmall (CC BY-SA 4.0).

Usage: python3 derive_typed.py PATH/nl_lassysmall-ud-test.conllu [--write] [--out FOLDER]
Without --write it only lists the selection, so the hand labels in typed/ are never overwritten by accident.
--out names the folder beside this file to write to (default typed); the dev file goes to typed-dev:
    python3 derive_typed.py PATH/nl_lassysmall-ud-dev.conllu --write --out typed-dev
--rest takes the test and the dev file and selects, for the tuning set typed-tune, the paragraphs that are in
neither typed/ nor typed-dev/ (by document and paragraph number), with the REST_* rules below:
    python3 derive_typed.py PATH/nl_lassysmall-ud-test.conllu PATH/nl_lassysmall-ud-dev.conllu --rest --write

The test file holds only 17 Wikipedia documents (sent_id before '.p.', e.g. 'wiki-135'), some of several hundred
sentences, so one file per document would be too long to label by hand and would come from very few articles.
The unit is therefore one paragraph (sent_id before '.s.') of a document: documents keep the order in which they
first appear in the file, their paragraphs are taken in the order of their number, and of each document the first
PER_DOCUMENT paragraphs with MIN_SENTENCES to MAX_SENTENCES sentences and at least MIN_PROPN PROPN tokens are kept,
at most FILES in all. (Very long "paragraphs" in the WR-P-E-I documents are whole pages flattened into one.)
Each selected paragraph becomes one file: its sentences in file order, one paragraph per sentence, then a line
'===' followed by the labels, which are added by hand (type<TAB>value, see README.md).

Text: UD_Dutch-LassySmall (Wikipedia section of Lassy Small), licence CC BY-SA 4.0 (see LICENCE beside this file).
The hand labels are released under the same licence.
"""
import pathlib
import sys

from derive import sentences  # the same CoNLL-U reading as propn.tsv's

FILES = 80
PER_DOCUMENT = 10
MIN_SENTENCES = 3
MAX_SENTENCES = 12
MIN_PROPN = 3
REST_FILES = 70
REST_PER_DOCUMENT = 8
REST_MIN_SENTENCES = 2
REST_MAX_SENTENCES = 15
REST_MIN_PROPN = 2


def read_paragraphs(path):
    """Returns {document: {paragraph number: [(text, propn count), ...]}}, documents in order of appearance."""
    documents = {}
    for sent_id, text, propn in sentences(path):
        document, rest = sent_id.split(".p.", 1)
        paragraph = int(rest.split(".s.")[0])
        documents.setdefault(document, {}).setdefault(paragraph, []).append((text, len(propn)))
    return documents


def select(documents, rest=False, taken=frozenset()):
    low, high, propn, per_document, files = (
        (REST_MIN_SENTENCES, REST_MAX_SENTENCES, REST_MIN_PROPN, REST_PER_DOCUMENT, REST_FILES) if rest
        else (MIN_SENTENCES, MAX_SENTENCES, MIN_PROPN, PER_DOCUMENT, FILES))
    chosen = []
    for document, paragraphs in documents.items():
        kept = [(number, sentences) for number, sentences in sorted(paragraphs.items())
                if (document, number) not in taken
                and low <= len(sentences) <= high
                and sum(p for _, p in sentences) >= propn]
        chosen += [(document, number, sentences) for number, sentences in kept[:per_document]]
    return chosen[:files]


def taken_paragraphs(here):
    """(document, paragraph number) of every file already in typed/ and typed-dev/."""
    taken = set()
    for folder in ("typed", "typed-dev"):
        for file in (here / folder).glob("*.txt"):
            document, number = file.stem.split("-", 1)[1].rsplit("-p", 1)
            taken.add((document, int(number)))
    return taken


def main():
    options = sys.argv[1:]
    write = "--write" in options
    rest = "--rest" in options
    folder = options[options.index("--out") + 1] if "--out" in options else ("typed-tune" if rest else "typed")
    here = pathlib.Path(__file__).resolve().parent
    out = here / folder
    paths = [o for i, o in enumerate(options) if not o.startswith("--") and (i == 0 or options[i - 1] != "--out")]
    if rest:
        documents = {}
        for path in paths:
            documents.update(read_paragraphs(path))
        chosen = select(documents, rest=True, taken=taken_paragraphs(here))
    else:
        chosen = select(read_paragraphs(paths[0]))
    for index, (document, number, sentences) in enumerate(chosen, start=1):
        name = f"{index:03d}-{document}-p{number}.txt"
        print(f"{name}\t{len(sentences)} sentences\t{sum(p for _, p in sentences)} PROPN")
        if write:
            out.mkdir(exist_ok=True)
            (out / name).write_text("\n\n".join(t for t, _ in sentences) + "\n===\n", encoding="utf-8")


if __name__ == "__main__":
    main()
