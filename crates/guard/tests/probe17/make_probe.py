#!/usr/bin/env python3
"""Builds probe17/docs.jsonl from parts/*.py with the shared probe builder, then lints.

    python3 make_probe.py          # build + lint; exit 1 on any problem

The builder (read-only, imported from its path) checks each document against the
benchmark's labelling rule.  The extra lint here looks for identifiers that are in
the text but not marked: a client's full name, phone, e-mail, street address or date
of birth (in the usual US / UK / European / ISO / spelled-out formats), and, for the
clients a document does mark, their employer, school or a relative's full name.
Intentional celebrity namesakes are allow-listed in NAMESAKES.
"""
import collections
import datetime as dt
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BUILDER = os.path.join(os.path.dirname(HERE), "probe_builder.py")
spec = importlib.util.spec_from_file_location("probe_builder", BUILDER)
pb = importlib.util.module_from_spec(spec)
spec.loader.exec_module(pb)

KINDS = {"social_post", "email", "case_presentation", "team_note"}
# Public figures who share a client's full name; they may appear unmarked.
NAMESAKES = {"Richard Simmons", "Taylor Swift", "Michael Jordan", "Will Smith", "Patrick Stewart",
             "James Brown", "John Green", "John Edwards", "Paul Smith", "David Russell"}
# Phrases whose name tokens refer to someone other than the marked client.
NOT_THE_CLIENT = {"Gay Byrne"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON = {m[:3].lower(): i + 1 for i, m in enumerate(MONTHS)}
MON.update({m.lower(): i + 1 for i, m in enumerate(MONTHS)})
MON["sept"] = 9


def dates_in(text):
    """Yield (start, end, date) for date-like substrings (numeric and spelled-out)."""
    out = []
    for m in re.finditer(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", text):
        out.append((m.start(), m.end(), [(int(m[1]), int(m[2]), int(m[3]))]))
    for m in re.finditer(r"\b(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})\b", text):
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        ys = [y] if y > 99 else [1900 + y, 2000 + y]
        out.append((m.start(), m.end(), [(yy, a, b) for yy in ys] + [(yy, b, a) for yy in ys]))
    mon = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
    for m in re.finditer(r"\b(\d{1,2})(?:st|nd|rd|th)?(?: of)?[ \-]" + mon + r",?[ \-](\d{4}|\d{2})\b", text, re.I):
        y = int(m[3]); y = y if y > 99 else 1900 + y
        out.append((m.start(), m.end(), [(y, MON[m[2].lower()[:4] if m[2].lower().startswith("sept") else m[2].lower()[:3]], int(m[1]))]))
    for m in re.finditer(r"\b" + mon + r" (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b", text, re.I):
        k = m[1].lower()
        out.append((m.start(), m.end(), [(int(m[3]), MON["sept" if k.startswith("sept") else k[:3]], int(m[2]))]))
    return out


def covered(spans, a, b, cid=None, types=None):
    return any(s["start"] <= a and b <= s["end"] and (cid is None or s["client"] == cid)
               and (types is None or s["type"] in types) for s in spans)


def lint(text, spans, cat, clients):
    probs, infos = [], []
    marked = {s["client"] for s in spans}
    for c in clients.values():
        fn = c["full_name"]
        for m in re.finditer(r"(?<!\w)" + re.escape(fn) + r"(?!\w)", text):
            if not covered(spans, m.start(), m.end()) and fn not in NAMESAKES:
                probs.append(f"unmarked full name {fn} ({c['id']})")
        for m in re.finditer(re.escape(c["email"]), text, re.I):
            if not covered(spans, m.start(), m.end(), c["id"], {"EMAIL"}):
                probs.append(f"unmarked email of {c['id']}")
        want = re.sub(r"\D", "", c["phone"])
        for m in re.finditer(r"\+?1?[\s.\-]?\(?\d{3}\)?[\s.\-]?\d{3}[\s.\-]?\d{4}", text):
            if re.sub(r"\D", "", m.group())[-10:] == want and not covered(spans, m.start() + 1, m.end() - 1, c["id"], {"PHONE"}):
                probs.append(f"unmarked phone of {c['id']}")
        st = c["address"]["street"]
        num, rest = st.split()[0], " ".join(st.split()[1:2])
        for m in re.finditer(r"\b" + re.escape(num) + r"\s+" + re.escape(rest) + r"\b", text):
            if not covered(spans, m.start(), m.end(), c["id"]):
                probs.append(f"unmarked street of {c['id']}: {m.group()}")
    dobs = collections.defaultdict(list)
    for c in clients.values():
        y, mo, d = map(int, c["date_of_birth"].split("-"))
        dobs[(y, mo, d)].append(c["id"])
    for a, b, cands in dates_in(text):
        for cand in cands:
            for cid in dobs.get(cand, []):
                if not covered(spans, a, b, cid, {"DOB"}):
                    probs.append(f"date {text[a:b]!r} equals DOB of {cid} but is not marked")
    for cid in marked:
        c = clients[cid]
        for label, val in [("employer", c["employer"]), ("school", c["school"])] + \
                          [("relative", r["name"]) for r in c["relatives"]]:
            if not val:
                continue
            for m in re.finditer(r"(?<!\w)" + re.escape(val) + r"(?!\w)", text):
                if not covered(spans, m.start(), m.end(), cid):
                    probs.append(f"unmarked {label} {val} of marked client {cid}")
        excused = [(m.start(), m.end()) for ph in NOT_THE_CLIENT for m in re.finditer(re.escape(ph), text)]
        for nm in {c["given_name"], c["preferred_name"], c["family_name"]} - {None}:
            for m in re.finditer(r"(?<!\w)" + re.escape(nm) + r"(?!\w)", text):
                if any(a <= m.start() and m.end() <= b for a, b in excused):
                    continue
                if not covered(spans, m.start(), m.end()):
                    probs.append(f"unmarked name token {nm!r} of marked client {cid}")
    return probs, infos


def main():
    status = pb.build(HERE, "probe17", written_forms=True)
    caseload = json.load(open(f"{HERE}/caseload.json", encoding="utf-8"))
    clients = {c["id"]: c for c in caseload["clients"]}
    docs = pb.load_docs(HERE)
    nprob = 0
    per_part = collections.defaultdict(collections.Counter)
    part_clients = collections.defaultdict(set)
    texts = collections.Counter()
    for i, (kind, cat, sub, marked, part) in enumerate(docs, 1):
        did = f"p{i:04d}"
        text, spans = pb.parse(marked, clients)
        texts[text] += 1
        per_part[part][cat] += 1
        part_clients[part] |= {s["client"] for s in spans}
        if kind not in KINDS:
            print("PROBLEM", did, part, "unknown kind", kind); nprob += 1
        if cat not in {"direct", "quasi", "benign"}:
            print("PROBLEM", did, part, "unknown category", cat); nprob += 1
        probs, infos = lint(text, spans, cat, clients)
        for p in probs:
            print("LINT", did, part, p, "|", text[:70].replace("\n", " ")); nprob += 1
        if "-v" in sys.argv:
            for p in infos:
                print("info", did, part, p)
    for t, n in texts.items():
        if n > 1:
            print("LINT duplicate text:", t[:60]); nprob += 1
    print()
    print(f"{'part':32s} direct quasi benign total clients")
    for part in sorted(per_part):
        c = per_part[part]
        print(f"{part:32s} {c['direct']:6d} {c['quasi']:5d} {c['benign']:6d} {sum(c.values()):5d} {len(part_clients[part]):7d}")
    print("lint problems:", nprob)
    return 1 if (status or nprob) else 0


if __name__ == "__main__":
    sys.exit(main())
