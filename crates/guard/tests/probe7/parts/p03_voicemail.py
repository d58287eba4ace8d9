# Voice: voicemail transcriptions. Some come from the phone system's automatic
# transcription (lower case, no punctuation, names misheard), some are typed up by
# Kelsey at the desk. Callers read numbers and e-mail addresses aloud.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("team_note", "direct", None, """Voicemail 08:14 (auto-transcribed)
hi it's {{maria taylor|c229|FULL_NAME}} i'm calling to cancel thursday my partner {{frank|c229|RELATIVE}} is having his operation that morning and i need to drive him um can someone call me back on {{two oh eight five one seven nine six six four|c229|PHONE}} thanks bye"""),

    ("team_note", "direct", None, """Voicemail 12:02, typed up by K: "Hello, this is a message for Imogen, could she please call me back on {{four one five, nine double eight, five oh nine oh|c215|PHONE}}, it's about Tuesday." Caller didn't leave a name. Number isn't a patient line I recognise but it's on the system."""),

    ("team_note", "direct", None, """VM, no name given: "I'm ringing about my appointment next week, I think it's with the Scottish man? My date of birth is {{the twelfth of April, ninety-seven|c014|DOB}}, if that helps you find me. I need to change it because of a work trip." -- Kelsey, pls match and call back"""),

    ("team_note", "direct", None, """Voicemail 16:51 (auto)
yeah hiya it's {{jezza gray|c246|NICKNAME|nickname_full}} just letting you know i'll be ten minutes late tomorrow the wife's got the car cheers"""),

    ("team_note", "direct", None, """Voicemail 09:03 (auto)
hello this is {{sabrena allen|c261|MISSPELLED_NAME}} i had an appointment with tendai at nine i'm outside but the door is locked is anyone there"""),

    ("team_note", "direct", None, """Voicemail 11:20 - "Mrs {{Boyd|c200|FAMILY_NAME}} here, just to say my email's changed, it's {{sarah dot boyd at hotmail dot com|c200|EMAIL}}, the old one's full of spam. Thank you, bye now." """),

    ("team_note", "direct", None, """VM (auto): "...and if it's easier you can email me instead it's {{j dot gallagher at proton dot me|c085|EMAIL}} i don't always hear the phone at work" (message cut off before name)"""),

    ("team_note", "direct", None, """Voicemail 09:30 typed by K: "Hi, this is {{Patricia Meadows|c208|FULL_NAME}} - no, sorry, I'm ringing as a client, not for work. Can Callum call me at the office, {{509-942-3680|c208|PHONE}} extension 12, any time before three." """),

    ("team_note", "direct", None, """Voicemail 14:47 (auto)
hi yes it's {{sunny gonzalez|c091|FULL_NAME}} i can't make friday my grandson is getting christened can we do the week after please"""),

    ("team_note", "direct", "multi_client", """Weekend voicemails (Sat-Sun), typed up Monday 8am
1) {{Debbie Elliott|c044|FULL_NAME}} - cancelling Monday, exams. Will rebook herself online.
2) {{Larry Robinson|c080|FULL_NAME}} - rang twice, sounded distressed, no message the 2nd time. Callum please call first thing.
3) Copier company - toner delivery Weds.
Kelsey"""),

    ("team_note", "direct", None, """VM 17:05: "Hi, could you post the new forms to {{8047 Rasmussen Lane, Lancaster|c004|ADDRESS|street}}, not the old address, I've moved in with my partner. It's {{Mickey|c004|NICKNAME}}, by the way." """),

    ("team_note", "direct", None, """Voicemail 10:10 (auto)
hey it's {{david horton|c266|FULL_NAME}} calling back for callum my number is {{nine oh seven six three eight nine eight three eight|c266|PHONE}} i'm around all afternoon"""),

    ("team_note", "direct", None, """Voicemail (auto) 13:33
hello it's {{herb|c022|NICKNAME}} um my mum said i have to ring to say i'm not coming on wednesday because of the school trip sorry"""),

    ("team_note", "direct", None, """VM 08:55 - caller said: "It's {{Geri Robbins|c277|NICKNAME|nickname_full}}, the {{firefighter|c277|DISTINCTIVE|occupation}}, I'm on the early shift all month so the Monday slot won't work, ring me back." Tendai's client."""),

    # ---------------------------------------------------------------- benign
    ("team_note", "benign", "nonclient_namesake", """Voicemail 15:12 (auto)
hi it's dean from copyfast just calling about your toner order it'll be with you thursday morning if that's no good give us a bell on the usual number cheers"""),

    ("team_note", "benign", "nonclient_person", """Voicemail 09:41 - Dr Aoife Brennan's secretary at the Riverside surgery, about a new referral letter that's on its way. Asked us to ring the surgery line, not her mobile. Nothing else."""),

    ("team_note", "benign", "name_as_word", """Voicemail 11:02 (auto)
hiya it's the window cleaner we'll come friday if the weather holds if it rains we'll try monday bit of a rush week we've the whole of the holly tree estate to do cheers"""),

    ("team_note", "benign", "deidentified_case", """Voicemail summary for Imogen (details in the locked log, not here): an existing client asked to go fortnightly for money reasons. Would like a call after 6pm. Sounded OK, no risk concerns from what was said."""),

    ("team_note", "benign", "nonclient_namesake", """Voicemail (auto) 16:30
hey it's jack from the landlord's office the lift inspection is tuesday between ten and twelve so the lift will be off please let your clients know"""),

    ("team_note", "benign", "weak_attribute", """VM 12:40, no name or number left: "Hi, I'm sixty-seven, recently widowed, I live out in Marion and my doctor said I should call you. I'll try again tomorrow." K - if she rings back, put her through to whoever's free."""),

    ("team_note", "benign", "name_as_word", """Voicemail (auto) 10:15
hi it's the taxi firm about the account you asked about we can do the run out to the hospital for the group members but it's a good few miles so we'd charge the long distance rate give us a ring back and we'll sort it"""),

    ("team_note", "benign", "therapy_life", """Voicemail from the phone company: the line will be down for maintenance Sunday 2-4am. No action needed. K"""),

    # ---------------------------------------------------------------- quasi
    ("team_note", "quasi", None, """Voicemail 18:20 (auto)
hi my name's {{stanley|c075|RELATIVE}} i'm ringing for my dad he won't ring himself he's a roofer with {{georgetown shipyard|c075|EMPLOYER}} and he hasn't been right since the accident on site could somebody ring me back please"""),

    ("team_note", "quasi", None, """VM 10:58, typed by K: "Hello, I'm calling for my wife, she's a {{dental hygienist|c230|DISTINCTIVE|occupation}} here in {{Brookfield|c230|ADDRESS|city}} and she'd like to see a woman therapist. I'm {{Joshua|c230|RELATIVE}}, her husband. She doesn't know I'm calling." No number left, it was withheld."""),
]
