#!/usr/bin/env python3
"""Per page of trafilatura-dev: the `with` passages missing from offprint's txt (MISS) and the
`without` passages present in it (LEAK), optionally with the source element that holds each
passage and its ancestors (tag#id.class), to tell a wrong box from a dropped paragraph.

Usage: scripts/body-misses.py OUT_DIR [DATA_DIR] [--miss|--leak] [--context]
  OUT_DIR   a folder of offprint's <id>.txt/<id>.json (convert --format txt,json)
  DATA_DIR  ../shared/corpus/trafilatura-dev by default
--context needs lxml."""
import json, sys
from pathlib import Path

args = [a for a in sys.argv[1:] if not a.startswith('--')]
flags = {a for a in sys.argv[1:] if a.startswith('--')}
here = Path(__file__).resolve().parent
data = Path(args[1]) if len(args) > 1 else here / '../../shared/corpus/trafilatura-dev'
sys.path.insert(0, str(here / '../../shared/tools'))
import score  # noqa: E402

out = Path(args[0])
cases = score.load_dataset('trafilatura', data)
preds, _ = score.load_predictions(out, list(cases), False, offprint=True)
n = score.traf_norm


def label(e):
    s = e.tag if isinstance(e.tag, str) else '?'
    if e.get('id'): s += '#' + e.get('id')[:25]
    if e.get('class'): s += '.' + '.'.join(e.get('class').split())[:40]
    return s


def holder(root, w):
    best = None
    for e in root.iter():  # document order: the last match is the innermost
        if isinstance(e.tag, str) and e.tag not in ('script', 'style') and w in n(e.text_content()):
            best = e
    return best


totals = [0, 0]
for cid, c in sorted(cases.items()):
    body = n((preds.get(cid) or {}).get('articleBody') or '')
    miss = [w for w in c['with'] if n(w) not in body] if '--leak' not in flags else []
    leak = [w for w in c['without'] if n(w) in body] if '--miss' not in flags else []
    if not miss and not leak:
        continue
    totals[0] += len(miss); totals[1] += len(leak)
    try:
        method = json.load(open(out / f'{cid}.json'))['extraction']['method']
    except Exception:
        method = '?'
    print(f'== {cid} [{method}] len={len(body)}')
    root = None
    if '--context' in flags:
        import lxml.html
        try:
            root = lxml.html.fromstring(score.read_source_html('trafilatura', c))
        except Exception:
            root = None
    for kind, ws in (('MISS', miss), ('LEAK', leak)):
        for w in ws:
            print(f'  {kind} {n(w)[:120]!r}')
            if root is not None:
                e, chain = holder(root, n(w)), []
                while e is not None and len(chain) < 9:
                    chain.append(label(e)); e = e.getparent()
                print('     ' + (' < '.join(chain) or '(not one element\'s text)'))
print(f'missed with: {totals[0]}, leaked without: {totals[1]}', file=sys.stderr)
