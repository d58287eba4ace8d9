"""Builds /tmp/probe18/docs.jsonl from parts/*.py with the shared probe builder.

Usage: python3 make_probe.py   (exit status 1 if any document breaks the labelling rule)
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# Absolute path for now; the builder is read-only and imported from where it lives.
BUILDER = os.path.join(os.path.dirname(HERE), "probe_builder.py")

spec = importlib.util.spec_from_file_location("probe_builder", BUILDER)
pb = importlib.util.module_from_spec(spec)
spec.loader.exec_module(pb)

if __name__ == "__main__":
    status = pb.build(HERE, "probe18")
    print("problems found" if status else "no problems")
    sys.exit(status)
