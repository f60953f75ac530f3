# Scores `inspraak comments --json` against labels.toml: segmentation, top-1, recall@3.
import json, re, sys, tomllib
lab = tomllib.load(open(sys.argv[1], 'rb'))
out = json.load(open(sys.argv[2]))
norm = lambda s: re.sub(r'[^\w]+', ' ', s.lower()).strip()
bycomm = {}
for r in out:
    for c in r['comments']:
        bycomm[c['id']] = (r['file'], c)
found = missed = merged = 0; top1 = rec3 = nlinked = 0; offtopic_ok = offtopic_n = 0
used = {}
misses = []
for L in lab['comment']:
    st = norm(L['start'])
    hits = [(f, c) for (f, c) in bycomm.values() if f == L['file'] and st in norm(c['text'])]
    if not hits:
        missed += 1; misses.append(('MISSED', L['file'], L['start'])); continue
    f, c = hits[0]
    used.setdefault(c['id'], []).append(L['start'])
    found += 1
    secs = [s['number'] for s in c['sections']]
    if L['sections']:
        nlinked += 1
        if secs[:1] and secs[0] == L['sections'][0]: top1 += 1
        elif secs[:1] and secs[0] in L['sections']: top1 += 1
        else: misses.append(('TOP1', f, L['start'][:40], 'label', L['sections'], 'got', secs[:3]))
        if L['sections'][0] in secs[:3] or (set(L['sections']) & set(secs[:3])): rec3 += 1
        else: misses.append(('R@3', f, L['start'][:40], 'label', L['sections'], 'got', secs[:3]))
    else:
        offtopic_n += 1
        top = c['sections'][0]['score'] if c['sections'] else 0
        misses.append(('OFFTOPIC', f, L['start'][:40], 'top', secs[:2], round(top, 2)))
for cid, starts in used.items():
    if len(starts) > 1:
        merged += 1; misses.append(('MERGED', bycomm[cid][0], starts))
extra = [(f, c['label'], c['text'][:90]) for cid, (f, c) in bycomm.items() if cid not in used]
print(f'labelled {len(lab["comment"])}  tool comments {len(bycomm)}  found {found}  missed {missed}  merged-comments {merged}  extra {len(extra)}')
print(f'linking (on {nlinked} found points with sections): top-1 {top1}/{nlinked} = {top1/max(nlinked,1):.0%}   recall@3 {rec3}/{nlinked} = {rec3/max(nlinked,1):.0%}')
for m in misses: print(*m)
for e in extra: print('EXTRA', *e)
