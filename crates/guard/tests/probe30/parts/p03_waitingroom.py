# Video-platform waiting-room logs and in-session chat transcripts.
DOCS = [
("team_note", "direct", None, """[waiting room] 15:58 guest "{{Claire Miles|c039|FULL_NAME}}" joined
[waiting room] 16:01 host admitted guest
[session] 16:49 guest left
[session] 16:50 host ended meeting"""),
("team_note", "benign", "nonclient_person", """[waiting room] 08:55 guest "Grace – front desk" joined
[chat] Grace: testing the new mic, can u hear me?
[chat] host: loud & clear
[waiting room] 08:57 guest left"""),
("team_note", "direct", None, """doxy.me log – rm drhalvorsen
09:02 patient checked in: "{{kenneth j|c019|INITIALS}}"
09:02 check-in note: "on my lunch, {{Robinson Realty|c019|EMPLOYER}} office, door locked"
09:04 call started
09:51 call ended (47m)"""),
("team_note", "direct", None, """chat export – session 6/12
client (10:14): sorry my camera froze
client (10:14): can u hear me
therapist (10:15): yes! just audio is fine {{Hao|c060|GIVEN_NAME}}, we can keep going
client (10:31): ok can i send u the worksheet here"""),
("team_note", "quasi", None, """zoom chat (saved automatically)
10:02 participant: hi sorry, on my break, im in the staff room at {{Lebanon Unified School District|c045|EMPLOYER}} office
10:03 participant: my dad {{Brendan|c045|RELATIVE}} is ok btw, the surgery went fine"""),
("team_note", "benign", "nonclient_person", """[waiting room] 13:29 guest "iPhone (2)" joined
[waiting room] 13:31 guest "iPhone (2)" left
[waiting room] 13:40 guest "Kevin MedIT support" joined
[chat] Kevin MedIT support: this is the remote session for the audio driver fix, 5 min"""),
("team_note", "direct", None, """meeting ID 844 1209 3311 – participants report
name (original name) | email | join | leave
Dr A. Osei | a.osei@riverbendcounseling.net | 17:00 | 17:52
{{Chris B|c013|INITIALS}} ({{Christina|c013|GIVEN_NAME}}'s iPad) | {{christinabishop56@aol.com|c013|EMAIL}} | 17:03 | 17:52"""),
("team_note", "benign", "name_as_word", """[chat] host: will share screen now
[chat] host: can everyone see the grounding handout?
[chat] participant 3: yes
[chat] participant 5: yes hope so, its small on my phone
(group session, names hidden by platform setting)"""),
("team_note", "direct", None, """waiting room note to provider:
"hi its {{Ray Wilson|c065|NICKNAME}}, running 2 mins late from a showing, pls dont cancel"
provider: admitted 11:06"""),
("team_note", "quasi", None, """session chat 6/13
pt: sorry i look wrecked, up all night w/ the {{Basenjis|c226|DISTINCTIVE|fact|Basenjis in Waverly}}, litter came early
pt: then straight to {{St. Francis's Hospital|c226|EMPLOYER}} for a 12h shift"""),
("team_note", "benign", "deidentified", """platform QA notes: 3 sessions dropped at ~minute 20 on Tues, all on the same ISP. Asked clients (no names logged) to switch to phone audio. Vendor ticket #55120."""),
("team_note", "direct", None, """[chat] {{Kim York|c126|FULL_NAME}}: are we still doing the safety plan today
[chat] host: yes, pulling it up
[chat] {{Kim York|c126|FULL_NAME}}: ok. i'm in the car outside work, only private place"""),
("team_note", "benign", "nonclient_person", """[waiting room] 12:00 guest "Amanda – billing" joined
[chat] Amanda – billing: quick one – is the 2pm self-pay or ins?
[chat] host: ins, ask Jess
[waiting room] 12:01 guest left"""),
("team_note", "direct", None, """telehealth attendance – 6/16
09:00 {{T. Rodriguez|c006|INITIALS}} ({{t.rodriguez@aol.com|c006|EMAIL}}) – attended, 52 min
10:00 (blocked)
11:00 group – 6 of 8 attended"""),
("team_note", "quasi", None, """chat from waiting room: "hi! fyi i'll have to keep my phone on, im the on call {{firefighter|c073|DISTINCTIVE|occupation}} for {{Troy Fire Department|c073|EMPLOYER}} this wknd and i'm up in {{Clinton|c073|ADDRESS|city}}" """),
("team_note", "benign", "public_figure", """[chat] participant: sorry my kid has Taylor Swift blasting in the next room
[chat] host: lol no worries, Eras tour prep?
(group, names hidden)"""),
("team_note", "direct", None, """session chat – link sent by client
"here's the new address for the home visit next week: {{6359 Station Road|c004|ADDRESS|street}} apt 2, buzzer broken so text me"
therapist: got it, thanks {{Joshua|c004|GIVEN_NAME}}"""),
("team_note", "benign", "single_quasi", """waiting-room msg from a new client: "is there parking near the Madison Shipyard side? first time, coming from work" """),
("team_note", "direct", None, """[waiting room] guest "{{MICKEY WELCH|c140|NICKNAME}}" joined 18:29
[chat] host: welcome back, i'll let you in in a sec
[waiting room] 18:31 admitted"""),
("team_note", "benign", "name_as_word", """[chat] host: we'll resume after a 5 min break, rose-tinted glasses exercise next
[chat] participant 2: 👍
(psychoed group, anonymous mode)"""),
("team_note", "quasi", None, """chat 6/18
client: i told my partner {{Kevin|c014|RELATIVE}} about the plan
client: he's gonna cover my bar shifts at {{Brandt's Diner|c014|EMPLOYER}} for the wk"""),
("team_note", "direct", None, """zoom participants (host: Dr Osei)
– {{Amber Klein|c014|FULL_NAME}} – 52m
– Dr Osei – 54m"""),
("team_note", "benign", "nonclient_person", """[waiting room] 07:30 guest "Dr. Michael Perry (locum)" joined
[chat] Dr. Michael Perry (locum): morning all, covering for Dr Osei till the 27th"""),
("team_note", "direct", None, """[chat] client: btw new number is {{425 434 8822|c024|PHONE}}
[chat] client: old one got cut off
[chat] host: updated, thanks {{Joe|c024|NICKNAME}}"""),
("team_note", "benign", "weak_attribute", """[chat] client: im calling from my aunts place in Georgetown so wifi might be bad
(client identity on file, not in export)"""),
("team_note", "direct", None, """waiting room 14:58 – "{{Hollie Guerrero|c046|MISSPELLED_NAME}}" joined
admitted 15:00, ended 15:47"""),
("team_note", "quasi", None, """chat log (auto-saved, names stripped)
participant: i'm calling from the break room at {{Madison Shipyard|c042|EMPLOYER}}
participant: and yes that's my {{llama named Professor Snuggles|c042|DISTINCTIVE|fact|Professor Snuggles}} in the background of my profile pic before u ask"""),
]
