#!/usr/bin/env python3
"""Build docs.jsonl (beside this script) from hand-written documents with inline markup;
the markup and the checks are `../probe_builder.py`'s.

probe13: confidentiality incidents, safeguarding and mandated disclosure.
The caseload (`caseload.json`, seed 1301) comes from
`gen_corpus.py --seed 1301 --clients 500 --docs 10 --style dev`.
The content is what a practice writes when confidentiality itself is the topic: incident
logs (a group member repeating another's story, a screenshot of a group chat, a client
recognised in the waiting room), agendas for the session that talks an incident through,
supervision notes, apologies for misdirected letters, e-mails and texts, breach
notifications and regulator drafts, safeguarding referrals and duty-to-warn letters,
replies to subpoenas, court orders and police requests (refusing, or complying with the
minimum), insurer, EAP and employer requests, consent and release-of-information notes,
team minutes (some properly de-identified, some not), case presentations, and therapists'
social posts and blog drafts about confidentiality. Writers are US, UK, Irish, Canadian,
Australian, Indian, Nigerian and others; a few documents are in or carry Spanish,
Portuguese, French, Greek or Chinese.

Hard cases, in both directions: two or more clients in one document (the member who
breached and the member whose story travelled); clients by initials, seat numbers,
nicknames or title + surname, dictated phone numbers and written-out e-mails; people
named who are not clients (police officers, judges' clerks, solicitors, insurers' staff,
supervisors, practice managers, public figures who share a client's name such as Kevin
Love and Michael Jordan); ordinary-word names (Hope, Grace, Will, May, Joy, Faith, Rose,
Sage, Patience, Sunny, June, Robin, Amber) used as words and as clients; de-identified
incident summaries (benign) beside versions that still identify through two attributes
(quasi).
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import probe_builder  # noqa: E402

if __name__ == "__main__":
    sys.exit(probe_builder.build(HERE, "probe13", written_forms=True))
