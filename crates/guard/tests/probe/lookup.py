"""Caseload look-ups for make_probe.py: which clients share each quasi-identifier."""
import json,collections,sys
import os
C=json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../../../shared/bench/dev/caseload.json')))['clients']
by={c['id']:c for c in C}
def keys(c):
    k=[]
    if c['employer']: k.append(('employer',c['employer']))
    k.append(('occ_city',c['occupation'],c['address']['city']))
    if c['school']: k.append(('school',c['school']))
    for r in c['relatives']: k.append(('relative',r['relation'],r['name'].split()[0] if ' ' in r['name'] else r['name']))
    for d in c['distinctive']: k.append(('distinctive',d))
    k.append(('initials',(c['given_name'][0]+c['family_name'][0]).upper()))
    return k
idx=collections.defaultdict(set)
for c in C:
    for k in keys(c): idx[k].add(c['id'])
gn=collections.Counter(c['given_name'].lower() for c in C)
fn=collections.Counter(c['family_name'].lower() for c in C)
pn=collections.Counter((c['preferred_name'] or '').lower() for c in C)
if __name__=='__main__':
    what=sys.argv[1]
    if what=='names':
        for c in C:
            print(c['id'],c['full_name'],c['preferred_name'],'G%d'%(gn[c['given_name'].lower()]+pn[c['given_name'].lower()]),'F%d'%fn[c['family_name'].lower()],'P%d'%(gn.get((c['preferred_name'] or '-').lower(),0)+pn.get((c['preferred_name'] or '-').lower(),0)))
    elif what=='shared':
        for k,v in sorted(idx.items(),key=str):
            if len(v)>1 and k[0]!='distinctive': print(k,sorted(v))
    elif what=='combo':
        cid=sys.argv[2]; c=by[cid]; ks=keys(c)
        for i in range(len(ks)):
            print(ks[i], len(idx[ks[i]]))
