# Voice: speech turned into text -- supervision and MDT recordings with timestamps and
# speaker labels, Teams/Zoom WEBVTT captions, Otter-style "Speaker 1  0:04" blocks,
# phone-dictation with spoken punctuation, machine voicemail transcripts, and raw
# auto-captions with no capitals or punctuation (names, numbers and e-mail addresses
# read aloud). Speaker labels are staff (Dr K, Mark, Joy) who share clients' names.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("case_presentation", "direct", None, """[00:14:02] Mark: ok who's next
[00:14:05] Dr K: I'd like to bring {{Hope|c187|GIVEN_NAME}}. Surgeon, late forties, came in after the complaint at work.
[00:14:19] Mark: this is the one with the sleep stuff
[00:14:21] Dr K: yes. She's sleeping maybe four hours. And she's still operating, which is what worries me.
[00:14:32] Mark: has she told anyone at the hospital
[00:14:34] Dr K: no, and she's adamant she won't.
[00:14:40] Mark: ok let's sit with that for a minute"""),

    ("case_presentation", "direct", None, """ok so um the next one is {{june tapia|c064|FULL_NAME}} she's the year nine girl from {{hawthorne prep|c064|SCHOOL}} mum {{jacqueline|c064|RELATIVE}} brought her in because she's stopped eating lunch at school um i think it's more social than food honestly she says the other girls film everything so she eats in the library"""),

    ("case_presentation", "direct", None, """WEBVTT

00:03:12.400 --> 00:03:15.900
<v Niamh Keane>Next on the list is {{Ford|c333|NICKNAME}}.

00:03:16.000 --> 00:03:21.200
<v Niamh Keane>That's {{Clifford Wilson|c333|FULL_NAME}}, the designer, he goes by {{Ford|c333|NICKNAME}}.

00:03:21.300 --> 00:03:26.800
<v Rohan Mehta>The one whose wife had the stroke?

00:03:26.900 --> 00:03:31.000
<v Niamh Keane>Yes. He's coping, just about."""),

    ("team_note", "direct", None, """Speaker 1  0:04
So can you log a callback for {{Mei Chen|c072|FULL_NAME}}, her number is {{seven one three, five four nine, four one one nine|c072|PHONE}}.

Speaker 2  0:11
Seven one three...

Speaker 1  0:12
Five four nine, four one one nine. After six, she's on shift till then.

Speaker 2  0:17
Got it."""),

    ("case_presentation", "direct", None, """new paragraph client is {{may branch|c222|FULL_NAME}} b r a n c h full stop date of birth {{twenty second of august nineteen eighty one|c222|DOB}} full stop seen today for the fourth session comma attended alone full stop mood improved since the change of shift pattern full stop new paragraph plan colon continue weekly full stop end of dictation"""),

    ("team_note", "direct", None, """Voicemail from {{+1 831 591 9160|c388|PHONE}} (Transcription Beta - accuracy may vary)
Received Tue 3 Jun, 07:52

"Hi it's {{Frank Lewis|c388|NICKNAME|nickname_full}} calling about my appointment on Thursday I'm really sorry but I'm on the early shift at the kitchen that day so I'll need to move it um if you could call me back that'd be great thanks bye" """),

    ("case_presentation", "direct", None, """Excerpt for supervision (session 5, consent given for recording)

[00:02:10] Therapist: What was the worst part of the week?
[00:02:14] {{Sunny|c201|GIVEN_NAME}}: I don't know. Lunch, probably.
[00:02:19] Therapist: Lunch.
[00:02:21] {{Sunny|c201|GIVEN_NAME}}: Everyone's already sitting down by the time I get there. So I just walk past.
[00:02:30] Therapist: And then?
[00:02:31] {{Sunny|c201|GIVEN_NAME}}: Then I go to the music room and practise. Nobody's there at lunch."""),

    ("team_note", "direct", None, """Mark Ostrowski   10:02
Morning. First thing, the school called about {{Mark Parrish|c298|FULL_NAME}}.

Joy Nakamura   10:02
The 17 year old?

Mark Ostrowski   10:03
Yeah. {{Mark|c298|GIVEN_NAME}}'s dad wants a meeting. I said we need {{Mark|c298|GIVEN_NAME}}'s consent first, he's old enough.

Joy Nakamura   10:03
Ok I'll put it in the notes."""),

    ("case_presentation", "direct", None, """[Call recording, 11:41]
Intake: And your date of birth?
Caller: Sixth of October, fifty-eight.
Intake: So {{06/10/1958|c266|DOB}}. And initials for the file?
Caller: {{K.B.|c266|INITIALS}}
Intake: Lovely. And you're a teacher, you said?
Caller: Primary, yes. Thirty years."""),

    ("case_presentation", "direct", None, """auto-generated captions (may contain errors)

so the next referral is {{sage so toe|c256|MISSPELLED_NAME}} um seventy seven year old heating engineer still working believe it or not wife {{alison|c256|RELATIVE}} brought him in because he's not sleeping since the fall off the ladder and he {{sings in a band apparently the silver foxes|c256|DISTINCTIVE|fact|Silver Foxes}}"""),

    ("team_note", "direct", None, """[09:31] Joy: recording now
[09:31] Joy: ok intake calls from yesterday
[09:32] Joy: one, {{Ginger Duffy|c353|FULL_NAME}}, dental hygienist, wants evenings, self-pay
[09:32] Will: I've got Tuesday 6pm
[09:33] Joy: great, two, a GP enquiry which I've passed to Grace
[09:33] Joy: three was a wrong number"""),

    ("case_presentation", "direct", None, """[00:41:55] Dr Mehta: Just to confirm the email for the summary letter?
[00:41:58] Client: it's {{a dot li at fastmail dot com|c336|EMAIL}}
[00:42:03] Dr Mehta: a dot l-i at fastmail. Good. I'll copy your GP.
[00:42:07] Client: Thanks. And you'll use {{Amanda|c336|GIVEN_NAME}}, not Mandy, on the letter? Mandy's what my dad calls me."""),

    ("team_note", "direct", None, """transcript - handover voice note (Will)

yeah so just a heads up for tomorrow {{kit hogan|c097|NICKNAME|nickname_full}} is coming in at ten he's the insurance guy um he was pretty flat last week so just check in on the risk stuff early and his daughter {{briana|c097|RELATIVE}} might be in the waiting room she sometimes drives him ok cheers"""),

    # ---------------------------------------------------------------- quasi
    ("case_presentation", "quasi", None, """[00:22:10] Dr K: she's a {{midwife|c069|DISTINCTIVE|occupation}}, out in {{Glendale|c069|ADDRESS|city}}
[00:22:14] Mark: shift work
[00:22:15] Dr K: nights mostly. And she {{coaches the under-ten volleyball, the Glendale Rockets|c069|DISTINCTIVE|fact|Glendale Rockets}}, on Saturdays, so she basically never sleeps.
[00:22:24] Mark: and the wife?
[00:22:25] Dr K: supportive but exhausted too."""),

    ("case_presentation", "quasi", None, """auto-generated captions

yeah so she works at the shipyard {{arlington shipyard|c078|EMPLOYER}} as a carpenter um lives with her mum {{sherry|c078|RELATIVE}} who's got early dementia and that's most of what we talk about honestly the caring"""),

    ("case_presentation", "quasi", None, """WEBVTT

00:10:01.000 --> 00:10:04.500
<v Mark Ostrowski>She's a {{care assistant|c222|DISTINCTIVE|occupation}}, {{Mount Vernon|c222|ADDRESS|city}}.

00:10:04.600 --> 00:10:09.000
<v Mark Ostrowski>Fun fact, she was {{on Jeopardy! years ago, season 13|c222|DISTINCTIVE|fact|season 13 of Jeopardy}}.

00:10:09.100 --> 00:10:12.000
<v Joy Nakamura>No way. Did she win?"""),

    ("case_presentation", "quasi", None, """[00:05:40] Will: the teen I mentioned, he's at {{North Hamilton High|c234|SCHOOL}}
[00:05:44] Grace: year?
[00:05:45] Will: year eight. Dad's {{Vincent|c234|RELATIVE}}, really involved, comes to every session.
[00:05:51] Grace: that's nice to hear for once"""),

    # ---------------------------------------------------------------- benign
    ("team_note", "benign", "nonclient_namesake", """i hope that makes sense um grace will you send the slides round after and joy can you book the room for june thanks everyone and mark if you could stay on for two minutes"""),

    ("social_post", "benign", "celebrity_namesake", """[Podcast transcript, ep. 41]
[00:12:03] Host: So, the slap. Will Smith at the Oscars.
[00:12:06] Guest: Right.
[00:12:07] Host: As a therapist, what did you see?
[00:12:09] Guest: Honestly? Shame. That's what shame looks like when it comes out sideways."""),

    ("team_note", "benign", "therapy_life", """Voicemail from +1 555 0142 (Transcription Beta - accuracy may vary)

"Hi this is Darren from Northside Office Supplies just calling about the toner order for your practice it's ready for pickup or we can deliver Thursday give us a call back thanks" """),

    ("case_presentation", "benign", "deidentified_case", """Role-play transcript (training, fictional client)

T: What brings you in today?
C: My sister made me come. She says I don't leave the house.
T: Is she right?
C: ...Sort of. I go to work. That's it.
T: What would it look like if things were a bit better?
C: I'd see my friends. I'd go to the art class again."""),

    ("team_note", "benign", "nonclient_namesake", """[09:00] Joy: ok are we recording
[09:00] Will: yep
[09:01] Joy: great. Dawn's off today so I'm on phones
[09:01] Will: and Grace said the May stats are in the drive
[09:02] Joy: perfect. Any risk issues from the weekend?
[09:02] Will: none on my list"""),

    ("social_post", "benign", "public_figure", """auto-generated captions

so today i want to talk about brene brown's work on vulnerability and then we'll look at what carl rogers called unconditional positive regard and how those fit together in the first session"""),
]
