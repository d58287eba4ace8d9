#!/usr/bin/env python3
"""Generate a benchmark corpus from the fifth alternative bank with the official generator.

    /work/main/out/bench/.venv/bin/python make_alt5.py --seed 707 --clients 300 --docs 2000 \
        --style alt5 --out alt707

Imports /work/shared/bench/gen_corpus.py unchanged (through ../bank_plugin.py; override the
location with BENCH_DIR) and patches it at run time only.  Every patch is active for
`--style alt5` only; any other style falls through to the original code, so `--style dev`
through this script reproduces the generator's own output byte for byte.

  * load_bank("alt5"): a copy of bank_alt5.BANK with "email_formats" = bank_alt5.EMAIL_FORMATS
    and the voice wrappers kept on the bank dict.
  * main()'s argparse `--style` accepts "alt5" (bank_plugin.accept_style).
  * Generator.wrap: a body may start with a voice marker `[[voice]]`.  The marker is stripped;
    in a social post it picks that voice's tails, in an e-mail that voice's layout, subject,
    greeting and closing (subjects with {NAME} only for documents that have a name form).
    Kind and voice are remembered for the renderers below.  Rendering goes through the
    generator's own render()/slot(), so spans stay exact.
  * Generator.name_mention: title + family name takes the voice's title ("Sra."/"Sr." for
    the bilingual voice, "Sgt." for some VA mentions, "Ms"/"Mr" for the Irish voice; the
    title stays outside the span as in the generator); in form-like kinds a FULL name is
    sometimes written in capitals ("CHARLES BENSON"), in forensic and payer text sometimes
    with a middle initial ("Charles R. Benson"); a nickname is sometimes set inside the full
    name ('Charles "Chuck" Benson', NICKNAME / nickname_full).  The span is always the whole
    rendered name, same client.
  * Generator.slot("PHONE") / slot("EMAIL"): the number or address is the span; a "tel:" /
    "mailto:" prefix, angle brackets or a phone extension ("x204", "ext. 12") are literal
    text around it.  An e-mail may be written in capitals or after the client's display name
    ("Charles Benson <charlesb99@outlook.com>": a FULL_NAME span plus the EMAIL span).
  * Generator.phone_render / dob_render / addr_render: layouts that neither dev nor alt4
    uses (see README.md), some chosen by voice (Spanish dates, Irish flats, Canadian unit
    prefixes).  The span is whatever was rendered, typed and attributed as before.
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
import bank_alt5   # noqa: E402

STYLE = "alt5"
MARK_RE = re.compile(r"^\[\[([a-z]+)\]\]")
G = gen_corpus.Generator
_orig = {name: getattr(G, name) for name in ("wrap", "name_mention", "slot", "phone_render", "dob_render",
                                             "addr_render")}
_orig["load_bank"] = gen_corpus.load_bank


def load_bank(style):
    if style == STYLE:
        bank = copy.deepcopy(bank_alt5.BANK)
        bank["email_formats"] = list(bank_alt5.EMAIL_FORMATS)
        bank["email_voices"] = copy.deepcopy(bank_alt5.EMAIL_VOICES_WRAP)
        bank["social_voices"] = copy.deepcopy(bank_alt5.SOCIAL_VOICES_TAILS)
        return bank
    return _orig["load_bank"](style)


def split_mark(body):
    """(voice or None, body without the marker)."""
    m = MARK_RE.match(body)
    if not m:
        return None, body
    return m.group(1), body[m.end():]


def _ctx(self):
    return getattr(self, "_alt5_kind", None), getattr(self, "_alt5_voice", None)


# --------------------------------------------------------------------------- wrap
def wrap(self, kind, body_tmpl, st, b, category):
    if self.style != STYLE:
        return _orig["wrap"](self, kind, body_tmpl, st, b, category)
    bank = self.bank
    r = self.r
    voice, body_tmpl = split_mark(body_tmpl)
    self._alt5_kind, self._alt5_voice = kind, voice
    if kind == "social_post":
        return self.render(body_tmpl + r.choice(bank["social_voices"].get(voice, bank["social_tails"])), st, b)
    if kind != "email":
        return self.render(body_tmpl, st, b)
    vw = bank["email_voices"].get(voice, {})
    subjects = vw.get("subjects", bank["email_subjects"])[category]
    if "form" not in st:  # initials and multi-client documents have no name form
        subjects = [s for s in subjects if "{NAME}" not in s]
    parts = {"SUBJ": r.choice(subjects),
             "GREET": r.choice(vw.get("greetings", bank["email_greetings"])),
             "CLOSE": r.choice(vw.get("closings", bank["email_closings"])),
             "BODY": body_tmpl}
    fmt = r.choice(vw.get("formats", bank["email_formats"]))
    bank_plugin.render_layout(self, fmt, parts, st, b)


# --------------------------------------------------------------------------- names
_FORMLIKE = {"case_presentation", "team_note"}


def name_mention(self, c, form, st, b):
    if self.style != STYLE:
        return _orig["name_mention"](self, c, form, st, b)
    kind, voice = _ctx(self)
    r = self.r
    cid = c["id"]
    latin = not c["_native"] and gen_corpus.is_latin(c["full_name"])
    if form == "FAMILY":
        fem = c["_gender"] == "F"
        title = None
        if voice == "bilingue" and r.random() < 0.6:
            title = "Sra." if fem else "Sr."
        elif voice == "va" and r.random() < 0.35:
            title = "Sgt."
        elif voice == "irish" and r.random() < 0.5:
            title = "Ms" if fem else "Mr"
        if title:
            b.lit(title + " ")
            return b.ment(c["family_name"], cid, "FAMILY_NAME")
    if form == "FULL" and latin:
        u = r.random()
        if (kind in _FORMLIKE or voice in ("payer", "forensic")) and u < 0.15:
            return b.ment(c["full_name"].upper(), cid, "FULL_NAME")          # CHARLES BENSON
        if voice in ("payer", "forensic") and u < 0.30:
            mid = r.choice("ABCDEFGHJKLMNPRSTW")
            return b.ment(f"{c['given_name']} {mid}. {c['family_name']}", cid, "FULL_NAME")  # Charles R. Benson
    if form == "NICK" and latin and voice in ("forensic", "va", "payer", "cmhc") and r.random() < 0.25:
        q = r.choice([("\u201c", "\u201d"), ('"', '"'), ("'", "'")])
        return b.ment(f"{c['given_name']} {q[0]}{c['preferred_name']}{q[1]} {c['family_name']}", cid, "NICKNAME",
                      "nickname_full")                                        # Charles “Chuck” Benson
    return _orig["name_mention"](self, c, form, st, b)


# --------------------------------------------------------------------------- phone / e-mail slots
def slot(self, name, st, b):
    if self.style != STYLE or name not in ("PHONE", "EMAIL"):
        return _orig["slot"](self, name, st, b)
    kind, voice = _ctx(self)
    r = self.r
    c = st["c"]
    if name == "PHONE":
        pre = "tel:" if kind in ("email", "social_post") and r.random() < 0.08 else ""
        num = self.phone_render(c["phone"])
        u = r.random()
        post = ""
        if not num[0].isalpha() and u < 0.12:                         # no extension after a dictated number
            post = r.choice([f" x{r.randint(2, 899)}", f" ext. {r.randint(10, 99)}", f" (ext {r.randint(100, 999)})"])
        b.lit(pre)
        b.ment(num, c["id"], "PHONE")
        return b.lit(post)
    email = c["email"]
    u = r.random()
    if kind == "email" and u < 0.10:
        b.ment(c["full_name"], c["id"], "FULL_NAME")                  # display name, then the address
        b.lit(" <")
        b.ment(email, c["id"], "EMAIL")
        return b.lit(">")
    if u < 0.22:
        b.lit("mailto:")
        return b.ment(email, c["id"], "EMAIL")
    if u < 0.34:
        b.lit("<")
        b.ment(email, c["id"], "EMAIL")
        return b.lit(">")
    if u < 0.46:
        return b.ment(email.upper(), c["id"], "EMAIL")
    return b.ment(email, c["id"], "EMAIL")


_DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def phone_render(self, phone):
    if self.style != STYLE:
        return _orig["phone_render"](self, phone)
    kind, _voice = _ctx(self)
    d = re.sub(r"\D", "", phone)
    a, e, l = d[:3], d[3:6], d[6:]
    fmts = [f"{a} {e} {l}",              # 479 970 1336
            f"{a}.{e}-{l}",              # 479.970-1336 (dot and dash mixed)
            f"({a}) {e} {l}",            # (479) 970 1336
            f"+1 ({a}) {e}-{l}",         # +1 (479) 970-1336
            f"1-{a}-{e}-{l}",            # 1-479-970-1336
            f"{a}{e}{l}",                # 4799701336
            f"+1-{a}-{e}-{l}",           # +1-479-970-1336
            f"{a} - {e} - {l}",          # 479 - 970 - 1336
            f"{a}-{e}.{l}",              # 479-970.1336
            f"({a}) {e}–{l}"]            # (479) 970–1336 (en dash, from a word processor)
    w = [3, 2, 2, 2, 2, 2, 1, 1, 1, 1]
    if kind == "team_note":              # dictated in a voicemail transcript
        words = ", ".join(" ".join(_DIGIT_WORDS[int(ch)] for ch in g) for g in (a, e, l))
        fmts.append(words)               # four seven nine, nine seven zero, one three three six
        w.append(2)
    return self.r.choices(fmts, weights=w)[0]


# --------------------------------------------------------------------------- dates of birth
_MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]


def _ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def dob_render(self, iso):
    if self.style != STYLE:
        return _orig["dob_render"](self, iso)
    kind, voice = _ctx(self)
    d = dt.date.fromisoformat(iso)
    mon, mon3, yy, wd = d.strftime("%B"), d.strftime("%b"), d.year % 100, d.strftime("%A")
    fmts = [(f"{iso}T00:00:00", 2),                            # 1996-12-29T00:00:00 (exported record)
            (f"{iso} 00:00", 1),                               # 1996-12-29 00:00
            (f"{d.month:02d}/{d.day:02d}/{yy:02d}", 3),        # 12/29/96
            (f"{d.month:02d}-{d.day:02d}-{yy:02d}", 1),        # 12-29-96
            (f"{wd}, {mon} {d.day}, {d.year}", 2),             # Sunday, December 29, 1996
            (f"{mon} {_ordinal(d.day)}, {d.year}", 2),         # December 29th, 1996
            (f"{d.day} {mon} {d.year}", 1),                    # 29 December 1996
            (f"{d.year}.{d.month:02d}.{d.day:02d}", 1),        # 1996.12.29
            (f"{d.day:02d}-{mon3}-{d.year}", 1),               # 29-Dec-1996
            (f"{mon3} {d.day} '{yy:02d}", 1),                  # Dec 29 '96
            (f"{d.month:02d}{d.day:02d}{d.year}", 1)]          # 12291996 (form field)
    if kind == "social_post":          # export and form-field layouts only outside social posts
        fmts = [f for f in fmts if "T00" not in f[0] and not f[0].isdigit()]
    if voice in ("irish", "canada"):
        fmts += [(f"{d.day:02d}/{d.month:02d}/{d.year}", 5),   # 29/12/1996
                 (f"{wd} {_ordinal(d.day)} {mon} {d.year}", 2)]  # Sunday 29th December 1996
    if voice == "bilingue":
        fmts += [(f"{d.day} de {_MESES[d.month - 1]} de {d.year}", 6),   # 29 de diciembre de 1996
                 (f"{d.day:02d}/{d.month:02d}/{d.year}", 3)]
    s, w = zip(*fmts)
    return self.r.choices(s, weights=w)[0]


# --------------------------------------------------------------------------- addresses
_ABBR = {"Street": "St.", "Avenue": "Ave.", "Road": "Rd.", "Lane": "Ln.", "Drive": "Dr.", "Court": "Ct.",
         "Way": "Way", "Place": "Pl.", "Terrace": "Terr."}


def addr_render(self, c):
    if self.style != STYLE:
        return _orig["addr_render"](self, c)
    _kind, voice = _ctx(self)
    r = self.r
    a = c["address"]
    street, city, pc = a["street"], a["city"], a["postcode"]
    head, _, suffix = street.rpartition(" ")
    abbr = f"{head} {_ABBR.get(suffix, suffix)}"
    unit = r.choice([f"{r.randint(1, 9)}{r.choice('ABCDEF')}", str(r.randint(2, 40)), f"{r.randint(1, 4)}0{r.randint(1, 9)}"])
    n = r.randint(2, 30)
    fmts = [(f"{street}, Apt {unit}, {city} {pc}", 3),         # 5127 Maple Street, Apt 4B, Hudson 18213
            (f"{street} #{n}", 2),                             # 5127 Maple Street #12
            (f"{street}\n{city} {pc}", 3),                     # 5127 Maple Street / Hudson 18213 (two lines)
            (f"{street}, Unit {n}, {city}", 2),                # 5127 Maple Street, Unit 12, Hudson
            (f"{abbr}, {city}", 2),                            # 5127 Maple St., Hudson
            (f"{abbr} Apt. {unit}", 1),                        # 5127 Maple St. Apt. 4B
            (f"{street} · {city} · {pc}", 1),                  # 5127 Maple Street · Hudson · 18213
            (f"{street}, Basement Unit, {city}", 1)]           # 5127 Maple Street, Basement Unit, Hudson
    if voice == "canada":
        fmts += [(f"{n}-{street}, {city}", 5),                 # 12-5127 Maple Street, Hudson
                 (f"Unit {n}, {street}\n{city}", 2)]
    if voice == "irish":
        fmts += [(f"Flat {n}, {street}, {city}", 5),           # Flat 12, 5127 Maple Street, Hudson
                 (f"Apartment {n}, {street}", 2)]
    if voice == "bilingue":
        fmts += [(f"{street}, Apto. {unit}, {city}", 5)]       # 5127 Maple Street, Apto. 4B, Hudson
    s, w = zip(*fmts)
    return r.choices(s, weights=w)[0]


def patch():
    bank_plugin.install(gen_corpus, STYLE, load_bank, bank_alt5.EMAIL_FORMATS, wrap=wrap, name_mention=name_mention,
                        slot=slot, phone_render=phone_render, dob_render=dob_render, addr_render=addr_render)


def main(argv=None):
    patch()
    gen_corpus.main(argv)


if __name__ == "__main__":
    main()
