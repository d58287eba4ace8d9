"""SMS / chat threads between colleagues and voicemail transcriptions."""

DOCS = []


def D(kind, cat, text, sub=None):
    DOCS.append((kind, cat, sub, text))


# --- direct -----------------------------------------------------------------------------
D("team_note", "direct",
  "lmk if u can cover my 3pm w/ {{Marisa|c059|GIVEN_NAME}} tmrw?? she's ok w/ a sub, "
  "just dont bring up the ex 🙏")

D("team_note", "direct",
  "can u move {{Hob|c001|NICKNAME}} to thurs 10. he txted — wife {{Tammy|c001|RELATIVE}} has a scan weds am")

D("team_note", "direct",
  "VM transcript (auto) 08:52\n"
  "\"hi it's {{tonya fleming|c054|FULL_NAME}} calling um I can't make thursday, my brother "
  "{{ethan|c054|RELATIVE}} is in the hospital again so, yeah, can someone call me back on "
  "{{four oh two, two six four, one two double oh|c054|PHONE}} thanks\"")

D("team_note", "direct",
  "txt from {{Kev Mcdonald|c246|NICKNAME}} 1:52pm: “stuck on the 14 bus, there by 2:15” — "
  "told him we'd still do 30 min")

D("team_note", "direct",
  "pls call back {{(502) 748 8123|c179|PHONE}} re resched — it's {{Joy|c179|GIVEN_NAME}} from tues group, "
  "she wants a later slot")

D("team_note", "direct",
  "r u in today? {{Penny|c113|NICKNAME}} turned up w/o an appt, pretty distressed, shes in rm 2 with a cuppa. "
  "can u pop down when ur free")

D("email", "direct",
  "Subject: {{Ødegård|c232|FAMILY_NAME}} — joint session?\n\n"
  "Quick one: Mr {{Ødegård|c232|FAMILY_NAME}}'s husband {{Anders|c232|RELATIVE}} rang the desk asking "
  "whether he could sit in on a session. I said I'd check with you first. Thoughts?\n\nK")

D("team_note", "direct",
  "[09:02] Lena: who has {{Dariusz|c098|GIVEN_NAME}} today?\n"
  "[09:03] Tom: me, why\n"
  "[09:03] Lena: mum ({{Krystyna|c098|RELATIVE}}) called, she's stuck in the {{Roosevelt Prep|c098|SCHOOL}} "
  "pickup line, 15 min late\n"
  "[09:04] Tom: 👍")

D("team_note", "direct",
  "Can u take my 11 w/ {{Montoya|c203|FAMILY_NAME}}?? she's fine w/ anyone, we're just doing sleep hygiene rn")

D("team_note", "direct",
  "new # for {{Dominic Olsen|c295|FULL_NAME}}: {{979.802.3702|c295|PHONE}} (old one's disconnected). "
  "updating the EHR now")

D("team_note", "direct",
  "{{Britt|c146|NICKNAME}} emailed from a new addy — {{b.gross [at] fastmail [dot] com|c146|EMAIL}} — "
  "can someone update her file, I'm back to back till 6")

D("team_note", "direct",
  "pls dont book {{Élise|c255|GIVEN_NAME}} into rm 3 again, the window thing really gets to her 🙃")

D("team_note", "direct",
  "VM Tue 7:15pm — Mrs. {{Cochran|c061|FAMILY_NAME}}'s son {{Seth|c061|RELATIVE}} calling for her. "
  "She had a fall, won't make Thursday. He'll ring again tomorrow.")

D("team_note", "direct",
  "ok so {{Faith|c036|GIVEN_NAME}} cancelled again (3rd time this month). do we charge the fee? "
  "she says her daughter {{Natalie|c036|RELATIVE}} is sick")

D("team_note", "direct",
  "{{Nicki|c163|NICKNAME}} cxl'd the 4pm — op ran long at {{Shelby Family Clinic|c163|EMPLOYER}}. "
  "she'll rebook online")

D("team_note", "direct",
  "Amira: anyone know if {{Levi Cox|c077|FULL_NAME}} is still on the waitlist?\n"
  "Jon: think he got placed with Dr. Hsu last week\n"
  "Amira: kk ty")

D("team_note", "direct",
  "note to self: ring {{Haugland|c004|FAMILY_NAME}} re forms — {{(662) 870-2795|c004|PHONE}}, after 5 only "
  "(she's at {{Baxter|c004|EMPLOYER}} all day)")

D("team_note", "direct",
  "dictated note — call back {{hank|c216|NICKNAME}}'s mum {{misty|c216|RELATIVE}} about the letter for "
  "{{north hamilton|c216|SCHOOL}}, she needs it by friday")

D("team_note", "direct",
  "is the 5pm w {{Tine|c236|NICKNAME}} still on?? she txted asking if we can do video instead")

D("team_note", "direct",
  "fyi {{Sunny|c190|GIVEN_NAME}}'s mum says the bullying at {{Monroe Prep|c190|SCHOOL}} has started up again. "
  "flagging for thurs")

D("team_note", "direct",
  "VM from {{Valerie Dunlap|c188|FULL_NAME}} — wants the worksheet emailed, spelled it out as "
  "{{valeried78 at outlook dot com|c188|EMAIL}}. Says she's off at {{Jackson's Diner|c188|EMPLOYER}} "
  "after 4 if we need to call.")

# --- quasi ------------------------------------------------------------------------------
D("team_note", "quasi",
  "omg did u see the guy from my tues 6pm is back in the paper — the one who "
  "{{grew that 900 lb pumpkin|c046|DISTINCTIVE|fact|900-pound pumpkin}}? his bro {{Peter|c046|RELATIVE}} "
  "sent me the link lol. not sure how i feel abt that")

D("team_note", "quasi",
  "can u see my 2pm next wk? the {{911 dispatcher|c300|DISTINCTIVE|occupation}} from "
  "{{Jackson|c300|ADDRESS|city}} who {{coaches the under-10 Falcons hockey team|c300|DISTINCTIVE|fact|"
  "falcons under-10 hockey}}. easy going, just needs continuity while I'm out")

D("team_note", "quasi",
  "heads up the councillor I see on mondays ({{Ward 3, Manchester|c017|DISTINCTIVE|fact|ward 3 on the manchester}}) "
  "wants a later slot bc of council mtgs. yes THE {{alpaca Ziggy|c017|DISTINCTIVE|fact|alpaca named ziggy}} "
  "person from tiktok 🦙")

D("team_note", "quasi",
  "VM 11:20 — a woman called {{Franziska|c235|RELATIVE}} ringing for her husband: he's got a gig with "
  "{{the Copper Monarchs|c235|DISTINCTIVE|fact|copper monarchs}} Thursday night and needs to move his "
  "session. No number left, said he'd call.")

# --- benign -----------------------------------------------------------------------------
D("team_note", "benign", "Holly can u grab milk on ur way in? fridge is a wasteland 🥛", "colleague")

D("team_note", "benign",
  "Will do! also can someone tell Pat in billing the superbill template changed (v3 in shared drive)",
  "colleague")

D("team_note", "benign",
  "VM 16:40 — Dr. Okafor's office re: the CEU workshop on the 14th, pls call back 555-0143 ext 12 "
  "(ask for Marguerite)", "non_client")

D("team_note", "benign", "gonna be a long day. send coffee ☕ and patience", "ordinary_word")

D("team_note", "benign",
  "lol Frank from IT says the printer is 'haunted'. it is not haunted Frank it is out of toner", "colleague")

D("team_note", "benign", "have faith ppl, the new EHR goes live monday and it WILL be fine 🙏😅",
  "ordinary_word")

D("team_note", "benign",
  "Can someone cover the front desk 12–1? Dawn's at the dentist and I've got a new intake.", "colleague")

D("team_note", "benign", "mark ur calendars: staff bbq june 21 🍔 bring a side, not a case", "ordinary_word")

D("team_note", "benign",
  "heads up Rich from the landlord's office is coming at 2 to look at the leak in rm 4", "non_client")

D("team_note", "benign",
  "anyone know a good couples therapist for someone who works at Carroll Logistics? "
  "their EAP only covers 6 sessions", "single_quasi")

D("team_note", "benign", "leaving at 3 today — my nephew Levi's graduation 🎓 back tmrw", "writers_relative")

D("team_note", "benign",
  "VM 10:05 — Gerald Brennan, the rep from Medisource, re: the toner contract. Wants a call before Friday.",
  "non_client")

D("team_note", "benign",
  "can u take a new referral? 30s, works in hospitality, panic attacks, evenings only. no rush",
  "deidentified")

D("team_note", "benign", "sue me but I ate the last brownie in the staff room 🍫", "ordinary_word")

D("team_note", "benign",
  "who's on call sat? I swapped w/ June but forgot to tell the answering service", "colleague")

D("team_note", "benign",
  "did u see Kevin Love's piece on panic attacks in the locker room? sending it to the men's group",
  "public_figure")

# --- added: misspellings, title + family name, more hard benign ------------------------------
D("team_note", "direct",
  "{{Micheal Johnson|c250|MISSPELLED_NAME}}'s mom {{Kimberly|c250|RELATIVE}} called twice, wants a call back "
  "before school pickup. pls dont make me do it im on 5 sessions back to back 😵")

D("team_note", "direct",
  "heads up Mr. {{Pugh|c001|FAMILY_NAME}} rang, running late from class, be there 3:20")

D("team_note", "benign",
  "Bob's your uncle — the new scheduling system is live and nobody's been double-booked (yet) 🤞",
  "ordinary_word")

D("team_note", "benign",
  "Tammy Pugh from the PTA asked if we'd do a talk on teen anxiety at the school in May. Anyone keen?",
  "non_client")
