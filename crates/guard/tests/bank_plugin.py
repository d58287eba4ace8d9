"""How an alternative template bank is plugged into the unchanged shared generator
(`altbank/make_alt.py`, `altbank3/make_alt3.py`, `altbank4/make_alt4.py`,
`altbank5/make_alt5.py`): the generator
imported from `BENCH_DIR` (default /work/shared/bench), the bank's loader, e-mail layouts
and `Generator` methods installed, and its `--style` argument widened to accept the
bank's style name. What the methods do is each bank's own.
"""
import argparse
import os
import sys
import types

sys.dont_write_bytecode = True  # keep the bench dir and the bank folders free of __pycache__

BENCH_DIR = os.environ.get("BENCH_DIR", "/work/shared/bench")


def import_generator(bank_dir):
    """Puts `bank_dir` and the generator's folder on the import path; returns gen_corpus."""
    for p in (bank_dir, BENCH_DIR):
        if p not in sys.path:
            sys.path.insert(0, p)
    import gen_corpus
    return gen_corpus


def accept_style(gen_corpus, style):
    """Hands gen_corpus an argparse whose parser adds `style` to the --style choices."""

    class Parser(argparse.ArgumentParser):
        def add_argument(self, *args, **kw):
            if "--style" in args and kw.get("choices") is not None and style not in kw["choices"]:
                kw["choices"] = list(kw["choices"]) + [style]
            return super().add_argument(*args, **kw)

    shim = types.ModuleType("argparse")
    shim.__dict__.update(argparse.__dict__)
    shim.ArgumentParser = Parser
    gen_corpus.argparse = shim


def install(gen_corpus, style, load_bank, email_formats, **methods):
    """Makes `style` a style of gen_corpus: its bank loader, its e-mail layouts, the
    `Generator` methods it replaces (each falls through to the original for other
    styles), and `--style` accepting it."""
    gen_corpus.load_bank = load_bank
    gen_corpus.EMAIL_FORMATS.setdefault(style, list(email_formats))
    for name, method in methods.items():
        setattr(gen_corpus.Generator, name, method)
    accept_style(gen_corpus, style)


def render_layout(generator, fmt, parts, st, b):
    """Renders the e-mail layout `fmt` into the builder `b`: the slots `parts` holds
    (subject, greeting, body, closing) rendered as templates through the generator, every
    other slot filled by the generator itself, so spans stay exact."""
    import gen_corpus  # (imported already by import_generator)

    pos = 0
    for m in gen_corpus.SLOT_RE.finditer(fmt):
        b.lit(fmt[pos:m.start()])
        key = m.group(1)
        if key in parts:
            generator.render(parts[key], st, b)
        else:
            generator.slot(key, st, b)
        pos = m.end()
    b.lit(fmt[pos:])
