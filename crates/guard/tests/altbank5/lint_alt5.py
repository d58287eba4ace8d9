#!/usr/bin/env python3
"""Static checks of bank_alt5 against the generator's expectations and against bank_dev.

    /work/main/out/bench/.venv/bin/python lint_alt5.py     # exits 1 on any problem

Shared checks (../bank_lint.py):
* same key structure as bank_dev.BANK (every key / sub-key present; extra benign kinds and
  extra word keys allowed)
* every slot is one gen_corpus.Generator.slot() knows
* per-group required slots (name->{NAME}, ..., initials->{INIT}+{Q1}, multi->{NAME1}{NAME2})
* quasi: each kind has 2- and 3-attribute templates, Q1 and Q2, no identifier outside a Q
* benign: no client-bound slots; single_quasi has {Q1}; quasi verb phrases carry their slot
* word sentences: no slot, the word present
Checks of this bank:
* direct templates use only slots the generator can fill for them: {Q1} only in initials
  templates, no {Q2}/{Q3}, no optional client attributes ({EMPLOYER}, {SCHOOL}, {REL},
  {RELATION}, {DIST}), no {NAME} in initials or multi templates (they have no name form),
  no pronoun or fragment slots in multi templates (they would refer to the first client)
* benign: {Q1} only in single_quasi, {NS_CELEB} / {NS_GIVEN}+{NS_REL} / {WORD_S} only in
  their own subcategory; fragments carry no client identifier slot
* no "a {AGE}" (ages start at 13 and 18: "a 18-year-old"), no "{INIT}." ("J.B..")
* no template and no sentence shared with bank_dev (case, punctuation, quotes ignored)
* voice markers: known, only at the very start of a document body, only in the kinds
  VOICES allows; every voice used; every e-mail layout has {BODY}, known slots only, no
  client or day slot; {NAME} in subjects only for "direct", and every subject list keeps
  one without {NAME}; tails, labels, greetings and closings carry no client slot
"""
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
BENCH_DIR = os.environ.get("BENCH_DIR", "/work/shared/bench")
sys.path[:0] = [HERE, os.path.dirname(HERE), BENCH_DIR]
from bank_alt5 import (BANK, EMAIL_FORMATS, EMAIL_VOICES, EMAIL_VOICES_WRAP, SOCIAL_VOICES,  # noqa: E402
                       SOCIAL_VOICES_TAILS, VOICES)
from bank_dev import BANK as DEV  # noqa: E402

from bank_lint import (CLIENT_SLOTS, KNOWN, check_benign, check_direct_template,  # noqa: E402
                       check_groups_and_quasi, check_no_dev_sentences, check_quasi_vp, check_word_sentence,
                       check_not_dev_email_format, check_wrappers, print_counts, print_group_counts, slots,
                       struct, voice_counts, walk)

MARK_RE = re.compile(r"\[\[([a-z]+)\]\]")
PRONOUN_FRAG = {"PS", "PS_", "PO", "PP", "PP_", "CLIN_VP", "CLIN_POS", "CLIN_S", "PROBLEM", "PROBLEM_NP",
                "HISTORY", "PLAN", "QUESTION", "RISK", "FORMULATION", "AGE", "Q1"}
FRAGMENTS = ("clin_vp", "clin_pos", "clin_s", "problem", "problem_np", "history", "plan", "question", "risk",
             "formulation")
OPTIONAL_ATTR = {"EMPLOYER", "SCHOOL", "REL", "RELATION", "DIST", "Q2", "Q3"}
errs = []


def body_kind(path):
    """The document kind of a body template, or None for fragments and wrappers."""
    if path[0] in ("direct", "quasi"):
        return path[1]
    if path[0] == "benign":
        return path[2]
    return None


def strip_mark(path, t):
    ms = list(MARK_RE.finditer(t))
    if not ms:
        return t
    kind = body_kind(path)
    if kind is None:
        errs.append(f"{path}: voice marker outside a document body")
    m = ms[0]
    if len(ms) > 1 or m.start() != 0:
        errs.append(f"{path}: voice marker not (only) at the start")
    voice = m.group(1)
    if voice not in VOICES:
        errs.append(f"{path}: unknown voice {voice!r}")
    elif kind is not None and kind not in VOICES[voice]:
        errs.append(f"{path}: voice {voice!r} not allowed in {kind}")
    return t[m.end():]


def unmark(x):
    """The bank with every marker taken off (strings only, structure kept)."""
    if isinstance(x, str):
        return MARK_RE.sub("", x, count=1)
    if isinstance(x, list):
        return [unmark(v) for v in x]
    return {k: unmark(v) for k, v in x.items()}


# ---- structure, slots ----
struct(BANK, DEV, errs)
for path, t in walk(BANK):
    if check_word_sentence(path, t, errs):
        continue
    t = strip_mark(path, t)
    for s in slots(t) - KNOWN:
        errs.append(f"{path}: unknown slot {s}")
    if re.search(r"\b[Aa] \{AGE\}", t):
        errs.append(f"{path}: 'a {{AGE}}' can read 'a 18-year-old'")
    if "{INIT}." in t:
        errs.append(f"{path}: '{{INIT}}.' can read 'J.B..'")
for key in FRAGMENTS:
    for i, t in enumerate(BANK[key]):
        bad = slots(t) & (CLIENT_SLOTS | {"Q1"})
        if bad:
            errs.append(f"{key}/{i}: client slots {bad} in a fragment")

plain = unmark(BANK)
for kind, groups in plain["direct"].items():
    for g, ts in groups.items():
        for i, t in enumerate(ts):
            where = f"direct/{kind}/{g}/{i}"
            check_direct_template(where, g, t, errs)
            s = slots(t)
            if s & OPTIONAL_ATTR:
                errs.append(f"{where}: optional client attribute {s & OPTIONAL_ATTR} (may be missing)")
            if "Q1" in s and g != "initials":
                errs.append(f"{where}: Q1 outside initials (no attribute chosen)")
            if g in ("initials", "multi") and "NAME" in s:
                errs.append(f"{where}: {{NAME}} in {g} (no name form)")
            if g == "multi" and s & PRONOUN_FRAG:
                errs.append(f"{where}: pronoun / fragment slots {s & PRONOUN_FRAG}")
check_groups_and_quasi(plain, errs)
for kind, ts in plain["quasi"].items():
    for i, t in enumerate(ts):
        if slots(t) & {"NAME1", "NAME2", "NAME3", "REL", "DIST", "RELATION"}:
            errs.append(f"quasi/{kind}/{i}: slot outside a Q")

check_benign(BANK, errs, strip=lambda t: MARK_RE.sub("", t, count=1))
OWN = {"Q1": "single_quasi", "NS_CELEB": "celebrity_namesake", "NS_GIVEN": "nonclient_namesake",
       "NS_REL": "nonclient_namesake", "WORD_S": "name_as_word"}
for sub, kinds in plain["benign"].items():
    for kind, ts in kinds.items():
        for i, t in enumerate(ts):
            for s in slots(t):
                if s in OWN and OWN[s] != sub:
                    errs.append(f"benign/{sub}/{kind}/{i}: {{{s}}} belongs to {OWN[s]}")
for sub in DEV["benign"]:
    missing = set(DEV["benign"][sub]) - set(BANK["benign"][sub])
    if missing:
        errs.append(f"benign/{sub}: lacks dev kinds {missing}")
for w in DEV["word_sentences"]:
    if not BANK["word_sentences"].get(w):
        errs.append(f"word_sentences/{w}: empty")
check_quasi_vp(BANK, errs)

# ---- wrappers ----
all_formats = list(EMAIL_FORMATS)
for v, w in EMAIL_VOICES_WRAP.items():
    if v not in EMAIL_VOICES:
        errs.append(f"EMAIL_VOICES_WRAP: {v} is not an e-mail voice")
    all_formats += w.get("formats", [])
    for t in w.get("greetings", []) + w.get("closings", []):
        if slots(t) & CLIENT_SLOTS or slots(t) - KNOWN:
            errs.append(f"voice {v}: bad slot in wrapper {t!r}")
    uses = {s for f in w.get("formats", []) for s in slots(f)}
    if "GREET" in uses and "greetings" not in w:
        pass  # falls back to the general greetings
    subs = w.get("subjects")
    if subs is not None and set(subs) != set(BANK["email_subjects"]):
        errs.append(f"voice {v}: subjects need the categories {set(BANK['email_subjects'])}")
check_wrappers(BANK, all_formats, EMAIL_VOICES_WRAP, SOCIAL_VOICES_TAILS, SOCIAL_VOICES, errs)
tails = BANK["social_tails"] + [t for ts in SOCIAL_VOICES_TAILS.values() for t in ts]
used = {}
for path, t in walk(BANK):
    m = MARK_RE.match(t)
    if m:
        used.setdefault(m.group(1), set()).add(body_kind(path))
for v, kinds in VOICES.items():
    if v not in used:
        errs.append(f"voice {v} never used")


# ---- nothing copied from dev ----
mine = list(walk(BANK)) + [(("EMAIL_FORMATS",), f) for f in all_formats] + \
    [(("EMAIL_VOICES_WRAP", v), t) for v, w in EMAIL_VOICES_WRAP.items() for _, t in walk(w)] + \
    [(("SOCIAL_VOICES_TAILS",), t) for t in tails]
check_no_dev_sentences(DEV, mine, errs, MARK_RE)
check_not_dev_email_format(all_formats, errs)

# ---- counts ----
print_counts(DEV, BANK, "alt5")
counts = voice_counts(BANK, EMAIL_FORMATS, EMAIL_VOICES_WRAP, MARK_RE)
print("voice-marked bodies:", ", ".join(f"{v} {n}" for v, n in sorted(counts.items())),
      f"(unmarked: {sum(1 for p, t in walk(BANK) if body_kind(p) and not MARK_RE.match(t))})")
print_group_counts(DEV, BANK)
extra_words = sorted(set(BANK["word_sentences"]) - set(DEV["word_sentences"]))
print(f"  word_sentences keys".ljust(38), f"{len(DEV['word_sentences']):3d} {len(BANK['word_sentences']):3d}",
      f"(+ {', '.join(extra_words)})")
for e in errs:
    print("ERROR", e)
print("lint:", "FAILED" if errs else "clean", f"({len(errs)} problems)")
sys.exit(1 if errs else 0)
