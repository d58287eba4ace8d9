"""probe15: children, adolescents and families.

A child and family practice with school-based counselling work. The outbound texts are
letters to and from schools (teachers, SENCOs, school counsellors, principals), parents'
e-mails and texts, custody and co-parenting correspondence, paediatrician and CAMHS
referrals, play-therapy notes, parent-training and teen groups, social-worker liaison,
after-school clubs and sports teams, IEP/EHCP meetings, step-families, grandparents raising
children, foster and adoptive families, school-run logistics, kids' nicknames and
diminutives, children's drawings and quotes, child therapists' social posts, blog drafts
and newsletters for parents. Writers are from the US, UK, Ireland, Australia, Canada and
elsewhere. Clients are the caseload's adolescents or its adults (often parents), so the
caseload's relatives (with relation words) and schools carry much of the weight.

Run: python3 make_probe.py  (writes docs.jsonl; exits 1 if any document breaks the rule)
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import probe_builder
sys.exit(probe_builder.build(HERE, "probe15", written_forms=True))
