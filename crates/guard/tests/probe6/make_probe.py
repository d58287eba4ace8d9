#!/usr/bin/env python3
"""Build docs.jsonl (beside this script) from hand-written documents with inline markup;
the markup and the checks are `../probe_builder.py`'s.

probe6: long-form professional writing and half-done de-identification.
The caseload (`caseload.json`, seed 89) comes from
`gen_corpus.py --seed 89 --clients 300 --docs 10 --style dev`.
The documents are case presentations, referral and clinic letters, discharge
summaries, insurance pre-authorisation letters, supervision notes, team-meeting
agendas, group rosters, school-counsellor e-mails, newsletters and long social posts,
many of them 120-600 words, written in distinct voices (a hurried trainee, a formal
consultant psychiatrist, a school counsellor, a couples therapist, a group
facilitator, an EAP counsellor, an Australian and an Indian English writer, a
social-media-savvy private practitioner). Many texts were "anonymised" by their writer
but leak something: a nickname in the margin, a relative's or partner's name, an
employer or school, a distinctive fact paraphrased in the writer's own words, a phone
number split across a sentence, a date of birth in an unusual format, an e-mail in a
forwarded header, a street address. Texts mix the client with non-clients (colleagues,
the writer's family, GPs, teachers, cited authors such as Beck, Linehan, Yalom and van
der Kolk, public figures) and some name two clients. Benign documents are the same
genres properly de-identified ("Client A, a man in his forties"), with non-client
names, a single weak or quasi attribute alone, and names used as ordinary words.
Quasi documents name nobody but combine two or more attributes of one client.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import probe_builder  # noqa: E402

if __name__ == "__main__":
    sys.exit(probe_builder.build(HERE, "probe6", written_forms=False))
