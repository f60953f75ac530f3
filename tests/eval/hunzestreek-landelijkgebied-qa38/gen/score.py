#!/usr/bin/env python3
"""Score `inspraak comments --json` against labels.toml and expected_meta.toml.
Usage: score.py comments.json [-v]"""
import json, sys, re, tomllib, unicodedata
import os
here = os.path.dirname(os.path.abspath(__file__)) + '/'
labels = tomllib.load(open(here + '../labels.toml', 'rb'))['comment']
meta = tomllib.load(open(here + 'expected_meta.toml', 'rb'))['meta']
data = json.load(open(sys.argv[1]))
verbose = '-v' in sys.argv
def norm(s):
    s = unicodedata.normalize('NFKC', s).lower()
    s = re.sub(r'[^\w]+', ' ', s)
    return ' '.join(s.split())
found = missed = extra = merged = 0
top1 = r3 = nlinked = 0; none_ok = none_n = 0
misses = []
for resp in data:
    f = resp['file']
    labs = [l for l in labels if l['file'] == f]
    coms = resp['comments']
    ntexts = [norm(c['text']) for c in coms]
    used = {}
    for l in labs:
        st = norm(l['start'])
        hits = [i for i, t in enumerate(ntexts) if st in t]
        if not hits:
            missed += 1; misses.append(f"MISSED {f}: {l['start']}"); continue
        i = hits[0]
        if not ntexts[i].startswith(st) and not re.match(r'^(\w+ ){0,4}' + re.escape(st), ntexts[i]):
            # point found inside another comment -> merged
            merged += 1; misses.append(f"MERGED {f}: '{l['start']}' inside comment {coms[i]['label']}: {coms[i]['text'][:70]!r}")
        else:
            found += 1
        used.setdefault(i, []).append(l)
        got = [s['number'] for s in coms[i]['sections']]
        exp = l['sections']
        if not exp:
            none_n += 1
            conf = [s for s in coms[i]['sections'] if s['score'] >= 0.5]
            if not conf: none_ok += 1
            else: misses.append(f"LINK-NONE {f}: '{l['start']}' linked {[(s['number'], s['score']) for s in conf]}")
            continue
        nlinked += 1
        if got[:1] and got[0] == exp[0]: top1 += 1
        elif got[:1] and got[0] in exp: top1 += 1  # any labelled section as top-1
        else: misses.append(f"TOP1 {f}: '{l['start']}' expected {exp} got {[(s['number'], s['score']) for s in coms[i]['sections'][:3]]}")
        if any(g in exp for g in got[:3]): r3 += 1
    for i, c in enumerate(coms):
        if i not in used:
            extra += 1; misses.append(f"EXTRA {f}: comment {c['label']}: {c['text'][:90]!r}")
    m = meta.get(f)
    if m:
        name_ok = resp['respondent'].startswith('Inwoner ') if m['kind'] == 'resident' else m['respondent'].split(' (')[0].lower() in resp['respondent'].lower() or resp['respondent'].lower() in m['respondent'].lower()
        name_ok = name_ok or resp['respondent'] in m.get('accept', [])
        if not name_ok or m['kind'] != resp['kind'] or (m['date'] or None) != resp.get('date'):
            misses.append(f"META {f}: expected {m['respondent']}/{m['kind']}/{m['date']} got {resp['respondent']}/{resp['kind']}/{resp.get('date')}")
print(f"labels {len(labels)}: found {found}, merged {merged}, missed {missed}, extra {extra}")
print(f"linking: top-1 {top1}/{nlinked} = {top1/nlinked:.0%}, recall@3 {r3}/{nlinked} = {r3/nlinked:.0%}; off-topic left unlinked (no link >= 0.5) {none_ok}/{none_n}")
for m in misses: print(m)
