"""probe14: English as the world writes it.

Outbound text by clinicians, admin staff, interpreters and clients' relatives who write
English as a second language or in a regional variety (India, Pakistan, Nigeria, Ghana,
Kenya, South Africa, Singapore, Malaysia, the Philippines, Hong Kong, the Caribbean,
Scotland, Ireland, Wales, Australia, New Zealand, Quebec, immigrant communities in the
US/UK/Canada), with code-switching (Hinglish, Pidgin, Singlish, Taglish, Spanglish,
French/English, Afrikaans, Māori, Scots), local date and phone formats, titles and
honorifics, family-name-first order, WhatsApp-style messages, translated intake forms
and interpreter-mediated notes. The clients are the generated caseload's (seed 1409).
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import probe_builder
sys.exit(probe_builder.build(HERE, "probe14", written_forms=True))
