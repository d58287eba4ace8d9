"""Builds probe31/docs.jsonl from parts/*.py via the shared probe builder."""
import importlib.util, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("probe_builder", os.path.join(os.path.dirname(HERE), "probe_builder.py"))
pb = importlib.util.module_from_spec(spec); spec.loader.exec_module(pb)
sys.exit(pb.build(HERE, "probe31"))
