# Group chats, Slack/Discord/Teams/WhatsApp among counselling staff and peer mentors.
DOCS = [
("team_note", "direct", None, """#intake-team  @channel heads up: {{ren|c127|NICKNAME}} {{lowe|c127|FAMILY_NAME}} no-showed again (3rd time). do we do the usual 'are you ok' email or escalate to the welfare team? 🤔"""),
("team_note", "direct", None, """[peer-mentors discord] mod note: {{feli|c126|NICKNAME}}'s back in the wellbeing channel, seems ok but keep an eye. she asked us not to bring up last week 🙏"""),
("team_note", "direct", None, """WhatsApp – Counselling Admin 🗂️
Aoife: {{Mick|c227|NICKNAME}} {{Clark|c227|FAMILY_NAME}}'s mum rang reception AGAIN 🙃 asking if he's been in
Aoife: told her we can't confirm or deny
Ravi: good. log it pls"""),
("team_note", "direct", None, """pls DON'T put {{Jenny Potter|c282|FULL_NAME}}'s number in the shared sheet, she specifically asked. it's {{(406) 836-5508|c282|PHONE}} if you need it for the crisis plan, keep it in the EHR only"""),
("team_note", "direct", None, """Teams msg from Gbenga: {{Pat|c321|GIVEN_NAME}} J (the one with the Tuesday 3pm) cancelled, said she's got a lab. Can someone offer her Weds? I'm off."""),
("team_note", "direct", None, """slack #caseload-swap — who has {{gary mcintosh|c156|FULL_NAME}}? he's asking for a male counsellor, anyone w/ space on Mondays? also {{billy|c270|NICKNAME}} {{higgins|c270|FAMILY_NAME}} wants evenings only now"""),
("team_note", "direct", None, """fyi she emailed from her personal, {{brenda.myers@gmail.com|c201|EMAIL}}, not the uni one — so replies should go there or she won't see them. added to her file."""),
("team_note", "direct", None, """Reminder: {{Chirstopher Elliott|c402|MISSPELLED_NAME}} is on the risk register this week, twice-weekly check-ins. Kudzai is covering Fri."""),
("team_note", "direct", None, """quick q for the group — {{terri|c260|GIVEN_NAME}} l. says her DOB on the portal is wrong, should be {{09/04/2003|c260|DOB}}. who can fix that, is it registry or us?"""),
("team_note", "direct", None, """Intake huddle 08:45
- new: {{Anna|c266|GIVEN_NAME}} Y., self-ref, exam anxiety, ok to wait 2 wks
- new: grad student (no name yet) via supervisor
- rebook: {{Hetty|c128|NICKNAME}} C. (no-show Mon, text sent)
- Lucas on leave from Thurs, his clients to Meera"""),
("team_note", "direct", None, """ngl the session with {{Nancy Gilbert|c224|FULL_NAME}} today was rough. need to debrief with someone before my 4pm. anyone free at 3:30? ☕"""),
("team_note", "quasi", None, """#peer-support-leads ok so the student i mentioned — {{Lincoln College|c260|SCHOOL}} exchange, the one who {{owns the tattoo studio on Howard Place|c260|DISTINCTIVE|fact|Howard Place}} — she's asked for a female mentor. any volunteers? 🙋‍♀️"""),
("team_note", "quasi", None, """Note for Monday huddle: student working part-time at {{Spencer Foods|c279|EMPLOYER}} who also {{owns the tattoo studio on Montoya Street|c279|DISTINCTIVE|fact|Montoya Street}} wants to change counsellor. Please don't discuss in open office."""),
("team_note", "quasi", None, """teams chat (Shauna → Peter): that {{University of Salem|c306|SCHOOL}} student, married, husband's called {{Keith|c306|RELATIVE}} — he turned up at reception demanding to see her file. security was called. we need an incident report today."""),
("team_note", "quasi", None, """whatsapp, outreach team: saw the student from {{Salem State University|c345|SCHOOL}} at the harp recital — the one who {{plays harp in the Dayton Symphony Orchestra|c345|DISTINCTIVE|fact|harp in the Dayton}}. waved, didn't approach. just noting for boundaries log."""),
("team_note", "quasi", None, """Slack DM: the {{Winchester Community College|c429|SCHOOL}} transfer who was {{in the Lancaster Herald for returning a lost wallet|c429|DISTINCTIVE|fact|Lancaster Herald for returning}} — reporters have been ringing her halls. she's shaken. can we get her an emergency slot?"""),
("team_note", "benign", "name_as_word", """lol the new intern asked if 'Faith' on the whiteboard was a client. no hun, it's the theme for the chaplaincy week. also Hope and Joy are the names of the therapy dogs 🐶🐶"""),
("team_note", "benign", "nonclient_person", """[discord #mentors] welcome to the new cohort!! 🎉 Tobi, Ngozi, Freya, Callum, Meghan, Aryan and Zainab — intro yourselves below. training sat 10am in the Brennan room, bring snacks"""),
("team_note", "benign", "nonclient_person", """Rota swap: Will covering Sunny's Tues duty, Rich takes Weds. May is on annual leave 12–16th. June's away at the conference. — admin"""),
("team_note", "benign", "general", """no cap the waitlist is at 47 rn 😩 can we please talk about group options at the team meeting. bet half of them would take a CBT group for exam anxiety"""),
("team_note", "benign", "ids_and_dates", """EHR migration: records 20220145–20220389 moved Fri 14/03. Anyone seeing duplicates for IDs ending 0217 or 0231 ping IT (ticket #88213)."""),
("team_note", "benign", "deidentified", """Case consult (Teams): 19yo first-year, international, presenting with homesickness and disordered eating. Family pressure re: course choice. Q: when do we involve the eating disorder service vs hold in-house? Thoughts welcome."""),
("team_note", "benign", "writer_relative", """sorry will be late, my son Gary's school called — he's fine, just forgot his inhaler 🙄 back by 10"""),
("team_note", "benign", "nonclient_person", """Kudos thread 🌟 shoutout to Blessing for running the mindfulness group solo, and to Thandi and Joe for the outreach stall at the freshers fair. legends."""),
("team_note", "benign", "single_quasi", """heads up — Potter Logistics is doing a recruitment drive on campus, a few students have mentioned night shifts wrecking their sleep. might be worth a sleep hygiene flyer near the careers office?"""),
("team_note", "benign", "general", """ok who ate my yoghurt from the staff fridge. it had my name on it. this is a safe space but not THAT safe 😤"""),
]
