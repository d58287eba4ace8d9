#!/usr/bin/env python3
"""Static checks of bank_alt4 against the generator's expectations and against bank_dev.

    python3 lint_alt4.py         # exits 1 on any structural problem

* same key structure as bank_dev.BANK (every key / sub-key present; extra benign kinds allowed)
* every slot is one gen_corpus.Generator.slot() knows
* per-group required slots (name->{NAME}, phone->{PHONE}, ..., initials->{INIT}+{Q1}, multi->{NAME1}{NAME2})
* quasi: each kind has 2-attr and 3-attr templates; no direct identifiers or {CITY}
* benign: no client-bound slots; single_quasi has {Q1}
* multi templates: no pronoun or clinical-fragment slots (they would refer to the first client only)
* no "a {AGE}" (ages start at 13 and 18: "a 18-year-old"), no "{INIT}." ("J.B..")
* no template and no sentence shared with bank_dev (after normalising case, punctuation, quotes)
* alt4 extras (read by make_alt4.py): voice markers are known, only at the start of a body, social
  voices only in social_post bodies, e-mail voices only in e-mail bodies; every e-mail layout
  (general and per voice) has {BODY}, only known slots, no client slot and no {DAY}/{DAY2};
  {NAME} in subjects only for "direct", and every voice keeps a direct subject without {NAME}
  (initials and multi-client documents have no name form)
"""
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
BENCH_DIR = os.environ.get("BENCH_DIR", "/work/shared/bench")
sys.path[:0] = [HERE, os.path.dirname(HERE), BENCH_DIR]
from bank_alt4 import (BANK, EMAIL_FORMATS, EMAIL_VOICES, EMAIL_VOICES_WRAP, SOCIAL_VOICES,  # noqa: E402
                       SOCIAL_VOICES_TAILS)
from bank_dev import BANK as DEV           # noqa: E402

from bank_lint import (CLIENT_SLOTS, KNOWN, check_benign, check_direct_template,  # noqa: E402
                       check_groups_and_quasi, check_no_dev_sentences, check_quasi_vp, check_word_sentence,
                       check_not_dev_email_format, check_wrappers, print_counts, print_group_counts, slots,
                       struct, voice_counts, walk)

MARK_RE = re.compile(r"\[\[([a-z]+)\]\]")
PRONOUN_FRAG = {"PS", "PS_", "PO", "PP", "PP_", "CLIN_VP", "CLIN_POS", "CLIN_S", "PROBLEM", "PROBLEM_NP",
                "HISTORY", "PLAN", "QUESTION", "RISK", "FORMULATION", "AGE", "Q1"}
errs = []


def body_kind(path):
    """The document kind of a body template, or None for fragments and wrappers."""
    if path[0] == "direct" or path[0] == "quasi":
        return path[1]
    if path[0] == "benign":
        return path[2]
    return None


def strip_mark(path, t):
    ms = list(MARK_RE.finditer(t))
    if not ms:
        return t
    kind = body_kind(path)
    m = ms[0]
    if len(ms) > 1 or m.start() != 0:
        errs.append(f"{path}: voice marker not (only) at the start")
    voice = m.group(1)
    if voice in SOCIAL_VOICES:
        if kind != "social_post":
            errs.append(f"{path}: social voice {voice!r} outside a social_post body")
    elif voice in EMAIL_VOICES:
        if kind != "email":
            errs.append(f"{path}: e-mail voice {voice!r} outside an e-mail body")
    else:
        errs.append(f"{path}: unknown voice {voice!r}")
    return t[m.end():]


struct(BANK, DEV, errs)
for path, t in walk(BANK):
    if check_word_sentence(path, t, errs):
        continue
    if MARK_RE.search(t) and body_kind(path) is None:
        errs.append(f"{path}: voice marker outside a document body")
    t = strip_mark(path, t)
    for s in slots(t) - KNOWN:
        errs.append(f"{path}: unknown slot {s}")
    if re.search(r"\b[Aa] \{AGE\}", t):
        errs.append(f"{path}: 'a {{AGE}}' can read 'a 18-year-old'")
    if "{INIT}." in t:
        errs.append(f"{path}: '{{INIT}}.' can read 'J.B..'")

stripped = {}
for kind, groups in BANK["direct"].items():
    for g, ts in groups.items():
        for i, t in enumerate(ts):
            t = MARK_RE.sub("", t, count=1)
            check_direct_template(f"direct/{kind}/{g}/{i}", g, t, errs)
            if g == "multi" and slots(t) & PRONOUN_FRAG:
                errs.append(f"direct/{kind}/multi/{i}: pronoun / fragment slots {slots(t) & PRONOUN_FRAG}")
bank_nomark = {k: v for k, v in BANK.items()}
bank_nomark["direct"] = {k: {g: [MARK_RE.sub("", t, count=1) for t in ts] for g, ts in gs.items()}
                         for k, gs in BANK["direct"].items()}
bank_nomark["quasi"] = {k: [MARK_RE.sub("", t, count=1) for t in ts] for k, ts in BANK["quasi"].items()}
check_groups_and_quasi(bank_nomark, errs)

check_benign(BANK, errs, strip=lambda t: MARK_RE.sub("", t, count=1))
for sub in DEV["benign"]:
    missing = set(DEV["benign"][sub]) - set(BANK["benign"][sub])
    if missing:
        errs.append(f"benign/{sub}: lacks dev kinds {missing}")

check_quasi_vp(BANK, errs)

# ---- wrappers ----
all_formats = list(EMAIL_FORMATS)
for v, w in EMAIL_VOICES_WRAP.items():
    if v not in EMAIL_VOICES:
        errs.append(f"EMAIL_VOICES_WRAP: unknown voice {v}")
    all_formats += w.get("formats", [])
    for t in w.get("greetings", []) + w.get("closings", []):
        if slots(t) & CLIENT_SLOTS or slots(t) - KNOWN:
            errs.append(f"voice {v}: bad slot in wrapper {t!r}")
    subs = w.get("subjects")
    if subs is not None and set(subs) != set(BANK["email_subjects"]):
        errs.append(f"voice {v}: subjects need the categories {set(BANK['email_subjects'])}")
check_wrappers(BANK, all_formats, EMAIL_VOICES_WRAP, SOCIAL_VOICES_TAILS, SOCIAL_VOICES, errs)
for v in set(SOCIAL_VOICES) | set(EMAIL_VOICES):
    if not any(t.startswith(f"[[{v}]]") for _, t in walk(BANK)):
        errs.append(f"voice {v} never used")


# ---- nothing copied from dev ----
check_no_dev_sentences(DEV, walk(BANK), errs, MARK_RE)
check_not_dev_email_format(all_formats, errs)


print_counts(DEV, BANK, "alt4")
voices = voice_counts(BANK, EMAIL_FORMATS, EMAIL_VOICES_WRAP, MARK_RE)
print("voice-marked bodies:", ", ".join(f"{v} {n}" for v, n in sorted(voices.items())))
print_group_counts(DEV, BANK)
for e in errs:
    print("ERROR", e)
sys.exit(1 if errs else 0)
