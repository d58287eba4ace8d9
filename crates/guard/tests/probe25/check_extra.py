"""Extra sanity checks (not part of the build): accidental client identifiers in text."""
import json, os, re, datetime, sys
H = os.path.dirname(os.path.abspath(__file__))
cl = json.load(open(f"{H}/caseload.json"))["clients"]
docs = [json.loads(l) for l in open(f"{H}/docs.jsonl")]
def dob_forms(d):
    y, m, dd = map(int, d.split("-")); dt = datetime.date(y, m, dd)
    return {d, f"{m}/{dd}/{y}", f"{m:02d}/{dd:02d}/{y}", f"{dd:02d}/{m:02d}/{y}", f"{dd}/{m}/{y}", dt.strftime("%B %-d, %Y"), dt.strftime("%-d %B %Y"),
            dt.strftime("%b %-d, %Y"), f"{m:02d}/{dd:02d}/{y%100:02d}", f"{m}/{dd}/{y%100:02d}", f"{dd:02d}.{m:02d}.{y}", f"{y}{m:02d}{dd:02d}"}
for d in docs:
    t = d["text"]; digits = re.sub(r"\D", "", t)
    marked = {(s["start"], s["end"]) for s in d["spans"]}
    def covered(a, b): return any(s <= a and b <= e for s, e in marked)
    for c in cl:
        hits = []
        for m in re.finditer(r"(?<!\w)" + re.escape(c["full_name"]) + r"(?!\w)", t):
            if not covered(m.start(), m.end()): hits.append(("fullname", m.group()))
        ph = re.sub(r"\D", "", c["phone"])
        for m in re.finditer(r"[\d(][\d().\-\s+]{8,}\d", t):
            if re.sub(r"\D","",m.group()).endswith(ph) and not covered(m.start(), m.end()): hits.append(("phone", m.group()))
        if c["email"] in t.lower():
            i = t.lower().index(c["email"])
            if not covered(i, i+len(c["email"])): hits.append(("email", c["email"]))
        for f in dob_forms(c["date_of_birth"]):
            for m in re.finditer(r"(?<![\w/.-])" + re.escape(f) + r"(?![\w/])", t):
                if not covered(m.start(), m.end()): hits.append(("dob", f))
        st = c["address"]["street"]
        if st in t:
            i = t.index(st)
            if not covered(i, i+len(st)): hits.append(("street", st))
        if hits: print(d["id"], d["category"], c["id"], c["full_name"], hits)
