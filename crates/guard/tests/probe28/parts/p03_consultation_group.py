DOCS = [
("email", "direct", None,
"""Subject: Re: Tuesday peer consult — adolescent case

Hi all,

Following on from Tuesday. I've now had the family session with {{Milly|c062|NICKNAME}} and both parents. Dad ({{Joshua|c062|RELATIVE}}) did most of the talking, as predicted. Thanks, Alasdair, for the suggestion to give her the first and last word — it worked better than I'd hoped.

I'd like 15 mins next time on whether to keep individual sessions going alongside.

Rosa"""),

("email", "direct", None,
"""Subject: consult request — boundary question

Hi group,

I'd like to bring something small on Thursday. {{Faith|c065|GIVEN_NAME}}, who I've seen for about a year, asked whether she could follow my practice on Instagram. (She found it because her goat went viral and my partner follows the goat account. Small world.) I said I'd think about it. I know what the textbook answer is; I'd like to think about what it means for {{Faith|c065|GIVEN_NAME}} that she asked.

Nneka"""),

("email", "direct", None,
"""Subject: FW: number for the interpreter-free session

Hi Priyanka — forwarding from the consult list because you asked how to reach her directly for the Mandarin-speaking support group. Her mobile is {{402-599-5638|c066|PHONE}} (she said texting is fine). Please don't add it to the group thread.

D."""),

("email", "direct", None,
"""Subject: Consultation group — case for 5 June

Hi everyone, my case for the 5th:

{{Arthur Weaver|c067|FULL_NAME}}, 32, paralegal. Referred for 'stress', which turned out to mean he's been sleeping in his car two nights a week to avoid arguments at home. Married to {{Sarah|c067|RELATIVE}}, two kids. I find I like him a great deal and I'm struggling to hold the wife in mind as a real person. Would welcome the group's help with that.

I'll bring a genogram.
Tom"""),

("email", "direct", None,
"""Subject: Re: re: paramedic referral

Yes, I took the referral. Mr {{Fitzgerald|c072|FAMILY_NAME}} came in on Monday; he's very young for the role he's in and he's {{on the Hamilton city council|c072|DISTINCTIVE|fact|on the Hamilton city council}} on top of it. Happy to discuss in consult but I'll keep it to the clinical question: how much to push trauma processing when he's still on shift.

K."""),

("email", "direct", None,
"""Subject: apologies + a question

Sorry I missed last night. Question for the list: has anyone had a client give out your email to a family member? {{shannonb76@fastmail.com|c074|EMAIL}} is the address that keeps cc'ing me in on her daughter's messages and I don't know how to gently stop it. I've not replied to any of them.

Juno"""),

("email", "direct", None,
"""Subject: case for Thursday's consult

Hi all — I'd like to bring {{Gilberto|c075|GIVEN_NAME}}. Firefighter, mid-50s, referred after the warehouse fire in January. Sister {{Pepita|c075|RELATIVE}} is the one who pushed him to come. He's willing, sardonic, and keeps asking me if I've 'done the course' for people like him. I've been defensive. Would love help thinking about that.

Marisol"""),

("email", "direct", None,
"""Subject: Re: pronouns and preferred names in notes

On the earlier thread: in my practice we record the name the client uses. E.g. {{Carol Thompson|c076|FULL_NAME}} goes by {{Kara|c076|NICKNAME}} and has done since her twenties, so the file says {{Kara|c076|NICKNAME}} and the legal name is only on the billing record. It avoids a lot of awkward 'who?' moments at reception.

Sunita"""),

("email", "direct", None,
"""Subject: risk — need a sanity check

Hi, sorry to email late. I've got a client, {{Angela Leach|c077|FULL_NAME}} (DOB {{5 Aug 1954|c077|DOB}}), who said something tonight that I'm 80% sure was not suicidal intent but I'd like another pair of ears. I've done the risk assessment; safety plan in place. Could anyone ring me before 9 tomorrow?

Thanks,
Bernadette"""),

("email", "direct", None,
"""Subject: home visit cover

Can anyone cover a home visit next Wednesday 2pm? Address is {{1945 Juniper Drive|c078|ADDRESS|street}}, Oxford. Client is happy to have someone she doesn't know. Just a check-in, 30 mins.

Cheers, Lou"""),

("email", "direct", None,
"""Subject: consult notes (my turn to write them up)

1. Ife's case — adolescent school refuser. Group agreed on a graded return with school liaison.
2. Dan's case — {{Meg Bowman|c082|FULL_NAME}}, the journalist. Discussion about whether her on-air persona is 'the false self' or just a job. Lively. Dan to keep an open mind.
3. Admin: next month we move to the upstairs room."""),

("email", "direct", None,
"""Subject: quick consult (can reply off-list)

Does anyone have experience with clients who are semi-internet-famous? {{Mattie|c084|NICKNAME}} — {{Waffles the miniature horse|c084|DISTINCTIVE|fact|miniature horse named Waffles}}, if you've been online in the last year you've seen him — is getting recognised in the street and it's feeding his social anxiety. I feel out of my depth with the online stuff.

Jasper"""),

("email", "quasi", None,
"""Subject: consult — late-night worker

Hi group,

Wondering about shift workers and sleep. My client is a {{911 dispatcher|c095|DISTINCTIVE|occupation}} based in {{Winchester|c095|ADDRESS|city}}; his husband {{Justin|c095|RELATIVE}} also works nights, so they see each other for about 40 minutes a day. He wants to 'fix her sleep'. I think the sleep is the least of it.

Any thoughts welcome,
Ruth"""),

("email", "quasi", None,
"""Subject: Re: consult — hero narratives

Following on from our discussion. The radiographer I mentioned — {{Florence|c099|ADDRESS|city}}-based {{radiographer|c099|DISTINCTIVE|occupation}}, the one who was {{in the paper for rescuing a child from the river|c099|DISTINCTIVE|fact|rescuing a child from the river}} — has started to talk about the rescue differently. Less 'I had no choice', more 'I was terrified'. Thank you all for pushing me not to reinforce the hero story.

Alix"""),

("email", "quasi", None,
"""Subject: Thursday consult

I'd like to bring a client who works at {{Norris Electric|c101|EMPLOYER}} and also {{represents Ward 6 on the Centerville city council|c101|DISTINCTIVE|fact|represents Ward 6 on the Centerville city council}}. He's asked me to write to the council about a leave of absence. I've never done anything like that and would like to think about the pros and cons with you all.

Felipe"""),

("email", "quasi", None,
"""Subject: referral — older adult, bereavement

Would anyone in the group have space? Woman in her late 70s, a {{barista|c102|DISTINCTIVE|occupation}} at {{Beard's Diner|c102|EMPLOYER}} in {{Salem|c102|ADDRESS|city}} (she says she'll retire when they carry her out), lost a close friend recently. Prefers daytime sessions.

Thanks, Georgia"""),

("email", "quasi", None,
"""Subject: consult — the Whitman question

Sorry for the cryptic subject. My client is a software engineer at {{SteeleTech|c085|EMPLOYER}} who went to {{Whitman College|c085|SCHOOL}} with someone in this group (she mentioned them by name — no, I won't say who). I'll be bringing a question about how we handle that. I don't think there's a conflict but I'd like it documented.

Mariana"""),

("email", "quasi", None,
"""Subject: Re: Re: consult next week

Happy to go first. My case is a {{hotel manager|c093|DISTINCTIVE|occupation}} in {{Milford|c093|ADDRESS|city}} who {{breeds champion Corgis|c093|DISTINCTIVE|fact|breeds champion Corgis in Milford}}. Lots of perfectionism. He says the dogs are the only thing he does 'for himself', and then tells me about the show circuit spreadsheet. We'll see.

G."""),

("email", "benign", "nonclient_person",
"""Subject: Consult group — new member

Hi all,

Please welcome Kevin Abara, who's joining us from the community team. Kevin has 10 years in adolescent work and a particular interest in gaming and online life. I've asked him to bring a case in March.

Also: Megan, thanks for hosting last time!
Cat"""),

("email", "benign", "deidentified",
"""Subject: consult — case summary for Tues (anonymised)

Client X: woman, 40s, works in healthcare. Presents with panic after a near-miss at work. Two children, supportive partner. No previous therapy. My question for the group: when is exposure premature?
— Leanne"""),

("email", "benign", "name_as_word",
"""Subject: Re: consult — feeling rusty

Thanks all. I've been out of practice for two years (caring leave) and I feel rusty, as I said. What I heard tonight was: be frank about it with clients when it's relevant, don't over-apologise, and keep my own supervision going. Sage advice, as ever. See you in a month."""),

("email", "benign", "public_figure",
"""Subject: reading for next consult

For next time, the group voted on: Linehan (1993) chapter 8 on validation, and the Judith Beck chapter on the therapeutic relationship in CBT. If anyone has the Kazantzis paper on homework, please share.

Sarah (convenor this term)"""),

("email", "benign", "single_quasi",
"""Subject: Q about EAP contracts

Has anyone worked with referrals from Florence Medical Center's EAP? I'm trying to understand how many sessions they actually authorise. No case details needed — just the admin side."""),

("email", "benign", "nonclient_person",
"""Subject: running late

Sorry all, stuck behind a tractor. My daughter Angela is letting you in — she's home from uni and knows where the key is. Start without me; I'll be 15 mins.
Bridget"""),

("email", "benign", "weak_attribute",
"""Subject: consult request

Can I bring a brief case: teenage girl, 14, at a high school in Glendale, school refusal since September. Parents separated. I'm seeing her fortnightly. My question is about confidentiality with the parents. Thanks!"""),

("email", "benign", "name_as_word",
"""Subject: this month's theme

Our theme this month is hope. How do we hold hope for clients without imposing it? I'll bring the Snyder hope scale and a short piece by Yalom. Bring a case where hope felt hard to find — anonymised as usual."""),

("email", "benign", "deidentified",
"""Subject: follow-up from our group — thank you

I wanted to thank you all for Tuesday. The client I brought (the older man with the hoarding difficulties) agreed to a joint visit with the council's housing officer. I genuinely don't think I'd have thought of that. I'll update in six weeks."""),

("email", "benign", "nonclient_person",
"""Subject: consult group — venue change

Hi all, we're at Christopher's house this month (he's the one with the red door on the corner, opposite the park). Parking on the street. Bring snacks, as ever. Ashley says she's bringing her famous banana bread."""),
]
