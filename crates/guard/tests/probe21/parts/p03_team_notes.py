# Team notes: huddles, handovers, duty-desk logs, supervision jottings.
DOCS = [
("team_note", "direct", None,
 "Huddle 8:45. {{Anneke van der Berg|c028|FULL_NAME}} cancelled again (3rd). Mrs {{Berg|c028|FAMILY_NAME}} — sorry, {{Van der Berg|c028|FAMILY_NAME}}, I keep "
 "dropping the particle — says work at {{Robinson Architects|c028|EMPLOYER}} is impossible this month. Offer early-morning slots."),
("team_note", "direct", None,
 "Duty log 14:10 — {{Anne vd Berg|c028|NICKNAME|nickname_full}} rang, wants to switch to telehealth. Husband {{Pieter|c028|RELATIVE}} now working nights."),
("team_note", "direct", None,
 "handover: {{Rory|c034|NICKNAME}} (chart: {{Ruaraidh Mac an tSaoir|c034|FULL_NAME}}) struggled after the night-shift call last week. "
 "Agreed to increase to weekly. his daughter {{Mòrag|c034|RELATIVE}} is worried."),
("team_note", "direct", None,
 "Team note — please stop writing 'McIntyre' in the notes. The client's surname is {{Mac an tSaoir|c034|FAMILY_NAME}}, four words, capital S. He minds."),
("team_note", "direct", None,
 "Huddle: {{Guadalupe Hernández|c035|FULL_NAME}} ({{Lupita|c035|NICKNAME}}) — chemistry teacher, retired end of term. Grief work re: brother {{Natán|c035|RELATIVE}}. "
 "Wife {{Jessica|c035|RELATIVE}} asked about couples sessions."),
("team_note", "direct", None,
 "Duty desk: {{Soo-jin Kim|c036|FULL_NAME}} called from work ({{LevyTech|c036|EMPLOYER}}), needs to move Thursday. Son {{Joshua|c036|RELATIVE}} has a hospital appointment."),
("team_note", "direct", None,
 "supervision jotting — {{Abena|c037|NICKNAME}} ({{Patience|c037|GIVEN_NAME}} on the chart; her day name is what she uses at home) spoke about her son {{Kofi|c037|RELATIVE}} leaving for Accra. "
 "Ms {{Owusu-Ansah|c037|FAMILY_NAME}} wants to end in August."),
("team_note", "direct", None,
 "Huddle: two Patels on my list today, don't mix them up — {{Nikhil Patel|c039|FULL_NAME}} at 10 (student, sister {{Sanjana|c039|RELATIVE}}) and "
 "{{Amit Patel|c065|FULL_NAME}} at 3 (bank teller). {{Nik|c039|NICKNAME}} prefers the small room."),
("team_note", "direct", None,
 "Handover: {{Gurpreet Singh|c040|FULL_NAME}} — note {{Gurpreet|c040|GIVEN_NAME}} can be a man's or a woman's name; this client is a young man, a student at "
 "{{Lancaster Community College|c040|SCHOOL}}. Father {{Kuldeep|c040|RELATIVE}} phoned reception, we confirmed nothing."),
("team_note", "direct", None,
 "Huddle: {{Manpreet Kaur|c041|FULL_NAME}} — HR manager, wife {{Felicia|c041|RELATIVE}}. Boys {{Arjun|c041|RELATIVE}} and {{Tejbir|c041|RELATIVE}} have the surname Singh, "
 "she has {{Kaur|c041|FAMILY_NAME}}; not a typo on the consent form."),
("team_note", "direct", None,
 "Duty log: Mr {{Haddad|c043|FAMILY_NAME}} ({{Mohamed Haddad|c043|FULL_NAME}}, not the interpreter) left a message, daughter {{Salma|c043|RELATIVE}} has been admitted. Call back {{530.873.2226|c043|PHONE}}."),
("team_note", "direct", None,
 "Team note: {{Jan Erik Andersen|c048|FULL_NAME}} — hyphen missing on the referral; chart is {{Jan-Erik|c048|GIVEN_NAME}}. Not one of the Andersons. "
 "Norwegian-born; father {{Gunnar|c048|RELATIVE}} died in March."),
# quasi
("team_note", "quasi", None,
 "Huddle: the {{lawyer|c028|DISTINCTIVE|occupation}} from {{Lancaster|c028|ADDRESS|city}} whose goat {{Pickles|c028|DISTINCTIVE|fact|goat named Pickles}} "
 "was all over the internet — she's doing better. Stepping down to fortnightly."),
("team_note", "quasi", None,
 "Handover: client at {{Georgetown Community College|c050|EMPLOYER}} who {{represents Ward 1 on Salem city council|c050|DISTINCTIVE|fact|Ward 1 on the Salem}}. "
 "Press enquiry came in — we said nothing, obviously."),
("team_note", "quasi", None,
 "Team note: the {{paralegal|c063|DISTINCTIVE|occupation}} in {{Ashland|c063|ADDRESS|city}} who {{did the mural on Bridge Lane|c063|DISTINCTIVE|fact|Bridge Lane}} "
 "asked whether his sister can join a session."),
("team_note", "quasi", None,
 "Duty desk: the {{nurse|c066|DISTINCTIVE|occupation}} from {{Winchester|c066|ADDRESS|city}}, daughter {{Aoibhinn|c066|RELATIVE}}, wants an earlier slot."),
("team_note", "quasi", None,
 "Huddle: {{Peterson Pharmacy|c016|EMPLOYER}} care assistant — the one whose goat {{Professor Snuggles|c016|DISTINCTIVE|fact|Professor Snuggles}} went viral. "
 "Son {{Misha|c016|RELATIVE}} moving back home."),
# benign
("team_note", "benign", "nonclient_person",
 "Huddle attendance: Siobhán (chair), Tomás, Dr Rahimi, Kwabena, Ji-ho, Priya R., Meron. Apologies: Dafydd (leave)."),
("team_note", "benign", "nonclient_person",
 "New staff member: Dr Aoife Brennan (clinical psychologist, from Galway). Aoife will take over Tuesday groups. Please say hello!"),
("team_note", "benign", "shared_family_name",
 "Duty log 16:50: 'Mr Singh' rang to cancel tomorrow. Line dropped before I got a first name. We have two Singh clients and a Singh interpreter. Left it with the duty clinician."),
("team_note", "benign", "shared_family_name",
 "Reminder: when you write 'Ms Kim' in the diary, add the first name. We have three Kims and the diary is useless otherwise."),
("team_note", "benign", "name_as_word",
 "Huddle theme of the week: joy. Not the absence of sadness — the small things. Bring one to Friday's meeting."),
("team_note", "benign", "nonclient_person",
 "Team note: thanks to Eilidh from the admin team for sorting the room bookings. And to Niamh (student placement) for the leaflet translations."),
("team_note", "benign", "weak_attribute",
 "Handover: a school counselor in their thirties, new this month, anxious about confidentiality in a small town. Nothing urgent."),
("team_note", "benign", "single_quasi",
 "Duty log: call from Georgetown County Sheriff's Office HR asking whether we take EAP referrals. Sent the leaflet."),
("team_note", "benign", "deidentified",
 "Team note: one client this week described their grandmother's name being 'translated' at the border into something she never used. "
 "Worth remembering how much a name carries."),
("team_note", "benign", "public_figure",
 "Book club pick for the team: Dara Ó Briain's book about science for kids — Dmitri Mendeleev chapter is great. Meeting Thursday."),
("team_note", "benign", "nonclient_person",
 "Handover from locum Dr Kostas Papadakis: no urgent issues, two letters to sign, printer on floor 2 broken again."),
]
