# Part 1: police, corrections and 911 dispatch. Fitness-for-duty letters, peer-support
# notes, professional-standards correspondence, practice chat.
DOCS = [
    ("email", "direct", None, """Subject: Return to full duty — Deputy {{Emma Gonzales|c339|FULL_NAME}}

Lieutenant Okoro,

Further to your request of 14 May, and with the written authorisation that Deputy {{Gonzales|c339|FAMILY_NAME}} signed on 9 May (copy attached), I am writing to give my opinion on her fitness to return to full operational duties with the {{Clinton County Sheriff's Office|c339|EMPLOYER}}.

Deputy {{Gonzales|c339|FAMILY_NAME}} has attended eleven sessions with me since the critical incident in February. She has engaged consistently, completed every piece of work asked of her between sessions, and has been candid about the difficulties she experienced in the first weeks. I do not propose to describe the content of our sessions; the release she signed covers my opinion on fitness for duty, any recommended restrictions, and the proposed review date, and nothing more.

In my clinical opinion she is fit to resume full duties, including firearms carriage. I would make three recommendations:

1. That she is not rostered on night patrol for the first four weeks, so that her sleep, which has recovered well, is not disrupted during the transition.
2. That she continues fortnightly sessions with me through the summer, and that the Office allows her to attend these in duty time, as it did for Sergeant Ambrose Pike and Deputy Carla Nuñez after last year's incident.
3. That her first two weeks are spent with a familiar partner rather than a trainee.

I would be glad to review these recommendations with Captain Beaumont and the Office's occupational health physician, Dr. Lewin, at the end of July. Please direct any further questions to me rather than to her supervisor, and please do not place this letter on her general personnel file.

Regards,
Dr. Hannah Whitcombe, Psy.D.
Licensed Psychologist
cc: Dr. R. Lewin, Occupational Health (with the Deputy's consent)"""),

    ("team_note", "direct", None, """Peer support circle — Tuesday, county jail training room
Facilitators: Chaplain Tom Reilly, me
Present: 7 (first names only on the sign-in sheet)

Sgt {{Salazar|c468|FAMILY_NAME}} spoke for the first time about the cell extraction last spring and how he still checks the locks at home twice. Group responded well. I'll follow up with him individually as he's already on my Thursday list. Reilly to circulate the EAP leaflet again."""),

    ("social_post", "direct", None, """Small win today: Officer {{Nicholson|c134|FAMILY_NAME}} told me in session she finally took the full two weeks of leave instead of picking up overtime. Burnout doesn't get a medal, folks. 💙 #firstresponderwellness"""),

    ("team_note", "direct", None, """Front desk → Dr. Achebe: dispatcher {{Key|c187|FAMILY_NAME}} rang at 7:40, can't make 9am (mandatory OT at the call centre). Wants anything after 3. Callback {{315-309-8205|c187|PHONE}}, he said don't leave a detailed message, his brother picks up sometimes."""),

    ("case_presentation", "direct", None, """Case consultation — occupational trauma series

Client: {{Nils|c212|GIVEN_NAME}} S., 35, {{corrections officer|c212|DISTINCTIVE|occupation}} in {{Eastport|c212|ADDRESS|city}}, employed by the {{Oakland Police Department|c212|EMPLOYER}} (custody division).
Referral: self-referred after a colleague's death in custody review.
Presentation: hypervigilance, irritability with his daughter, alcohol most evenings (est. 30 units/week).
Question for the group: how hard do I push on the drinking before the inquest, given he fears any note could be subpoenaed?"""),

    ("team_note", "direct", None, """hey can someone grab line 2 — it's {{Steph|c084|NICKNAME}} ({{Stephen Bishop|c084|FULL_NAME}}), the dispatcher from Tuesday's group. his rota flipped to nights so he needs to move to the 4pm. I'm in with the Hendersons till 11"""),

    ("email", "direct", None, """To: Office of Professional Standards, Clinton County
From: Marisol Vega, LCSW
Re: Records request — Officer {{Luis Lee|c192|FULL_NAME}}, DOB {{11/09/1982|c192|DOB}}

Dear Commander Pratt,

I acknowledge receipt of your request dated 2 June. I am unable to release psychotherapy notes concerning Officer {{Lee|c192|FAMILY_NAME}} without a signed authorisation from him or a court order. I can confirm attendance dates only if he consents to that limited disclosure.

Sincerely,
Marisol Vega"""),

    ("team_note", "direct", None, """Supervision, 3 June — notes for Priya (supervisor)

1. {{Grete Moen|c228|FULL_NAME}} — night dispatcher at the {{Clinton County Sheriff's Office|c228|EMPLOYER}}; the child-drowning call keeps surfacing. Talked about pacing the imaginal exposure.
2. Mr {{Perry|c191|FAMILY_NAME}} — also dispatch, different county. Sleep improving; wants to taper sessions. I'm wary, anniversary of the pileup is next month.
3. Admin: Priya wants my log hours by Friday."""),

    ("email", "direct", None, """Hi Jordan,

New referral came through the prison EAP this morning — a corrections officer, 71, still working nights, partner has been unwell since the winter. He asked us to write only to {{donald.ryan@gmail.com|c443|EMAIL}}, not the work address. Can you send the intake packet and offer him Monday or Wednesday afternoon?

Thanks,
Bev"""),

    ("social_post", "direct", None, """{{Lizzie|c479|NICKNAME}}, if you're reading this (I know you follow the practice page 🙃): your first full shift back in uniform is a big deal, and I'm proud of the work you've done with me this year. #policewellness #therapistlife"""),

    ("case_presentation", "direct", None, """Regional EAP case review — Corporal {{Aune|c306|FAMILY_NAME}}

Cpl. {{Aune|c306|FAMILY_NAME}} (34) works custody at the {{Hamilton County Sheriff's Office|c306|EMPLOYER}}. Recently separated; the children, including his daughter {{Monica|c306|RELATIVE}}, stay with him alternate weeks. Presents with intrusive memories following an inmate suicide he discovered. PCL-5 of 52 at intake, 38 at session eight. Plan: continue CPT, coordinate with his union rep on the duty-restriction letter."""),

    ("email", "direct", None, """Subject: file correction

Rae — small thing, the intake form has the surname as "{{Sondergaard|c212|MISSPELLED_NAME}}". It needs the ø, otherwise the insurer rejects the claim for the corrections officer we saw Friday. Can you fix before billing runs tonight?"""),

    ("team_note", "direct", None, """Handover: Dispatcher {{Hunter|c392|FAMILY_NAME}} (husband {{Miguel|c392|RELATIVE}} usually drives him) missed today. Second no-show since the school-bus call. Please try {{(910) 786-6152|c392|PHONE}} before end of day; if no answer, welfare letter."""),

    ("case_presentation", "quasi", None, """Case for Thursday's consult: {{corrections officer|c468|DISTINCTIVE|occupation}} in {{Plymouth|c468|ADDRESS|city}}, mid-sixties, on secondment from the {{Oakland Police Department|c468|EMPLOYER}}. Recurrent nightmares since a riot in the east block. Retirement is eight months away and he's terrified the nightmares will get worse once he has time to think."""),

    ("team_note", "quasi", None, """For the first-responder group list: the dispatcher from the {{Oakland Police Department|c377|EMPLOYER}} who {{owns the deli on Chestnut Terrace|c377|DISTINCTIVE|fact|deli on Chestnut Terrace}} wants to join the Wednesday cohort. He's worried someone from his own shift might be in it — can we check the roster before confirming?"""),

    ("social_post", "quasi", None, """Been thinking about a deputy I work with who {{hosts the Honest Detective podcast about vintage cars|c339|DISTINCTIVE|fact|Honest Detective podcast about vintage cars}}. Her dad {{Mark|c339|RELATIVE}} was on the job thirty years and never once said the word "trauma". She's rewriting that script. 🚔💬"""),

    ("email", "quasi", None, """Subject: group suitability

Kat,
Would a {{police officer|c067|DISTINCTIVE|occupation}} from {{Troy|c067|ADDRESS|city}} fit your Monday men's group? He {{breeds champion Corgis|c067|DISTINCTIVE|fact|champion Corgis in Troy}} (the dogs are basically his therapy) and has been very isolated since the shooting review. Let me know before I raise it with him.
— Sam"""),

    ("email", "quasi", None, """Quick check before I send the letter: the 911 call-taker at the {{Lexington County Sheriff's Office|c499|EMPLOYER}} asked me to address the employer letter so that his daughter {{Marilyn|c499|RELATIVE}} doesn't see it at home. Do we have a template for work-only correspondence?"""),

    ("case_presentation", "quasi", None, """Grand rounds — moral injury in custody settings (anonymised)

Ms X, late sixties, works at {{Mount Vernon Emergency Communications|c134|EMPLOYER}} after transferring from a prison post. Outside work she {{coaches the Eastport Storm under-14 softball team|c134|DISTINCTIVE|fact|Eastport Storm under-14 softball}}, which she describes as "the only place I'm not braced for something." Themes: guilt, sleep, withdrawal from her son."""),

    ("social_post", "benign", "nonclient_namesake", """Huge thanks to Chief Marcus Hale and Lt. Kelly Brennan for inviting me to run the resilience workshop at the district training day. Forty officers, zero eye-rolls (ok, maybe two). 👮‍♀️🧠"""),

    ("email", "benign", "nonclient_namesake", """Subject: Referral question from county dispatch

Hi team,

Captain Elena Ruiz, who supervises the county dispatch floor, phoned to ask whether we accept self-referrals from call-takers without a supervisor's sign-off. I told her yes, and that we never confirm to an employer who is or isn't seeing us. She'll share our number at roll call.

Danielle"""),

    ("social_post", "benign", "single_quasi", """One of the people I see works for the Clinton County Sheriff's Office and the new 12-hour shift pattern is grinding everyone down. Employers: rest is an operational requirement, not a perk."""),

    ("team_note", "benign", "weak_attribute", """New waitlist entry: dispatcher, female, 40s, two kids, wants evening slots only. No contact details yet — the EAP will pass them on once she consents."""),

    ("email", "benign", "nonclient_namesake", """Luis — thanks for coming to dinner Saturday. Mum hasn't stopped talking about your stories from the academy. Tell Rosa the lasagne dish is still here!
Love, your big sis"""),

    ("social_post", "benign", "name_as_word", """Key lessons from ten years of therapy with first responders: 1) humour is a coping skill, not avoidance. 2) the hunter-gatherer brain doesn't know the shift is over. 3) sleep is treatment. 4) bring snacks."""),

    ("case_presentation", "benign", "deidentified_case", """Vignette for the trainee seminar (composite, details altered)

A corrections officer in his fifties, twenty-plus years in maximum security, presents after his third assault by an inmate. He minimises everything, jokes constantly, and drinks "like everyone on the wing". Discuss: how would you introduce the idea of moral injury without sounding like HR?"""),

    ("email", "benign", "nonclient_namesake", """From: Sgt. Denise Brown, Peer Support Coordinator
To: Riverbend Counselling
Subject: updated peer-support rota

Good afternoon,

Please find attached the summer rota for the department's peer-support team. Officer Jamal Whitfield replaces Officer Dana Reyes from July. As before, peer supporters will refer on to your practice where clinical input is needed.

Sgt. D. Brown"""),

    ("team_note", "benign", "nonclient_namesake", """Rota reminder: Dr. Lee covers the first-responder clinic on Thursday while I'm at the coroner's court. Dr. Abernathy has Friday. Nurse Patel from occ health will drop by about the shared referral form."""),

    ("social_post", "benign", "public_figure", """Re-reading Kevin Gilmartin's "Emotional Survival for Law Enforcement" for the third time. Every officer's spouse should get a copy on graduation day."""),
]
