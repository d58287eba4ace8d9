#!/usr/bin/env python3
"""Static checks of bank_alt3 against the generator's expectations and against bank_dev.

    python3 lint_alt3.py         # exits 1 on any structural problem

* same key structure as bank_dev.BANK (every key / sub-key present; extra benign kinds allowed)
* every slot is one gen_corpus.Generator.slot() knows
* per-group required slots (name->{NAME}, phone->{PHONE}, ..., initials->{INIT}+{Q1}, multi->{NAME1}{NAME2})
* quasi: each kind has 2-attr and 3-attr templates; no direct identifiers or {CITY}
* benign: no client-bound slots
* no sentence shared with bank_dev (exact or near-exact after normalising)
* alt3 extras (read by make_alt3.py): CLIENT_MARK only at the start of direct e-mail bodies in
  groups whose name form is FULL/GIVEN/NICK (phone, email, dob, address), and such bodies use
  no pronoun or clinical-fragment slots (the client writes in the first person);
  LIST_MARK only at the start of an e-mail body (any category);
  {NAME} in subjects only for "direct"; every e-mail format (therapist and client) has {BODY}
  and no client slot; every slot in the formats is one the generator fills
"""
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
BENCH_DIR = os.environ.get("BENCH_DIR", "/work/shared/bench")
sys.path[:0] = [HERE, os.path.dirname(HERE), BENCH_DIR]
from bank_alt3 import (BANK, EMAIL_FORMATS, CLIENT_EMAIL_FORMATS, CLIENT_MARK, LIST_EMAIL_FORMATS,  # noqa: E402
                       LIST_MARK, LIST_SUBJECTS)
from bank_dev import BANK as DEV           # noqa: E402

from bank_lint import (CLIENT_SLOTS, KNOWN, check_benign, check_direct_template,  # noqa: E402
                       check_groups_and_quasi, check_no_dev_copies, check_quasi_vp, check_word_sentence, count, print_counts, slots,
                       struct, walk)

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
            if CLIENT_MARK in t:
                if kind != "email" or g not in ("phone", "email", "dob", "address") \
                        or not t.startswith(CLIENT_MARK) or t.count(CLIENT_MARK) != 1:
                    errs.append(f"direct/{kind}/{g}/{i}: client mark misplaced")
                t = t[len(CLIENT_MARK):]
                own = slots(t) & {"PS", "PS_", "PO", "PP", "PP_", "CLIN_VP", "CLIN_POS", "CLIN_S", "PROBLEM",
                                  "HISTORY", "PLAN", "QUESTION", "RISK", "FORMULATION"}
                if own:
                    errs.append(f"direct/{kind}/{g}/{i}: client-written body uses third-person slots {own}")
            check_direct_template(f"direct/{kind}/{g}/{i}", g, t, errs)
check_groups_and_quasi(BANK, errs)
check_benign(BANK, errs, strip=lambda t: t[len(LIST_MARK):] if t.startswith(LIST_MARK) else t)
check_quasi_vp(BANK, errs)
for f in EMAIL_FORMATS + CLIENT_EMAIL_FORMATS + LIST_EMAIL_FORMATS:
    if "{BODY}" not in f:
        errs.append(f"email format without BODY: {f!r}")
    for s_ in slots(f) - KNOWN:
        errs.append(f"email format: unknown slot {s_}")
    if slots(f) & CLIENT_SLOTS:
        errs.append(f"email format with client slot: {f!r}")
for cat, subs in list(BANK["email_subjects"].items()) + list(LIST_SUBJECTS.items()):
    for t in subs:
        bad = slots(t) & CLIENT_SLOTS
        if bad and (cat != "direct" or bad != {"NAME"}):
            errs.append(f"email_subjects/{cat}: client slots {bad} in {t!r}")
for t in BANK["email_greetings"] + BANK["email_closings"] + BANK["social_tails"] + BANK["client_labels"]:
    if slots(t) & CLIENT_SLOTS:
        errs.append(f"wrapper with client slot: {t!r}")
for path, t in walk(BANK):
    if CLIENT_MARK in t and not (path[0] == "direct" and t.startswith(CLIENT_MARK)):
        errs.append(f"{path}: client mark outside a direct e-mail body")
    if LIST_MARK in t:
        email_body = (path[0] in ("direct", "quasi") and "email" in path) or \
            (path[0] == "benign" and len(path) > 2 and path[2] == "email")
        if not email_body or not t.startswith(LIST_MARK) or t.count(LIST_MARK) != 1:
            errs.append(f"{path}: list mark outside the start of an e-mail body")
if set(LIST_SUBJECTS) != set(BANK["email_subjects"]):
    errs.append("LIST_SUBJECTS needs the same categories as email_subjects")


check_no_dev_copies(DEV, BANK, errs, marks=(CLIENT_MARK, LIST_MARK))
print_counts(DEV, BANK, "alt3")
print(f"{'email_formats':16} {1:5d} {len(EMAIL_FORMATS):5d}")
print(f"{'client_formats':16} {0:5d} {len(CLIENT_EMAIL_FORMATS):5d}")
print(f"{'list_formats':16} {0:5d} {len(LIST_EMAIL_FORMATS):5d}")
print(f"{'client/list bodies':16}  {sum(t.startswith(CLIENT_MARK) for _, t in walk(BANK))} client-written, "
      f"{sum(t.startswith(LIST_MARK) for _, t in walk(BANK))} mailing-list posts")
for kind in DEV["direct"]:
    for g in DEV["direct"][kind]:
        print(f"  direct/{kind}/{g}".ljust(38), f"{len(DEV['direct'][kind][g]):3d} {len(BANK['direct'][kind][g]):3d}")
for kind in DEV["quasi"]:
    print(f"  quasi/{kind}".ljust(38), f"{len(DEV['quasi'][kind]):3d} {len(BANK['quasi'][kind]):3d}")
for sub in DEV["benign"]:
    print(f"  benign/{sub}".ljust(38), f"{count(DEV['benign'][sub]):3d} {count(BANK['benign'][sub]):3d}",
          "kinds same" if set(DEV["benign"][sub]) == set(BANK["benign"][sub]) else "KINDS DIFFER")
for e in errs:
    print("ERROR", e)
sys.exit(1 if errs else 0)
