#!/usr/bin/env python3
"""Build docs.jsonl (beside this script) from hand-written documents with inline markup;
the markup and the checks are `../probe_builder.py`'s.

Probe set 4. Its caseload (caseload.json, 300 clients c001..c300) is synthetic, seed 53,
generated with `gen_corpus.py --seed 53 --clients 300 --docs 10 --style dev`. The documents
in parts/ are hand-written in styles a developer would not think of first:

- a_chat.py:     SMS / chat threads between colleagues, voicemail transcriptions (phones read
                 aloud, e-mails spelled out), colleagues who share clients' given names;
- b_group.py:    group-therapy process notes (members repeating one another), attendance
                 registers, group-practice room rotas mixing clients, non-clients and staff;
- c_formal.py:   referral letters, discharge summaries, insurance pre-authorisations, court,
                 school, employer and housing letters, surname-first and upper-case names;
- d_casepres.py: team case presentations, de-identified ones (benign) and ones that slip (a
                 nickname in a verbatim quote, a forgotten header, initials plus a fact);
- e_admin.py:    calendar entries, to-do lists, billing notes, CSV-like lines, phone logs,
                 intake-form fragments with dates of birth and phones in many written forms;
- f_social.py:   the therapist's social posts and blog paragraphs (reflective, humorous,
                 promotional, grief), celebrities sharing clients' names, the writer's own
                 family, names used as ordinary words;
- g_variants.py: non-native English, US/UK/Irish/Canadian/South-African English, code-switching
                 (Spanish, German, French), typos, missing capitals, run-ons, emoji.

Quasi documents paraphrase distinctive facts and use informal employer and school names;
each names a unique combination of two or more attributes of one client.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import probe_builder  # noqa: E402

if __name__ == "__main__":
    sys.exit(probe_builder.build(HERE, "probe4", written_forms=True))
