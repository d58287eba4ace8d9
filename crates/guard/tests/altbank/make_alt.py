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
import copy
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import bank_plugin  # noqa: E402

gen_corpus = bank_plugin.import_generator(HERE)
import bank_alt    # noqa: E402

STYLE = "alt"
_orig_load_bank = gen_corpus.load_bank


def load_bank(style):
    if style == STYLE:
        bank = copy.deepcopy(bank_alt.BANK)
        bank["email_formats"] = list(bank_alt.EMAIL_FORMATS)
        return bank
    return _orig_load_bank(style)


def patch():
    bank_plugin.install(gen_corpus, STYLE, load_bank, bank_alt.EMAIL_FORMATS)


def main(argv=None):
    patch()
    gen_corpus.main(argv)


if __name__ == "__main__":
    main()
