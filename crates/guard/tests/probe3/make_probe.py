#!/usr/bin/env python3
"""Build docs.jsonl (beside this script) from hand-written documents with inline markup.

The caseload beside it is synthetic: the shared benchmark's generator with another seed
(`gen_corpus.py --seed 37 --clients 300 --docs 10 --style dev`), so that the documents
are about clients the guard was never developed against, written as other people write.

Document styles here (parts/*.py): voice-dictated notes, British / Australian / Indian and
non-native English, forwarded e-mails, letters (referral, insurance, court, school), long
supervision presentations, social posts in several registers, tables / rotas / calendars,
identifiers in many written forms, paraphrased quasi leaks, and benign hard cases.
A dictated phone number may be written in words ("five one six ..."); an e-mail may be
written out ("jdixon at proton dot me") or truncated before the top-level domain.

Markup: {{surface|client_id|TYPE}} or {{surface|client_id|TYPE|subtype}} or, for
DISTINCTIVE facts, {{surface|client_id|DISTINCTIVE|fact|key}} where `key` is a substring
of the caseload fact (used only to check that a quasi combination is unique).
"""
import glob, importlib.util, json, re, sys, collections, os

HERE = os.path.dirname(os.path.abspath(__file__))
CL = json.load(open(f"{HERE}/caseload.json", encoding="utf-8"))
CLIENTS = {c["id"]: c for c in CL["clients"]}
DIRECT_TYPES = {"FULL_NAME", "GIVEN_NAME", "FAMILY_NAME", "NICKNAME", "MISSPELLED_NAME", "INITIALS",
                "PHONE", "EMAIL", "DOB"}
TYPES = DIRECT_TYPES | {"ADDRESS", "EMPLOYER", "SCHOOL", "RELATIVE", "DISTINCTIVE"}
MARK = re.compile(r"\{\{(.+?)\}\}", re.S)


def load_docs():
    docs = []
    for path in sorted(glob.glob(f"{HERE}/parts/*.py")):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        for d in m.DOCS:
            docs.append(d + (os.path.basename(path),))
    return docs


def parse(marked):
    out, spans, pos = [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        parts = m.group(1).split("|")
        surface, cid, typ = parts[0], parts[1], parts[2]
        sub = parts[3] if len(parts) > 3 else None
        key = parts[4] if len(parts) > 4 else None
        assert cid in CLIENTS, (cid, marked)
        assert typ in TYPES, (typ, marked)
        start = sum(len(x) for x in out)
        out.append(surface)
        spans.append({"start": start, "end": start + len(surface), "client": cid, "type": typ,
                      "subtype": sub, "_key": key})
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "{{" not in text and "}}" not in text, marked
    for s in spans:
        s["start_byte"] = len(text[:s["start"]].encode("utf-8"))
        s["end_byte"] = s["start_byte"] + len(text[s["start"]:s["end"]].encode("utf-8"))
    return text, spans


DIGIT_WORDS = {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4",
               "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}


def words_to_digits(surf):
    """Dictated phone numbers: 'five one six ... double two' -> digits."""
    toks = re.findall(r"[A-Za-z]+|\d", surf)
    out, mult = [], 1
    for t in toks:
        tl = t.lower()
        if tl == "double": mult = 2; continue
        if tl == "triple": mult = 3; continue
        d = DIGIT_WORDS.get(tl, t if t.isdigit() else "")
        out.append(d * mult); mult = 1
    return "".join(out)


def normalise_email(surf):
    """'charlesb99 at outlook dot com', 'charlesb99 [at] outlook' -> 'charlesb99@outlook.com' / 'charlesb99@outlook'."""
    s = surf.lower()
    s = re.sub(r"\s*(\[at\]|\(at\)|\bat\b)\s*", "@", s)
    s = re.sub(r"\s*(\[dot\]|\(dot\)|\bdot\b)\s*", ".", s)
    return re.sub(r"\s", "", s)


def is_direct(s):
    return s["type"] in DIRECT_TYPES or (s["type"] == "ADDRESS" and s["subtype"] == "street")


def quasi_attrs(spans, cid):
    """Group a client's quasi spans into attributes: (class, candidate-client-set)."""
    c = CLIENTS[cid]
    attrs = []
    ss = [s for s in spans if s["client"] == cid]
    occ = [s for s in ss if s["type"] == "DISTINCTIVE" and s["subtype"] == "occupation"]
    city = [s for s in ss if s["type"] == "ADDRESS" and s["subtype"] == "city"]
    assert len(occ) == len(city), ("occupation and city must pair", cid)
    if occ:
        attrs.append(("occ_city", {x["id"] for x in CL["clients"]
                                   if x["occupation"] == c["occupation"] and x["address"]["city"] == c["address"]["city"]}))
    for s in ss:
        if s["type"] == "EMPLOYER":
            attrs.append(("employer", {x["id"] for x in CL["clients"] if x["employer"] == c["employer"]}))
        elif s["type"] == "SCHOOL":
            attrs.append(("school", {x["id"] for x in CL["clients"] if x["school"] == c["school"]}))
        elif s["type"] == "RELATIVE":
            first = s["_surface"].split()[0].lower()
            attrs.append(("relative", {x["id"] for x in CL["clients"]
                                       if any(r["name"].split()[0].lower() == first for r in x["relatives"])}))
        elif s["type"] == "DISTINCTIVE" and s["subtype"] == "fact":
            assert s["_key"], ("DISTINCTIVE fact needs a key", s)
            k = s["_key"].lower()
            attrs.append(("distinctive", {x["id"] for x in CL["clients"]
                                          if any(k in f.lower() for f in x["distinctive"])}))
    return attrs


def main():
    raw = load_docs()
    out, problems = [], []
    per_kind = collections.Counter()
    for i, (kind, cat, sub, marked, part) in enumerate(raw, 1):
        text, spans = parse(marked)
        for s in spans:
            s["_surface"] = text[s["start"]:s["end"]]
        did = f"p{i:04d}"
        clients = sorted({s["client"] for s in spans})
        cc = {}
        for cid in clients:
            cc[cid] = "direct" if any(is_direct(s) for s in spans if s["client"] == cid) else "quasi"
        if cat == "benign":
            if spans: problems.append((did, "benign doc has spans"))
            assert sub, (did, "benign needs subcategory")
        elif cat == "direct":
            dcl = [c for c in clients if cc[c] == "direct"]
            if not dcl: problems.append((did, "direct doc without direct span"))
            if sub is None:
                sub = "multi_client" if len(dcl) > 1 else next(s["type"] for s in spans if is_direct(s))
        elif cat == "quasi":
            if any(v == "direct" for v in cc.values()): problems.append((did, "quasi doc has direct span"))
            if len(clients) != 1: problems.append((did, "quasi doc with !=1 client"))
            for cid in clients:
                attrs = quasi_attrs(spans, cid)
                if len(attrs) < 2: problems.append((did, f"quasi {cid} has <2 attributes"))
                inter = set.intersection(*[a[1] for a in attrs]) if attrs else set()
                if inter != {cid}: problems.append((did, f"quasi combination not unique: {sorted(inter)}"))
                c = CLIENTS[cid]
                for nm in {c["given_name"], c["family_name"], c["preferred_name"]} - {None}:
                    if re.search(r"(?<!\w)" + re.escape(nm) + r"(?!\w)", text):
                        problems.append((did, f"quasi doc contains target name token {nm}"))
                if sub is None:
                    sub = "+".join(sorted(a[0] for a in attrs))
        # format sanity for direct attribute spans
        for s in spans:
            c = CLIENTS[s["client"]]; surf = s["_surface"]
            if s["type"] == "PHONE":
                dg = re.sub(r"\D", "", words_to_digits(surf)); want = re.sub(r"\D", "", c["phone"])
                if dg not in (want, "1" + want): problems.append((did, f"phone mismatch {surf} vs {c['phone']}"))
            if s["type"] == "EMAIL":
                norm = normalise_email(surf)
                if not (norm == c["email"] or ("@" in norm and c["email"].startswith(norm) and len(norm) > c["email"].index("@") + 1)):
                    problems.append((did, f"email mismatch {surf}"))
            if s["type"] == "ADDRESS" and s["subtype"] == "street":
                if surf.split()[0] != c["address"]["street"].split()[0] and c["address"]["street"].split()[0] not in surf:
                    problems.append((did, f"street mismatch {surf}"))
        per_kind[kind] += 1
        rec = {"id": did, "kind": kind, "text": text, "identifies": clients,
               "spans": [{k: v for k, v in s.items() if not k.startswith("_") and not (k == "subtype" and v is None)}
                         for s in spans],
               "category": cat, "subcategory": sub, "client_category": cc,
               "template": f"probe3/{kind}/{per_kind[kind]}"}
        # self-check: byte offsets
        tb = text.encode("utf-8")
        for s in rec["spans"]:
            assert tb[s["start_byte"]:s["end_byte"]].decode("utf-8") == text[s["start"]:s["end"]]
        out.append(rec)
    with open(f"{HERE}/docs.jsonl", "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for p in problems:
        print("PROBLEM", *p)
    cats = collections.Counter(r["category"] for r in out)
    types = collections.Counter(s["type"] for r in out for s in r["spans"])
    print(len(out), "docs", dict(cats), {k: round(v / len(out), 2) for k, v in cats.items()})
    print("span types:", dict(sorted(types.items())))
    print("distinct clients:", len({c for r in out for c in r["identifies"]}))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
