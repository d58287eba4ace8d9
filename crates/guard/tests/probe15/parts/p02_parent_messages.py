"""Parents' e-mails and texts: replies to parents, logs of parents' messages, school-run logistics."""
DOCS = [
("email", "direct", None, """Subject: Thursday's session

Dear Mrs. {{Tórz|c218|FAMILY_NAME}},

Thank you for coming on your own last week; it was a brave conversation. I have been thinking about what you said about {{Maciej|c218|RELATIVE}} sleeping in your bed since the move. That is very common after a big change and it is something we can work on slowly, together. Shall we keep Thursday at 17:00?

Z poważaniem / with best wishes,
Orla Keating"""),

("email", "direct", None, """Hi {{Curt|c022|NICKNAME}} – reminder that Thursday is the family session at 5pm, so please bring both {{Ricky|c022|RELATIVE}} and {{Nathan|c022|RELATIVE}}. Snacks are fine, screens are not 🙂 If football runs late just text and we'll start with you. – Imogen"""),

("email", "direct", None, """Subject: Re: bad week

Hi {{Dawn|c018|GIVEN_NAME}},

Thank you for the update about {{Randy|c018|RELATIVE}}'s nightmares. What you did (staying calm, not asking too many questions at 3am) was exactly right. Please keep the sticker chart going for {{Sandra|c018|RELATIVE}} too, so it doesn't feel like only her brother gets the attention. We'll go over the sleep diary on Tuesday.

Warmly,
Imogen"""),

("team_note", "direct", None, """Text received 07:52 from {{Joe Tyler|c396|FULL_NAME}} ({{850.883.7953|c396|PHONE}}): "{{Amy|c396|RELATIVE}} refused to get in the car again, screaming, can we talk today?" Called back 08:30. Agreed he drops her at the gate rather than walking in; school counsellor to meet her there. Review Friday."""),

("email", "direct", None, """Hi {{Pam|c303|NICKNAME}},

I know the night shifts make Thursdays impossible at the moment, so I've pencilled you and {{Vanessa|c303|RELATIVE}} in for Saturday at 10 instead. If she'd rather not come in, we can do the first half as a walk around the park. No need to reply unless it doesn't work.

Imogen"""),

("email", "direct", None, """Subject: co-parenting session

Hi both,

I've booked the joint session for {{Deborah Pittman|c487|FULL_NAME}} and {{Angie|c487|RELATIVE}} for the 14th at 6pm. {{Madeline|c487|RELATIVE}} won't attend this one; it's about how the two of you present the new school to her. Please each bring a list of three things you agree on.

Best,
Imogen"""),

("email", "direct", None, """Subject: Re: school reports

Hi Mr. Doherty,

Please send the reports directly to the girls' mum at {{lindaruiz56@fastmail.com|c340|EMAIL}} rather than to me; she is the one holding the whole picture for {{Danielle|c340|RELATIVE}} and {{Denise|c340|RELATIVE}}. I'll only need the attendance summary.

Thanks,
Orla"""),

("email", "direct", None, """Subject: intake confirmed

Hi {{Lisa|c412|RELATIVE}},

Confirming {{Day|c412|NICKNAME}}'s first appointment for Monday, 3:30pm. For the form: full name {{David Levy|c412|FULL_NAME}}, date of birth {{25 Nov 2010|c412|DOB}}. It might be a long day for him after school, so a snack in the car is a good idea. Parking is behind the building.

Best,
Imogen"""),

("team_note", "direct", None, """Mum ({{Ashley|c182|RELATIVE}}) texted: {{Miles|c182|GIVEN_NAME}} had a meltdown before school over the wrong socks, then refused the bus. Dad drove him in late. Pattern again on a Monday after contact weekend. Bring up at Wednesday session; consider a visual Monday-morning plan."""),

("email", "direct", None, """Subject: consent forms

Hi {{Kim|c441|NICKNAME}},

As you're seventeen you can sign the consent forms yourself. I'll post them to {{468 Birch Avenue, Dover 18799|c441|ADDRESS|street}} today; please bring them to the next session. Your shift at the diner can stay as is — we'll meet at 4.

Imogen"""),

("email", "direct", None, """Subject: {{Melinda|c255|RELATIVE}} – next steps

Dear {{Amanda Bendar|c255|MISSPELLED_NAME}},

Thank you and your husband for coming in together. I think {{Melinda|c255|RELATIVE}} would benefit from six sessions of play therapy, and I'd like one parent session in the middle. I know theatre lists make scheduling hard, so send me your rota when it's out.

Kind regards,
Dr. Imogen Thwaite"""),

("email", "quasi", None, """Subject: swimming lessons clash

Hi Ailsa,

Update on the firefighter mum: she's with {{Hudson Fire Department|c368|EMPLOYER}} and her shifts rotate, so the only steady slot for her little boy {{Severino|c368|RELATIVE}} is Saturday morning. Can we give him your 9am while you're on leave?

Cheers,
Imogen"""),

("team_note", "quasi", None, """Parent session (dad). Sons {{Blake|c298|RELATIVE}} (8) and {{George|c298|RELATIVE}} (5). Dad works long hours as a mechanic and feels he only sees them asleep. Plan: ten minutes of special play each evening, phone in the drawer. Review in 2 wks."""),

("email", "quasi", None, """Subject: volleyball and Tuesdays

Hi Kirra,

The mum I mentioned, the one who {{coaches the Oxford Falcons under-12 girls' volleyball|c175|DISTINCTIVE|fact|Oxford Falcons under-12 volleyball}}, asked whether her daughter {{Mille|c175|RELATIVE}} could be seen straight after practice. I said I'd check with you since it's your room on Tuesdays.

Imogen"""),

("team_note", "quasi", None, """Mum, a {{plumber|c467|DISTINCTIVE|occupation}} working out of {{Dover|c467|ADDRESS|city}}, came in about her son {{Jason|c467|RELATIVE}}, 11, who has started stealing from her wallet. Single parent, partner recently moved out. Parent-only sessions first."""),

("email", "quasi", None, """Subject: interpreter

Hi Fiona,

Could you book a Mandarin interpreter for the father, {{赵伟|c057|RELATIVE}}, for the 21st? The mother works at {{Dover Credit Union|c057|EMPLOYER}} and will come straight from work; she's fine in English but he is not, and I want him fully in the room this time.

Thanks,
Orla"""),

("email", "quasi", None, """Subject: Geschwister-Sitzung

Hi Imogen,

The father I mentioned wants a sibling session for {{Gülay|c392|RELATIVE}} and her little brother {{Ottokar|c392|RELATIVE}}: they've been fighting since the move from Hamburg. He's a bit anxious it'll be seen as blaming her. Could we do it jointly?

Danke,
Henrike"""),

("team_note", "quasi", None, """Parent consult: mum is a care assistant at {{St. Luke's Hospital|c484|EMPLOYER}}, works nights. Daughter {{April|c484|RELATIVE}} (6) very clingy at drop-off; son {{Gregory|c484|RELATIVE}} (9) fine. Try a transition object and a goodbye ritual."""),

("email", "benign", "nonclient_namesake", """Subject: Re: parent evening

Hi Ottoline,

Thanks so much. I can't make the 12th as it's my daughter Grace's school concert, but I'd love to join the next one. Please do send the slides.

Best,
Imogen"""),

("team_note", "benign", "public_figure", """Parent asked for screen-time ideas. Recommended Bluey episodes "Sleepytime" and "Camping" for talking about separation; Bingo and Bandit come up a lot with the under-7s. Also suggested Daniel Tiger for routines."""),

("email", "benign", "name_as_word", """Subject: May half-term

Hi all,

Just a note that the practice will be closed for the May half-term week. You may want to use the time to try the bedtime routine we discussed; a little consistency goes a long way. Sessions resume on the 2nd.

Warm wishes,
Orla"""),

("email", "benign", "nonclient_person", """Subject: Re: enquiry

Hi Cosima,

Thanks for getting in touch about your son. I do have availability on Wednesdays after school. Before booking, I'd suggest a free 15-minute call so you can ask any questions. Does Monday evening suit?

Best wishes,
Imogen"""),

("social_post", "benign", "celebrity_namesake", """Every single teen session this month has included at least ten minutes on Taylor Swift's Eras tour. Honestly? Friendship bracelets are a great way into talking about who they trade with and who they've stopped trading with. #teentherapy"""),

("email", "benign", "weak_attribute", """Subject: Re: waiting list

Hi,

Thanks for your message. We do see single parents who work shifts — I have a mum who's a nurse and a dad who drives deliveries on my list right now — and we try to offer early-morning slots for exactly that reason. I'll add you to the list.

Orla"""),

("team_note", "benign", "name_as_word", """Note for duty worker: the girl on Thursday's list lives with her nan Monday–Friday and with dad at weekends. Nan will bring her. Please offer nan a cup of tea; she gets anxious in the waiting room."""),

("email", "benign", "therapy_life", """Subject: art supplies

Hi Fiona,

Will you be ordering for the art therapy room this month? We're low on oil pastels, air-dry clay and the big sheets of sugar paper. The kids have also wrecked the sand tray figures again, so a new set of dinosaurs would be lovely.

Thanks!
Orla"""),

("email", "benign", "deidentified_case", """Subject: Re: consultation

Hi Henrike,

Thanks for the consultation yesterday. To summarise: a 9-year-old girl, parents separated, alternating weeks, and the only concern is stomach aches on Sunday nights before changeover. We agreed the pattern points to transition anxiety rather than anything at either house. I'll try a changeover ritual and report back.

Orla"""),
]
