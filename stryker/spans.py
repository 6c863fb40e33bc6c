#!/usr/bin/env python3
"""Prints a Stryker --mutate pattern covering the named members of a C# file: **/<file>{start..end}...

Stryker.NET's spans are character offsets (UTF-16, as Roslyn counts), not line numbers; finding the members by name
keeps an area's pattern right while the code around them moves.
Usage: spans.py Volunteers.Core/Volunteers/VolunteerData.cs NextNumber Insert"""
import re
import sys


def member_end(text, start):
    """Offset just past the member that starts at `start`: its block body, or its expression body's ';'."""
    depth, i, opened_block = 0, start, False
    while i < len(text):
        if text.startswith('//', i):
            i = text.index('\n', i)
            continue
        raw = re.match(r'\$*"""', text[i:])
        if raw:
            i = text.index('"""', i + raw.end()) + 3
            continue
        quoted = re.match(r'\$*(@?)"', text[i:])
        if quoted:
            verbatim, i = quoted.group(1) == '@', i + quoted.end()
            while text[i] != '"' or (verbatim and text.startswith('""', i)):
                i += 2 if text[i] == '\\' and not verbatim or text.startswith('""', i) else 1
            i += 1
            continue
        if text[i] == "'":
            i = text.index("'", i + 2) + 1
            continue
        ch = text[i]
        if ch in '({[':
            if ch == '{' and depth == 0:
                opened_block = True
            depth += 1
        elif ch in ')}]':
            depth -= 1
            if depth == 0 and ch == '}' and opened_block and not re.match(r'\s*[),;]', text[i + 1:]):
                return i + 1
        elif ch == ';' and depth == 0:
            return i + 1
        i += 1
    raise SystemExit(f'no end found for the member at {start}')


def utf16(text, offset):
    return len(text[:offset].encode('utf-16-le')) // 2


def main(path, *members):
    text = open(path, encoding='utf-8-sig').read()
    spans = []
    for name in members:
        found = list(re.finditer(rf'^[ \t]*(?:(?:public|private|internal|protected|static|sealed|override|async)\s+)+(?:\([^)]*\)\s*)?[\w<>\[\],.? ]*?\b{name}\s*(?:<[^<>()]*>)?\s*\(',
                                 text, re.MULTILINE))
        if not found:
            raise SystemExit(f'{path}: no member named {name}')
        for m in found:
            spans.append(f'{{{utf16(text, m.start())}..{utf16(text, member_end(text, m.start()))}}}')
    print(f'**/{path}' + ''.join(spans))


if __name__ == '__main__':
    main(*sys.argv[1:])
