#!/usr/bin/env python3
"""Build docs.jsonl (beside this script) from hand-written documents with inline markup;
the markup and the checks are `../probe_builder.py`'s.

probe8: the therapist's longer writing for an audience.
The caseload (`caseload.json`, seed 177) comes from
`gen_corpus.py --seed 177 --clients 300 --docs 10 --style dev`.
The documents are what a therapist writes for readers and listeners rather than for a
colleague: practice newsletters, blog posts and Substack essays ("what I learned this
year"); podcast and radio transcripts (speaker labels, ums, crosstalk, a raw lower-case
machine transcript, a live phone-in where the caller turns out to be a client); book
chapters and journal case studies, some properly disguised and some that slip (a real
name in one line of dialogue, a "sample" intake form filled in with real details, an
editor's query left in, a caps case heading); teaching material (lecture slides and
speaker notes, role-play scripts, genogram exercises, exam questions, a "what not to do"
handout that forwards a real e-mail); letters to family and criminal courts, tribunals,
solicitors, schools, universities, housing departments and occupational health, with
"Re:" and "Our ref" lines; social media (X and Bluesky threads numbered 1/7, Instagram
captions with hashtag walls, TikTok scripts with capitalised on-screen text, a voicemail
"storytime"); peer consultation on Slack and Teams (@mentions, emoji reactions, cover
requests, a DM pasted into the wrong channel); and grant applications, service
evaluations and annual reports with "anonymised" quotes, case boxes and data tables.
Writers are British, Irish, US, Canadian, Australian, Indian and Nigerian, formal and
breezy, some with typos.

Hard cases, in both directions: clients whose names are words or things (Hope, Grace,
Will, May, Summer, Art, Joy, Dawn, Faith, Chase, Patience, Miles, April, Robin, Holly,
Ivy, Iris, Ginger, Sunny, Penny, Sage) named in texts that also use the word, the same
words in benign texts, and quasi texts about word-name clients that use the word in lower
case (other near-misses: "May Terrace", "Jan-Jun", "the dawn chorus", "Mini Cooper");
clients who share a name with a public figure (Taylor Swift, Michael Jordan, Will Smith,
Nancy Lopez, Anthony Ramos, John Williams, Mr Holmes, Mr Sullivan) discussed clinically,
and the public figures themselves (plus Gary Johnson, Michael J. Fox, Mark E. Smith, Art
Garfunkel, Dawn French, Lori Gottlieb, Brené Brown, Harry Stack Sullivan) in benign texts;
colleagues, trustees, contributors, the writer's own children and spouse, baristas and
plumbers sharing clients' given names; reference lists (Safran, J. D.; Rogers, C. R.;
Hayes, S. C.; Young, J. E.; Clark, D. M.); misspellings (Mentzal, Naess, Caldwel, Shiela,
Frances, Matthew for Mathew), nicknames, lower-case and all-caps names, possessives,
title + surname, initials with an employer, a school or a date of birth; a Greek-script
name; phones as digits, international and read aloud; e-mails in headers, cc lines,
feedback forms and written out ("at", "dot"); dates of birth day-first, month-first,
dotted, two-digit-year and spelled out; full and partial street addresses. Quasi texts
name nobody but paraphrase two or more attributes of one client (employer, occupation
with city, school, a named relative, a distinctive fact); benign texts hold one attribute alone, aggregates,
attributes of different clients, composites and properly disguised vignettes.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import probe_builder  # noqa: E402

if __name__ == "__main__":
    sys.exit(probe_builder.build(HERE, "probe8", written_forms=True))
