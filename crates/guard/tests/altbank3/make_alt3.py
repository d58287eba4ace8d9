#!/usr/bin/env python3
"""Generate a benchmark corpus from the third alternative bank with the official generator.

    /work/main/out/bench/.venv/bin/python make_alt3.py --seed 303 --clients 250 --docs 2000 \
        --style alt3 --out alt303

Imports /work/shared/bench/gen_corpus.py unchanged (override the location with BENCH_DIR)
and monkeypatches it at run time only.  Every patch is active for `--style alt3` only; any
other style falls through to the original code, so `--style dev` through this script
reproduces the generator's own output byte for byte.

  * load_bank("alt3") returns a copy of bank_alt3.BANK with
    "email_formats" = bank_alt3.EMAIL_FORMATS and
    "client_email_formats" = bank_alt3.CLIENT_EMAIL_FORMATS.
  * main()'s argparse `--style choices=["dev"]` is widened to include "alt3" by handing
    gen_corpus a parser class whose add_argument appends "alt3" to the --style choices.
  * Generator.wrap (e-mails only; other kinds go to the original):
      - a body starting with bank_alt3.CLIENT_MARK is a message written by the client: the
        mark is stripped and the body is laid out with a client e-mail format;
      - a body starting with bank_alt3.LIST_MARK is a post to a peer-consultation mailing
        list: the mark is stripped, the layout is a list format, the subject a list subject;
      - subjects containing {NAME} are offered only to documents that have a name form
        (st["form"]); initials and multi-client documents draw from the others.
    Rendering goes through the generator's own render()/slot(), so spans stay exact.
  * Generator.phone_render / dob_render / addr_render: more renderings of the SAME client
    value (phone: 9 layouts of the same 10 digits; date of birth: 10 layouts of the same
    date; street: the suffix sometimes abbreviated, "Maple St" for "Maple Street").  The span
    is whatever was rendered, typed and attributed exactly as before, so labels are unchanged.
Everything else (caseload, labelling, stray-identifier checks, random streams) is the
generator's own.  The generator seeds its document stream with `seed*104729 + (1 if style ==
"dev" else 2)`, so "alt3" gets a stream distinct from "dev" without any patch.
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
import bank_alt3   # noqa: E402

STYLE = "alt3"
G = gen_corpus.Generator
_orig = {
    "load_bank": gen_corpus.load_bank,
    "wrap": G.wrap,
    "phone_render": G.phone_render,
    "dob_render": G.dob_render,
    "addr_render": G.addr_render,
}


def load_bank(style):
    if style == STYLE:
        bank = copy.deepcopy(bank_alt3.BANK)
        bank["email_formats"] = list(bank_alt3.EMAIL_FORMATS)
        bank["client_email_formats"] = list(bank_alt3.CLIENT_EMAIL_FORMATS)
        bank["list_email_formats"] = list(bank_alt3.LIST_EMAIL_FORMATS)
        bank["list_subjects"] = copy.deepcopy(bank_alt3.LIST_SUBJECTS)
        return bank
    return _orig["load_bank"](style)


def wrap(self, kind, body_tmpl, st, b, category):
    if self.style != STYLE or kind != "email":
        return _orig["wrap"](self, kind, body_tmpl, st, b, category)
    bank = self.bank
    r = self.r
    formats, subjects = bank["email_formats"], bank["email_subjects"][category]
    if body_tmpl.startswith(bank_alt3.CLIENT_MARK):
        body_tmpl = body_tmpl[len(bank_alt3.CLIENT_MARK):]
        formats = bank["client_email_formats"]
    elif body_tmpl.startswith(bank_alt3.LIST_MARK):
        body_tmpl = body_tmpl[len(bank_alt3.LIST_MARK):]
        formats, subjects = bank["list_email_formats"], bank["list_subjects"][category]
    if "form" not in st:
        subjects = [s for s in subjects if "{NAME}" not in s]
    parts = {"SUBJ": r.choice(subjects), "GREET": r.choice(bank["email_greetings"]),
             "CLOSE": r.choice(bank["email_closings"]), "BODY": body_tmpl}
    fmt = r.choice(formats)
    bank_plugin.render_layout(self, fmt, parts, st, b)


def phone_render(self, phone):
    if self.style != STYLE:
        return _orig["phone_render"](self, phone)
    d = re.sub(r"\D", "", phone)
    a, e, l = d[:3], d[3:6], d[6:]
    fmts = [phone, f"{a}-{e}-{l}", f"{a} {e} {l}", f"{a}.{e}.{l}", f"+1 ({a}) {e}-{l}",
            f"+1-{a}-{e}-{l}", f"1-{a}-{e}-{l}", f"{a}{e}{l}", f"({a}) {e} {l}"]
    return self.r.choices(fmts, weights=[3, 3, 2, 1, 1, 1, 1, 1, 1])[0]


def _ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def dob_render(self, iso):
    if self.style != STYLE:
        return _orig["dob_render"](self, iso)
    d = dt.date.fromisoformat(iso)
    mon, mon3 = d.strftime("%B"), d.strftime("%b")
    fmts = [f"{d.month}/{d.day}/{d.year}",               # 3/7/1990
            f"{d.day:02d}/{d.month:02d}/{d.year}",        # 07/03/1990 (UK)
            f"{d.day:02d}.{d.month:02d}.{d.year}",        # 07.03.1990 (continental)
            f"{d.day} {mon} {d.year}",                    # 7 March 1990
            f"{mon3} {d.day}, {d.year}",                  # Mar 7, 1990
            f"{d.day:02d}-{mon3}-{d.year}",               # 07-Mar-1990 (EHR export)
            f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}",  # 03/07/90
            f"{_ordinal(d.day)} {mon} {d.year}",          # 7th March 1990
            f"{mon} {_ordinal(d.day)}, {d.year}",         # March 7th, 1990
            iso]
    return self.r.choices(fmts, weights=[3, 3, 1, 2, 2, 1, 1, 1, 1, 1])[0]


_SUFFIX_ABBR = {"Street": "St", "Avenue": "Ave", "Road": "Rd", "Lane": "Ln", "Drive": "Dr", "Court": "Ct",
                "Place": "Pl", "Terrace": "Terr"}


def addr_render(self, c):
    if self.style != STYLE:
        return _orig["addr_render"](self, c)
    a = c["address"]
    street = a["street"]
    head, _, suffix = street.rpartition(" ")
    if suffix in _SUFFIX_ABBR and self.r.random() < 0.35:
        street = f"{head} {_SUFFIX_ABBR[suffix]}{self.r.choice(['', '.'])}"
    u = self.r.random()
    if u < 0.35:
        return f"{street}, {a['city']} {a['postcode']}"
    if u < 0.7:
        return f"{street}, {a['city']}"
    return street


def patch():
    bank_plugin.install(gen_corpus, STYLE, load_bank, bank_alt3.EMAIL_FORMATS, wrap=wrap, phone_render=phone_render,
                        dob_render=dob_render, addr_render=addr_render)


def main(argv=None):
    patch()
    gen_corpus.main(argv)


if __name__ == "__main__":
    main()
