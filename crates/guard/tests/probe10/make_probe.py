#!/usr/bin/env python3
"""Build docs.jsonl (beside this script) from hand-written documents with inline markup;
the markup and the checks are `../probe_builder.py`'s.

probe10: therapists who see more than one person at a time.
The caseload (`caseload.json`, seed 1013) comes from
`gen_corpus.py --seed 1013 --clients 400 --docs 10 --style dev`.
The content is the writing around couples, family, child and group work: couples intake
notes and waitlists; family sessions where several relatives are in the room (parents,
siblings, step-parents, grandparents) and genograms written out in prose, where one family
member is the client and the others are relatives (labelled RELATIVE only where the
caseload lists that relative for that client); child and adolescent practice (letters to
and from schools and parents, school counsellor liaison, safeguarding-adjacent
consultations, children's own words quoted); group therapy (session notes, rosters, a
member repeating outside what another said, written up for the next agenda, co-facilitator
debriefs, flyers and social posts about groups); supervision, peer consultation and team
minutes. Writers are US, British, Irish, Indian, Nigerian, Canadian and Australian, some
non-native; a few documents carry a phrase in Spanish, French, Polish or transliterated
Hindi; some are terse shorthand (pt, hx, f/u, Mo, Fa, sib).

Hard cases, in both directions: documents naming many people of whom few or none are
clients (the writer's own family, school staff, other professionals, group members who
are not on this caseload); clients referred to only by a relation plus a detail; given
names that are ordinary words (Hope, Grace, Will, May, Rose, Faith, Joy, Dawn, June,
Summer, Miles, Iris, Ray, Bill, Pat) used as words and used as the client; clients who
share a celebrity's name (Emma Stone, Will Smith, Chris Evans, Michael Jackson);
nicknames, misspellings and initials; phones, e-mails, dates of birth and street
addresses in varied and dictated forms. Quasi documents name nobody but carry two or more
attributes of one client that together are unique on the caseload (employer, occupation
with city, school, a named relative, a paraphrased distinctive fact). Benign documents
hold one attribute alone, attributes of different clients, properly de-identified
families and groups ("a family of four", "Client A"), staff and public figures.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import probe_builder  # noqa: E402

if __name__ == "__main__":
    sys.exit(probe_builder.build(HERE, "probe10", written_forms=True))
