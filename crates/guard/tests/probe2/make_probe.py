#!/usr/bin/env python3
"""Build docs.jsonl (beside this script) from hand-written documents with inline markup;
the markup and the checks are `../probe_builder.py`'s.

The caseload beside it is synthetic: the shared benchmark's generator with another seed
(`gen_corpus.py --seed 11 --clients 300 --docs 10 --style dev`), so that the documents
are about clients the guard was never developed against, written as other people write.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import probe_builder  # noqa: E402

if __name__ == "__main__":
    sys.exit(probe_builder.build(HERE, "probe2", written_forms=False))
