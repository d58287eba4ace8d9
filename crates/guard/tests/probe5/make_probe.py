#!/usr/bin/env python3
"""Build docs.jsonl (beside this script) from hand-written documents with inline markup;
the markup and the checks are `../probe_builder.py`'s.

probe5: names that are also everyday English words, and celebrity namesakes.
The caseload (`caseload.json`, seed 71) comes from
`gen_corpus.py --seed 71 --clients 300 --docs 10 --style dev`; its clients include
Hope, Grace, Faith ("Fay"), Joy, Rose, Will, Bill, Mark, Frank, June, April, Summer,
Art, Sage, Miles, Ginger, Dawn, Patience and Pat, Holly, Amber, Jack, Drew, Sue, Rich,
Rusty, Sunny, Dean, Iris and Ivy, and Taylor Swift, Chris ("Kris") Evans and Kevin Love.
The documents test one hard problem: the same word is an ordinary word (verb, noun,
month, season, colour, plant, modal "will"/"may", "bill" for an invoice, "sue" in
court...) in most texts and a client's name in a few. Benign documents use the words
as words (name_as_word, in every position: sentence-initial, headings, Title Case,
ALL CAPS, hashtags, lists, quotes; May, Chase, Penny and Ray are words no client
bears), talk about the real celebrities (celebrity_namesake), or name the writer's
relatives, colleagues and other non-clients who share the names (writers_relative,
colleague, non_client). Direct documents use the same names about clients in a
clinical context (given, preferred, full, title + family, misspelled; several use the
word both ways in one text, "Will will call back"). Quasi documents identify some of
these clients by two or more attributes with no name.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import probe_builder  # noqa: E402

if __name__ == "__main__":
    sys.exit(probe_builder.build(HERE, "probe5", written_forms=True))
