#!/usr/bin/env python3
"""Build docs.jsonl (beside this script) from hand-written documents with inline markup;
the markup and the checks are `../probe_builder.py`'s.

probe9: the shapes real text arrives in.
The caseload (`caseload.json`, seed 919) comes from
`gen_corpus.py --seed 919 --clients 400 --docs 10 --style dev`.
The content is the ordinary traffic of a few small practices (referrals, booking changes,
case consults, supervision, billing, social posts), but in the messy formats it arrives
in from other tools and from copy-paste: e-mail threads with "> " quoting, Outlook
"-----Original Message-----" blocks, forwarded headers (From/To/Cc/Date/Subject),
signatures with confidentiality disclaimers and "Sent from my iPhone"; exports from
practice software (CSV rows, Markdown and ASCII tables, key: value intake forms, ALL-CAPS
form fields, appointment lists with times); session transcripts with timestamps and
speaker labels, and auto-captions with no punctuation or capitals; OCR'd faxes and
scanned letters (words broken across lines with hyphens, l/1 and O/0 confusions, stray
characters, doubled spaces); WhatsApp and Slack exports (@mentions, :emoji_codes:,
reactions); text with HTML remnants (&amp;, <br>, &nbsp;), smart quotes, em dashes,
bullets, emoji, non-breaking spaces and tabs; very short fragments (a subject line, a
calendar title) and long multi-section documents (800+ words) where one leak is buried
in the middle. Writers are British, US, Irish, Australian, Indian and Canadian, some
non-native, some typo-prone.

Hard cases, in both directions: clients whose given or preferred names are ordinary
words or months (Hope, Grace, Will, May, Rose, Faith, Art, Bill, Pat, Joy, Dawn, Jan,
June, April, Sage, Summer, Miles, Iris, Ray, Rich, Ford, Dob) used as words, as form
labels ("DOB:", "GRACE PERIOD") and in ALL-CAPS headings, and used as the client; staff,
senders and recipients in headers and signatures who share clients' given names;
clients who share a name with a celebrity or public figure (Emma Stone, Michael Jordan,
Will Smith, James Brown, Andrew Jackson, Michael Scott); names split across a line
break or hyphenated by OCR, with a stray character, in "Family, Given" order, in lower
case and in capitals; phones, e-mails and dates of birth in many formats, inside table
cells, CSV fields, form fields and mailto: links; partial street addresses. Quasi
documents name nobody but carry two or more attributes of one client that together are
unique on the caseload (employer, occupation with city, school, a named relative, a
paraphrased distinctive fact), often spread across table cells or quoted-reply lines.
Benign documents hold one attribute alone, weak attributes, attributes of different
clients, fully de-identified cases, staff, non-clients and public figures.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import probe_builder  # noqa: E402

if __name__ == "__main__":
    sys.exit(probe_builder.build(HERE, "probe9", written_forms=True))
