"""Team meetings and minutes, many voices and shorthand; many people named, few of them clients."""

DOCS = [
    ("team_note", "direct", None,
     "MDT MINUTES, Wednesday\n"
     "Present: Dr Hamish Fairbairn (chair), Siobhán Walsh, Meera Iyer, Ezra Kavanagh, Gwen Rhys (minutes). "
     "Apologies: Tobias Lindqvist.\n\n"
     "1. Minutes of last meeting agreed.\n"
     "2. Caseload review\n"
     "   a) {{Pat|c119|NICKNAME}} M.: son {{Edward|c119|RELATIVE}} now attending family sessions. Progress. Continue.\n"
     "   b) {{Ray|c194|NICKNAME}} F.: daughters refusing contact; considering letter-writing approach. SW to bring to "
     "supervision.\n"
     "   c) {{Bill|c220|NICKNAME}} B.: couples work with his wife paused at her request. Individual work continues.\n"
     "3. AOB: the kitchen fridge. Again.\n"
     "Next meeting: Wednesday 2pm."),

    ("team_note", "direct", None,
     "Team meeting, Tuesday (notes: Orla)\n"
     "- {{Missy|c097|NICKNAME}} W. is after asking whether her partner {{David|c097|RELATIVE}} can come to the next "
     "session. Grand by everyone, Declan to set it up.\n"
     "- Niamh is off on the 14th, her sister's wedding in Galway. Cover sorted.\n"
     "- Reminder that the big room is booked for the Dublin trainers on Friday; groups move to room 3."),

    ("team_note", "direct", None,
     "Minutes of the clinical meeting held on Monday\n"
     "Chaired by Dr Rajesh Menon. Attended by Ms Kavita Reddy, Mr Arjun Nair, Ms Deepa Sharma.\n"
     "Case 1: {{Mae Campbell|c135|NICKNAME|nickname_full}}. Ms Reddy updated that the daughter {{Susan|c135|RELATIVE}} has agreed to "
     "attend one session. The team is of the view that this is a positive development and should be done at the "
     "earliest. Ms Reddy will revert by Friday.\n"
     "Case 2: deferred to next week as Mr Nair is on leave.\n"
     "Meeting concluded with a vote of thanks."),

    ("team_note", "direct", None,
     "MINUTES, weekly team meeting\n"
     "In attendance: Dr Adeyemi (chair), Ngozi, Emeka, Folake, Chiamaka.\n"
     "1. Opening prayer was not said as some members object; chair reminded all that it is a clinical meeting.\n"
     "2. Family cases: Emeka gave update on {{Debbie|c185|NICKNAME}} R. and her partner {{Jennifer|c185|RELATIVE}}. "
     "He said the matter is now settled and they are doing well, no wahala. Chair advised to continue monthly "
     "follow-up.\n"
     "3. Folake to circulate the new consent form before Friday."),

    ("team_note", "direct", None,
     "{{Ren|c128|NICKNAME}} H. 36F. Hx: Fa {{Scott|c128|RELATIVE}} EtOH, sib {{Thomas|c128|RELATIVE}} estranged. "
     "Pt 911 dispatcher, nights. Presenting: marital conflict, h/o panic. Plan: couples consult w/ husband, then "
     "review. F/u 1/52."),

    ("email", "direct", None,
     "Subject: minutes, Thursday team\n\n"
     "Hi team, minutes in brief:\n"
     "- New referral: {{Emma Stone|c015|FULL_NAME}} (yes, really, and yes, reception has already made the joke), a "
     "primary teacher, referred with her mother {{Wendy|c015|RELATIVE}} for family work around a bereavement. Naomi "
     "to allocate.\n"
     "- Room 2 heater still broken.\n"
     "- Christmas do: 12 Dec, venue TBC.\nCheers, Kemi"),

    ("team_note", "direct", None,
     "Admin items from team mtg: contact details updated for {{Steve Turner|c049|FULL_NAME}}, new mobile "
     "{{718-644-8986|c049|PHONE}}; {{Eric Miller|c034|FULL_NAME}} asks for email only, {{ericm86@gmail.com|c034|EMAIL}}."),

    ("case_presentation", "direct", None,
     "Case for team discussion\n"
     "Name: {{Tom O'Connor|c315|NICKNAME|nickname_full}}\n"
     "DOB: {{20/07/1995|c315|DOB}}\n"
     "Single father of two since his wife left last year; his mother {{Amber|c315|RELATIVE}} does most of the "
     "childcare. Asking for parenting support and help with his own low mood. Team to consider: the parenting group "
     "or individual work first?"),

    ("team_note", "direct", None,
     "Team mtg, action: welfare check by phone today for {{Tammy Smith|c057|FULL_NAME}} (missed 2 sessions, not "
     "answering). If no answer by 4pm, Ezra to ask police for a welfare visit to {{4936 Elm Way, Lebanon|c057|ADDRESS|street}}. "
     "Her husband {{David|c057|RELATIVE}} is listed as next of kin."),

    ("team_note", "direct", None,
     "Allocations agreed at Monday's meeting:\n"
     "{{Randy Brooks|c104|FULL_NAME}}: Meera (couples)\n"
     "{{Ronnie Vestergaard|c082|FULL_NAME}}: Ezra (family, with daughter {{Connie|c082|RELATIVE}})\n"
     "{{Julie Ryan|c010|FULL_NAME}}: Siobhán\n"
     "Waitlist still 23. Hamish to raise at board."),

    ("case_presentation", "direct", None,
     "Team consult\n"
     "{{M.S.|c004|INITIALS}}, 70, a {{welder|c004|DISTINCTIVE|occupation}} in {{Oxford|c004|ADDRESS|city}} (still working, "
     "refuses to retire), and her husband of 45 years. Referred for couples work after he was diagnosed with "
     "Parkinson's. She wants practical help; he wants to talk about dying. Team view sought on pacing."),

    ("team_note", "direct", None,
     "Team huddle, 8.45am. {{Naldo|c219|NICKNAME}} ({{Guerra|c219|FAMILY_NAME}}) in crisis overnight, son {{Jimmy|c219|RELATIVE}} called "
     "the out-of-hours line. Safe now. Temitope to see him today at 11. Everyone else: normal day, coffee's on."),

    # quasi
    ("team_note", "quasi", None,
     "Referral discussed: a {{police officer|c049|DISTINCTIVE|occupation}} from {{Greenville|c049|ADDRESS|city}} who "
     "{{plays oboe with the Clinton Symphony|c049|DISTINCTIVE|fact|oboe in the Clinton Symphony}}; wants couples work "
     "with his partner but asks that nobody in the team who knows the orchestra sees him. Hamish to allocate "
     "outside."),

    ("team_note", "quasi", None,
     "New referral: {{chef|c034|DISTINCTIVE|occupation}}, {{Waverly|c034|ADDRESS|city}}, late 20s; mother "
     "{{Helen|c034|RELATIVE}} is requesting family sessions, he isn't sure. Offer him an individual assessment first."),

    ("email", "quasi", None,
     "Subject: allocation, conflict of interest\n\n"
     "Hi all, I can't take the new couples referral: the husband is a {{surgeon|c104|DISTINCTIVE|occupation}} in "
     "{{Georgetown|c104|ADDRESS|city}} and his daughter {{Molly|c104|RELATIVE}} was in my son's class. Could someone "
     "else pick it up? Meera"),

    ("team_note", "quasi", None,
     "Family referral: {{nurse|c082|DISTINCTIVE|occupation}} from {{Clinton|c082|ADDRESS|city}}, mid 60s, and daughter "
     "{{Connie|c082|RELATIVE}}. Conflict since the divorce. Waitlist."),

    ("case_presentation", "quasi", None,
     "Team case: a woman in her 20s who {{was a contestant on Survivor, season 3|c010|DISTINCTIVE|fact|season 3 of Survivor}} "
     "and now {{coaches an under-12 lacrosse team, the Springfield Bears|c010|DISTINCTIVE|fact|Springfield Bears under-12 lacrosse}}. "
     "Presenting with relationship difficulties; partner not engaged. Question: is couples work possible with one "
     "partner unwilling?"),

    # benign
    ("team_note", "benign", "staff",
     "TEAM MEETING MINUTES\n"
     "Present: Hamish Fairbairn, Siobhán Walsh, Meera Iyer, Ezra Kavanagh, Gwen Rhys, Kemi Balogun, Orla Byrne.\n"
     "1. Welcome to Orla, who joins from the Cork service.\n"
     "2. Fire drill on Thursday at 11.\n"
     "3. New coffee machine: Ezra to read the manual, nobody else to touch it.\n"
     "4. Caseload numbers: average 26, target 24.\n"
     "Next meeting: Wednesday."),

    ("team_note", "benign", "name_as_word",
     "Admin from team mtg: pat testing for all electrics on the 3rd; the X-ray department at the hospital has asked us "
     "not to use their car park; the bill for the translation service has gone up 12%. Summer rota to follow."),

    ("email", "benign", "celebrity_namesake",
     "Subject: lunch and learn\n\n"
     "For Friday's lunch and learn we're watching the interview where Emma Stone talks about her childhood panic "
     "attacks. Good springboard for the anxiety group discussion. Bring your own sandwiches. Kemi"),

    ("team_note", "benign", "nonclient_namesake",
     "Apologies for Thursday's meeting: my son Eric is graduating, and I have been told I am crying in the front row "
     "whether I like it or not. Meera"),

    ("team_note", "benign", "single_quasi",
     "Referral query: caller works for the Troy Herald and asked whether we see journalists. Told her yes, and that "
     "we don't talk to the press about anyone. She laughed."),

    ("team_note", "benign", "different_clients",
     "Waitlist review: a chef, a nurse, a surgeon and a welder, all asking for evening couples slots. We have two. "
     "Hamish to ask the board about Saturday mornings."),

    ("case_presentation", "benign", "deidentified",
     "Team case discussion (anonymised)\n"
     "Couple in their 70s. Partner 1 recently diagnosed with Parkinson's. Partner 2 is the practical one and wants "
     "strategies; Partner 1 wants to talk about death. The team discussed pacing, the difference between "
     "problem-solving and witnessing, and when to bring in palliative services."),

    ("email", "benign", "scheduling",
     "Subject: team away day\n\n"
     "Away day is confirmed for 18 March at the community hall. Agenda: morning on couples work (led by Meera), "
     "afternoon on family work with grandparents (Siobhán). Lunch provided. Let Gwen know about dietary needs."),

    ("team_note", "benign", "public_figure",
     "Team book club: this month is Esther Perel, Mating in Captivity. Next month: Harriet Lerner, The Dance of "
     "Anger. Volunteers to lead, please."),
]
