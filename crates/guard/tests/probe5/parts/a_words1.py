"""Benign: client names used as ordinary words (Hope .. Miles)."""
DOCS = []


def D(kind, text, sub="name_as_word"):
    DOCS.append((kind, "benign", sub, text))


# --- Hope
D("social_post", "Hope is not a feeling you wait for; it's something you practise in tiny doses. Ten years in this chair and I still believe that. #therapistthoughts")
D("email", "Subject: Hope Street parking\n\nHi all,\n\nHeads up that the city is repaving Hope Street from Monday, so the side entrance will be closed. Please tell anyone arriving for evening group to use the main door on Third.\n\nThanks,\nMarguerite")
D("team_note", "Reminder: the HOPE Collaborative (Housing Outreach & Peer Engagement) is taking referrals again. Forms are in the shared drive under Community Resources.")
D("case_presentation", "Case discussion topic: instilling hope early in treatment. The presenter will review Yalom's therapeutic factors and the research on expectancy effects; no client material will be shared.")
D("social_post", "Snow forecast for 4pm and my last session ends at 5. Hope springs eternal. ❄️🚗")

# --- Grace
D("social_post", "Grace under pressure is overrated. Sometimes the bravest thing a person can say is \"I can't do this alone.\"")
D("email", "Subject: Late cancellation policy\n\nHi Tomasz,\n\nWe agreed on a 24-hour grace period for late cancellations back in the spring, but the portal still charges the fee immediately. Can you ask the vendor to change the setting?\n\nBest,\nIngrid")
D("team_note", "Team lunch Friday at 12:30. Dr. Okafor has offered to say grace before we eat, per tradition, and then we go through the quarterly numbers.")
D("social_post", "Amazing Grace on the bagpipes at my uncle's funeral and I was done for. Grief waits for the third verse. 🎶")
D("case_presentation", "Training slide 4 — \"A Fall from Grace\": working with shame after a public professional failure. Themes: loss of status, rumination, self-compassion. Composite vignette only; no real client.")

# --- Faith
D("team_note", "Pastoral counselling referral list updated: three faith-based providers added (two Catholic, one interfaith). Check with Priyanka before passing one on.")
D("social_post", "Someone once described starting therapy as a leap of faith. Honestly, so is opening a private practice. Grateful for both leaps. 🙏")
D("email", "Subject: Good Faith Estimate template\n\nHi Desmond,\n\nUnder the No Surprises Act every self-pay client needs a Good Faith Estimate before the first visit. Could you add the template to the intake packet?\n\nThanks,\nLeticia")
D("social_post", "FAITH, FAMILY, FOOTBALL says the banner on my neighbour's porch. Mine would say COFFEE, NAPS, BOUNDARIES. ☕")

# --- Joy
D("social_post", "Small joys this week: a warm mug, a parking space right by the door, and a kid in the waiting room singing to his plastic dinosaur. 🦕 What brought you joy?")
D("email", "Subject: Staff book group — The Joy Luck Club\n\nHi everyone,\n\nFor next month's book group we're reading The Joy Luck Club: intergenerational trauma, mothers and daughters, plenty to unpack. Copies are on the shelf by the kitchen.\n\nRhiannon")
D("team_note", "New joystick for the VR exposure rig arrived. The old one is in the cupboard marked IT; please don't throw it out yet.")
D("case_presentation", "Didactic: anhedonia versus low mood. Ask about joy directly (\"When did you last enjoy something?\") rather than only about sadness. Includes discussion of PHQ-9 item 1.")
D("social_post", "Joy is a discipline some days. Today it looked like dancing badly in my office between sessions. #selfcare #joy")

# --- Rose
D("social_post", "Rose, thorn, bud: the check-in we do at dinner. Rose: notes finished by 5. Thorn: the printer. Bud: vacation in 9 days. 🌹")
D("team_note", "Fees rose 4% on 1 July; the front desk has the new rate sheet. The sliding scale is unchanged.")
D("email", "Subject: Rose garden fundraiser\n\nHi Farida,\n\nThe community rose garden is holding a fundraiser for the crisis line on Saturday. I'm thinking we sponsor a bench. Thoughts?\n\nOksana")
D("social_post", "Rose-tinted glasses aren't denial if you know you're wearing them. 🌸")
D("case_presentation", "Group curriculum, week 6: the \"Rose-Colored Memories\" module on euphoric recall in early recovery. Handouts attached; no case material.")

# --- Will
D("email", "Subject: Thursday group\n\nHi Nadia,\n\nWill you be able to cover my Thursday 3pm group? If not, I will ask Desmond. Either way I'll update the schedule by Friday.\n\nThanks,\nMarguerite")
D("team_note", "Living will and advance directive forms for the older-adult program are now in the intake binder, behind the consent forms.")
D("social_post", "Willpower is not a personality trait. Sleep, food and a decent plan will beat it every time. #mentalhealth")
D("team_note", "WILL NOT BE IN MONDAY (dentist). Voicemail is forwarded to the front desk. — Priyanka")
D("social_post", "\"Where there's a will, there's a way\" is lovely until you meet executive dysfunction. Then it's: where there's a timer and a body double, there's a way. ⏲️")

# --- Bill
D("email", "Subject: Bill for October\n\nHi Tomasz,\n\nThe electricity bill for October came in at almost double. Can you check whether the space heater in room 3 was left on over the long weekend?\n\nIngrid")
D("team_note", "Billing: superbills go out on the 1st. If a client asks why insurance hasn't paid, check the claim status before you re-bill anything.")
D("social_post", "Clean bill of health from my own therapist this week. Her words: \"You're allowed to stop fixing everyone.\" 😅")
D("case_presentation", "Policy update before Thursday's case conference: the Client Bill of Rights (Appendix C) now covers telehealth privacy. Please read it before we discuss the hypothetical cases.")
D("social_post", "Bill paid, inbox empty, plant watered. Tiny wins count. ✅")

# --- Mark
D("team_note", "Please mark any unsigned notes in red on the audit sheet by Wednesday; the auditor arrives Thursday morning.")
D("social_post", "Hit the 10-year mark in private practice today. Still learning, still humbled. 🎉")
D("email", "Subject: MARKED-UP consent form\n\nHi Desmond,\n\nI've marked up the consent form (tracked changes on page 2) and put a big question mark next to the recording clause. Can we discuss Tuesday?\n\nLeticia")
D("social_post", "Mark my words: the new EHR will crash on its very first Monday. Place your bets. 💻")
D("case_presentation", "Scoring note for the GAD-7 training: if a client marks two responses on one item, score the higher one and mark the form as reviewed.")

# --- Frank
D("social_post", "Had a frank conversation with myself about caseload size. Going down to 22 clients from January. Boundaries are for therapists too.")
D("team_note", "Frankly, the new waiting-room chairs are worse than the old ones. Can we send them back? — Oksana")
D("email", "Subject: Frank Talk About Burnout — panel\n\nHi all,\n\nThe state association is running \"Frank Talk About Burnout\", a free panel on 12 March. I've registered; let me know if you want the link.\n\nFarida")
D("social_post", "Tip for supervisees: be frank about what you don't know. \"I'll find out\" is a complete sentence.")
D("case_presentation", "Seminar reading: Frankl, Man's Search for Meaning, ch. 2. Bring one frank, de-identified example from your own practice where meaning-making helped.")

# --- June
D("team_note", "June rota: I'm out June 9–13 and Dr. Okafor covers my crisis slots. Back on the 16th.")
D("social_post", "Every June our practice walks in the Pride parade, and every June I'm reminded how much it matters to be seen. 🏳️‍🌈 #Pride")
D("email", "Subject: JUNE NEWSLETTER draft\n\nHi Rhiannon,\n\nAttached is the June newsletter draft: summer anxiety tips, the new teen group, and a reminder about holiday closures. Edits welcome by Friday.\n\nNadia")
D("case_presentation", "Case conference schedule, June: 6/4 eating disorders (Dr. Abernathy), 6/18 perinatal mood disorders (Leticia). All cases de-identified.")
D("social_post", "First week of June and I've already said \"let's revisit this in September\" three times. 🙃")

# --- May
D("email", "Subject: May Newsletter\n\nHi team,\n\nMay is Mental Health Awareness Month, so the newsletter leads with a stigma piece. May I ask each of you for one 50-word tip by the 25th?\n\nIngrid")
D("team_note", "Clients may bring a support person to the first session; please note it in the scheduling comments.")
D("social_post", "You may feel behind. You may also be exactly where you need to be. Both can be true. 💙")
D("case_presentation", "Risk formulation training: factors that may raise short-term risk versus those that may be protective. Hypothetical case only.")
D("social_post", "MAY GOALS: 1) drink water 2) leave by 6 3) stop apologising in emails. Results next month 😂")
