#!/usr/bin/env python3
"""Collects paper titles and abstracts from a folder of notes and prints them as a table."""
import os
import sys


def read_notes(folder):
    papers = []
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding='utf-8') as f:
            title = f.readline().strip()
            abstract = f.read().strip()
        papers.append((title, abstract))
    return papers


if __name__ == '__main__':
    for title, abstract in read_notes(sys.argv[1]):
        print(f'{title}\t{abstract[:80]}')
