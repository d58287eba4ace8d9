# Voice: formal letters -- to family and criminal courts, solicitors, schools, universities,
# housing departments and employers' occupational health -- with "Re:" lines, "Our ref"
# lines, dates of birth in every format, addresses and cc lists. Writers: British, Irish,
# Nigerian, Indian, US. The quasi letters withhold the name but describe the person; the
# benign ones are references for colleagues, letters about the writer's own family, policy
# letters naming an employer alone, and letters to editors about public figures.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("email", "direct", None, """IN THE FAMILY COURT SITTING AT WAVERLY
Case No. WV24F00317

Re: {{Mrs Jessica Singh|c119|FULL_NAME}} (date of birth {{11 October 1991|c119|DOB}})

Report of treating psychotherapist

1. I am a UKCP-registered psychotherapist. I have seen {{Mrs Singh|c119|FAMILY_NAME}} weekly since February of this year, on referral from her GP.

2. {{Mrs Singh|c119|FAMILY_NAME}} has engaged consistently and has attended 31 of 33 offered sessions. The two missed sessions coincided with her sons' hospital appointments.

3. In my opinion {{Mrs Singh|c119|FAMILY_NAME}} does not present with any mental health difficulty that would impair her capacity to care for her children, {{Willie|c119|RELATIVE}} and {{David|c119|RELATIVE}}. Her low mood earlier in the year was a proportionate response to the breakdown of her marriage.

4. I understand my duty is to the court.

Signed ....................  Date: 14 November 2024"""),

    ("email", "direct", None, """Our ref: PH/DH/2291
Your ref: JB/4471/{{Hall|c152|FAMILY_NAME}}

Messrs Barrow & Kline Solicitors
12 Chapel Row

Dear Mr Barrow,

Re: Your client {{Mr David Hall|c152|FULL_NAME}}, {{4740 Willow Road|c152|ADDRESS|street}}, Clayton

Thank you for your letter of 3 March requesting a report on your client's psychological condition following the incident at work on 9 January.

I confirm that {{Mr Hall|c152|FAMILY_NAME}} has been attending weekly sessions with me since 20 January and that he has provided written consent for me to share the enclosed summary. He continues to experience sleep disturbance and hypervigilance. His wife, {{Mrs Shannon Rogers|c152|RELATIVE}}, has attended one session at his request.

My fee for a full medico-legal report is set out overleaf.

Yours sincerely,

Patricia Holm, MBACP (Accred)"""),

    ("email", "direct", None, """To: The SENCo, {{Whitman Middle School|c023|SCHOOL}}
From: Greenville Child & Family Therapy
Date: 2 May 2024

Re: {{Robin Jenkins|c023|FULL_NAME}}, Grade 10

Dear Mrs Adebayo,

I am writing with the consent of {{Robin|c023|GIVEN_NAME}} and {{Robin|c023|GIVEN_NAME}}'s mother, {{Ms Lisa Jenkins|c023|RELATIVE}}, to support the request for exam access arrangements.

{{Robin|c023|GIVEN_NAME}} has been seeing me since September for anxiety, which is most acute in timed, silent conditions. A separate room and rest breaks would, in my view, allow {{Robin|c023|GIVEN_NAME}} to show what they know.

{{Robin|c023|GIVEN_NAME}} has asked me to mention that music helps; they play bass and find rhythm grounding. You may wish to consider allowing headphones during breaks.

Please don't hesitate to contact me.

Kind regards,
Dr. Rhea Caldwell"""),

    ("email", "direct", None, """CONFIDENTIAL -- OCCUPATIONAL HEALTH

To: Occupational Health Adviser, {{Manchester Police Department|c140|EMPLOYER}}
Re: {{Linda Riley|c140|FULL_NAME}} -- 911 Dispatcher, Communications Unit

Dear Dr. Mensah,

Further to your referral, I have now seen {{Ms Riley|c140|FAMILY_NAME}} for six sessions of trauma-focused CBT following the call of 18 August.

She is making good progress. Intrusive memories have reduced from daily to around twice a week, and she has returned to night shifts without significant distress. I would recommend a phased return to full duties over four weeks, with the option to step away from high-acuity calls for the first fortnight.

{{Ms Riley|c140|FAMILY_NAME}} has read and agreed the content of this letter.

Yours sincerely,
A. Whitfield, BABCP accredited"""),

    ("email", "direct", None, """{{Thomas Insurance|c155|EMPLOYER}} -- Human Resources
FAO: Ms. N. Okafor, HR Business Partner

Re: Reasonable adjustments -- {{Matthew Rivers|c155|MISSPELLED_NAME}} ({{Bank Teller|c155|DISTINCTIVE|occupation}}, {{Clayton|c155|ADDRESS|city}} branch)

Dear Ms. Okafor,

I write in my capacity as {{Mr. Rivers|c155|FAMILY_NAME}}'s therapist and with his written consent.

{{Mathew|c155|GIVEN_NAME}} has been experiencing significant anxiety since the robbery at the branch in March. He would benefit from (a) a temporary move away from the front counter, (b) a predictable start time so that he can continue coaching on Saturday mornings, which has been an important protective factor, and (c) a phased return.

I am happy to discuss these recommendations by phone.

Yours faithfully,
Rajesh Iyer
Counselling Psychologist"""),

    ("email", "direct", None, """To: The Housing Officer, Dover Municipal Housing Department

Dear Sir/Madam,

RE: MISS {{BRENDA GRAY|c226|FULL_NAME}}, {{8288 ELM WAY|c226|ADDRESS|street}}, DOVER -- TELEPHONE {{812-361-7929|c226|PHONE}}

I write in support of the application of the above-named for a transfer to alternative accommodation.

Miss {{Gray|c226|FAMILY_NAME}} has been under my care for psychological therapy since last year. It is my professional opinion that her current accommodation is greatly affecting her mental health, due to repeated harassment by a neighbour, and that she will not make further progress in therapy until she is rehoused.

Kindly treat this application with the urgency it deserves. I remain available for any further clarification.

Yours faithfully,

Mrs. Ngozi Eze-Okonkwo
Psychotherapist, MNACP"""),

    ("email", "direct", None, """Disability Support Services, {{Adams College|c268|SCHOOL}}
Student Wellbeing Centre

Re: {{Mr Shaun Burnett|c268|FULL_NAME}} -- DOB {{29 Jan 2007|c268|DOB}} -- Student ID on file

To whom it may concern,

I am a psychotherapist in private practice and I have been working with {{Shaun|c268|GIVEN_NAME}} since he was sixteen. He has given me permission to write in support of his application for a reduced course load and extensions.

{{Shaun|c268|GIVEN_NAME}} has a diagnosis of social anxiety disorder. He manages well in small groups and in his orchestral commitments (he plays French horn), but lecture theatres and oral presentations are extremely difficult for him.

I would be grateful if you could consider his application favourably.

Yours faithfully,
Dr. Leah Brennan"""),

    ("email", "direct", None, """The Honourable Judge Okeke
Florence Circuit Court, Criminal Division

Re: State v. {{Corey Thomas|c248|FULL_NAME}} -- character reference from treating counselor

Your Honor,

I have been counseling {{Mr. Thomas|c248|FAMILY_NAME}}, known to everyone as "{{Ree|c248|NICKNAME}}", for eighteen months, initially for alcohol use and subsequently for grief after the death of his father.

In that time I have seen him attend every appointment, remain sober for 412 days, return to his carpentry work, and care for his sister {{Linda|c248|RELATIVE}} through her own illness. The incident before the Court occurred during a relapse that he has been open with me about.

I respectfully ask the Court to consider a sentence that would allow him to continue his treatment.

Respectfully,
Marcus Delgado, LPC"""),

    ("email", "direct", None, """First-tier Tribunal (Immigration and Asylum Chamber)
Appeal No. HU/04471/2024

Re: {{Mr Edu Vicente|c011|FULL_NAME}}, born {{26/12/1951|c011|DOB}}

Psychological report (summary)

1. I was asked by the appellant's representatives to provide an opinion on his mental health and on the likely impact of removal.

2. {{Mr Vicente|c011|FAMILY_NAME}} is a 72-year-old man who has lived in this country for thirty-one years. He worked for many years as a school counsellor. He is married to {{Mrs Yaiza Vicente|c011|RELATIVE}} and has one daughter, {{Josefa|c011|RELATIVE}}, who lives nearby.

3. On assessment he met criteria for a moderate depressive episode. In my opinion his condition would deteriorate significantly were he to be separated from his wife and daughter.

Statement of truth: I confirm that I have made clear which facts and matters referred to in this report are within my own knowledge."""),

    ("email", "direct", None, """To: Mr. Cathal Ó Briain, Principal, {{Lincoln High School|c294|SCHOOL}}

A Chara,

Re: {{Frances Owen|c294|MISSPELLED_NAME}} ("{{Frank|c294|NICKNAME}}"), 3rd year

I'm writing at the request of {{Frank|c294|NICKNAME}}'s mother, {{Hannah|c294|RELATIVE}}, who asked me to let the school know that {{Frank|c294|NICKNAME}} has been attending counselling with me since Christmas.

I won't go into detail, but it would help a great deal if staff could avoid asking him to speak in front of the class for the remainder of this term, and if he could have a quiet place to go at lunchtime when he needs it. He's a lovely lad and he's been working very hard.

Please feel free to ring me if you want to talk this through. I'm usually free after four.

Is mise le meas,
Áine Mac Giolla"""),

    ("email", "direct", None, """To: HR Department, {{Waverly Medical Center|c263|EMPLOYER}}
cc: {{tiffanym84@icloud.com|c263|EMAIL}}
Subject: Letter of support -- flexible working request

Dear HR team,

I am writing in support of {{Tiffany|c263|GIVEN_NAME}}'s request to change her hours on the reception desk from 7am-3pm to 9am-5pm for a period of six months.

As you know, {{Tiffany|c263|GIVEN_NAME}} has two young children, and the early start has meant arranging childcare in a way that is currently causing her considerable stress. She has been attending therapy with me for low mood and I believe this adjustment would support her recovery.

I have copied {{Tiffany|c263|GIVEN_NAME}} into this email at her request.

Best regards,
Hannah Cole, LMFT"""),

    ("email", "direct", None, """CLINTON COUNTY FAMILY COURT -- LETTER IN SUPPORT OF APPLICATION FOR PROTECTIVE ORDER

Applicant: Ms {{R.R.|c251|INITIALS}}, of {{6092 Wolfe Terrace|c251|ADDRESS|street}}, Clinton

I am a licensed clinical social worker and I have provided counselling to the applicant since June of last year.

During that time the applicant has described repeated incidents of intimidation at her home address and at her workplace. She has presented with symptoms consistent with post-traumatic stress, including hypervigilance and sleep disruption, which have worsened since the respondent learned her address.

I support her application and I am willing to attend court if required.

D. Kowalczyk, LCSW"""),

    ("email", "direct", None, """Our ref: MW/{{Newman|c022|FAMILY_NAME}}/2291
Your ref: {{Willie Newman|c022|NICKNAME|nickname_full}} v {{Jones Foods|c022|EMPLOYER}} Ltd

Dear Ms Whitlock,

Thank you for your letter of 12 June. I confirm that I have been seeing {{Mr Newman|c022|FAMILY_NAME}} for psychotherapy since October.

I am not in a position to comment on the merits of his claim against his employer. I can confirm that he has attended 22 sessions, that he presented with symptoms of depression and anxiety which he attributed to events at work, and that his wife, {{Audrey|c022|RELATIVE}}, has noticed a significant change in him.

I will require his written consent before releasing my notes.

Yours sincerely,
M. Whelan"""),

    # ---------------------------------------------------------------- quasi
    ("email", "quasi", None, """To the Editor, The Dayton Herald

Sir,

I write as a psychotherapist to object to the tone of your recent "Odd Finds" feature.

One of the people you featured last year -- {{the woman who found a Civil War sword at a garage sale|c139|DISTINCTIVE|fact|Civil War sword in a garage sale}} -- is a {{corrections officer|c139|DISTINCTIVE|occupation}} in {{Hudson|c139|ADDRESS|city}}, and since your article ran she has received letters at work from inmates asking about the sword. I know this because she has told me so, and she has asked me to write.

Curiosity pieces about ordinary people are not harmless. Please think twice before printing where they live and work.

Yours faithfully,
A reader (name and address supplied)"""),

    ("email", "quasi", None, """To: HR Director, {{Harris & Saunders Accounting|c102|EMPLOYER}}

Dear Ms Petrakis,

I am writing on behalf of one of your senior accountants, who has asked me not to name her in this initial letter.

She is a woman in her late seventies who has worked for your firm for many years. Her wife, {{Jasmine|c102|RELATIVE}}, was recently diagnosed with a serious illness, and my client would like to explore the possibility of compassionate leave or reduced hours. She has been reluctant to approach you directly for fear of being seen as "winding down."

If the firm is open to a conversation, she will contact you herself.

Yours sincerely,
Dr. Helen Marsh"""),

    ("email", "quasi", None, """To: The Head of Pastoral Care, {{Jackson Preparatory Academy|c129|SCHOOL}}

Dear Mr Lindqvist,

I am a child psychotherapist. With the consent of the parents, {{Oda|c129|RELATIVE}} and {{Otto|c129|RELATIVE}}, I am writing to make an initial enquiry about support for their younger daughter, who is twelve and in your Year 7. They have asked that I not name her until we have spoken.

She is a bright and unusual girl who records two podcasts from her bedroom and has recently become very withdrawn at school. I would welcome a short conversation about what pastoral support might be available.

With best wishes,
Dr. Freya Holm"""),

    ("email", "quasi", None, """To: The Monitoring Officer, Florence City Council -- Standards Committee

Dear Sir or Madam,

I write in connection with the complaint currently under investigation concerning {{the member for Ward 4|c110|DISTINCTIVE|fact|Ward 4 on the Florence city council}}.

I am that member's therapist. He has asked me to confirm to the Committee that he has been receiving treatment for a bereavement-related depressive illness over the period in question. He continues to teach at {{Whitman Academy|c110|EMPLOYER}} and has been advised by me that he is fit to do so.

I can provide further information only with his explicit written consent.

Yours faithfully,
P. Nakamura, Chartered Psychologist"""),

    ("email", "quasi", None, """Dear Mr Achebe,

Thank you for your letter. Before I respond in detail, I need to be sure that we are talking about the same person, and I would rather not put her name in writing yet.

You say you act for a roofer employed by {{Oneill Electric|c212|EMPLOYER}} in connection with a fall from scaffolding last April. If this is the woman whose son {{Jules|c212|RELATIVE}} was injured alongside her, then I have been seeing her since May and, with her consent, I would be willing to provide a report.

Please confirm her name and date of birth by secure email and enclose her signed consent form.

Yours sincerely,
C. Rousseau, Counselling Psychologist"""),

    ("email", "quasi", None, """Occupational Health Department, {{Waverly Police Department|c259|EMPLOYER}}

Re: Employee referral OH/2024/117 -- name withheld at employee's request

Dear Dr. Farouk,

I have received your referral of a {{corrections officer|c259|DISTINCTIVE|occupation}} from your {{Winchester|c259|ADDRESS|city}} facility, a man in his late seventies who has asked me to correspond only under your reference number.

I can confirm that he has attended four sessions. His husband, {{Paul|c259|RELATIVE}}, is currently receiving treatment for cancer, and the combination of that and the incident on 2 May has left him exhausted. He is not, in my opinion, fit for custody duties at present.

Yours sincerely,
L. Oyelaran, HCPC Registered Counselling Psychologist"""),

    # ---------------------------------------------------------------- benign
    ("email", "benign", "nonclient_namesake", """To whom it may concern,

Reference for Ms Grace Okonjo

I have known Grace for four years, first as a trainee on placement at our service and latterly as a qualified colleague. She is one of the most thoughtful clinicians I have supervised.

Grace is reliable, ethically careful and genuinely warm. She has particular skill with adolescents and with families from West African backgrounds, and she has run our young carers' group with great success.

I recommend her without reservation for the post of Senior Counsellor.

Yours faithfully,
Dr. Emeka Nwosu
Clinical Lead, Eastfield Counselling Service"""),

    ("email", "benign", "nonclient_namesake", """Dear Mrs Halloran,

I'm writing about my son Will, who is in your Year 4 class.

Will has been finding the move to the new building difficult, and he's been waking up with tummy aches on school mornings. He'll be fine -- he's a resilient little boy -- but I wanted you to know in case you notice he's quieter than usual. He loves art and reading, and he mentioned that he'd like to help in the library at lunchtime if that's ever possible.

Thank you for everything you're doing. He really likes you.

Best wishes,
Rosa Mendes (Will's mum)"""),

    ("email", "benign", "deidentified_case", """Dear Sir/Madam,

Re: Your letter dated 3 September requesting records

Thank you for your letter. I am unable to confirm or deny whether the person named in your correspondence is, or has ever been, a client of this practice.

If you act for the person concerned, please provide their signed authority for the release of information. If you are seeking records under a court order, please provide a sealed copy of the order.

On receipt of either, I will respond within 28 days.

Yours faithfully,
Practice Manager
Brightwater Psychotherapy"""),

    ("email", "benign", "nonclient_namesake", """Dear Mr Adeyemi,

Re: 14 Mill Lane, ground floor (the practice premises)

I'm writing to confirm that the plumber, Chase from Dunmore Plumbing, attended on Saturday and has fixed the leak in the downstairs toilet. He has left his invoice, which I attach, and says the pipework in the kitchen will need replacing within the year.

Could you also look at the front door lock, which sticks in wet weather? Our clients are sometimes left on the doorstep.

Many thanks,
Dawn Fairbairn
Practice Manager"""),

    ("email", "benign", "single_attribute", """To: Wellbeing Lead, Thomas Insurance
Subject: Employee assistance -- renewal of contract

Dear Mr Hartley,

Thank you for renewing our EAP contract for a further year. We have valued working with your staff.

As agreed, we will continue to provide up to six sessions per employee per year, with a named contact for managers who are worried about a colleague. Our aggregated annual report will be with you in January; as before, it will contain no information from which any individual could be identified.

Kind regards,
Clinical Director, Oakfield EAP Services"""),

    ("email", "benign", "celebrity_namesake", """Letter to the editor -- Florence Gazette

Sir,

Your columnist's claim that "nobody in politics talks about mental health" is simply wrong. Former New Mexico governor Gary Johnson spoke openly about his depression after his two presidential runs, and Senator John Fetterman's candour about his own depression did more for public understanding than any campaign I can think of.

As a therapist, I see every week what stigma costs. Public figures who speak out do not make it disappear, but they make the first appointment a little easier to book.

Yours,
D. Amankwah, LCSW, Florence"""),

    ("email", "benign", "nonclient_namesake", """To: Standards Department, Irish Association for Counselling and Psychotherapy

Re: Letter of support for Dr. Dawn Fairweather

Dear Colleagues,

I understand that Dr. Fairweather is applying for accreditation as a supervisor. I have been in supervision with Dawn for six years and I'm delighted to support her application.

Dawn is rigorous, kind, and has a gift for noticing what a supervisee is avoiding. She has supported me through some very difficult cases and has never once made me feel small.

Please contact me if you need anything further.

Yours sincerely,
Joy Fitzgerald, MIACP"""),

    ("email", "benign", "deidentified_case", """TEMPLATE -- Letter to employer in support of phased return (for practice use)

Dear [Occupational Health Adviser],

Re: [Employee name], [Job title]

I write with the consent of [Employee name], whom I have seen for [number] sessions of [therapy type].

[He/She/They] [has/have] made good progress and I would support a phased return to work over [number] weeks, beginning with [hours] per week.

[Employee name] has read and agreed the content of this letter.

Yours sincerely,
[Therapist name and registration]"""),

    ("email", "benign", "single_attribute", """To: Head of Year 11, Lincoln High School

Dear Ms Varga,

Thank you for inviting me to speak to the Year 11 pastoral team next month. I'm happy to offer a 45-minute session on recognising anxiety in teenagers, with time for questions.

I'll bring handouts for staff and a short list of local services. I won't discuss any individual pupils, of course.

Could you let me know whether the session will be in the library or the main hall?

Best wishes,
Sinéad Kearney"""),

    ("email", "benign", "mixed_clients", """To: Local Employers' Wellbeing Network
Subject: Free men's mental health evenings this autumn

Dear colleagues,

We are running three free evenings on men's mental health this autumn, aimed at staff in trades and heavy industry. Previous evenings were attended by staff from Sims Construction, Milford Shipyard, Brock & Sons Plumbing and Garcia Electric, among others.

The sessions are practical, short (90 minutes), and held at the Community Hall. No one has to speak.

Please share with your teams.

Best regards,
Emmanuel Okafor, Men's Wellbeing Coordinator"""),

    ("email", "benign", "nonclient_person", """To: The Registrar, Probate Division

Re: Estate of the late Patrick Henry Mallory (deceased)

Dear Sir/Madam,

I write as one of the executors of my late uncle's estate. I enclose the certified death certificate and the original will, together with form PA1P.

My uncle was a retired schoolteacher with no dependants. The beneficiaries are named in the will.

Please let me know if anything further is required.

Yours faithfully,
Hope Mallory-Byrne"""),
]
