# Voice: a couples and family therapist (Dr Marisol Everard, LMFT): session summaries
# e-mailed to both partners, consultation notes, a newsletter, superbills; mentions
# both partners, the therapist's own family, and cited authors (Gottman, Sue Johnson,
# Esther Perel).
DOCS = [
    # ---------------------------------------------------------------- benign
    ("social_post", "benign", "public_figure", """Couples therapist confession: I still reread Sue Johnson's "Hold Me Tight" every January. Her idea that most fights are really protests against disconnection changed how I sit with couples. Pair it with Gottman's work on repair attempts and you have 80% of what I do. The other 20% is snacks. #couplestherapy #EFT"""),

    ("case_presentation", "benign", "deidentified_case", """Consultation group -- couple case (details changed)

Partner A (50s) and Partner B (late 40s), married 22 years, two teenagers. Referred by B's individual therapist after B discovered a long online emotional affair.

Pattern: A withdraws and intellectualises ("I've apologised, what more do you want?"); B pursues with questions, often late at night. Both describe the other as "cold". Neither has considered separating, which both say out loud and then seem surprised by.

Work so far (6 sessions): slowing the pursue-withdraw cycle down; helping A stay in the room emotionally when B's hurt surfaces; a "questions window" of 20 minutes, twice a week, instead of midnight interrogations.

Stuck point: A wants to move on to "the future"; B is nowhere near ready. I notice I'm drawn to side with B and want to check that with the group."""),

    ("email", "benign", "therapy_life", """Subject: Your first couples session -- what to expect

Hello, and welcome.

Before your first appointment I want to explain a few things, because coming to couples therapy can feel like walking into a courtroom. It isn't one. I'm not there to decide who is right.

1. The first session is for both of you together. After that I usually meet each of you once individually, and then we continue jointly.
2. I don't keep secrets between partners that affect the relationship. If something comes up in an individual session that the other partner needs to know, I'll help you find a way to share it.
3. Sessions are 80 minutes. Fifty isn't long enough for two people to both feel heard.
4. It's normal to feel worse before you feel better. Stirring things up is part of it.

Please complete the separate questionnaires before we meet, without comparing answers.

Warmly,
Dr Marisol Everard, LMFT"""),

    ("social_post", "benign", "name_as_word", """Spring wedding season is here and my inbox is full of engaged couples who want "a tune-up before June". Love that. Pre-marital counseling isn't a sign something's wrong -- it's a sign you'd like to have the hard conversations while you still like each other. Grace, humor, and a shared calendar. That's the whole secret. #premarital"""),

    ("email", "benign", "nonclient_person", """Subject: Friday -- running late

Hi Brigid,

I'll be about 20 minutes late for our consultation call on Friday -- my husband Reuben has a hospital appointment in the morning and I'm driving him. Could we start at 10:20? If that doesn't work, Monday any time after 2 is fine.

Marisol"""),

    ("case_presentation", "benign", "public_figure", """Reading group notes -- "Mating in Captivity" (Esther Perel)

Main debate: Perel's argument that desire needs distance and some mystery, versus the attachment view (Johnson) that safety is the ground desire grows from. Hollis pointed out they may be describing different phases of a relationship rather than contradicting each other. Everyone agreed the chapter on parenthood and eroticism is the one clients actually recognise themselves in. Next month: Terry Real, "Us"."""),

    ("team_note", "benign", "single_quasi", """Intake query: couple, both work at Davis Realty, want evening appointments only. Offered Tues 6:30. No other details yet -- intake form pending."""),

    ("email", "benign", "deidentified_case", """Subject: consult -- one partner disclosed in individual session

Hi Hollis,

Could I get your take on something? In an individual session, one partner in a couple I'm seeing told me they've been gambling and have run up significant debt that the other partner doesn't know about. My no-secrets policy is in the consent form, and they signed it. I've given them two weeks to tell their partner, with my support in a joint session.

What I'm unsure about: if they don't, do I end the couples work, or carry on and hold it? I'm leaning toward ending, but I want to think it through with someone.

Marisol"""),

    ("social_post", "benign", "therapy_life", """Thread: 5 things couples say in my office that actually mean "I miss you"

1. "You're always on your phone."
2. "You never ask about my day."
3. "Fine, go to your thing."
4. "We used to have fun."
5. "Do whatever you want."

Listen for the longing under the complaint. It's almost always there. 🧵 #relationships"""),

    ("email", "benign", "nonclient_namesake", """Subject: Re: reschedule?

Hi Brigid,

Thursday works -- thank you. I'm juggling a bit this week because my mother-in-law, Julie, is staying with us and we're doing all the tourist things. Reuben says hi.

Marisol"""),

    ("team_note", "benign", "weak_attribute", """Waitlist note: three couples waiting, all from Greenville, all asking for Saturday mornings. Worth asking whether Hollis could run a Saturday clinic once a month?"""),

    ("social_post", "benign", "name_as_word", """"Will you still love me when I'm boring?" -- a client (shared with permission, details removed). Honestly, a better question for a long marriage than most of the ones in the self-help books. Here's to the boring, faithful, Tuesday-night kind of love. ❤️"""),

    # ---------------------------------------------------------------- direct
    ("email", "direct", None, """Subject: Summary of today's session

Dear {{Levi|c022|GIVEN_NAME}} and {{Teresa|c022|RELATIVE}},

Thank you both for your honesty today. As agreed, here is a short summary of what we covered, so you have something to come back to during the week.

1. The cycle. When {{Teresa|c022|RELATIVE}} raises a worry about money, {{Levi|c022|GIVEN_NAME}} hears criticism and goes quiet; {{Teresa|c022|RELATIVE}} reads the silence as not caring and gets louder. Neither of you is the villain. The cycle is.
2. The homework. Once this week, try the "speaker-listener" exercise for ten minutes on a low-stakes topic (not money). Listener's only job is to summarise.
3. The kids. You both said you don't want {{Abigail|c022|RELATIVE}} and {{Victor|c022|RELATIVE}} hearing the arguments. Let's talk next time about a signal you can use to pause an argument until after bedtime.

See you both on Thursday at 6.

Warmly,
Dr Marisol Everard"""),

    ("team_note", "direct", None, """Session note (couple), 3rd session.

Present: {{James Garza|c031|FULL_NAME}} and his wife, {{Julie|c031|RELATIVE}}.

Main theme today was the pet. Not a joke: {{their pig, Lady Marmalade, became internet-famous last year|c031|DISTINCTIVE|fact|pig named Lady Marmalade}}, and the account now earns real money. {{Julie|c031|RELATIVE}} runs it; {{James|c031|GIVEN_NAME}} feels their home has become a film set. Underneath: he doesn't feel consulted about anything, including the decision to try for a baby.

Plan: individual sessions next, then back together."""),

    ("case_presentation", "direct", None, """Consultation -- late-life couple

{{Søs Mikkelsen|c070|FULL_NAME}} (59) and her husband {{Arne|c070|RELATIVE}} (63). Married 34 years. Referred after {{Arne|c070|RELATIVE}}'s retirement; {{Søs|c070|GIVEN_NAME}} still works nights as a {{line cook|c070|DISTINCTIVE|occupation}} in {{Quincy|c070|ADDRESS|city}} and says she now comes home to "a man who has been waiting for me all day with a list".

Their adult son, {{Mads|c070|RELATIVE}} (yes, like the actor -- they get that a lot), has moved back home after a divorce, which has complicated everything.

Question for consultation: how to work with a retirement transition when one partner is not retired and has no plans to be."""),

    ("email", "direct", None, """Subject: Re: can we skip next week?

Hi {{Timmy|c002|NICKNAME}},

Of course -- no problem at all. I hope {{Matthew|c002|RELATIVE}}'s procedure goes smoothly. You mentioned you're used to being the {{nurse|c002|DISTINCTIVE|occupation}} in the family and not the worried husband in the waiting room; please be gentle with yourself this week.

Let's rebook when he's home and feeling up to it. Either of you can email me.

Warmly,
Marisol"""),

    ("team_note", "direct", None, """Supervision question -- {{Katrina Thorton|c093|MISSPELLED_NAME}} (individual, referred on from couples work with her partner, {{Michelle|c093|RELATIVE}}). She wants to keep seeing me alone now that they've separated. {{Michelle|c093|RELATIVE}} has asked whether she can also continue individually with me. Clearly I can't see both. Who do I keep, and how do I refer the other without it feeling like taking sides?"""),

    ("email", "direct", None, """Subject: Notes for {{May|c134|GIVEN_NAME}} and {{Scott|c134|RELATIVE}} -- please read before Thursday

Hi both,

A reminder about the plan we agreed for the rest of May:

- {{May|c134|GIVEN_NAME}} will take the Sunday "check-in" lead (15 minutes, phones away, one appreciation each before any complaint).
- {{Scott|c134|RELATIVE}} will book the babysitter for one evening out per fortnight -- you both agreed it doesn't need to be fancy.
- Nobody brings up {{the wallet story|c134|DISTINCTIVE|fact|returning a lost wallet}} in front of {{Gary|c134|RELATIVE}} and {{Patricia|c134|RELATIVE}} again. I know it's funny, and I know it was in the paper, but it's become a way of teasing that lands badly.

See you Thursday. If {{May|c134|GIVEN_NAME}}'s shift changes, just let me know.

Marisol"""),

    ("case_presentation", "direct", None, """Couples case -- progress note, 14 Jan

Clients: {{Janet|c210|GIVEN_NAME}} ("{{Jan|c210|NICKNAME}}") and {{Brent|c210|RELATIVE}} {{Thomas|c210|FAMILY_NAME}}, married 52 years.

{{Jan|c210|NICKNAME}} reported she had told {{Brent|c210|RELATIVE}} about the diagnosis on the 3rd. He was "calmer than I expected, which made me furious". Much of the session was about her anger that he can be calm; his reply, that he had already grieved privately when she first went for tests in Jan. last year, was the first time she'd heard that.

Their daughters, {{Sarah|c210|RELATIVE}} and {{Deborah|c210|RELATIVE}}, want a family session. Both partners agreed in principle.

Next: 28 Jan, then fortnightly."""),

    ("email", "direct", None, """Subject: invoice + receipt

Hi {{Laura|c161|GIVEN_NAME}},

Attached are the invoice and receipt for the last four sessions. I've sent them to {{laura.thompson@gmail.com|c161|EMAIL}} only, as you asked, rather than the shared family address -- I understand {{Kevin|c161|RELATIVE}} doesn't yet know you've started individual sessions alongside the couples work, and that's yours to share when you're ready.

Just a gentle reminder of what we discussed about secrets in couples therapy; let's talk about a timeline next week.

Marisol"""),

    ("email", "direct", None, """Subject: Superbill for reimbursement

SUPERBILL -- Marisol Everard, PhD, LMFT

Client: {{Haley Robertson|c245|FULL_NAME}}
Date of birth: {{22.08.1952|c245|DOB}}
Conjoint session participant: {{Michael White|c245|RELATIVE}} (spouse)

Dates of service: 3/4, 3/11, 3/18, 3/25
CPT: 90847 (family/couples psychotherapy with patient present), 80 min
Diagnosis: F43.23 Adjustment disorder with mixed anxiety and depressed mood
Fee per session: $210.00
Total: $840.00
Paid in full.

Please submit to your insurer with your claim form."""),

    ("team_note", "direct", None, """Phone message for Marisol (taken by front desk, Tues 11:40):

{{Gabriella Mcgrath|c167|FULL_NAME}} called. She and her wife {{Laura|c167|RELATIVE}} need to move Thursday's session. Please call her back on {{424, 731 -- line dropped, she rang back -- 7220|c167|PHONE}}. OK to leave a message."""),

    # ---------------------------------------------------------------- quasi
    ("case_presentation", "quasi", None, """Consultation group -- couple with an adolescent

Wife is an {{HR manager|c075|DISTINCTIVE|occupation}} in {{Fairview|c075|ADDRESS|city}}; husband {{Christopher|c075|RELATIVE}} is self-employed. They came in after their daughter {{Katherine|c075|RELATIVE}} (16) was hospitalised following an overdose. Each privately blames the other: she for his "soft" parenting, he for her working hours.

The daughter's team has asked for parents to be in couples work as part of the discharge plan. I'd welcome thoughts on how to keep the focus on the couple when the crisis is about the child."""),

    ("email", "quasi", None, """Subject: consult -- second marriage, blended family

Hi Hollis,

Can I run a case past you? Man in his late sixties, recently remarried. His partner {{Mary|c109|RELATIVE}} and he have been together three years; his elderly father {{Patrick|c109|RELATIVE}} moved in with them last month after a stroke, and the house has become a battleground about care, money and who gets the downstairs room.

He's told me that caring for his father is "non-negotiable", and she feels like she married a carer's job. Thoughts on structuring this?

Marisol"""),

    ("team_note", "quasi", None, """New couple, intake summary.

One partner is a {{bank teller|c064|DISTINCTIVE|occupation}} in {{Ashland|c064|ADDRESS|city}}; his husband, {{Toni|c064|RELATIVE}}, initiated the referral. Presenting issue: conflict over whether to move abroad for {{Toni|c064|RELATIVE}}'s job. Both describe the relationship as "basically good". Risk screen negative for both. Booked fortnightly."""),

    ("email", "quasi", None, """Subject: referral -- couple with a family-business issue

Dear Dr Okonjo,

I'm referring an older couple for your family business clinic, because I think the issue is beyond my remit. The husband is in his late seventies; his wife, {{Sabrina|c119|RELATIVE}}, wants him to hand over the running of things to their nephew. His sister {{Christine|c119|RELATIVE}} disagrees strongly and has, by their account, "taken sides in a way that split Christmas".

They'd like to come together, and possibly with the sister.

Kind regards,
Marisol Everard"""),

    ("team_note", "quasi", None, """Consult note -- client works at {{Martin Creative|c248|EMPLOYER}}, here with partner {{Stephen|c248|RELATIVE}}. Tension around her public profile (she's been in local politics for years) and his wish for privacy. Agreed boundaries around social media. Review in 4 weeks."""),

    ("social_post", "quasi", None, """Still thinking about a couple I worked with years ago: two women, one of whom {{breeds champion Salukis out in Ashland|c178|DISTINCTIVE|fact|Salukis in Ashland}}. The dogs were their whole life until their first baby arrived. Her wife {{Amanda|c178|RELATIVE}} said the words that unlocked everything: "I'm jealous of the dogs." Sometimes the silliest sentence is the truest one. #couplestherapy"""),

    ("email", "quasi", None, """Subject: couples work with a sibling in the room?

Hi Brigid,

Quick consult question. A young couple I see -- two women in their twenties, one of them married to {{Jennifer|c285|RELATIVE}} -- have asked if her sister {{Lori|c285|RELATIVE}} can join a session. {{Lori|c285|RELATIVE}} has been living with them since a breakup and, by both their accounts, is a big part of the conflict. Has anyone you know done well with a three-way session like that, or is it a recipe for triangulation?

Marisol"""),
]
