#!/usr/bin/env python3
"""Generate a benchmark corpus from the alternative bank with the official generator.

    /work/main/out/bench/.venv/bin/python make_alt.py --seed 101 --clients 200 --docs 2000 \
        --style alt --out alt101

Imports /work/shared/bench/gen_corpus.py unchanged (override the location with BENCH_DIR)
and monkeypatches it at run time only:
  * load_bank("alt") returns a copy of bank_alt.BANK with "email_formats" = bank_alt.EMAIL_FORMATS
    (any other style falls through to the original load_bank);
  * gen_corpus.EMAIL_FORMATS gains an "alt" entry (informational; load_bank is what is used);
  * main()'s argparse `--style choices=["dev"]` is widened to include "alt" by handing
    gen_corpus a parser class whose add_argument appends "alt" to the --style choices.
Everything else (caseload, labelling, stray-identifier checks, random streams) is the
generator's own.  Generator seeds its document stream with `seed*104729 + (1 if style ==
"dev" else 2)`, so "alt" gets a stream distinct from "dev" without any patch.
"""
import argparse
import copy
import os
import sys
import types

sys.dont_write_bytecode = True  # keep the bench dir and this folder free of __pycache__

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH_DIR = os.environ.get("BENCH_DIR", "/work/shared/bench")
for p in (HERE, BENCH_DIR):
    if p not in sys.path:
        sys.path.insert(0, p)

import gen_corpus  # noqa: E402
import bank_alt    # noqa: E402

STYLE = "alt"
_orig_load_bank = gen_corpus.load_bank


def load_bank(style):
    if style == STYLE:
        bank = copy.deepcopy(bank_alt.BANK)
        bank["email_formats"] = list(bank_alt.EMAIL_FORMATS)
        return bank
    return _orig_load_bank(style)


class _Parser(argparse.ArgumentParser):
    def add_argument(self, *args, **kw):
        if "--style" in args and kw.get("choices") is not None and STYLE not in kw["choices"]:
            kw["choices"] = list(kw["choices"]) + [STYLE]
        return super().add_argument(*args, **kw)


def patch():
    gen_corpus.load_bank = load_bank
    gen_corpus.EMAIL_FORMATS.setdefault(STYLE, list(bank_alt.EMAIL_FORMATS))
    shim = types.ModuleType("argparse")
    shim.__dict__.update(argparse.__dict__)
    shim.ArgumentParser = _Parser
    gen_corpus.argparse = shim


def main(argv=None):
    patch()
    gen_corpus.main(argv)


if __name__ == "__main__":
    main()
