#!/usr/bin/env python3
"""Build docs.jsonl (beside this script) from hand-written documents with inline markup;
the markup and the checks are `../probe_builder.py`'s.

probe7: the practice's everyday traffic, written by many hands.
The caseload (`caseload.json`, seed 131) comes from
`gen_corpus.py --seed 131 --clients 300 --docs 10 --style dev`.
The documents are the short messages a small group practice produces and receives
every day: front-desk notes (DNA lists, booking changes, room swaps, returned post,
lost property), WhatsApp messages between clinicians, voicemail transcriptions (some
machine-transcribed, lower case, with numbers and e-mail addresses read aloud), clients'
own e-mails to the practice (their names, numbers, dates of birth and addresses in
signatures and headers), GP, school and EAP referral letters, insurance and billing
correspondence, a supervision-group chat, a therapist's Reddit and Facebook-group posts,
LinkedIn posts and conference abstracts, and a trainee's reflective journal. Writers vary:
terse and chatty, formal and typo-prone, non-native English speakers, British, US,
Australian, Irish, Scottish, South African and Canadian English.

Hard cases: given names that are ordinary words (Will, Hope, Grace, June, May, Dawn, Joy,
Faith, Chase, Miles, Sage, Iris, Rose, Holly, Kit, Pat, Sue, Art, Ray, Bill, Rich, Frank,
Drew, Sunny...) used as words in benign texts and as the client in direct ones; clients
who share a name with a celebrity or public figure (Michael Jordan, Will Smith, Kevin
Love, James Bond, Peter Green, Bobby Lee, Paul Henderson) talked about clinically, and the
celebrities themselves in benign texts; the writer's own family and colleagues sharing a
client's given name; one- and two-edit misspellings, nicknames, reversed and upper-case
names; initials with one more attribute; phone numbers and dates of birth in many formats
(international, dictated, with an extension, day-first and month-first, d.o.b.); e-mail
addresses in headers, signatures and written out ("name at gmail dot com"); partial
street addresses. Quasi documents name nobody but paraphrase two or more attributes of
one client (employer, occupation with city, school, a named relative, a distinctive
fact). Benign documents hold one attribute alone, weak attributes, de-identified cases,
non-clients and public figures.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import probe_builder  # noqa: E402

if __name__ == "__main__":
    sys.exit(probe_builder.build(HERE, "probe7", written_forms=True))
