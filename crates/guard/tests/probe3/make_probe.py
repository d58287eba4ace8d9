#!/usr/bin/env python3
"""Build docs.jsonl (beside this script) from hand-written documents with inline markup;
the markup and the checks are `../probe_builder.py`'s.

The caseload beside it is synthetic: the shared benchmark's generator with another seed
(`gen_corpus.py --seed 37 --clients 300 --docs 10 --style dev`), so that the documents
are about clients the guard was never developed against, written as other people write.

Document styles here (parts/*.py): voice-dictated notes, British / Australian / Indian and
non-native English, forwarded e-mails, letters (referral, insurance, court, school), long
supervision presentations, social posts in several registers, tables / rotas / calendars,
identifiers in many written forms, paraphrased quasi leaks, and benign hard cases.
A dictated phone number may be written in words ("five one six ..."); an e-mail may be
written out ("jdixon at proton dot me") or truncated before the top-level domain.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import probe_builder  # noqa: E402

if __name__ == "__main__":
    sys.exit(probe_builder.build(HERE, "probe3", written_forms=True))
