#!/usr/bin/env python3
"""Build docs.jsonl (beside this script) from hand-written documents with inline markup;
the markup and the checks are `../probe_builder.py`'s.

probe11: small communities, where everyone knows everyone and a detail identifies a
person sooner than a name does.
The caseload (`caseload.json`, seed 1117) comes from
`gen_corpus.py --seed 1117 --clients 400 --docs 10 --style dev`.
The content is the writing of therapists who practise inside a small community: a rural
town and island practice (ferry cancellations, locums, the co-op queue); faith
communities (church, synagogue, mosque, temple: pastoral referrals, prayer lists,
bulletins); a military base and a veterans' clinic; a university counselling centre; a
sports club and its teams; one large employer's EAP (a hospital, a shipyard, a school
district); a tight-knit immigrant community; a recovery community (sponsors, meetings,
sober living); and the social-media drafts and newsletters such practices write.
Writers are US, British, Irish, Indian, Nigerian, Canadian and Australian, some
non-native; a few documents carry a phrase in Spanish, Polish, Greek, Hindi, Yoruba,
Hebrew or Arabic; registers run from terse shorthand and texts to long reflective prose,
posts with hashtags, e-mails with signatures, bulletin items and forms.

Hard cases, in both directions: locals named who are not clients (the pastor, the
coach, the mayor, the rabbi, the writer's own family); a client's relative named with
the relation word far from the name; clients described only by a role ("the welder from
Waverly at the shipyard", "the new under-10 coach") where the caseload makes that role
unique; descriptions that sound identifying but fit several clients; given names that
are ordinary words (Hope, Grace, Will, May, Rose, Faith, Joy, Dawn, June, Summer, Miles,
Iris, Ray, Bill, Pat, Sunny, Ivy, Patience, Chase) used as words and used as the client;
clients who share a public figure's name (Taylor Swift, Chris Evans, Kevin Love, John
Brown, Michelle Williams); nicknames, misspellings and initials; phones, e-mails, dates
of birth and street addresses in varied and dictated forms. Quasi documents name nobody
but carry two or more attributes of one client that together are unique on the caseload
(employer, occupation with city, school, a named relative, a paraphrased distinctive
fact). Benign documents hold one attribute alone, attributes of different clients,
properly de-identified people ("a woman in her 40s"), staff and public figures.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import probe_builder  # noqa: E402

if __name__ == "__main__":
    sys.exit(probe_builder.build(HERE, "probe11", written_forms=True))
