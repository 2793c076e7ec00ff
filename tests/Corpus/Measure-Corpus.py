#!/usr/bin/env python3
"""Compares what pybtex reads in each corpus file with what PaperTools reads and writes back.

Usage: Measure-Corpus.py OUTPUT_FOLDER   (after Export-CorpusRoundTrip.ps1 -List LIST -OutputFolder OUTPUT_FOLDER)

An entry pybtex reads is read by PaperTools when a paper with its key came out of Import-PaperBibTeX. It is intact in an
export when the export has an entry with the same key, the same type, the same fields (names compared case-insensitively,
values as pybtex expands them) and the same person lists. pybtex runs in non-strict mode, so a file it cannot read
completely still yields the entries it can; entries of files where pybtex itself reported errors are counted apart,
since there pybtex's reading of the original is not the file's meaning (a % comment stops it mid-entry, for example).
"""
import collections, json, os, sys
import pybtex.errors
from pybtex.database.input import bibtex

pybtex.errors.set_strict_mode(False)
TOUCH = 'x-papertools-touched'
reported = []
pybtex.errors.print_error = lambda *a, **k: reported.append(a)


def read(path):
    """(entries, errors): entries as pybtex reads them, (key, type, fields, persons); None when it cannot read the file."""
    try:
        with open(path, encoding='utf-8') as f:
            text = f.read()
    except (UnicodeDecodeError, OSError):
        return None, 0
    del reported[:]
    try:
        data = bibtex.Parser().parse_string(text)
    except Exception:
        return None, 1
    entries = []
    for key, entry in data.entries.items():
        fields = {k.lower(): v for k, v in entry.fields.items() if k.lower() != TOUCH}
        persons = {role.lower(): [str(p) for p in people] for role, people in entry.persons.items()}
        entries.append((key, entry.type.lower(), fields, persons))
    return entries, len(reported)


def compare(original, exported):
    by_key = collections.defaultdict(list)
    for e in exported or []:
        by_key[e[0].lower()].append(e)
    result = []
    for key, type_, fields, persons in original:
        candidates = by_key.get(key.lower())
        if not candidates:
            result.append((key, 'lost'))
        elif any(c[1] == type_ and c[2] == fields and c[3] == persons for c in candidates):
            result.append((key, 'intact'))
        else:
            result.append((key, 'differs'))
    return result


def main(out):
    results = [json.loads(l) for l in open(os.path.join(out, 'results.jsonl')) if l.strip()]
    totals = collections.Counter()
    notes = []
    for r in results:
        totals['files'] += 1
        totals['papertools papers read'] += r['papers']
        if r['terminating']:
            totals['files stopped by a terminating error'] += 1
            notes.append(('terminating', r['path'], r['terminating']))
        original, errors = read(r['path'])
        if original is None:
            totals['files pybtex cannot read (not UTF-8)'] += 1
            continue
        group = 'clean' if errors == 0 else 'pybtex-errors'
        totals[f'files ({group})'] += 1
        totals[f'pybtex entries ({group})'] += len(original)
        ours = {k.lower() for k in r['keys'] if k is not None}
        for key, *_ in original:
            if key.lower() in ours or key.startswith('unnamed-'):
                totals[f'read ({group})'] += 1
            else:
                totals[f'not read ({group})'] += 1
                notes.append(('not read', r['path'], key))
        for mode in ('unchanged', 'touched'):
            exported, _ = read(os.path.join(out, mode, f"{r['index']}.bib"))
            for key, verdict in compare(original, exported):
                totals[f'{mode} {verdict} ({group})'] += 1
                if verdict != 'intact':
                    notes.append((f'{mode} {verdict} ({group})', r['path'], key))
    for k in sorted(totals):
        print(f'{k:50} {totals[k]}')
    for group in ('clean', 'pybtex-errors'):
        n = totals[f'pybtex entries ({group})']
        if n:
            print(f"{group}: read {100.0 * totals[f'read ({group})'] / n:.2f}%, "
                  f"unchanged intact {100.0 * totals[f'unchanged intact ({group})'] / n:.2f}%, "
                  f"touched intact {100.0 * totals[f'touched intact ({group})'] / n:.2f}%")
    with open(os.path.join(out, 'notes.tsv'), 'w') as f:
        for n in notes:
            f.write('\t'.join(map(str, n)) + '\n')


if __name__ == '__main__':
    main(sys.argv[1])
