#!/usr/bin/env python3
"""Derives typed/NNN-DOC-pN.txt from the test file of UD Dutch LassySmall (CC BY-SA 4.0).

Usage: python3 derive_typed.py PATH/nl_lassysmall-ud-test.conllu [--write] [--out FOLDER]
Without --write it only lists the selection, so the hand labels in typed/ are never overwritten by accident.
--out names the folder beside this file to write to (default typed); the dev file goes to typed-dev:
    python3 derive_typed.py PATH/nl_lassysmall-ud-dev.conllu --write --out typed-dev

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

FILES = 80
PER_DOCUMENT = 10
MIN_SENTENCES = 3
MAX_SENTENCES = 12
MIN_PROPN = 3


def read_paragraphs(path):
    """Returns {document: {paragraph number: [(text, propn count), ...]}}, documents in order of appearance."""
    documents = {}
    sent_id = text = None
    propn = 0
    for line in pathlib.Path(path).read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("# sent_id = "):
            sent_id = line[len("# sent_id = "):]
        elif line.startswith("# text = "):
            text = line[len("# text = "):]
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            if "-" not in cols[0] and "." not in cols[0] and cols[3] == "PROPN":
                propn += 1
        elif not line:
            if sent_id is not None:
                document, rest = sent_id.split(".p.", 1)
                paragraph = int(rest.split(".s.")[0])
                documents.setdefault(document, {}).setdefault(paragraph, []).append((text, propn))
            sent_id = text = None
            propn = 0
    return documents


def select(documents):
    chosen = []
    for document, paragraphs in documents.items():
        kept = [(number, sentences) for number, sentences in sorted(paragraphs.items())
                if MIN_SENTENCES <= len(sentences) <= MAX_SENTENCES
                and sum(p for _, p in sentences) >= MIN_PROPN]
        chosen += [(document, number, sentences) for number, sentences in kept[:PER_DOCUMENT]]
    return chosen[:FILES]


def main():
    options = sys.argv[2:]
    write = "--write" in options
    folder = options[options.index("--out") + 1] if "--out" in options else "typed"
    out = pathlib.Path(__file__).resolve().parent / folder
    chosen = select(read_paragraphs(sys.argv[1]))
    for index, (document, number, sentences) in enumerate(chosen, start=1):
        name = f"{index:03d}-{document}-p{number}.txt"
        print(f"{name}\t{len(sentences)} sentences\t{sum(p for _, p in sentences)} PROPN")
        if write:
            out.mkdir(exist_ok=True)
            (out / name).write_text("\n\n".join(t for t, _ in sentences) + "\n===\n", encoding="utf-8")


if __name__ == "__main__":
    main()
