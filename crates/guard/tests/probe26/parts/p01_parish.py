# Parish bulletins, prayer lists, clergy, pastoral-care teams (Christian congregations).
DOCS = [
("email", "benign", "nonclient_person",
 "Forwarding this week's bulletin from St Matthew's as promised, Jo.\n\n"
 "WELCOME: We are delighted to welcome our new vicar, the Revd Grace Okafor, who will be licensed by the Bishop of Kingston on Sunday 14th at 4pm. "
 "Churchwarden Mark Ellery asks that everyone stays for tea afterwards. Flowers this week are given by Ruth and Peter Hallam in memory of Ruth's mother.\n"
 "COFFEE ROTA: Joy (1st Sun), Bill (2nd), Faith Okonjo (3rd).\n\nSee you at choir! x"),
("email", "direct", None,
 "Dear Pastor Lindqvist,\n\nThank you for your call on Tuesday. {{Holly Pena|c005|FULL_NAME}} has now signed a release allowing me to share limited information with you, and she asked me to write. "
 "{{Holly|c005|GIVEN_NAME}} would like to step back from the welcome team for the next two months while she works on some things with me; she was worried it would look like she was leaving the church. "
 "She is not. Please don't ask her about it in the foyer — she'd rather raise it with you herself when she's ready.\n\nWith thanks,\nDr. Anneke Voss, LPC"),
("team_note", "direct", None,
 "FYI for supervision: I'm on the prayer chain at St Luke's (personal capacity). This week's circulated list included \"{{Meagan Johns|c148|FULL_NAME}} – anxiety, has just started seeing a counsellor, pray for courage\". "
 "She is my client. I did not add her and didn't respond on the chain. I've asked the coordinator (not naming why) to check she consented to being listed. Want to talk through whether I say anything to {{Meagan|c148|GIVEN_NAME}} at our next session."),
("social_post", "benign", "name_as_word",
 "Sunday thoughts 🙏 Faith isn't the absence of doubt. Hope isn't the absence of fear. Grace isn't earned. Joy sneaks in anyway. "
 "Sang Amazing Grace this morning and had to sit down halfway through. #therapistlife #sundaymorning"),
("email", "quasi", None,
 "Hi Margaret,\n\nFor the parish magazine 'People of St Anne's' column — I'd gently suggest we hold the piece about the parishioner who {{painted the giant mural on Cherry Street|c016|DISTINCTIVE|fact|mural on Cherry Street}}. "
 "I know she's proud of the mural, but the draft also says she's been off work from {{Bush Realty|c016|EMPLOYER}} since the spring 'with her nerves' and thanks the counselling service by name. "
 "That's her story to tell, not ours. Could we run the mural photo without the rest?\n\nBest, Helen (pastoral care team)"),
("email", "benign", "public_figure",
 "Ideas for Thursday's Lent group: Pope Francis on mercy (Misericordiae Vultus), a short reading from Mother Teresa's letters about her long darkness, and Desmond Tutu on forgiveness. "
 "Thomas Merton if we run out of time. I'll bring the biscuits."),
("team_note", "direct", None,
 "Phone note 10:40. {{Ruth Walton|c152|FULL_NAME}} called from the church office (said it was the only private phone). Wants to move Thursday session as she's doing the flowers for a funeral. "
 "Call back on her mobile {{631-327-7487|c152|PHONE}}, not the church number. Rebooked Friday 2pm."),
("social_post", "benign", "name_as_word",
 "Ash Wednesday tomorrow — imposition of ashes at 7am, 12:30 and 7:30pm. The Bishop will preside at the evening service. Pancakes tonight in the hall from 5, bring a pan! 🥞"),
("email", "direct", None,
 "Rev. Hartley,\n\nI'm writing at the request of my client, {{Benjamin Bishop|c094|FULL_NAME}} (he goes by {{Benjy|c094|NICKNAME}} at church, I gather). He has consented in writing to my confirming that he is in treatment with me and that I support his request to be excused from the vestry meeting schedule until Easter. "
 "I won't share more than that. He's aware I'm sending this.\n\nKind regards,\nMiriam Castellano, LMFT"),
("team_note", "benign", "nonclient_person",
 "Staff note: the youth pastor at Grace Community Church, Benjamin Okoro, has asked whether our practice could run a session for parents on teen anxiety. No clients involved; it'd be a talk in the church hall. Anyone interested? He's on 555-0148."),
("email", "quasi", None,
 "Dear Father Ignatius,\n\nThank you for your kindness at the vigil. I wanted to ask, carefully, whether the parish could stop reading out the names of the sick at Mass without checking first. "
 "Last week one of the names read was a man who {{owns the bakery on Bauer Way|c192|DISTINCTIVE|fact|bakery on Bauer Way}} — everyone knows him — along with 'struggling with depression, now under the care of a therapist'. "
 "His colleagues from {{Riverside Bowling Lanes|c192|EMPLOYER}} were in the pew behind. The Lord is my shepherd, but the parish isn't his clinician. I say this as a parishioner.\n\nPeace,\nA."),
("social_post", "benign", "nonclient_person",
 "Huge thank you to everyone who came to the St Patrick's quiz night! Winning team 'Holy Rollers' (captain Rose McBride) took home the hamper. Thanks to Father Paul for being a very strict quizmaster and to Patience and Victor on the raffle. £612 raised for the roof fund!"),
("team_note", "direct", None,
 "Consult request: client {{Penny|c221|NICKNAME}} ({{Penelope Rodgers|c221|FULL_NAME}}) disclosed that her vicar has been 'counselling' her husband about their marriage and repeating things back to her. She wants a letter from me to the church asking them to stop. Not sure that's my role. Thoughts before Thursday?"),
("email", "benign", "weak_attribute",
 "Hi all — reminder that the diocesan safeguarding training is on the 9th. One of my clients who is a churchwarden in her sixties asked whether therapists have to attend; I said I'd check. Does anyone know if the practice is covered?"),
("case_presentation", "benign", "deidentified",
 "Case: adult client, forties, presenting with scrupulosity (religious OCD) in the context of an evangelical congregation. Intrusive thoughts about blasphemy, compulsive confession (up to 20 times a week) and reassurance-seeking from clergy. "
 "ERP adapted with the client's consent and with input from a faith-literate consultant; we distinguished the client's values from the compulsions. "
 "Y-BOCS fell from 29 to 14 over 16 sessions. Discussion point: when, if ever, to involve a religious leader, and how to do so without the leader becoming part of the reassurance loop."),
("email", "direct", None,
 "Pastor Dan,\n\nI'm the counsellor you spoke to. I don't have consent to discuss anyone with you, so I can only speak generally. But since you've already told me {{Mrs. Walton|c152|FAMILY_NAME}} is 'seeing someone about her grief', I'd ask that you don't put that in the newsletter as you suggested. Please check with her directly.\n\nThanks, Colm"),
("social_post", "benign", "name_as_word",
 "Patience is a virtue, they said. They never met a church car park after the Christmas Eve service 😅 Merry Christmas from all of us at the practice. May your days be full of peace, joy and mince pies."),
("team_note", "quasi", None,
 "Heads up for whoever covers the Clinton groups: the new member at the Wednesday Bible study is a current client of ours — the {{hotel manager|c192|DISTINCTIVE|occupation}} from {{Clinton|c192|ADDRESS|city}} whose daughter {{Tiffany|c192|RELATIVE}} leads the youth worship band. I have not told the leader. Just so you're not blindsided if the group asks you to pray with them."),
("email", "direct", None,
 "Hello Rev Amadi,\n\nThis is a referral with consent. {{Grace Bennett|c382|FULL_NAME}} (DOB {{24/08/1955|c382|DOB}}) has asked that I share a summary with you as she prepares for her husband {{Patrick|c382|RELATIVE}}'s funeral. "
 "She'd like you to know she is finding crowds very hard right now and would appreciate a quiet side entrance. She has seen this letter.\n\nWarmly,\nS. Ibekwe, MSW"),
("social_post", "benign", "nonclient_person",
 "Our church's new Family Life Minister is Hope Adeyemi! Hope joins us from a parish in Leeds and is married to Grant, with two little ones, Faith and Sam. Come and say hello after the 10:30."),
("team_note", "direct", None,
 "Note for file: client {{J. Ward|c099|INITIALS}}, the pharmacist at {{Lebanon Medical Center|c099|EMPLOYER}}, says her church elders have asked her to 'pray it away' rather than continue therapy. Explored. She wants to keep coming. Plan: values work, next 3 sessions."),
("email", "benign", "public_figure",
 "Reading list for the Men's Breakfast: C.S. Lewis 'Mere Christianity', Billy Graham's 'Peace with God', and Richard Rohr 'Falling Upward'. Rowan Williams for the brave ones. Coffee from 7."),
("email", "quasi", None,
 "Dear Deacon Frey,\n\nI understand from our mutual friend that you're compiling the parish 'get well' cards. Please leave out the lady who {{was in the Lexington Herald for returning a lost wallet with $10,000 inside|c476|DISTINCTIVE|fact|lost wallet with $10,000 inside}} — the one who works at {{Lebanon Public Library|c476|EMPLOYER}}. "
 "Her faith community means a lot to her, but she's told me (I'm her therapist, with her permission to say only this much) that a card mentioning 'her treatment' would be mortifying.\n\nThank you, R. Mendes"),
("team_note", "benign", "single_quasi",
 "Church food bank this Saturday: a client mentioned she'd be volunteering with her colleagues from Thomas Construction. Reminder to all that if you volunteer there too, you'll likely bump into clients — agree in advance how you'll handle it (nod, don't approach)."),
("email", "direct", None,
 "Hi {{Patience|c174|GIVEN_NAME}},\n\nJust confirming our session has moved to 5pm Tuesday so you can get to the deacons' meeting afterwards. I'll send the worksheet we discussed to {{patiencepowell11@fastmail.com|c174|EMAIL}}.\n\nTake care,\nLorna"),
("social_post", "benign", "name_as_word",
 "Carol service was beautiful. The bells! The candles! Little Victor Ludorum from the Sunday school stole the show as the donkey. Grace before the mulled wine, naturally. 🎄🔔"),
("team_note", "direct", None,
 "Supervision: my client {{Destiny Webb|c461|FULL_NAME}} sings with the worship team at the same church my sister attends. Sister mentioned 'a chef called {{Destiny|c461|GIVEN_NAME}} who's been having a hard time'. I changed the subject. Dual relationship risk is low but want it logged."),
("email", "benign", "nonclient_person",
 "Dear Brandon,\n\nThank you for agreeing to lead the parish men's group on mental health. As discussed, I'll speak in general terms only — no cases. Bishop Okeke has signed off the flyer. See you on the 3rd.\n\nDr. Tanya Reyes"),
]
