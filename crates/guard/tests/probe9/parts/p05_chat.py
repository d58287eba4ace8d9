# Voice: chat exports -- WhatsApp "[dd/mm/yyyy, hh:mm] Name: ..." lines (with real emoji,
# "<Media omitted>", "This message was deleted"), Slack copy-paste ("Name  10:42 AM",
# @mentions, :emoji_codes:, reactions, "3 replies"). Staff and friends share clients'
# given names; emoji codes (:art:, :rose:) and chat shorthand are words that are names.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("team_note", "direct", None, """[02/06/2025, 08:14] Grace Adeyemi: Morning all! Dawn's off sick so the phones are on divert to my mobile ☎️
[02/06/2025, 08:20] Niamh Keane: Can someone ring {{Faith|c078|GIVEN_NAME}} (10am, the carpenter) and say I'm running 15 late? Traffic on the bridge 🙈
[02/06/2025, 08:21] Grace Adeyemi: On it 👍
[02/06/2025, 08:24] Grace Adeyemi: Done, she's grand, she'll grab a coffee"""),

    ("team_note", "direct", None, """Mark Ostrowski  2:51 PM
@Will can you cover {{Glory|c295|NICKNAME}} at 3? :pray: I'm stuck on a call with the school
Will Fairbairn  2:52 PM
yep on it :+1:
Mark Ostrowski  2:52 PM
legend. she's fine with a swap, just go easy, {{the Big Brother stuff|c295|DISTINCTIVE|fact|Big Brother}} came up again last week
:heart: 1"""),

    ("team_note", "direct", None, """Joy Nakamura  10:42 AM
has anyone got a working number for {{Nan Clark|c386|NICKNAME|nickname_full}}? the one on file bounces
Grace Adeyemi  10:44 AM
try {{971-776-8316|c386|PHONE}}, she updated it at her last visit but it never made it into the system :face_palm:
Joy Nakamura  10:44 AM
thank you!! :raised_hands:"""),

    ("team_note", "direct", None, """WhatsApp Chat with {{Lee Hernandez|c312|NICKNAME|nickname_full}}

[14/05/2025, 21:47] {{Lee Hernandez|c312|NICKNAME|nickname_full}}: hi sorry to msg late, can we move tmrw to thurs? got called in to the yard
[14/05/2025, 21:52] Dr Niamh Keane: No problem. Thursday 5pm?
[14/05/2025, 21:53] {{Lee Hernandez|c312|NICKNAME|nickname_full}}: perfect thanks 👍
[14/05/2025, 21:53] {{Lee Hernandez|c312|NICKNAME|nickname_full}}: <Media omitted>

(exported for the file - please note we don't normally use WhatsApp with clients, see policy)"""),

    ("team_note", "direct", None, """Dawn Pritchard  9:03 AM
@channel heads up, {{april montes|c269|FULL_NAME}} called re: her invoice, says she was double charged for the 14th. I've said someone will call back today
Grace Adeyemi  9:10 AM
I'll look :eyes:"""),

    ("team_note", "direct", None, """[03/06/2025, 19:02] Will F: ⚠️ just had a text from {{Di|c050|NICKNAME}}, she's not safe tonight. I've called 911 with her and stayed on the line till they arrived. Will update
[03/06/2025, 19:40] Mark O: thank you Will. Call me after, doesn't matter how late
[03/06/2025, 21:15] Will F: she's at the ER, her partner {{Julie|c050|RELATIVE}} is with her. Writing it up now
[03/06/2025, 21:16] Mark O: 🙏"""),

    ("team_note", "direct", None, """Mark Ostrowski  11:18 AM
anyone know if {{Kim W|c046|NICKNAME}}'s insurance covers couples sessions? her wife wants to come in
Joy Nakamura  11:25 AM
I think her plan does 10/yr combined. I'll check the portal
:white_check_mark: 2"""),

    ("team_note", "direct", None, """[21/05/2025, 16:31] Dawn Pritchard: New email for {{Vic Guzman|c017|NICKNAME|nickname_full}} is {{victoria.guzman@gmail.com|c017|EMAIL}} (old one bouncing). Updated on the system 👍
[21/05/2025, 16:33] Rohan Mehta: Thanks Dawn
[21/05/2025, 16:40] Rohan Mehta: This message was deleted"""),

    ("team_note", "direct", None, """Joy Nakamura  4:02 PM
{{Will Smith|c131|FULL_NAME}}'s in the waiting room and he's 40 min early :sweat_smile: (our {{Will Smith|c131|FULL_NAME}}. not that one. the retired chemistry teacher)
Mark Ostrowski  4:03 PM
lol. give him a tea, I'll be out at 4:30"""),

    ("team_note", "direct", None, """[28/05/2025, 12:05] Rohan Mehta: {{Ash|c063|NICKNAME}} ({{Mueller|c063|FAMILY_NAME}}) has cancelled again, third time this month 😕
[28/05/2025, 12:07] Grace Adeyemi: Do you want me to send the attendance letter?
[28/05/2025, 12:09] Rohan Mehta: Not yet. She's 78 and her son has been in hospital. I'll ring her."""),

    ("team_note", "direct", None, """#intake  (thread, 4 replies)

Joy Nakamura
new self-referral: {{Dob Glass|c373|NICKNAME|nickname_full}}, journalist, wants evenings. DOB on the form is blank, can someone get it at first appt?
  Will Fairbairn: I'll take him, Tues 6pm
  Joy Nakamura: :pray:
  Grace Adeyemi: reminder everyone, DOB + GP are mandatory before session 1
  Will Fairbairn: noted :saluting_face:"""),

    # ---------------------------------------------------------------- quasi
    ("team_note", "quasi", None, """[04/06/2025, 17:55] Niamh Keane: My 4pm today 😂 she's the one whose {{goat went viral, Captain Fluff|c177|DISTINCTIVE|fact|goat named Captain Fluff}}
[04/06/2025, 17:56] Grace Adeyemi: Stop. The goat in the jumper??
[04/06/2025, 17:58] Niamh Keane: The very one. Lovely woman, {{radiographer|c177|DISTINCTIVE|occupation}} over in {{Dover|c177|ADDRESS|city}}. Anyway, that's not why she comes 🙂"""),

    ("team_note", "quasi", None, """Grace Adeyemi  1:15 PM
@Rohan heads up: new EAP referral from {{Pinnacle Software|c102|EMPLOYER}}. He's a data analyst who also {{sits on the Quincy city council (Ward 1)|c102|DISTINCTIVE|fact|Ward 1 on the Quincy}}, so he's anxious about confidentiality :lock:
Rohan Mehta  1:20 PM
understood, I'll see him at the Hope St site rather than here"""),

    ("team_note", "quasi", None, """[19/05/2025, 09:40] Chloé T: my new one is an architect at {{Newman Architects|c212|EMPLOYER}}, husband {{Finn|c212|RELATIVE}} is deploying in July so lots of anticipatory anxiety
[19/05/2025, 09:41] Chloé T: anyone have good resources for military spouses?
[19/05/2025, 09:45] Ben: the Military OneSource stuff is decent"""),

    ("team_note", "quasi", None, """Will Fairbairn  3:33 PM
the year 10 I mentioned is at {{Hawthorne High|c179|SCHOOL}}, dad is {{Jules|c179|RELATIVE}} (French, lovely, v worried)
Will Fairbairn  3:34 PM
also he {{painted the mural on Willow Place|c179|DISTINCTIVE|fact|mural on Willow Place}}!! the big one by the bus stop. massively proud of it
:art: 2  :star-struck: 1"""),

    ("team_note", "quasi", None, """[30/05/2025, 20:11] Mark O: consult q: client is a {{bartender|c011|DISTINCTIVE|occupation}} in {{Franklin|c011|ADDRESS|city}}, {{delivered a baby on the side of the highway|c011|DISTINCTIVE|fact|delivering a baby on the highway}} last year (made the paper) and has had flashbacks since
[30/05/2025, 20:14] Niamh K: EMDR for sure. Happy to chat tomorrow"""),

    ("team_note", "quasi", None, """Joy Nakamura  9:58 AM
FYI intake from {{Madison Public Radio|c285|EMPLOYER}}, session musician, says she {{was on The Voice (season 24)|c285|DISTINCTIVE|fact|season 24 of The Voice}} and doesn't want to be seen in the main waiting room
Grace Adeyemi  10:01 AM
side door + room 6 then :+1:"""),

    # ---------------------------------------------------------------- benign
    ("team_note", "benign", "nonclient_namesake", """[23/05/2025, 17:02] Joy: who's in for Friday drinks 🍻
[23/05/2025, 17:03] Will: me!!
[23/05/2025, 17:05] Grace: can't, it's my friend May's 40th 🎂
[23/05/2025, 17:05] Dawn: I'll come for one
[23/05/2025, 17:06] Mark: 🍷"""),

    ("team_note", "benign", "nonclient_namesake", """Grace Adeyemi  12:00 PM
:tada: Huge congratulations to @Hope on passing her viva this morning!! Dr Lindqvist from now on please :mortar_board:
:tada: 9  :heart: 6  :champagne: 3"""),

    ("team_note", "benign", "name_as_word", """Dawn Pritchard  4:45 PM
reminder: the :art: supplies order for the Art Room is due Friday. Add what you need to the sheet, and please mark anything URGENT in red :pray:"""),

    ("team_note", "benign", "name_as_word", """[11/05/2025, 10:02] Grace: Happy Mother's Day to all the mums in the team 💐 There's a rose for everyone at reception
[11/05/2025, 10:10] Joy: 🌹😍
[11/05/2025, 10:12] Will: my mum says thanks (I stole hers)"""),

    ("team_note", "benign", "public_figure", """Chloé Tremblay  8:20 PM
has anyone read Irvin Yalom's "Love's Executioner"? thinking of it for book club
Ben Adler  8:22 PM
yes! the chapter on Thelma is brutal. Also the one about the fat lady, which has aged... badly :grimacing:"""),

    ("team_note", "benign", "celebrity_namesake", """[01/06/2025, 21:30] Mark: The Michael Jordan doc is back on Netflix, The Last Dance. Required viewing for anyone working with perfectionists 🏀
[01/06/2025, 21:31] Will: "and I took that personally"
[01/06/2025, 21:31] Mark: exactly that"""),

    ("team_note", "benign", "weak_attribute", """Rohan Mehta  11:00 AM
we've had three firefighters and two paramedics referred this month. might be worth a first-responder trauma group in the autumn? :thinking_face:
Grace Adeyemi  11:04 AM
+1, let's cost it"""),

    ("team_note", "benign", "single_quasi", """[27/05/2025, 13:20] Grace: Does anyone know anyone at Winchester Public Radio? They've asked for a therapist for a mental health segment in June 📻
[27/05/2025, 13:25] Niamh: Not me, but happy to do it if nobody else wants to"""),

    ("team_note", "benign", "deidentified_case", """#consults
Ben Adler  2:10 PM
consult request: 30s M, panic attacks + escalating alcohol, works nights. No identifying details until he's consented to a consult. Anyone free Thurs?
Chloé Tremblay  2:14 PM
I can do Thurs 1pm :coffee:"""),

    ("team_note", "benign", "name_as_word", """[31/05/2025, 18:01] Grace: Bill for the summer party came to £340, I'll split it on the payroll
[31/05/2025, 18:03] Will: Will do! 😂
[31/05/2025, 18:03] Joy: sorry, pay you back Monday
[31/05/2025, 18:04] Mark: can someone chase the venue for the deposit"""),

    ("team_note", "benign", "nonclient_namesake", """[29/05/2025, 07:40] Dawn Pritchard: Sorry all, won't be in today - my mum Dawn (yes, same name, long story) had a fall last night and I'm at the hospital with her. Will ring in later ❤️
[29/05/2025, 07:45] Grace Adeyemi: Of course, look after her xx"""),

    ("social_post", "benign", "therapy_life", """[06/06/2025, 22:10] Niamh Keane: Therapist confession: I have 47 unread WhatsApps and I will be reading none of them tonight 🛋️📚
[06/06/2025, 22:11] Niamh Keane: Boundaries 💅"""),
]
