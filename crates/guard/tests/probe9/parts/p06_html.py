# Voice: text that went through a rich-text editor or a web form on the way -- HTML
# remnants (&amp;, <br>, &nbsp;, &#8217;, <a href="mailto:...">), smart quotes, em and en
# dashes, bullets and tabs pasted from Word, real non-breaking spaces, and the emoji and
# hashtags of a therapist's Instagram and Facebook posts.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("email", "direct", None, """Hi Niamh,<br><br>Just to confirm {{Hope&nbsp;Mathis|c187|FULL_NAME}} has been moved to Thursday&nbsp;4pm.<br>She asked that we use her mobile only.<br><br>Thanks,<br>Dawn<br>--<br>Harbourside Psychology&nbsp;|&nbsp;14 Hope Street"""),

    ("team_note", "direct", None, """<p>Client:&nbsp;<b>{{Joy Andrews|c320|FULL_NAME}}</b></p><p>Tel:&nbsp;{{808-472-5964|c320|PHONE}}</p><p>Reason for referral:&nbsp;low mood, work stress (barista, split shifts)</p><p>Urgency:&nbsp;routine</p>"""),

    ("email", "direct", None, """Hi Rohan,<br>Please reply to her directly at <a href="mailto:{{hopem78@outlook.com|c187|EMAIL}}">{{hopem78@outlook.com|c187|EMAIL}}</a> &ndash; she doesn&#8217;t check the portal.<br>Grace"""),

    ("team_note", "direct", None, """Session note — 27 May

“{{Rose|c118|GIVEN_NAME}}, please” — she asked again that I don’t call her Mrs {{Li|c118|FAMILY_NAME}}. Talked about the station: she’s the only woman on her watch and feels she can’t show anything. We practised the “two-minute decompress” in the car before going home. She laughed — first time in weeks."""),

    ("team_note", "direct", "FULL_NAME", "Pasted from the referral doc:\n\nName:\u00a0{{Thomas\u00a0Barron|c327|FULL_NAME}}\nPreferred:\u00a0{{Thom|c327|NICKNAME}}\nGP:\u00a0Dr\u00a0Okonjo, Eastgate Surgery\nReason:\u00a0bereavement (husband’s brother), insomnia"),

    ("email", "direct", None, """Re: {{Levi Hernandez|c312|FULL_NAME}} &amp; {{Tyler|c312|RELATIVE}} &ndash; couples intake<br><br>Both have now signed the consent. {{Levi|c312|GIVEN_NAME}} wants the sessions kept separate from his individual work &amp; I think that&#39;s right.<br><br>Chlo&eacute;"""),

    ("team_note", "direct", None, "Waiting list update (pasted from Word):\n\n•\t{{Crystal Wright|c066|FULL_NAME}} – DOB {{30.03.2007|c066|DOB}} – exam anxiety, college\n•\t[withdrawn]\n•\t{{C.W.|c066|INITIALS}} dup – see above\n\nAll others unchanged."),

    ("team_note", "direct", None, """Note from reception:<br>{{Patty|c185|NICKNAME}}&#8217;s brother {{Mitchell|c185|RELATIVE}} rang to say she&#8217;s been admitted (appendix) and won&#8217;t make Friday. He&#8217;ll let us know when she&#8217;s out.<br>&mdash; Dawn"""),

    ("social_post", "direct", None, """Some days this job gives you everything ✨🌞 My client {{Summer|c261|GIVEN_NAME}} drove on the motorway today for the first time in two years — on her own, to the office 🚗💨 — and rang me from the car park in tears (good ones!!) 😭💛 #proudtherapist #exposurework #anxietyrecovery"""),

    ("social_post", "direct", None, """Facebook · 2 June at 19:44 · 🌍

Long week. Sat with {{Sage|c256|GIVEN_NAME}} today while he talked about his wife’s diagnosis and I just… had nothing clever to say. Sometimes you don’t need to. Sometimes you just stay. 🕯️

👍❤️ 23   💬 4 comments"""),

    # ---------------------------------------------------------------- quasi
    ("email", "quasi", None, """<ul><li>Employer:&nbsp;{{Lambert Electric|c182|EMPLOYER}}</li><li>Relationship:&nbsp;married to {{Daniel|c182|RELATIVE}}</li><li>Children:&nbsp;one daughter</li><li>Presenting:&nbsp;health anxiety since the miscarriage</li></ul><p>Could you take her on, Chlo&eacute;?</p>"""),

    ("team_note", "quasi", None, """Consult notes — new client (name withheld)

He’s a {{school counselor|c253|DISTINCTIVE|occupation}} in {{Plymouth|c253|ADDRESS|city}} — “the one who {{owns the bike shop on Sloan Drive|c253|DISTINCTIVE|fact|bike shop on Sloan Drive}} on the side,” as he put it. Says he’s “running two jobs and a marriage and failing at all three.” """),

    ("team_note", "quasi", None, "•\u00a0Occupation:\t{{paramedic|c329|DISTINCTIVE|occupation}}\n•\u00a0City:\t{{Bristol|c329|ADDRESS|city}}\n•\u00a0Outside work:\t{{bass in the Paper Monarchs|c329|DISTINCTIVE|fact|Paper Monarchs}}\n•\u00a0Referral:\tself, after a bad shift"),

    ("social_post", "quasi", None, """Spent Saturday morning on the sidelines 🥎 because one of my clients {{coaches an under-14 softball team in Arlington|c374|DISTINCTIVE|fact|Arlington Bears under-14 softball}} and asked me to come and see the girls she never shuts up about 💛 A {{firefighter|c374|DISTINCTIVE|occupation}} who gives up every Saturday for {{Arlington|c374|ADDRESS|city}}’s kids. What a human. #therapistlife"""),

    ("email", "quasi", None, """<table><tr><td>Employer</td><td>{{Grand Mount Vernon Hotel|c034|EMPLOYER}}</td></tr><tr><td>Role</td><td>{{bartender|c034|DISTINCTIVE|occupation}}</td></tr><tr><td>City</td><td>{{Eastport|c034|ADDRESS|city}}</td></tr><tr><td>Notes</td><td>{{ran for mayor here in 2023|c034|DISTINCTIVE|fact|mayor of Eastport in 2023}}, lost badly, has been drinking since</td></tr></table>"""),

    # ---------------------------------------------------------------- benign
    ("social_post", "benign", "name_as_word", """<h2>HOPE &amp; HEALING &mdash; May workshop</h2><p>Join us every Wednesday in May for a gentle, practical group on living with grief.&nbsp;No need to talk unless you want to.</p><p><a href="https://harbourside-psych.co.uk/groups">Book here</a></p>"""),

    ("social_post", "benign", "public_figure", """“The curious paradox is that when I accept myself just as I am, then I can change.” — Carl Rogers 🌱

Monday reminder for clients and therapists alike. #carlrogers #personcentred"""),

    ("social_post", "benign", "therapy_life", """Sunday reset 🌿☕ Notes done, phone on silent, long walk with the dog. See you Monday, inbox. #selfcare #therapistsofinstagram #boundaries"""),

    ("email", "benign", "nonclient_namesake", """<p>Kind regards,</p><p><b>Grace Adeyemi</b><br>Practice Manager<br>Harbourside Psychology&nbsp;&bull;&nbsp;14 Hope Street<br>Tel:&nbsp;0161 496 0000&nbsp;|&nbsp;<a href="mailto:grace.adeyemi@harbourside-psych.co.uk">grace.adeyemi@harbourside-psych.co.uk</a></p><p style="font-size:8pt">This e-mail and any attachments may be confidential.</p>"""),

    ("social_post", "benign", "name_as_word", """Five small things for a hard week:
• Mark your wins, however tiny
• Pat yourself on the back — literally, it works
• Chase the light, not the perfect
• Drink water. Yes, really.
• Grace over guilt 💛"""),

    ("social_post", "benign", "celebrity_namesake", """Playing James Brown in the car on the way to work this morning — “I Got You (I Feel Good)” — and honestly? Behavioural activation at its finest 🕺🎶 #musicismedicine"""),

    ("team_note", "benign", "deidentified_case", """<p><b>Case for peer review</b></p><p>Client X, 40s, works in a school. Long history of low self-worth; current episode triggered by a restructure. Strengths: humour, loyal friends. Stuck point: can&#8217;t accept positive feedback &ndash; &ldquo;they&#8217;re just being nice&rdquo;.</p>"""),

    ("email", "benign", "single_quasi", """<p>Quick update on the EAP contracts:</p><ul><li>Lumen Systems &ndash; renewed for 12 months</li><li>Referrals last quarter: 4</li></ul><p>Nothing else to report.</p>"""),

    ("team_note", "benign", "single_quasi", "New referral summary:\nOccupation:\tnurse\nCity:\tFranklin\nReferred by:\tGP\nReason:\tlow mood\u00a0since the winter\n(name and contact details on the secure system only)"),
]
