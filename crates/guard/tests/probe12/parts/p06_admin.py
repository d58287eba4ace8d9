# Waitlist and intake-coordinator e-mails, appointment reminders, SMS, portal messages.
DOCS = [
("email", "direct", None, """SMS OUTBOX 05/21 16:02
To: client #2291
Hi {{Denny|c001|NICKNAME}}, reminder of your appt w/ Dr. Okoye tmrw 4:30pm at the Elm St office. Reply C to confirm or R to reschedule. Reply STOP to opt out."""),

("email", "direct", None, """To: {{karen.nixon@proton.me|c227|EMAIL}}
Subject: Waitlist update

Dear {{Ms. Nixon|c227|FAMILY_NAME}},

Thank you for your patience. You are now number 3 on our waitlist for individual therapy, and we expect to contact you with an appointment within the next two weeks. If your situation changes or you need support sooner, please call us or 988.

Warm regards,
Intake Team"""),

("email", "direct", None, """New intake for the Lexington office — {{Ivy Johnson|c055|FULL_NAME}}, self-referral, wants a woman therapist, evenings. Call back on {{262 890 7939|c055|PHONE}}, ok to leave a message. Whoever picks it up please log it on the board. Thx, Rowena"""),

("email", "direct", None, """[Voicemail transcription — Line 2 — 09:14]
"Hi, it's {{Elizabeth Flores|c315|FULL_NAME}}, that's F-L-O-R-E-S, calling to move my Thursday appointment, something came up at work. My number is {{five seven three, three three four, one four two three|c315|PHONE}}. Thanks, bye."
Confidence: 0.91"""),

("team_note", "direct", None, """CHECK-IN SCREEN
Patient: {{Aaron Foster|c179|FULL_NAME}}     DOB: {{09/10/1976|c179|DOB}}
Appt: 05/22 10:00 — Individual 53 min — Dr. Sato
Copay: $25 (collected)   Insurance: verified 05/19
Forms due: PHQ-9, GAD-7 (annual)"""),

("email", "direct", None, """Twilio log — outbound
to: {{+1 (563) 440 9488|c442|PHONE}}
body: "{{Markus|c442|GIVEN_NAME}}, your 2pm session tomorrow is cancelled as Dr. Hale is unwell. We'll call to rebook. Sorry for the inconvenience."
status: delivered"""),

("team_note", "direct", None, """WAITLIST (adult) — updated 20 May
#  | Name           | Phone         | Need          | Added
13 | (withdrawn)    |               |               |
14 | {{Hetty|c307|NICKNAME}} {{Andrews|c307|FAMILY_NAME}}  | {{727-898-3463|c307|PHONE}}  | trauma/EMDR   | 04/02
15 | couple, see file |             | couples       | 04/09"""),

("email", "direct", None, """Dear {{Trinidad|c372|GIVEN_NAME}},

We've updated your file with your new address, {{7855 Mann Court|c372|ADDRESS|street}}, Troy, so your statements will now go there. Your next appointment is on Monday at 5 pm with Dr. Achterberg.

Best,
Front Desk"""),

("email", "direct", None, """Subject: Welcome to the client portal!

Hi {{Kev|c429|NICKNAME}}!

Your portal account is ready. Username: {{kevinrobinson42@icloud.com|c429|EMAIL}}. Please set a password within 48 hours. From the portal you can message your therapist, see upcoming appointments and pay invoices.

The Maplewood Counseling Team"""),

("email", "direct", None, """Hi Nicole, new adult intake assigned to you: {{Clara Wawak|c386|MISSPELLED_NAME}}, 57, radiographer, anxiety after a work incident. Prefers Wednesday afternoons. First appointment is booked for 28 May at 3 pm. Paperwork sent."""),

("email", "direct", None, """Hi Ma'am {{Gina|c428|NICKNAME}}!

This is Rowena from Bayside Family Therapy, just following up po on the intake forms we sent last week to {{reginaw71@aol.com|c428|EMAIL}}. Kindly fill out before Friday so we can book you. Thank you po and ingat!"""),

("team_note", "quasi", None, """Intake call 21/05, 11:40: caller is a {{lawyer|c364|DISTINCTIVE|occupation}} in {{Jackson|c364|ADDRESS|city}} at {{Shelby Credit Union|c364|EMPLOYER}}, husband {{Eustaquio|c364|RELATIVE}} recently retired and "underfoot all day". Wants couples work; husband unwilling. Booked individual assessment."""),

("team_note", "quasi", None, """Waitlist triage: bank teller at {{Lancaster Credit Union|c377|EMPLOYER}}, lives with partner {{Terry|c377|RELATIVE}}, {{breeds Bernese mountain dogs in Troy|c377|DISTINCTIVE|fact|Bernese mountain dogs in Troy}}. Low mood after one of the dogs died. Routine priority."""),

("email", "quasi", None, """Intake summary for the adolescent team: 14-year-old who {{sings lead in the Silver Kettles|c052|DISTINCTIVE|fact|sings lead in the local band the Silver Kettles}} and {{hosts a sourdough podcast called Night Shift Gardener|c052|DISTINCTIVE|fact|Night Shift Gardener podcast about sourdough}}. Mother reports late nights, school falling behind. Assess for sleep and mood."""),

("email", "quasi", None, """Re: new waitlist entry. {{Real estate agent|c081|DISTINCTIVE|occupation}} from {{Marion|c081|ADDRESS|city}}, 24, who was a contestant on {{season 14 of The Great Home Bake-Off|c081|DISTINCTIVE|fact|season 14 of The Great Home Bake-Off}}. Eating concerns since the show. Please prioritise for the ED-trained clinician."""),

("team_note", "quasi", None, """Intake: special ed teacher at {{Hudson Community College|c094|EMPLOYER}}; {{miniature horse Professor Snuggles|c094|DISTINCTIVE|fact|miniature horse named Professor Snuggles}} (the viral one) is apparently her main support. Self-referred for anxiety. Booked w/ Dr. Sato 6/3."""),

("email", "quasi", None, """Adolescent waitlist, new: pupil at {{Whitman High School|c105|SCHOOL}}, father {{George|c105|RELATIVE}} made the call. She helps him {{breed Whippets in Shelby|c105|DISTINCTIVE|fact|Whippets in Shelby}} and hardly leaves the house otherwise. Suggest home-visit assessment."""),

("email", "benign", "template", """SMS TEMPLATE (approved by compliance)
"Hi {first_name}, this is a reminder of your appointment on {date} at {time}. Reply C to confirm, R to reschedule. Msg&data rates may apply. Reply STOP to opt out."
Do not add diagnosis, clinician specialty or any other detail."""),

("email", "benign", "deidentified", """Dear Dr. Mahlaba,

Waitlist status for your referrals: 4 of your patients are currently waiting (2 adult, 2 adolescent). The longest has waited 41 days. We expect to offer all four appointments by the end of June. Please let us know if anyone's risk changes.

Kind regards,
Intake Coordinator"""),

("email", "benign", "name_as_word", """NOTICE: The office will be closed on Friday for the holiday. Will any urgent messages please go to the on-call line. May the long weekend bring you rest and a little joy. We reopen Monday at 8 am."""),

("email", "benign", "nonclient_person", """Rose, can you cover the front desk from 12 to 1 tomorrow? Faith is at the dentist and Christian's training the new temp. I'll bring you a coffee. — Martin"""),

("email", "benign", "public_figure", """The magazine in the waiting room with Molly Sims on the cover has been there since 2019. Can we please recycle the whole pile and get a subscription to something from this decade? Thanks, Deb"""),

("email", "benign", "single_attribute", """Phone message for whoever is on intake: caller works at Harrell Dental Group, wants evening appointments only, didn't leave a name, will call back after 5."""),

("email", "benign", "policy", """Reminder for all front-desk staff: never confirm or deny that someone is a client when a caller asks. Say "I can take a message for the clinician" and nothing else. This includes family members, employers and police without a warrant."""),

("email", "benign", "mixed_attributes", """Two new enquiries from the website: a night porter at Grand Georgetown Hotel, and someone whose daughter is at Monroe Middle School. Neither has completed the intake form yet. Following up Monday."""),

("email", "benign", "nonclient_person", """From: Practice Manager
Hi all, please welcome Hope Kariuki, our new intake coordinator, who starts Monday. Hope joins us from the county crisis line and speaks Swahili and French. She'll sit at the front desk with Rowena for her first week."""),

("email", "benign", "deidentified", """Reminder to all clinicians: please update the waitlist spreadsheet by Friday. Currently 37 adults, 12 adolescents, 6 couples. Median wait 38 days. Two people waiting over 90 days need a check-in call."""),

("email", "direct", None, """Message for Dr. Sato: {{Brian Daniel|c588|FULL_NAME}} called at 11:20 to move Thursday's session. He asked that you call him back on his work line, {{(412) 327-0261|c588|PHONE}} ext. 115, between 2 and 4 only — the newsroom is quieter then. — Front desk"""),

("team_note", "direct", "multi_client", """TOMORROW — Dr. Sato (Rm 3)
09:00  {{Jade Roberts|c493|FULL_NAME}}  (f/u, 50 min)
10:00  {{Victor Park|c399|FULL_NAME}}  (couples — husband attending)
11:00  NEW INTAKE — paperwork at front desk
12:00  lunch / notes
Reminder texts sent 16:00."""),
]
