# Harm-reduction outreach logs, needle exchange, naloxone, street outreach.
DOCS = [
("team_note", "direct", None, """Outreach log Tue night (van, Market St → river path)
21:10 {{Gary Morris|c134|FULL_NAME}} — 20x 1ml, 2 naloxone kits, says his electrician mate from work is using too. Offered to bring him next week.
21:40 3 unknowns, supplies only.
22:15 {{Morey|c218|NICKNAME}} and {{Day|c234|NICKNAME}} (the mechanic) came by together, kits x2, both asked about the Friday clinic.
22:40 back to base."""),
("team_note", "direct", None, """NSP counter 14/03: {{Sunny|c159|GIVEN_NAME}} in again (4th time this week). Abscess on L forearm looks worse. Strongly advised walk-in clinic, gave wound-care pack. He said he'd go tomorrow. Flag for nurse if seen."""),
("team_note", "direct", None, """naloxone training done w/ {{Bradley Bush|c160|FULL_NAME}} today — yes, the cop one. he asked us not to log it under his real name but policy is policy. told him it stays on our system only."""),
("team_note", "direct", None, """Drop-in: {{Andrea Green|c170|FULL_NAME}} asked about fentanyl test strips for her son (not present). Gave 10 strips + leaflet. She cried a bit. Follow up: family support group Thursday."""),
("team_note", "direct", None, """Outreach — met {{Ernest|c174|GIVEN_NAME}} outside the supermarket where he works, he asked for a discreet pickup spot next time. Agreed: library car park, Fridays 8pm. His number {{(707) 577-9469|c174|PHONE}}, text only."""),
("team_note", "direct", None, """Log 02/05 — {{Ginger Garcia|c202|FULL_NAME}} collected OST script reminder card. Stable. Asked about getting her daughter {{Margaret|c202|RELATIVE}} into the young people's service. Passed on details."""),
("team_note", "direct", None, """Street count sheet, ward 4: ... one entry turned out to be {{Brian Williams|c203|FULL_NAME}} from the software place, not the rough-sleeping Brian we know (different guy, much older). Separated the records."""),
("team_note", "direct", None, """{{kelly bennett|c205|FULL_NAME}} (roofer) fell off a ladder last month, now on oxy from the ER and buying extra on the street. Harm-reduction talk re: counterfeit pills. Gave naloxone. Roofing work on hold."""),
("team_note", "direct", None, """Outreach text thread (saved to file):
'hey its {{mandy|c206|NICKNAME}} {{cross|c206|FAMILY_NAME}}, can u drop kits at {{8915 Magnolia|c206|ADDRESS|street}}? cant get out today'
→ replied: will come 4pm, knock twice."""),
("team_note", "direct", None, """SSP satellite, Thursday. {{Jack Ramos|c195|FULL_NAME}} (older gent, retired CO) came by with his grandson to pick up sharps bins. Chatted for 20 mins. Very isolated. Referred to befriending service."""),
("team_note", "direct", None, """Outreach log — DOB check for naloxone register: client gave {{09/08/1973|c183|DOB}}, name {{Catherine|c183|GIVEN_NAME}} T., a lawyer, very private, asked that we not contact her at the firm."""),
("team_note", "quasi", None, """Pickup arranged for a {{White Foods|c174|EMPLOYER}} employee who plays viola in the {{Dover Symphony Orchestra|c174|DISTINCTIVE|fact|Dover Symphony}}; wants kits before Friday rehearsal. Discreet bag."""),
("team_note", "quasi", None, """Van log: roofer on the books at {{Adkins Auto Repair|c205|EMPLOYER}} (odd combo, I know) whose {{tortoise named Ziggy|c205|DISTINCTIVE|fact|tortoise named Ziggy}} was on the local news. Asked about switching from pills to OST."""),
("team_note", "quasi", None, """Outreach: HVAC tech with {{Rodriguez Construction|c206|EMPLOYER}}, the host of the {{Tiny Collector|c206|DISTINCTIVE|fact|Tiny Collector}} podcast — says a listener recognised her at the exchange. Wants a different site."""),
("team_note", "quasi", None, """Peer worker note: designer from {{Sparks Studio|c202|EMPLOYER}} who {{owns the barbershop on Tran Street|c202|DISTINCTIVE|fact|Tran Street}} offered to host a naloxone pop-up after hours. Lovely idea; need to check if it compromises her privacy."""),
("team_note", "quasi", None, """Fixed-site log: data analyst at {{FryeTech|c182|EMPLOYER}}, owner of the {{tortoise named Sir Reginald|c182|DISTINCTIVE|fact|tortoise named Sir Reginald}}, came in for test strips for a festival. Harm-reduction chat re: MDMA dosing."""),
("team_note", "benign", "nonclient_person", """Outreach rota: Kemi & Lorcan (Mon), Ifeanyi & Bea (Tue), Tariq & Shona (Wed), Marta & Dom (Thu). Van keys with Jojo."""),
("team_note", "benign", "ids_and_dates", """Stock count 31/03: 1ml 2,400; 2ml 600; naloxone kits 84 (batch NX-22417, exp 2026-11); test strips 350 (lot 88172-B). Reorder by 07/04."""),
("team_note", "benign", "deidentified", """Anonymous contact, male ~40, at bus station 23:00, appeared over-sedated. Naloxone not needed; stayed with him 30 min until he was alert. Gave water and leaflet."""),
("team_note", "benign", "name_as_word", """Log note: brief spell of rain, ginger biscuits went down a treat, everyone was in good spirits. Sunny by the end. Bush by the bridge cleared of needles (council did it)."""),
("team_note", "benign", "general", """Reminder: never write 'addict' or 'junkie' in logs. 'Person who uses drugs' or just 'participant'. Language matters."""),
("team_note", "benign", "nonclient_person", """Thanks to Pastor Okonjo and Sister Bernadette at St Anne's for letting us use the hall again this week. Twenty-two people served."""),
("team_note", "benign", "public_figure", """Someone at the van asked if we'd seen the documentary with Anthony Bourdain talking about heroin. Nice way into a chat about overdose risk."""),
("team_note", "benign", "single_quasi", """FYI several participants mentioned that White Foods is hiring warehouse nights — could be useful for the employment pathway."""),
("team_note", "quasi", None, """Van log: welder from {{Plymouth Shipyard|c216|EMPLOYER}}, the one whose {{miniature horse named Waffles|c216|DISTINCTIVE|fact|horse named Waffles}} went viral. Took 10 strips, asked about a sharps bin for the yard."""),
("team_note", "benign", "name_as_word", """Quiet night. Day shift left the van a mess again 🙄 Rose bush by the underpass cut back. Brooke Street closed for roadworks, use the bridge."""),
("team_note", "benign", "nonclient_person", """Debrief with Fatima, Jonah and Keiko after the overdose response at the park. Everyone OK. Jonah's first naloxone administration — he did brilliantly. Offered supervision tomorrow."""),
("team_note", "benign", "public_figure", """One of the lads at the van was convinced Chris Evans (Captain America, not the radio DJ) had been spotted at the chippy on Bridge St. Great craic. Twelve kits out."""),
]
