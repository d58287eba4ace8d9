"""What every alternative template bank's lint shares (`altbank/lint_alt.py`,
`altbank3/lint_alt3.py`, `altbank4/lint_alt4.py`, `altbank5/lint_alt5.py`): the slots the shared generator
knows, those a client's documents fill, the slots each group of direct templates needs,
the walks over a bank, and the checks of direct, quasi and benign templates every bank
makes.
"""
import re

SLOT_RE = re.compile(r"\{([A-Z0-9_]+)\}")
KNOWN = set("""NAME NAME1 NAME2 NAME3 PS PS_ PO PP PP_ INIT PHONE EMAIL DOB ADDR EMPLOYER OCC A_OCC CITY
SCHOOL REL RELATION DIST Q1 Q2 Q3 CLIN_VP CLIN_POS CLIN_S PROBLEM PROBLEM_NP HISTORY PLAN QUESTION RISK
FORMULATION AGE NSESS YEAR DAY DAY2 TIME TIME2 COLL COLL_FULL ME NC_FULL AUTHOR CELEB NS_CELEB NS_GIVEN
NS_REL WORD_S W_OCC_PL W_A_OCC W_CITY CLIENT_LABEL GENDER_NOUN GP DECADE SUBJ GREET BODY CLOSE""".split())
CLIENT_SLOTS = {"NAME", "NAME1", "NAME2", "NAME3", "INIT", "PHONE", "EMAIL", "DOB", "ADDR", "EMPLOYER", "OCC",
                "A_OCC", "CITY", "SCHOOL", "REL", "RELATION", "DIST", "Q2", "Q3"}
REQ = {"name": {"NAME"}, "phone": {"PHONE"}, "email": {"EMAIL"}, "dob": {"DOB"}, "address": {"ADDR"},
       "initials": {"INIT", "Q1"}, "multi": {"NAME1", "NAME2"}}


def slots(t):
    return set(SLOT_RE.findall(t))


def walk(x, path=()):
    if isinstance(x, str):
        yield path, x
    elif isinstance(x, list):
        for i, v in enumerate(x):
            yield from walk(v, path + (i,))
    elif isinstance(x, dict):
        for k, v in x.items():
            yield from walk(v, path + (k,))


def struct(a, b, errs, path=()):
    """Appends to `errs` each key of `b` that `a` lacks, and each kind that differs."""
    if isinstance(b, dict):
        if not isinstance(a, dict):
            errs.append(f"{path}: not a dict")
            return
        for k in b:
            if k not in a:
                errs.append(f"{path + (k,)}: missing")
            else:
                struct(a[k], b[k], errs, path + (k,))
    elif isinstance(b, list) and not isinstance(a, list):
        errs.append(f"{path}: not a list")


def check_direct_template(where, group, t, errs):
    """Appends to `errs` what a direct template of `group` lacks or has too much of."""
    miss = REQ[group] - slots(t)
    if miss:
        errs.append(f"{where}: missing {miss}")
    if group == "initials" and slots(t) & {"Q2", "Q3"}:
        errs.append(f"{where}: initials docs carry only Q1")
    if group != "multi" and slots(t) & {"NAME1", "NAME2", "NAME3"}:
        errs.append(f"{where}: NAMEn outside multi")


def check_groups_and_quasi(bank, errs):
    """Appends to `errs` each direct group no kind has, and what is wrong with the quasi
    templates: both 2- and 3-attribute forms, Q1 and Q2, no identifier outside a Q."""
    for g in REQ:
        if not any(bank["direct"][k][g] for k in bank["direct"]):
            errs.append(f"direct group {g} empty in all kinds")
    for kind, ts in bank["quasi"].items():
        n3 = sum("{Q3}" in t for t in ts)
        if not n3 or n3 == len(ts):
            errs.append(f"quasi/{kind}: needs both 2- and 3-attribute templates")
        for i, t in enumerate(ts):
            if not {"Q1", "Q2"} <= slots(t):
                errs.append(f"quasi/{kind}/{i}: needs Q1 and Q2")
            if slots(t) & {"NAME", "INIT", "PHONE", "EMAIL", "DOB", "ADDR", "CITY", "OCC", "A_OCC", "EMPLOYER",
                           "SCHOOL"}:
                errs.append(f"quasi/{kind}/{i}: identifier slot outside Q")


def check_benign(bank, errs, strip=lambda t: t):
    """Appends to `errs` what is wrong with the benign templates: a kind the generator
    lacks, a single-attribute template without Q1, a slot a client's documents fill.
    `strip` takes a bank's own marker (a voice, a layout) off the front first."""
    for sub, kinds in bank["benign"].items():
        for kind, ts in kinds.items():
            if kind not in ("social_post", "email", "case_presentation", "team_note"):
                errs.append(f"benign/{sub}: bad kind {kind}")
            for i, t in enumerate(ts):
                t = strip(t)
                if sub == "single_quasi" and "Q1" not in slots(t):
                    errs.append(f"benign/{sub}/{kind}/{i}: needs Q1")
                bad = slots(t) & CLIENT_SLOTS
                if bad:
                    errs.append(f"benign/{sub}/{kind}/{i}: client slots {bad}")


def check_quasi_vp(bank, errs):
    """Appends to `errs` each quasi verb phrase that lacks its relation's slot (an
    occupation with its city), or carries a direct identifier."""
    for rel, ts in bank["quasi_vp"].items():
        need = {"employer": {"EMPLOYER"}, "occ_city": {"CITY"}, "school": {"SCHOOL"}, "distinctive": {"DIST"}}.get(
            rel, {"REL"}
        )
        for t in ts:
            if not need <= slots(t):
                errs.append(f"quasi_vp/{rel}: {t!r} lacks {need}")
            if rel == "occ_city" and not slots(t) & {"OCC", "A_OCC"}:
                errs.append(f"quasi_vp/occ_city: {t!r} lacks occupation")
            if slots(t) & {"NAME", "INIT", "PHONE", "EMAIL", "DOB", "ADDR"}:
                errs.append(f"quasi_vp/{rel}: direct identifier in {t!r}")


def norm(t, marks=()):
    """A template's words in lower case, `marks` taken out: how copies are compared."""
    for m in marks:
        t = t.replace(m, "")
    return re.sub(r"[^a-z{}]+", " ", t.lower().replace("\u2019", "'")).strip()


def check_no_dev_copies(dev, bank, errs, marks=()):
    """Appends to `errs` each template of `bank` (of more than 12 characters) that is one
    of `dev`'s, compared by `norm`."""
    dev_sents = {norm(t) for _, t in walk(dev) if len(t) > 12}
    for path, t in walk(bank):
        if len(t) > 12 and norm(t, marks) in dev_sents:
            errs.append(f"{path}: copies bank_dev: {t!r}")


def count(x):
    """Templates in a bank's entry, however nested."""
    return len(x) if isinstance(x, list) else sum(count(v) for v in x.values()) if isinstance(x, dict) else 1


def print_counts(dev, bank, name):
    """Prints the template count of each of `dev`'s keys beside `bank`'s."""
    print(f"{'key':16} {'dev':>5} {name:>5}")
    for k in dev:
        print(f"{k:16} {count(dev[k]):5d} {count(bank[k]):5d}")


def check_word_sentence(path, t, errs):
    """For a template at `path` among the word sentences, appends to `errs` a slot in it
    (they are not rendered) or its word missing, and returns True; False elsewhere."""
    if path[0] != "word_sentences":
        return False
    if slots(t):
        errs.append(f"{path}: word sentence with slot (not rendered)")
    if not re.search(r"(?i)\b" + re.escape(path[1]), t):
        errs.append(f"{path}: word {path[1]!r} missing")
    return True


def check_wrappers(bank, formats, email_voices_wrap, social_voices_tails, social_voices, errs):
    """The e-mail layouts (`formats`: the bank's and every voice's), the subjects (the
    general ones and each voice's), the social voices' tails, greetings, closings and
    client labels: known slots only, no client's slot but a name in a direct subject,
    a subject without a name in every category, nothing a tail inserts literally."""
    for f in formats:
        if "{BODY}" not in f:
            errs.append(f"email format without BODY: {f!r}")
        for s_ in slots(f) - KNOWN:
            errs.append(f"email format: unknown slot {s_}")
        if slots(f) & (CLIENT_SLOTS | {"DAY", "DAY2"}):
            errs.append(f"email format with client or day slot: {f!r}")
    subject_sets = [("general", bank["email_subjects"])] + \
        [(v, w["subjects"]) for v, w in email_voices_wrap.items() if "subjects" in w]
    for v, cats in subject_sets:
        for cat, subs in cats.items():
            for t in subs:
                bad = slots(t) & CLIENT_SLOTS
                if bad and (cat != "direct" or bad != {"NAME"}):
                    errs.append(f"subjects {v}/{cat}: client slots {bad} in {t!r}")
                if slots(t) - KNOWN:
                    errs.append(f"subjects {v}/{cat}: unknown slot in {t!r}")
            if not any("{NAME}" not in t for t in subs):
                errs.append(f"subjects {v}/{cat}: every subject needs a name form")
    for v in social_voices_tails:
        if v not in social_voices:
            errs.append(f"SOCIAL_VOICES_TAILS: {v} is not a social voice")
    tails = bank["social_tails"] + [t for ts in social_voices_tails.values() for t in ts]
    for t in bank["email_greetings"] + bank["email_closings"]:
        if slots(t) & CLIENT_SLOTS or slots(t) - KNOWN:
            errs.append(f"wrapper with client or unknown slot: {t!r}")
    for t in tails + bank["client_labels"]:
        if slots(t):
            errs.append(f"tail / label with slot (inserted literally): {t!r}")


def check_no_dev_sentences(dev, items, errs, mark_re):
    """Appends to `errs` each (path, template) of `items` that is one of `dev`'s templates
    or shares a sentence of more than 24 letters with one, voice markers (`mark_re`)
    taken out."""
    def words(t):
        return re.sub(r"[^a-z{}]+", " ", mark_re.sub("", t).lower().replace("\u2019", "'")).strip()

    def sentences(t):
        return [words(s) for s in re.split(r"(?<=[.!?:])\s+|\n", mark_re.sub("", t)) if len(words(s)) > 24]

    dev_tmpl = {words(t) for _, t in walk(dev) if len(t) > 12}
    dev_sents = {s for _, t in walk(dev) for s in sentences(t)}
    for path, t in items:
        if len(t) > 12 and words(t) in dev_tmpl:
            errs.append(f"{path}: copies a bank_dev template: {t!r}")
        for s in sentences(t):
            if s in dev_sents:
                errs.append(f"{path}: shares a sentence with bank_dev: {s!r}")


def print_group_counts(dev, bank):
    """Prints each direct group's, quasi kind's and benign subcategory's template count in
    `dev` beside `bank`'s, and the benign kinds `bank` adds."""
    for kind in dev["direct"]:
        for g in dev["direct"][kind]:
            print(f"  direct/{kind}/{g}".ljust(38), f"{len(dev['direct'][kind][g]):3d} {len(bank['direct'][kind][g]):3d}")
    for kind in dev["quasi"]:
        print(f"  quasi/{kind}".ljust(38), f"{len(dev['quasi'][kind]):3d} {len(bank['quasi'][kind]):3d}")
    for sub in dev["benign"]:
        extra = sorted(set(bank["benign"][sub]) - set(dev["benign"][sub]))
        print(f"  benign/{sub}".ljust(38), f"{count(dev['benign'][sub]):3d} {count(bank['benign'][sub]):3d}",
              f"(+ kinds {', '.join(extra)})" if extra else "")


# The shared generator's one e-mail layout: a bank's layouts must all differ from it.
DEV_EMAIL_FORMAT = "Subject: {SUBJ}\n\n{GREET}\n\n{BODY}\n\n{CLOSE}\n{ME}"


def check_not_dev_email_format(formats, errs):
    """Reports every e-mail layout that is the dev bank's own (after normalising)."""
    for f in formats:
        if norm(f) == norm(DEV_EMAIL_FORMAT):
            errs.append(f"email format is dev's: {f!r}")


def voice_counts(bank, email_formats, email_voices_wrap, mark_re):
    """Prints the e-mail layouts beside the dev bank's one, and returns how many bodies
    each voice marks (`[[voice]]`), for the caller to print with what it adds."""
    n_voice_fmt = sum(len(w.get("formats", [])) for w in email_voices_wrap.values())
    print(f"{'email_formats':16} {1:5d} {len(email_formats):5d}  (+{n_voice_fmt} voice layouts)")
    counts = {}
    for _, t in walk(bank):
        m = mark_re.match(t)
        if m:
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    return counts
