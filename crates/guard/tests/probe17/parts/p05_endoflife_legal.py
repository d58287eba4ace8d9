# Part 5: end-of-life planning — wills, powers of attorney, capacity letters, insurance and benefit forms.
DOCS = [
("email", "direct", None, """LASTING POWER OF ATTORNEY — certificate provider statement (draft)

I, Dr Kate Mulvaney, have known the donor, {{Ginger Taylor|c001|FULL_NAME}} (date of birth {{19/11/1958|c001|DOB}}), in a professional capacity for more than two years. I have discussed the LPA with her alone. She understands that her son, {{Jeremy Taylor|c001|RELATIVE}}, will be able to make decisions about her health and welfare if she loses capacity, and she is not under pressure from anyone to make it.

Signed ______________ Date ______________"""),

("email", "direct", None, """From: Hartigan & Lowe Solicitors
To: [counsellor]
Subject: our client Mr {{Jack Luna|c033|FULL_NAME}} — new will

Dear Counsellor,

We act for Mr Luna in the preparation of a new will, under which his daughter {{Tanya|c033|RELATIVE}} would no longer benefit. Given the family's likely reaction, we would be grateful for a short letter confirming that in your view he is not currently affected by any mental disorder that would impair his testamentary capacity.

Yours faithfully,
P. Hartigan""".replace("We act for Mr Luna", "We act for {{Mr Luna|c033|FAMILY_NAME}}")),

("email", "direct", None, """To whom it may concern,

I have been providing counselling to {{Ms Talavera|c039|FAMILY_NAME}} since September 2023. She asked me to write in support of her wish to appoint her brother, {{Blas Torralba|c039|RELATIVE}}, as her attorney for both property and financial affairs and health and welfare.

I should be clear about the limits of this letter. I am a counsellor, not a capacity assessor, and I cannot give a formal opinion on her capacity to make a lasting power of attorney; if one is needed, her GP or a specialist should be asked. What I can offer is an account of what I have observed over nearly two years of weekly sessions.

In that time she has consistently expressed the same wishes and given the same reasons: that her brother knows her values, that he was with her through their mother's final illness, and that she does not want decisions about her care to fall to "whoever happens to be on shift". She has raised the matter herself, on many occasions, without prompting. She has discussed the alternatives, including appointing a professional attorney, and has explained clearly why she does not want that. I have seen no sign that she is under pressure from her brother or from anyone else; if anything, he has been reluctant.

I hope this is helpful. I am happy to be contacted with her consent.

Yours faithfully,
Sorcha Brennan-Lyle, MIACP"""),

("case_presentation", "direct", None, """LIFE INSURANCE — CLAIM FOR DEATH BENEFIT (section C, completed by beneficiary)
Policyholder: {{Tim Mcmillan|c043|FULL_NAME}}
Date of birth of policyholder: {{03 Jul 1955|c043|DOB}}
Beneficiary: {{Jeffrey Mcmillan|c043|RELATIVE}} (son)
Note attached by counsellor: my client asked me to check this page with him because he "could not see the words". He is the policyholder and is alive; this is a pre-claim check of the paperwork, at his request."""),

("team_note", "direct", None, """Advance care planning session with {{Dave Gallagher|c071|NICKNAME|nickname_full}}. He wants no resuscitation and no feeding tube, and he wants {{Robert Skinner|c071|RELATIVE}} — not his brother — to speak for him. Said "forty years together and the law still thinks my brother knows me better." Referred to the ACP nurse to put it on the record properly."""),

("team_note", "direct", None, """会谈记录：{{Xiaoming|c074|GIVEN_NAME}}想立遗嘱，把房子留给儿子{{Jun Chen|c074|RELATIVE}}，但不知道在美国应该找哪种律师。她担心儿子会觉得她"在准备死"。下次带律师名单来。"""),

("case_presentation", "direct", None, """SSA-10 (survivor benefits) — notes for the appointment
Applicant: {{Roy Thomas|c060|FULL_NAME}}
Contact phone: {{(920) 798-1344|c060|PHONE}}
Email: {{r.thomas@proton.me|c060|EMAIL}}
Counsellor's role: client asked me to sit in because he freezes on phone calls since his partner died. He will do the talking; I'm there to slow it down."""),

("case_presentation", "direct", None, """Supervision — {{L.L.|c439|INITIALS}}, 76, retired journalist ({{Thompson Studio|c439|EMPLOYER}}). Wants to change his will to leave the house to his husband {{Andrew|c439|RELATIVE}} outright; his daughter {{Renee|c439|RELATIVE}} has said she will contest it. Ethical question: he has asked me to "write down that he's sane". I have said no, and why."""),

("email", "direct", None, """Hi both,

For the estate-planning workshop list: please put {{Ian|c458|NICKNAME}} down under the name he uses, but note that the solicitor will need his legal name, {{John Green|c458|FULL_NAME}}, for the will itself. His wife {{Jeanne|c458|RELATIVE}} is coming too. No, not the author, before anyone asks.

Deb"""),

("email", "direct", None, """Pani Doroto,

Dziękuję za wiadomość. Pani {{Sibila Franke|c059|MISSPELLED_NAME}} prosiła, żebym potwierdziła, że uczestniczy w terapii i że sprawa spadku po ojcu, {{Zbigniewie|c059|RELATIVE}}, jest dla niej bardzo obciążająca. Zaświadczenie wyślę pocztą w poniedziałek.

Z poważaniem,
mgr Agnieszka Wróbel, psychoterapeutka"""),

("case_presentation", "direct", None, """PRE-PAID FUNERAL PLAN — application checked with client
Name: {{Anthony Hayden|c266|FULL_NAME}}
Address: {{9236 Beacon Way|c266|ADDRESS|street}}, Salem
Date of birth: {{19-Nov-1954|c266|DOB}}
Next of kin: {{Samantha Hayden|c266|RELATIVE}} (daughter)
Wishes: cremation, no religious service, "Salem Pioneers scarf on the coffin"."""),

("team_note", "quasi", None, """Client wants her daughters {{Karen|c045|RELATIVE}} and {{Kelly|c045|RELATIVE}} as joint attorneys and is worried they will fight. She {{represents Ward 7 on the Dover city council|c045|DISTINCTIVE|fact|Ward 7 on the Dover city council}} and said she's "chaired calmer meetings than our Christmas dinners"."""),

("case_presentation", "quasi", None, """Presenting issue: end-of-life planning after a cancer diagnosis. She's an electrician at {{Larson Auto Repair|c081|EMPLOYER}}, {{breeds champion Vizslas in Fairview|c081|DISTINCTIVE|fact|Vizslas in Fairview}}, and needs to decide who gets the dogs. Her father {{Jeffrey|c081|RELATIVE}} is 88 and she doesn't want him to outlive her."""),

("social_post", "quasi", None, """Client today (shared with permission, details blurred): she owns the {{record shop on Pine Way|c025|DISTINCTIVE|fact|record shop on Pine Way}} and just wrote in her will that her son {{Scott|c025|RELATIVE}} gets "every record except the Bowie, which goes to whoever turns up to the funeral in the best jacket". This is how to do it."""),

("email", "quasi", None, """Subject: consult — a will and a very old grudge

Client is a bartender at {{Mount Vernon Brewing Company|c203|EMPLOYER}}, 68, and has just found out his late father {{Anthony|c203|RELATIVE}} left everything to a neighbour. He also {{breeds Whippets in Salem|c203|DISTINCTIVE|fact|Whippets in Salem}}, which is where the conversation goes whenever it gets painful. Would value your thoughts."""),

("team_note", "quasi", None, """Session note: wife {{Melissa|c129|RELATIVE}} wants them both to make wills this year; he keeps cancelling the solicitor. A {{plumber|c129|DISTINCTIVE|occupation}} in {{Dover|c129|ADDRESS|city}} for 45 years, he says "you don't plan the flood, you turn up to it". Exploring what the will represents."""),

("case_presentation", "quasi", None, """Case: 72-year-old architect, host of {{the Honest Parent podcast|c475|DISTINCTIVE|fact|Honest Parent podcast}}, whose husband {{Nicholas|c475|RELATIVE}} has early dementia. She is trying to get the health-and-welfare power of attorney signed while he still can. Grief for the marriage that's already going."""),

("social_post", "benign", "name_as_word", """Reminder from a therapist who has sat with too many families after a death: make a will. Where there's a will there's still a row, but where there isn't one there's a war. Will you do it this month? Bill your future self the solicitor's fee and thank me later."""),

("case_presentation", "benign", "nonclient_person", """Sample wording for the workshop handout (fictional): "I, Maureen Edith Cartwright, of 22 Lilac Grove, Stockport, born 14 March 1944, revoke all former wills. I appoint my niece, Fiona Dunleavy, and my friend, Arthur Penhale, as executors. I leave my piano to St Anne's Primary School." Replace every detail with your own."""),

("social_post", "benign", "public_figure", """Prince died in April 2016 without a will, and it took six years to settle the estate. Aretha Franklin's handwritten wills turned up in a notebook under a couch cushion after she died in 2018. If the famous can't get it right, be gentle with your clients. Then help them get it right."""),

("team_note", "benign", "weak_attribute", """LPA question from a new client: in her sixties, real estate agent, divorced, no children. Wants to know who can be an attorney if there's no family. Signposted to the Office of the Public Guardian leaflet."""),

("team_note", "benign", "single_quasi", """A client's father, Zbigniew, left a flat in Kraków to "whichever child visits most in my last year". Client has not been since 2019 and is in a complicated place with it. Noting only for the team's awareness of Polish inheritance procedures; no action needed."""),

("social_post", "benign", "therapy_life", """Therapists: do you have a professional will? Mine names Dr Amara Nwosu as the colleague who will contact my clients, hold the records, and refer on if I die or am suddenly incapacitated. Took one afternoon. Do it before you need it."""),

("social_post", "benign", "nonclient_namesake", """My mum Judith finally signed her power of attorney today. She made the solicitor read every line aloud and then corrected his pronunciation of "attorney". I'm so proud of her and slightly frightened of her."""),

("social_post", "benign", "celebrity_namesake", """When Elizabeth Edwards died in December 2010, her will left everything to her children and nothing to John Edwards. She wrote it six days before she died. The wills that hurt most are the clearest ones."""),

("case_presentation", "benign", "deidentified_case", """Teaching vignette (composite): a retired bus driver in his eighties, widowed, asks his counsellor to be a witness to his will. Discussion points: why a therapist should not witness a client's will; how to decline without it feeling like rejection; what the request might mean about the relationship."""),

("social_post", "benign", "name_as_word", """Life insurance, unpacked for a grieving client: a grace period is the time after a missed payment when the policy still stands. Faith is not a financial product. Hope is not a claims procedure. Both help."""),
]
