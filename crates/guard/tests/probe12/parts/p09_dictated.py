# Dictated voice notes, terse clinical shorthand, form-like layouts.
DOCS = [
("team_note", "direct", None, """voice memo transcribed note for the file regarding {{anthony buck|c276|FULL_NAME}} date of birth {{february ninth nineteen sixty two|c276|DOB}} seen today for session eleven mood improved slept six hours most nights wife attended last ten minutes plan continue behavioural activation review in two weeks end of note"""),

("team_note", "direct", None, """dictation for admin please update the client contact details her email is {{m dot archer at outlook dot com|c240|EMAIL}} she no longer uses the work address please resend the intake forms there thank you"""),

("team_note", "direct", None, """voice note new message from {{tim tucker|c163|FULL_NAME}} asking for a call back his number is {{three one three three one five four double nine three|c163|PHONE}} he said before six pm is best mentioned the sheriffs office shift pattern changed"""),

("team_note", "direct", None, """dictated by dr osei not yet reviewed home visit completed for {{kim|c183|NICKNAME}} {{davis|c183|FAMILY_NAME}} at {{575 gordon court|c183|ADDRESS|street}} troy client calm and engaged kitchen was clean plan to continue weekly sessions at the clinic from next week"""),

("team_note", "direct", None, """pt {{J.P.|c311|INITIALS}} 29F mechanic @ {{Martin & Sons Plumbing|c311|EMPLOYER}}, c/o panic x3/wk, hx EtOH (sober 14 mo), s/p MVA 01/24. no SI/HI. plan: interoceptive exp, f/u 1/52. PHQ 12 GAD 15."""),

("team_note", "direct", None, """CLIENT REGISTRATION
NAME: {{DELORME, CONSTANCE|c125|FULL_NAME}} ("{{CONNIE|c125|NICKNAME}}")     DOB: {{29-FEB-1956|c125|DOB}}
REFERRED BY: SELF                 LANGUAGE: ENGLISH / FRENCH
PRESENTING: LOSS OF ROLE AFTER RETIREMENT, LOW MOOD
PAYER: PRIVATE"""),

("team_note", "direct", None, """SOAP — {{Danny Wise|c153|FULL_NAME}}
S: "Night shifts are killing me." Sleep 4–5h. Husband worried.
O: Tired, good rapport, no psychomotor change.
A: Adjustment d/o w/ anxious mood, improving.
P: Sleep hygiene + stimulus control. RTC 2/52."""),

("team_note", "direct", None, """[auto-transcript, unedited] session note {{Christen Wallace|c393|MISSPELLED_NAME}} student at plymouth state came in upset about her wife's family not accepting them discussed boundaries and a plan for the holiday visit next session in one week"""),

("team_note", "direct", None, """INTAKE — DEMOGRAPHICS
Client: {{Jacob Santana|c325|FULL_NAME}}
Emergency contact: {{Jennifer Santana|c325|RELATIVE}} (mother)   Phone: {{925-798-9050|c325|PHONE}} (client mobile)
Occupation: 911 dispatcher
Consent to text: Y     Consent to voicemail: N"""),

("team_note", "direct", None, """dictation letter to gp re mrs {{jennifer o'brien|c029|MISSPELLED_NAME}} thank you for your referral I saw her on the twentieth she is a delivery driver with significant anxiety after being robbed on shift we have agreed on eight sessions of trauma focused cbt kind regards"""),

("team_note", "direct", None, """pt {{Nate|c583|NICKNAME}} {{C.|c583|INITIALS}}, paramedic, LMC — post-critical-incident check-in #2. Sleep ↑, intrusions ↓. Back on the road Mon. Peer support contact given. D/c after next if stable."""),

("team_note", "direct", None, """dictated letter please type dear doctor re mister {{michael hays|c498|FULL_NAME}} date of birth {{the first of august nineteen seventy five|c498|DOB}} I reviewed him today he remains low in mood but is attending and engaging I would support a trial of an ssri yours sincerely"""),

("team_note", "quasi", None, """voice note client is a {{welder|c142|DISTINCTIVE|occupation}} in {{eastport|c142|ADDRESS|city}} who {{coaches the eastport tigers under fourteen hockey team|c142|DISTINCTIVE|fact|Eastport Tigers under-14 hockey}} wants evening appointments only because of practices asked about anger with referees plan anger formulation next week"""),

("team_note", "quasi", None, """47y roofer w/ {{Spence & Sons Plumbing|c200|EMPLOYER}}. c/o low mood since {{iguana (Tater Tot, the viral one)|c200|DISTINCTIVE|fact|iguana named Tater Tot}} died. grief rx. f/u 2/52."""),

("team_note", "quasi", None, """note for file {{retail manager|c212|DISTINCTIVE|occupation}} in {{greenville|c212|ADDRESS|city}} also {{owns the dog grooming salon on mill lane|c212|DISTINCTIVE|fact|dog-grooming salon on Mill Lane}} working seventy hours a week presenting with burnout and chest pain cardiac workup negative plan stress management"""),

("team_note", "quasi", None, """graphic designer @ {{Hughes Creative|c235|EMPLOYER}}; also {{breeds Dachshunds in Stillwater|c235|DISTINCTIVE|fact|Dachshunds in Stillwater}}. dx GAD. sleep poor. CBT-I module next. no SI."""),

("team_note", "quasi", None, """dictated {{data analyst|c255|DISTINCTIVE|occupation}} {{springfield|c255|ADDRESS|city}} wife {{maureen|c255|RELATIVE}} attended couples component today they disagree about the son moving back home plan two more joint sessions"""),

("team_note", "quasi", None, """20M, student @ {{Hamilton College|c319|SCHOOL}}, {{coaches the Dover Comets U10 soccer team|c319|DISTINCTIVE|fact|Dover Comets under-10 soccer}}. c/o exam anxiety, avoidance. plan: exposure hierarchy, f/u 1/52."""),

("team_note", "quasi", None, """voice note 14 year old girl attends {{grant preparatory academy|c441|SCHOOL}} was on {{the amazing race season twenty six|c441|DISTINCTIVE|fact|season 26 of The Amazing Race}} with her mum now getting recognised at school and hating it may need a school liaison meeting"""),

("team_note", "benign", "name_as_word", """voice note pt in her forties seen today for review mood a little better will see her again in may hope to reduce frequency to fortnightly if things hold mark the chart for a six month review"""),

("team_note", "benign", "template", """NAME: ______________________   DOB: ____/____/______
ADDRESS: ________________________________________
PHONE: ________________   EMAIL: _____________________
EMERGENCY CONTACT: _________________ RELATIONSHIP: ________
PRESENTING PROBLEM: ______________________________"""),

("team_note", "benign", "deidentified", """25M s/p MVA 03/25, c/o nightmares, hypervigilance, avoidance of driving. no prior psych hx. PCL-5 52. plan: CPT, 12 sessions. f/u 1/52."""),

("team_note", "benign", "personal", """note to self remind me to call the plumber about the leak in the kitchen and pick up the dog from the groomer at four also email the accountant about the quarterly return"""),

("team_note", "benign", "name_as_word", """dictation memo to billing please bill the insurer for the group sessions from april and mark the two missed ones as no charge also will you chase the claim that came back denied thanks"""),

("team_note", "benign", "single_attribute", """voice note caller is a firefighter at kingston fire department asking about our first responder program did not leave a name will call back on monday"""),

("team_note", "benign", "nonclient_person", """supervision today with dr rose okafor we discussed my caseload numbers and the new documentation rules she recommended the book by judith herman for the trauma module"""),

("team_note", "benign", "public_figure", """pt (30s F) said she grew up listening to Kelly Chan songs with her grandmother and still plays them when anxious. used as grounding anchor. plan: build playlist for in-session use."""),

("team_note", "benign", "deidentified", """D/C SUMMARY: 40s M, MDD single episode, 16 sessions CBT. PHQ-9 19→5. relapse plan given. PCP notified. chart closed."""),
]
