# Dispatch centres, shift patterns, sleep and scheduling, radio talk.
DOCS = [
    ("team_note", "direct", None,
     "{{Amanda Moore|c131|FULL_NAME}} — comms, {{Salem Fire Department|c131|EMPLOYER}}, rotating DuPont schedule. Sleep "
     "log shows 4–5 hrs on the night block. Her supervisor (also an Amanda, Amanda K.) won't move her to fixed "
     "days until fall. Worked on anchor sleep + blackout + caffeine cutoff. F/u 2 wks."),
    ("email", "direct", None,
     "Hi Renée — {{Mandy|c352|NICKNAME}} from {{Auburn Police Department|c352|EMPLOYER}} comms asked to move to the 0700 "
     "slot on her off-days (she's on 4-on/4-off nights). Can you swap her with the Thursday 1600? Thanks!"),
    ("team_note", "direct", None,
     "{{Chris Walker|c322|NICKNAME}}, dispatcher. Called between calls on his break — had the suicide call again "
     "(3rd this month). Grounding on the phone. Asked for a callback at end of shift: {{541-726-4832|c322|PHONE}}. "
     "Done 0715."),
    ("email", "direct", None,
     "Please use her personal address for the sleep-study referral paperwork: {{sages83@yahoo.com|c446|EMAIL}}. "
     "The sheriff's comms center blocks attachments."),
    ("team_note", "direct", None,
     "{{Ms. Yang|c195|FAMILY_NAME}} — 25 yrs on the console, permanent nights. Daughter {{Li Na|c195|RELATIVE}} worried "
     "about her driving home drowsy. Discussed nap before commute, carpool. Consider sleep med referral."),
    ("email", "direct", None,
     "Hi Dr. Greer,\n\nI'm referring {{Michelle Pierce|c069|MISSPELLED_NAME}} (dispatcher) for a sleep evaluation. She "
     "works 12s on a Pitman rotation and hasn't had a consistent sleep window in three years. Her son "
     "{{Alex|c069|RELATIVE}} has noticed her falling asleep at his games. Thanks for seeing her."),
    ("case_presentation", "direct", None,
     "Shift-work sleep disorder case. {{Tanya|c266|GIVEN_NAME}}, 29 (DOB {{12/24/1995|c266|DOB}}), dispatcher, rotating "
     "12-hour shifts, two children. Presenting: insomnia on days off, irritability, two near-miss car accidents. "
     "Question for the group: CBT-I adaptation for rotating shifts — has anyone had luck?"),
    ("team_note", "direct", None,
     "{{Hilda T.|c040|INITIALS}} — {{Auburn Police Department|c040|EMPLOYER}} comms. Partner {{Paola|c040|RELATIVE}} works "
     "days so they're 'roommates on opposite clocks.' Couples session offered."),
    ("email", "direct", None,
     "Records: please send the treatment summary to {{Mr. Parker|c034|FAMILY_NAME}}'s home address, {{7609 Aspen Road|c034|ADDRESS|street}}, "
     "Madison — not to the comms center. He was firm about that."),
    ("team_note", "direct", None,
     "{{Travis Lyons|c417|FULL_NAME}} — corrections, 2-2-3 rotation. Wants permanent days; department says no. Explored "
     "values vs. seniority. Brother {{David|c417|RELATIVE}} offered to help with the kids on nights."),
    ("email", "direct", None,
     "{{Sunny|c318|GIVEN_NAME}} asked us to text, not call, because of the overnight schedule: {{307-727-2189|c318|PHONE}}. "
     "Best window is 1400–1600."),

    ("team_note", "quasi", None,
     "Dispatcher, {{Shelby|c131|ADDRESS|city}} — {{911 dispatcher|c131|DISTINCTIVE|occupation}} on rotating DuPont. Brother "
     "{{Jon|c131|RELATIVE}} staying with her for a month. Sleep improving."),
    ("email", "quasi", None,
     "Comms wellness group — the {{Oakland Police Department|c266|EMPLOYER}} dispatcher whose {{tortoise named Professor "
     "Snuggles|c266|DISTINCTIVE|fact|tortoise named Professor Snuggles}} has its own fan page asked to present on "
     "'hobbies that survive night shift.' Approve?"),
    ("team_note", "quasi", None,
     "Night-shift group: dispatcher, {{Clayton Emergency Communications|c322|EMPLOYER}}, {{was a contestant on season 8 "
     "of Big Brother|c322|DISTINCTIVE|fact|season 8 of Big Brother}} — says being filmed 24/7 'was good practice for "
     "being recorded on every call.' Group laughed."),
    ("email", "quasi", None,
     "The {{Auburn Police Department|c352|EMPLOYER}} dispatcher who {{hosts the Overthinking Runner podcast about "
     "vintage cars|c352|DISTINCTIVE|fact|Overthinking Runner}} wants to interview me about shift work and sleep. I'm "
     "treating her, so no — can you suggest someone else?"),
    ("team_note", "quasi", None,
     "Sleep group: {{Kingston Police Department|c195|EMPLOYER}} comms, {{season 16 of MasterChef|c195|DISTINCTIVE|fact|season 16 of MasterChef}} "
     "contestant. Cooking on the night-shift break as self-care. Nice."),
    ("email", "quasi", None,
     "Callback list: the {{911 dispatcher|c069|DISTINCTIVE|occupation}} in {{Arlington|c069|ADDRESS|city}} — daughter "
     "{{Angela|c069|RELATIVE}} answered last time; leave a message for mom, no details."),

    ("team_note", "benign", "nonclient_person",
     "Comms floor schedule (posted for the wellness team):\nA-shift: Amanda K. (sup), Sage W., Chris D., Jesse O.\n"
     "B-shift: Hilda R. (sup), Tanya B., Mike S.\nPeer contact for the month: Chris D."),
    ("email", "benign", "name_as_word",
     "Shift-pattern primer for new clinicians: the Kelly schedule (24 on, 24 off, 24 on, 24 off, 24 on, 96 off), "
     "the DuPont (12s, rotating), Pitman (2-2-3), and plain 24/48. Ask which one before you schedule anyone."),
    ("team_note", "benign", "weak_attribute",
     "The comms center in Bristol is switching to 12-hour shifts in July. Expect scheduling requests."),
    ("email", "benign", "single_quasi",
     "Auburn Police Department comms is short six dispatchers and mandating overtime. Expect fatigue and burnout "
     "calls from that center."),
    ("social_post", "benign", "public_figure",
     "Night-shift dispatcher playlist rule: nothing slower than 120 bpm after 0300. Tommy Lee's drum solo is "
     "basically caffeine. What's on yours?"),
    ("email", "benign", "nonclient_person",
     "Welcome trainee dispatcher Tanya Morrow to the comms floor! She's shadowing on B-shift through July."),
    ("social_post", "benign", "name_as_word",
     "Radio check at 0300: 'Mike, Victor, Romeo — copy?' My kid asked me why I talk to imaginary people named Mike "
     "and Victor all night. Phonetic alphabet, buddy."),
    ("case_presentation", "benign", "deidentified",
     "Sleep hygiene for shift workers (handout, no client content): anchor sleep, light management, caffeine "
     "half-life, strategic napping, the commute home. Adapted for dispatchers and corrections staff."),
    ("social_post", "benign", "nonclient_person",
     "My husband Jeff has worked 24/48 for 19 years and I still haven't figured out what day it is. First-responder "
     "spouses, how do you keep a family calendar?"),
    ("email", "benign", "nonclient_person",
     "Director Michele Carver has approved the quiet room for the comms center. Recliner, blackout curtain, white "
     "noise. Dispatchers can book 20 minutes per shift."),
    ("team_note", "benign", "single_quasi",
     "Message from a dispatcher in Arlington about evening hours. Called back; sent the schedule."),
]
