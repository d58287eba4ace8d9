#!/usr/bin/env python3
"""Static checks of bank_alt against the generator's expectations and against bank_dev.

    python3 lint_alt.py          # exits 1 on any structural problem

* same key structure as bank_dev.BANK (every key / sub-key present; extra benign kinds allowed)
* every slot is one gen_corpus.Generator.slot() knows
* per-group required slots (name->{NAME}, phone->{PHONE}, ..., initials->{INIT}+{Q1}, multi->{NAME1}{NAME2})
* quasi: each kind has 2-attr and 3-attr templates; no direct identifiers or {CITY}
* benign: no client-bound slots
* no sentence shared with bank_dev (exact or near-exact after normalising)
"""
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
BENCH_DIR = os.environ.get("BENCH_DIR", "/work/shared/bench")
sys.path[:0] = [HERE, os.path.dirname(HERE), BENCH_DIR]
from bank_alt import BANK, EMAIL_FORMATS  # noqa: E402
from bank_dev import BANK as DEV           # noqa: E402

from bank_lint import (KNOWN, check_benign, check_direct_template, check_groups_and_quasi,  # noqa: E402
                       check_no_dev_copies, check_quasi_vp, check_word_sentence, print_counts, slots, struct, walk)

errs = []

struct(BANK, DEV, errs)
for path, t in walk(BANK):
    if check_word_sentence(path, t, errs):
        continue
    for s in slots(t) - KNOWN:
        errs.append(f"{path}: unknown slot {s}")
for kind, groups in BANK["direct"].items():
    for g, ts in groups.items():
        for i, t in enumerate(ts):
            check_direct_template(f"direct/{kind}/{g}/{i}", g, t, errs)
check_groups_and_quasi(BANK, errs)
check_benign(BANK, errs)
check_quasi_vp(BANK, errs)
for f in EMAIL_FORMATS:
    if "{BODY}" not in f:
        errs.append(f"email format without BODY: {f!r}")


check_no_dev_copies(DEV, BANK, errs)
print_counts(DEV, BANK, "alt")
print(f"{'email_formats':16} {1:5d} {len(EMAIL_FORMATS):5d}")
for e in errs:
    print("ERROR", e)
sys.exit(1 if errs else 0)
