"""What every alternative template bank's lint shares (`altbank/lint_alt.py`,
`altbank3/lint_alt3.py`): the slots the shared generator knows, those a client's
documents fill, the slots each group of direct templates needs, and the walks over a
bank.
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
