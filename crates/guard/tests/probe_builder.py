"""Builds a probe set's docs.jsonl from hand-written documents with inline markup.

Shared by `probe2/make_probe.py` and `probe3/make_probe.py`. Each probe folder holds a
synthetic `caseload.json` and `parts/*.py`, each part a list `DOCS` of
`(kind, category, subcategory, marked_text)`.

Markup: {{surface|client_id|TYPE}} or {{surface|client_id|TYPE|subtype}} or, for
DISTINCTIVE facts, {{surface|client_id|DISTINCTIVE|fact|key}} where `key` is a substring
of the caseload fact (used only to check that a quasi combination is unique).

The builder checks every document against the labelling rule of the shared benchmark
(a benign document has no span, a quasi document names one client by a unique
combination of two or more attributes, phones and e-mails are the client's own) and
reports each problem; it exits 1 if there is any.
"""
import collections
import glob
import importlib.util
import json
import os
import re

DIRECT_TYPES = {"FULL_NAME", "GIVEN_NAME", "FAMILY_NAME", "NICKNAME", "MISSPELLED_NAME", "INITIALS",
                "PHONE", "EMAIL", "DOB"}
TYPES = DIRECT_TYPES | {"ADDRESS", "EMPLOYER", "SCHOOL", "RELATIVE", "DISTINCTIVE"}
MARK = re.compile(r"\{\{(.+?)\}\}", re.S)
DIGIT_WORDS = {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4",
               "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}


def load_docs(here):
    docs = []
    for path in sorted(glob.glob(f"{here}/parts/*.py")):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        for d in m.DOCS:
            docs.append(d + (os.path.basename(path),))
    return docs


def parse(marked, clients):
    out, spans, pos = [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        parts = m.group(1).split("|")
        surface, cid, typ = parts[0], parts[1], parts[2]
        sub = parts[3] if len(parts) > 3 else None
        key = parts[4] if len(parts) > 4 else None
        assert cid in clients, (cid, marked)
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


def words_to_digits(surf):
    """Dictated phone numbers: 'five one six ... double two' -> digits."""
    toks = re.findall(r"[A-Za-z]+|\d", surf)
    out, mult = [], 1
    for t in toks:
        tl = t.lower()
        if tl == "double":
            mult = 2
            continue
        if tl == "triple":
            mult = 3
            continue
        d = DIGIT_WORDS.get(tl, t if t.isdigit() else "")
        out.append(d * mult)
        mult = 1
    return "".join(out)


def normalise_email(surf):
    """'charlesb99 at outlook dot com', 'charlesb99 [at] outlook' -> 'charlesb99@outlook.com' / 'charlesb99@outlook'."""
    s = surf.lower()
    s = re.sub(r"\s*(\[at\]|\(at\)|\bat\b)\s*", "@", s)
    s = re.sub(r"\s*(\[dot\]|\(dot\)|\bdot\b)\s*", ".", s)
    return re.sub(r"\s", "", s)


def is_direct(s):
    return s["type"] in DIRECT_TYPES or (s["type"] == "ADDRESS" and s["subtype"] == "street")


def first_name(name, fold_case):
    first = name.split()[0]
    return first.lower() if fold_case else first


def quasi_attrs(spans, cid, caseload, fold_case):
    """Group a client's quasi spans into attributes: (class, candidate-client-set)."""
    everyone = caseload["clients"]
    c = next(x for x in everyone if x["id"] == cid)
    attrs = []
    ss = [s for s in spans if s["client"] == cid]
    occ = [s for s in ss if s["type"] == "DISTINCTIVE" and s["subtype"] == "occupation"]
    city = [s for s in ss if s["type"] == "ADDRESS" and s["subtype"] == "city"]
    assert len(occ) == len(city), ("occupation and city must pair", cid)
    if occ:
        attrs.append(("occ_city", {x["id"] for x in everyone
                                   if x["occupation"] == c["occupation"] and x["address"]["city"] == c["address"]["city"]}))
    for s in ss:
        if s["type"] == "EMPLOYER":
            attrs.append(("employer", {x["id"] for x in everyone if x["employer"] == c["employer"]}))
        elif s["type"] == "SCHOOL":
            attrs.append(("school", {x["id"] for x in everyone if x["school"] == c["school"]}))
        elif s["type"] == "RELATIVE":
            first = first_name(s["_surface"], fold_case)
            attrs.append(("relative", {x["id"] for x in everyone
                                       if any(first_name(r["name"], fold_case) == first for r in x["relatives"])}))
        elif s["type"] == "DISTINCTIVE" and s["subtype"] == "fact":
            assert s["_key"], ("DISTINCTIVE fact needs a key", s)
            k = s["_key"].lower()
            attrs.append(("distinctive", {x["id"] for x in everyone
                                          if any(k in f.lower() for f in x["distinctive"])}))
    return attrs


def identifier_problems(s, c, written_forms):
    """Whether a phone, e-mail or street span is the client's own, in a form the set allows."""
    surf = s["_surface"]
    if s["type"] == "PHONE":
        digits = re.sub(r"\D", "", words_to_digits(surf) if written_forms else surf)
        want = re.sub(r"\D", "", c["phone"])
        if digits not in (want, "1" + want):
            return [f"phone mismatch {surf} vs {c['phone']}"]
    if s["type"] == "EMAIL":
        if written_forms:
            norm = normalise_email(surf)
            # A written-out address may stop before its top-level domain.
            ok = norm == c["email"] or ("@" in norm and c["email"].startswith(norm) and len(norm) > c["email"].index("@") + 1)
        else:
            ok = re.sub(r"\s", "", surf).lower() == c["email"]
        if not ok:
            return [f"email mismatch {surf}"]
    if s["type"] == "ADDRESS" and s["subtype"] == "street":
        if surf.split()[0] != c["address"]["street"].split()[0] and c["address"]["street"].split()[0] not in surf:
            return [f"street mismatch {surf}"]
    return []


def build(here, set_name, written_forms=False):
    """Writes `here/docs.jsonl` and returns the exit status (1 if any document breaks the rule).

    `written_forms` accepts phones read aloud and e-mails written out ("at", "dot"), and
    compares relatives' given names regardless of case, as dictated text is lower case.
    """
    caseload = json.load(open(f"{here}/caseload.json", encoding="utf-8"))
    clients = {c["id"]: c for c in caseload["clients"]}
    out, problems = [], []
    per_kind = collections.Counter()
    for i, (kind, cat, sub, marked, _part) in enumerate(load_docs(here), 1):
        text, spans = parse(marked, clients)
        for s in spans:
            s["_surface"] = text[s["start"]:s["end"]]
        did = f"p{i:04d}"
        named = sorted({s["client"] for s in spans})
        cc = {cid: "direct" if any(is_direct(s) for s in spans if s["client"] == cid) else "quasi" for cid in named}
        if cat == "benign":
            if spans:
                problems.append((did, "benign doc has spans"))
            assert sub, (did, "benign needs subcategory")
        elif cat == "direct":
            dcl = [c for c in named if cc[c] == "direct"]
            if not dcl:
                problems.append((did, "direct doc without direct span"))
            if sub is None:
                sub = "multi_client" if len(dcl) > 1 else next(s["type"] for s in spans if is_direct(s))
        elif cat == "quasi":
            if any(v == "direct" for v in cc.values()):
                problems.append((did, "quasi doc has direct span"))
            if len(named) != 1:
                problems.append((did, "quasi doc with !=1 client"))
            for cid in named:
                attrs = quasi_attrs(spans, cid, caseload, fold_case=written_forms)
                if len(attrs) < 2:
                    problems.append((did, f"quasi {cid} has <2 attributes"))
                inter = set.intersection(*[a[1] for a in attrs]) if attrs else set()
                if inter != {cid}:
                    problems.append((did, f"quasi combination not unique: {sorted(inter)}"))
                c = clients[cid]
                for nm in {c["given_name"], c["family_name"], c["preferred_name"]} - {None}:
                    if re.search(r"(?<!\w)" + re.escape(nm) + r"(?!\w)", text):
                        problems.append((did, f"quasi doc contains target name token {nm}"))
                if sub is None:
                    sub = "+".join(sorted(a[0] for a in attrs))
        for s in spans:
            problems.extend((did, p) for p in identifier_problems(s, clients[s["client"]], written_forms))
        per_kind[kind] += 1
        rec = {"id": did, "kind": kind, "text": text, "identifies": named,
               "spans": [{k: v for k, v in s.items() if not k.startswith("_") and not (k == "subtype" and v is None)}
                         for s in spans],
               "category": cat, "subcategory": sub, "client_category": cc,
               "template": f"{set_name}/{kind}/{per_kind[kind]}"}
        tb = text.encode("utf-8")
        for s in rec["spans"]:
            assert tb[s["start_byte"]:s["end_byte"]].decode("utf-8") == text[s["start"]:s["end"]]
        out.append(rec)
    with open(f"{here}/docs.jsonl", "w", encoding="utf-8") as f:
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
