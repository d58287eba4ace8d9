#!/usr/bin/env python3
"""Build docs.jsonl (beside this script) from hand-written documents with inline markup;
the markup and the checks are `../probe_builder.py`'s.

probe12: the practice's paperwork and professional outreach, written by many people.
The caseload (`caseload.json`, seed 1229) comes from
`gen_corpus.py --seed 1229 --clients 600 --docs 10 --style dev`.
The content is what a practice sends out that is not a social post: referral letters and
replies, discharge and transfer summaries, letters to schools, employers, courts,
insurers and GPs, supervision and peer-consultation requests on listservs, conference
abstracts and CE vignettes, waitlist and intake e-mails, appointment reminders and SMS,
billing and superbill queries, handover notes, interpreters' notes, practice-manager
messages; and the therapists' own posts and e-mails about holidays, pets and family.
Writers are psychiatrists, GPs, social workers, school counsellors, trainees, admin staff
and interpreters from the US, UK, Ireland, South Africa, India, the Philippines, Canada
and Australia; some write terse clinical shorthand, some dictate (numbers and addresses
spelled out, no punctuation), some fill in forms.

Hard cases, in both directions: people named who are not clients (referring GPs, judges,
principals, supervisors, interpreters, colleagues, the writer's family, cited authors
such as Beck, Linehan, Rogers, Hayes or Sue Johnson, public figures); clients named only
in a subject line, a form field, a file name, an e-mail address, a forwarded signature or
a salutation; nicknames, one- or two-letter misspellings, initials with one more
attribute, relatives' names; phones, e-mails, dates of birth and street addresses in
varied, dictated and international forms; clients who share a public figure's name
(Jack Smith, Kevin Love, Emma Stone, Michael Jordan, Andrew Young, Sara Ramirez,
Elizabeth Vargas, Chad Johnson, Molly Sims) used for the client and, elsewhere, for the
celebrity. Quasi documents name nobody but carry two or more attributes of one client
that together are unique on the caseload. Benign documents hold one attribute alone,
attributes of different clients, properly de-identified people, staff and public
figures, and given names used as words (hope, grace, will, may, joy, faith, patience,
sage, line, guy, court).
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import probe_builder  # noqa: E402

if __name__ == "__main__":
    sys.exit(probe_builder.build(HERE, "probe12", written_forms=True))
