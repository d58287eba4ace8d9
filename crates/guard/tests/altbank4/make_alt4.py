#!/usr/bin/env python3
"""Generate a benchmark corpus from the fourth alternative bank with the official generator.

    /work/main/out/bench/.venv/bin/python make_alt4.py --seed 505 --clients 300 --docs 2000 \
        --style alt4 --out alt505

Imports /work/shared/bench/gen_corpus.py unchanged (through ../bank_plugin.py; override the
location with BENCH_DIR) and monkeypatches it at run time only.  Every patch is active for
`--style alt4` only; any other style falls through to the original code, so `--style dev`
through this script reproduces the generator's own output byte for byte.

  * load_bank("alt4") returns a copy of bank_alt4.BANK with "email_formats" =
    bank_alt4.EMAIL_FORMATS (plus the voice wrappers, kept on the bank dict).
  * main()'s argparse `--style` accepts "alt4" (bank_plugin.accept_style).
  * Generator.wrap: a body may start with a voice marker ([[reddit]], [[substack]] for social
    posts; [[school]], [[office]], [[nhs]], [[oz]] for e-mails).  The marker is stripped; it
    picks the social tails, or the e-mail layout, subject, greeting and closing of that voice.
    Subjects containing {NAME} go only to documents that have a name form (st["form"]).
    The document kind is remembered for name_mention.  Rendering goes through the generator's
    own render()/slot(), so spans stay exact.
  * Generator.name_mention: in case presentations and team notes a FULL name is sometimes
    written in record order, "BENSON, Charles" or "Benson, Charles" (span = that whole text,
    FULL_NAME, same client); the title before a family name is sometimes "Ms"/"Mr" without
    the full stop (the title stays outside the span, as in the generator).
  * Generator.slot("EMAIL"): the same address, sometimes with capitalised local part
    ("Charles.Benson@gmail.com") or, in social posts only, obfuscated
    ("charles.benson [at] gmail [dot] com"); the span is the rendered text.
  * Generator.phone_render / dob_render / addr_render: layouts that neither dev nor alt3
    use (see README.md).  The span is whatever was rendered, typed and attributed exactly
    as before, so labels are unchanged.
Everything else (caseload, labelling, stray-identifier checks, random streams) is the
generator's own.
"""
import copy
import datetime as dt
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import bank_plugin  # noqa: E402

gen_corpus = bank_plugin.import_generator(HERE)
import bank_alt4   # noqa: E402

STYLE = "alt4"
MARK_RE = re.compile(r"^\[\[([a-z]+)\]\]")
G = gen_corpus.Generator
_orig = {
    "load_bank": gen_corpus.load_bank,
    "wrap": G.wrap,
    "name_mention": G.name_mention,
    "slot": G.slot,
    "phone_render": G.phone_render,
    "dob_render": G.dob_render,
    "addr_render": G.addr_render,
}


def load_bank(style):
    if style == STYLE:
        bank = copy.deepcopy(bank_alt4.BANK)
        bank["email_formats"] = list(bank_alt4.EMAIL_FORMATS)
        bank["email_voices"] = copy.deepcopy(bank_alt4.EMAIL_VOICES_WRAP)
        bank["social_voices"] = copy.deepcopy(bank_alt4.SOCIAL_VOICES_TAILS)
        return bank
    return _orig["load_bank"](style)


def split_mark(body):
    """(voice or None, body without the marker)."""
    m = MARK_RE.match(body)
    if not m:
        return None, body
    return m.group(1), body[m.end():]


def wrap(self, kind, body_tmpl, st, b, category):
    if self.style != STYLE:
        return _orig["wrap"](self, kind, body_tmpl, st, b, category)
    self._alt4_kind = kind
    bank = self.bank
    r = self.r
    voice, body_tmpl = split_mark(body_tmpl)
    if kind == "social_post":
        tails = bank["social_voices"].get(voice, bank["social_tails"])
        return self.render(body_tmpl + r.choice(tails), st, b)
    if kind != "email":
        return self.render(body_tmpl, st, b)
    vw = bank["email_voices"].get(voice, {})
    subjects = vw.get("subjects", bank["email_subjects"])[category]
    if "form" not in st:
        subjects = [s for s in subjects if "{NAME}" not in s]
    parts = {"SUBJ": r.choice(subjects),
             "GREET": r.choice(vw.get("greetings", bank["email_greetings"])),
             "CLOSE": r.choice(vw.get("closings", bank["email_closings"])),
             "BODY": body_tmpl}
    fmt = r.choice(vw.get("formats", bank["email_formats"]))
    bank_plugin.render_layout(self, fmt, parts, st, b)


def name_mention(self, c, form, st, b):
    if self.style != STYLE:
        return _orig["name_mention"](self, c, form, st, b)
    if form == "FULL" and not c["_native"] and getattr(self, "_alt4_kind", None) in ("case_presentation", "team_note") \
            and self.r.random() < 0.3:
        fam = c["family_name"].upper() if self.r.random() < 0.7 else c["family_name"]
        return b.ment(f"{fam}, {c['given_name']}", c["id"], "FULL_NAME")
    if form == "FAMILY" and self.r.random() < 0.5:
        b.lit(("Ms" if c["_gender"] == "F" else "Mr") + " ")
        return b.ment(c["family_name"], c["id"], "FAMILY_NAME")
    return _orig["name_mention"](self, c, form, st, b)


def email_render(self, email):
    local, _, domain = email.partition("@")
    u = self.r.random()
    if getattr(self, "_alt4_kind", None) == "social_post" and u < 0.25:
        dom = domain.replace(".", " [dot] ") if self.r.random() < 0.6 else domain.replace(".", " dot ")
        at = " [at] " if "[dot]" in dom else " at "
        return f"{local}{at}{dom}"
    if u > 0.85:
        cap = ".".join(p[:1].upper() + p[1:] for p in local.split("."))
        return f"{cap}@{domain}"
    return email


def slot(self, name, st, b):
    if self.style == STYLE and name == "EMAIL":
        c = st["c"]
        return b.ment(email_render(self, c["email"]), c["id"], "EMAIL")
    return _orig["slot"](self, name, st, b)


def phone_render(self, phone):
    if self.style != STYLE:
        return _orig["phone_render"](self, phone)
    d = re.sub(r"\D", "", phone)
    a, e, l = d[:3], d[3:6], d[6:]
    fmts = [f"({a}){e}{l}",          # (415)5550123
            f"+1{a}{e}{l}",          # +14155550123 (E.164, as copied from a phone)
            f"{a} {e}-{l}",          # 415 555-0123
            f"+1 {a}-{e}-{l}",       # +1 415-555-0123
            f"1 ({a}) {e}-{l}",      # 1 (415) 555-0123
            f"001 {a} {e} {l}",      # 001 415 555 0123 (dialled from the UK / Australia)
            f"+1.{a}.{e}.{l}",       # +1.415.555.0123
            f"{a}/{e}-{l}",          # 415/555-0123
            f"({a}) {e}.{l}",        # (415) 555.0123
            f"{a} {e}{l}",           # 415 5550123
            f"(+1) {a} {e} {l}"]     # (+1) 415 555 0123
    return self.r.choices(fmts, weights=[2, 2, 3, 2, 1, 2, 1, 1, 1, 1, 1])[0]


def _ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


_WEEKDAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def dob_render(self, iso):
    if self.style != STYLE:
        return _orig["dob_render"](self, iso)
    d = dt.date.fromisoformat(iso)
    mon, mon3, yy = d.strftime("%B"), d.strftime("%b"), d.year % 100
    mon3dot = mon3 if mon3 == "May" else mon3 + "."
    fmts = [f"{d.day}-{d.month}-{d.year}",                       # 7-3-1990
            f"{d.day:02d} {mon3} {yy:02d}",                      # 07 Mar 90
            f"{_ordinal(d.day)} of {mon}, {d.year}",             # 7th of March, 1990
            f"{d.day}/{d.month}/{yy:02d}",                       # 7/3/90
            f"{d.year}/{d.month:02d}/{d.day:02d}",               # 1990/03/07
            f"{mon3dot} {d.day}, {d.year}",                      # Mar. 7, 1990
            f"{d.day} {mon3} {d.year}",                          # 7 Mar 1990
            f"{d.day}.{d.month}.{d.year}",                       # 7.3.1990
            f"{d.year}{d.month:02d}{d.day:02d}",                 # 19900307 (lab system)
            f"{mon3.upper()} {d.day:02d} {d.year}",              # MAR 07 1990
            f"{d.month}-{d.day}-{d.year}",                       # 3-7-1990
            f"{mon} {d.day} {d.year}",                           # March 7 1990
            f"{_WEEKDAY[d.weekday()]} {d.day} {mon3} {d.year}",  # Wed 7 Mar 1990
            f"{d.day:02d}/{mon3}/{d.year}"]                      # 07/Mar/1990
    return self.r.choices(fmts, weights=[2, 2, 2, 2, 1, 2, 2, 1, 1, 1, 2, 1, 1, 1])[0]


_USPS = {"Street": "ST", "Avenue": "AVE", "Road": "RD", "Lane": "LN", "Drive": "DR", "Court": "CT",
         "Way": "WAY", "Place": "PL", "Terrace": "TER"}


def addr_render(self, c):
    if self.style != STYLE:
        return _orig["addr_render"](self, c)
    a = c["address"]
    street, city, pc = a["street"], a["city"], a["postcode"]
    head, _, suffix = street.rpartition(" ")
    usps = f"{head} {_USPS.get(suffix, suffix)}".upper()
    fmts = [f"{street}, {city}, {pc}",          # 5127 Maple Street, Hudson, 18213
            f"{street} {city} {pc}",            # 5127 Maple Street Hudson 18213
            f"{usps}, {city.upper()} {pc}",     # 5127 MAPLE ST, HUDSON 18213 (envelope / form)
            usps,                               # 5127 MAPLE ST
            f"{street} ({city})",               # 5127 Maple Street (Hudson)
            street.lower(),                     # 5127 maple street (typed on a phone)
            f"{street}, {city}",
            street]
    return self.r.choices(fmts, weights=[2, 2, 2, 1, 2, 1, 1, 1])[0]


def patch():
    bank_plugin.install(gen_corpus, STYLE, load_bank, bank_alt4.EMAIL_FORMATS, wrap=wrap, name_mention=name_mention,
                        slot=slot, phone_render=phone_render, dob_render=dob_render, addr_render=addr_render)


def main(argv=None):
    patch()
    gen_corpus.main(argv)


if __name__ == "__main__":
    main()
