#!/usr/bin/env python3
"""Hand-written probe set for the Sanctum disclosure guard.

Markup inside a text:  {{surface|cid|TYPE}}  or  {{surface|cid|TYPE/subtype}}
The markup is stripped; character and UTF-8 byte offsets are computed.

    python3 make_probe.py          -> writes docs.jsonl beside it (+ runs validation)

Written about the shared benchmark's dev caseload (../../../../shared/bench/dev) in other
words than the benchmark's templates, as other people would write, to find where the
guard fails to generalise (crates/guard/tests/accuracy.rs scores it).
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CASELOAD = os.path.join(HERE, "../../../../../shared/bench/dev/caseload.json")
MARK = re.compile(r"\{\{([^{}|]+)\|(c\d{3})\|([A-Z_]+)(?:/([a-z_]+))?\}\}")
TYPES = {"FULL_NAME", "GIVEN_NAME", "FAMILY_NAME", "NICKNAME", "MISSPELLED_NAME", "INITIALS", "PHONE",
         "EMAIL", "DOB", "ADDRESS", "EMPLOYER", "SCHOOL", "RELATIVE", "DISTINCTIVE"}
DIRECT_TYPES = {"FULL_NAME", "GIVEN_NAME", "FAMILY_NAME", "NICKNAME", "MISSPELLED_NAME", "INITIALS",
                "PHONE", "EMAIL", "DOB"}

D = []   # (kind, category, subcategory, marked text, note)


def add(kind, cat, sub, text, note=""):
    D.append((kind, cat, sub, text, note))


SP, EM, CP, TN = "social_post", "email", "case_presentation", "team_note"

# =====================================================================================
# DIRECT LEAKS
# =====================================================================================
# ---- given names ----
add(SP, "direct", "GIVEN_NAME",
    "ok so {{Monique|c063|GIVEN_NAME}} finally did the exposure homework and I may have cried in my car afterwards 😭🙌 #therapistlife #exposuretherapy")
add(TN, "direct", "GIVEN_NAME",
    "- {{Grace|c146|GIVEN_NAME}}'s intake moved to Thurs 2pm\n- still waiting on insurance auth\n- flagged: passive SI last session, safety plan reviewed + copy given")
add(TN, "direct", "GIVEN_NAME",
    "{{Hope|c034|GIVEN_NAME}} cancelled AGAIN (3rd time this month). pls call her back re: late cancel fee before Fri")
add(EM, "direct", "GIVEN_NAME",
    "Hi Priya,\n\nWould you be ok if I brought {{Mark|c173|GIVEN_NAME}} up at peer supervision on Weds? He's been stuck on the same loop about his brother {{Kenneth|c173|RELATIVE}} for weeks now and I think I'm missing something obvious.\n\nCheers,\nFenella")
add(SP, "direct", "GIVEN_NAME",
    "shoutout to {{tiffany|c089|GIVEN_NAME}} who said i could share this: \"i didn't think i deserved help.\" she does. you do too. 💜 #mentalhealthmatters #therapy")
add(CP, "direct", "GIVEN_NAME",
    "Presenter: F. Okafor, LCSW\nClient: {{Dustin|c014|GIVEN_NAME}}, 69, referred by his GP after a fall at work.\nPresenting problem: low mood, withdrawal, drinking 4-5 beers nightly since retirement talk began.\nQuestion for the group: how hard to push on the alcohol at this stage?")
add(TN, "direct", "GIVEN_NAME",
    "{{Chase|c094|GIVEN_NAME}} - no show x2, reached VM. Will try again Mon, then send the standard letter.")
add(EM, "direct", "GIVEN_NAME",
    "Subject: records request - hold\n\nHi all — {{Gottfried|c118|GIVEN_NAME}}’s daughter rang the front desk this morning asking for copies of his session notes. Please do NOT release anything, there is no ROI on file and he has been clear he doesn't want family involved.\n\nThanks, Ines")
add(SP, "direct", "GIVEN_NAME",
    "When {{Lasse|c095|GIVEN_NAME}} told me he'd finally booked the dentist after 9 yrs of avoiding it... small wins are still wins 🦷✨ #anxietyrecovery")
add(TN, "direct", "GIVEN_NAME",
    "{{IRIS|c103|GIVEN_NAME}} — URGENT — called crisis line overnight, on-call spoke w/ her at 2:40am. Needs f/u call TODAY before noon.")
add(EM, "direct", "GIVEN_NAME",
    "sorry for the slow reply!! {{Esben|c078|GIVEN_NAME}} is fine to move to the Tuesday men's group, he's actually been asking about it. I'll let him know this week.\n\n- T")
add(CP, "direct", "GIVEN_NAME",
    "Case for consultation\n\n{{Dominique|c172|GIVEN_NAME}} (they/them) is a 50-year-old mechanic self-referred for intrusive memories after a workplace accident. Sleep 3-4h/night. PCL-5 = 52.\n\nI'd value input on pacing the trauma narrative.")
add(SP, "direct", "GIVEN_NAME",
    "Had a session today where {{Ivy|c052|GIVEN_NAME}} said \"I'm allowed to take up space\" and honestly?? same 🌿")
add(TN, "direct", "GIVEN_NAME",
    "{{Dawn|c026|GIVEN_NAME}} — meds review booked w/ Dr Nakamura 6/12. Prefers afternoons, gets dizzy on the new dose.")
add(EM, "direct", "GIVEN_NAME",
    "Hi Kwame,\n\nQuick one: {{June|c002|GIVEN_NAME}} asked me to pass on that she can't make Thursday (she's on shift). Could you offer her the 6pm next week instead?\n\nThanks so much,\nImogen")

# ---- nicknames / preferred names ----
add(SP, "direct", "NICKNAME",
    "{{Chelle|c008|NICKNAME}}'s first week back on campus went better than either of us expected 🥲 #studentmentalhealth")
add(TN, "direct", "NICKNAME",
    "{{TEDDY|c092|NICKNAME}} - moved to 4pm, partner dropping him off (no driving this week per psych)")
add(EM, "direct", "NICKNAME",
    "Hi Ngozi,\n\nJust a heads up that {{Roz|c043|NICKNAME}} asked to switch to telehealth for the next month — her shifts changed again. Can you update the calendar?\n\nThx!\nM.")
add(SP, "direct", "NICKNAME",
    "my client {{penny|c045|NICKNAME}} brought me homemade tamales today and I'm not crying, you're crying 🫔❤️")
add(TN, "direct", "NICKNAME",
    "{{Sammy|c030|NICKNAME}} (pref. name) — relapse disclosed, AUDIT 19. Refer to IOP, discuss w/ team Thurs.")
add(CP, "direct", "NICKNAME",
    "I'd like to discuss {{Jem|c090|NICKNAME}}, a 31-year-old man with panic disorder and marked agoraphobic avoidance. He has not driven on the highway in two years.")
add(EM, "direct", "NICKNAME",
    "Subject: sliding scale?\n\nre {{Drew Williams|c028|NICKNAME/nickname_full}} — his insurance lapsed when he changed jobs, can we do sliding scale for 2-3 months? He's doing really well and I'd hate for him to drop out now.\n\nDesmond")
add(TN, "direct", "NICKNAME",
    "{{Gabby|c076|NICKNAME}} called, wants to talk about the fire at work, sounded shaky. Callback by EOD pls.")
add(SP, "direct", "NICKNAME",
    "{{Micah|c150|NICKNAME}} walked in today and said \"I think I'm actually ok?\" and I had to hold it together 🥹 #therapistsofinstagram")
add(TN, "direct", "NICKNAME",
    "{{Will|c166|NICKNAME}} no-showed; daughter says he's in hospital (fall). Hold his Tues slot for 2 wks.")
add(EM, "direct", "NICKNAME",
    "Hi both,\n\n{{Art|c196|NICKNAME}} has asked that we only contact him by text from now on (roommate situation). Please update his file.\n\nBest\nOttoline")
add(TN, "direct", "NICKNAME",
    "{{Pat|c178|NICKNAME}}'s custody hearing is Tues — she may call in crisis, on-call pls be aware.")
add(SP, "direct", "NICKNAME",
    "Proud of {{Nicki|c174|NICKNAME}}!!! 🎉 She set a boundary with her dad today for the first time ever. Growth is messy and beautiful.")
add(EM, "direct", "NICKNAME",
    "{{Randy|c133|NICKNAME}} - can we move him to your Weds slot? He's working doubles at the shop through July.\n\nsent from my phone")

# ---- misspellings ----
add(EM, "direct", "MISSPELLED_NAME",
    "Subject: coverage\n\nHey Kent,\n\nCan you see {{Zachery Miranda|c041|MISSPELLED_NAME}} on Tuesday? Grief work, he's stable, just keep him talking about his sister.\n\nCindy")
add(TN, "direct", "MISSPELLED_NAME",
    "{{Kimberley|c141|MISSPELLED_NAME}} P. - called re: billing, says she was double charged in April. Pls check.")
add(SP, "direct", "MISSPELLED_NAME",
    "So proud of {{Natalee|c010|MISSPELLED_NAME}} for finally retiring after 40 yrs of teaching 🍎 you earned every second of rest")
add(CP, "direct", "MISSPELLED_NAME",
    "Client: {{Gesche Blumel|c081|MISSPELLED_NAME}}\nAge: 63\nReferral: EAP\nPresenting: burnout, tearfulness, conflict with a new supervisor.")
add(EM, "direct", "MISSPELLED_NAME",
    "hey can u check if {{Jilian|c021|MISSPELLED_NAME}} paid for last week? she said she did via venmo but I don't see it")
add(TN, "direct", "MISSPELLED_NAME",
    "{{Herminio Perello|c105|MISSPELLED_NAME}} — interpreter (Spanish) needed for next session, confirmed w/ agency")
add(SP, "direct", "MISSPELLED_NAME",
    "{{Rosalynda|c043|MISSPELLED_NAME}}, if you ever read this: you are so much braver than you think 💛 #therapistlife")
add(TN, "direct", "MISSPELLED_NAME",
    "Pt {{Katrina Blackwel|c099|MISSPELLED_NAME}}: increased SI, safety plan updated, next appt moved up to Mon")
add(EM, "direct", "MISSPELLED_NAME",
    "Hi Nadia,\n\nFollowing up on {{Anastasia Zys|c049|MISSPELLED_NAME}} — did the psych eval come back? She's anxious about the results and keeps asking me.\n\nThanks,\nHugo")
add(CP, "direct", "MISSPELLED_NAME",
    "Mr. {{Velasques|c023|MISSPELLED_NAME}} is a 30-year-old teacher presenting with panic attacks that began after a classroom incident in March.")
add(TN, "direct", "MISSPELLED_NAME",
    "{{Oystein Saether|c164|MISSPELLED_NAME}} - wants to end therapy, discuss termination plan next session")
add(SP, "direct", "MISSPELLED_NAME",
    "{{Stanislaw|c065|MISSPELLED_NAME}} (15!!) taught me more about resilience this year than any textbook 📚")

# ---- full names ----
add(EM, "direct", "FULL_NAME",
    "hey, can you cover my 10am tomorrow? it's {{dustin hubbard|c014|FULL_NAME}}, he's stable, just do a check-in on sleep + drinking. thx!!")
add(CP, "direct", "FULL_NAME",
    "CASE CONSULTATION — {{LORI EDWARDS|c038|FULL_NAME}}\n\nPresenting concern: caregiver burnout, intrusive thoughts of harming self.\nHistory: two prior episodes of major depression.\nAsk: advice on involving her husband.")
add(EM, "direct", "FULL_NAME",
    "Re: {{Romero, Jeffrey|c016|FULL_NAME}} – outstanding invoice\n\nHi Farah,\n\nBilling shows two no-show fees still open. He disputes one of them. Can we waive the May one?\n\nThanks,\nLeo")
add(SP, "direct", "FULL_NAME",
    "{{Kelly Serrano|c050|FULL_NAME}}’s wife dropped off a thank-you card at reception today 😭 this job, man. #privatepractice")
add(TN, "direct", "FULL_NAME",
    "Pt: {{Connor Becker|c057|FULL_NAME}} | Dx F41.1 | 8/12 sessions used | next: 6/10 @ 11")
add(CP, "direct", "FULL_NAME",
    "Client: {{Greer, Emily|c117|FULL_NAME}} (she/her)\nReason for referral: recurrent depressive episodes, work stress.\nPlan: behavioural activation, reassess PHQ-9 in 4 weeks.")
add(TN, "direct", "FULL_NAME",
    "{{Kyle J. Collins|c152|FULL_NAME}} - intake done, wants CBT for insomnia. Assign to Hiroshi.")
add(EM, "direct", "FULL_NAME",
    "Dear Dr. Fairweather,\n\nI am writing to refer Mrs. {{Debra Jones|c075|FULL_NAME}} for a psychiatric assessment. She has been in therapy with me since January for generalised anxiety and I believe a medication review would help.\n\nKind regards,\nDr. Teodora Varga")
add(TN, "direct", "FULL_NAME",
    "{{Μαρία Δαμαλά|c007|FULL_NAME}} – interpreter (Greek) needed for Thurs session, booked via agency")
add(TN, "direct", "FULL_NAME",
    "{{徐艳|c190|FULL_NAME}} — husband called, wants a joint session. Mandarin interpreter booked for next Weds.")
add(CP, "direct", "FULL_NAME",
    "Case review: {{Σαράντης Τραχίλης|c142|FULL_NAME}}, 72, widowed last year, referred by primary care for complicated grief.")
add(SP, "direct", "FULL_NAME",
    "{{ASHLEY MARTINEZ|c188|FULL_NAME}} YOU DID IT!!! 🎓🎓 two years ago you couldn't leave the house. so proud to have been part of this #therapist")
add(EM, "direct", "FULL_NAME",
    "Hi Greta,\n\nI've attached the discharge summary for {{Alphonse de Oliveira|c183|FULL_NAME}}. Please file it with the rest of his records.\n\nBest,\nWren")
add(TN, "direct", "FULL_NAME",
    "{{Brendan  Wilson|c056|FULL_NAME}} called to say he's quitting therapy \"for now\" — pls send the closing letter")
add(SP, "direct", "FULL_NAME",
    "congrats to my amazing client {{yaiza pi|c072|FULL_NAME}} on one year sober today 🎉🎉 #recoveryispossible")

# ---- title + family name ----
add(TN, "direct", "FAMILY_NAME",
    "Mr. {{Bakke|c004|FAMILY_NAME}} - wife called re: his memory, wants to sit in next time. Discuss consent w/ him first.")
add(EM, "direct", "FAMILY_NAME",
    "Ms {{Sullivan|c003|FAMILY_NAME}} asked for a superbill for her HSA, can you send it by Friday?")
add(CP, "direct", "FAMILY_NAME",
    "Dr. {{Stein|c037|FAMILY_NAME}} is a surgeon referred by occupational health following two incidents of shouting at theatre staff. He describes himself as 'fine, just tired'.")
add(TN, "direct", "FAMILY_NAME",
    "MR {{GREGERSEN|c078|FAMILY_NAME}} - LATE CANCEL x3, discuss fee policy")
add(EM, "direct", "FAMILY_NAME",
    "Hi Lucia, Mrs. {{McCarthy|c017|FAMILY_NAME}} is asking whether her husband can join the next session. I said I'd check with you as her primary. — Noah")
add(TN, "direct", "FAMILY_NAME",
    "Mr. {{Sandvik|c083|FAMILY_NAME}} (minor) — mother signed consent, school refusal plan to be drafted")
add(EM, "direct", "FAMILY_NAME",
    "Subject: follow-up\n\nMiss {{Chandler|c130|FAMILY_NAME}} left a voicemail saying she's run out of her meds and can't reach her psychiatrist. Can someone call her back today?\n\nYusuf")
add(CP, "direct", "FAMILY_NAME",
    "Mx {{Haering|c097|FAMILY_NAME}}, 64, presents with health anxiety that escalated after a cancer scare in the family.")
add(TN, "direct", "FAMILY_NAME",
    "Prof. {{Quero|c153|FAMILY_NAME}} wants evening appts only (teaching load), flag for scheduling")
add(TN, "direct", "FAMILY_NAME",
    "Sgt. {{Tran|c035|FAMILY_NAME}} - critical incident debrief requested after the shooting, schedule ASAP")
add(EM, "direct", "FAMILY_NAME",
    "Mrs {{Hunt|c197|FAMILY_NAME}} rang again about the letter for her employer. Can you sign it off today?")

# ---- initials (+ one attribute) ----
add(TN, "direct", "INITIALS",
    "Pt {{NR|c001|INITIALS}} — works at {{Cain Insurance|c001|EMPLOYER}}, on leave since March; wants return-to-work letter.")
add(CP, "direct", "INITIALS",
    "Client {{V.O.|c011|INITIALS}} is a {{lecturer|c011|DISTINCTIVE/occupation}} in {{Eastport|c011|ADDRESS/city}} referred for insomnia and rumination.")
add(EM, "direct", "INITIALS",
    "Hi Ilse, would you take a consult call about my client {{K.P.|c141|INITIALS}}, a school counselor at {{Roosevelt Elementary|c141|EMPLOYER}}? Vicarious trauma stuff. Thanks!")
add(TN, "direct", "INITIALS",
    "{{DH|c014|INITIALS}} – driver at {{Perez's Diner|c014|EMPLOYER}} – wants to talk about retirement anxiety")
add(CP, "direct", "INITIALS",
    "{{T.G.|c047|INITIALS}}, a paralegal at {{Lambert Realty|c047|EMPLOYER}}, presents with perfectionism and panic.")
add(EM, "direct", "INITIALS",
    "re: {{A.Z.|c049|INITIALS}} — her partner {{Alex|c049|RELATIVE}} wants to join a session. Thoughts?")
add(TN, "direct", "INITIALS",
    "{{E. S.|c064|INITIALS}}, radiographer @ {{St Luke's|c064|EMPLOYER}} — night shift insomnia, CBT-I started")
add(CP, "direct", "INITIALS",
    "{{G.T.|c154|INITIALS}}, drummer with {{the Velvet Pines|c154|DISTINCTIVE/fact}}, presents with performance anxiety before gigs.")
add(TN, "direct", "INITIALS",
    "{{mw|c185|INITIALS}} (bartender at {{Sanders Foods|c185|EMPLOYER}}) - 2nd missed appt")
add(SP, "direct", "INITIALS",
    "To {{J.M.|c021|INITIALS}}, the best bassist {{the Neon Owls|c021|DISTINCTIVE/fact}} ever had: I see you. Keep going 🎸💙")

# ---- phone ----
add(TN, "direct", "PHONE",
    "callback {{(724)474-2865|c001|PHONE}} ASAP re: safety plan, left VM x2")
add(EM, "direct", "PHONE",
    "{{June|c002|GIVEN_NAME}} says her mobile is {{351 344 2390|c002|PHONE}} if you need to reach her before the session.")
add(TN, "direct", "PHONE",
    "{{Jeremy Morgan|c194|FULL_NAME}} cell {{562-823-8161|c194|PHONE}} (do NOT leave VM — wife doesn't know he's in therapy)")
add(TN, "direct", "PHONE",
    "new # for {{Sammy|c030|NICKNAME}}: {{+1-610-961-4551|c030|PHONE}}")
add(EM, "direct", "PHONE",
    "pls call {{Kara|c144|GIVEN_NAME}} at {{423 955 6169|c144|PHONE}} to confirm Thursday, she doesn't check email")
add(TN, "direct", "PHONE",
    "{{Bob|c009|NICKNAME}}'s number changed → {{4026884217|c009|PHONE}}")
add(EM, "direct", "PHONE",
    "Subject: urgent callback\n\nPlease ring {{909/976-7366|c026|PHONE}} today, she's asked for a callback about the referral.")
add(SP, "direct", "PHONE",
    "whoever keeps calling from {{847.723.7664|c090|PHONE}} at 3am — I know it's you, we'll talk Tuesday 😅 #therapistproblems")
add(TN, "direct", "PHONE",
    "Emergency contact form updated; client's own # is now {{001 (503) 431-0545|c115|PHONE}}")
add(EM, "direct", "PHONE",
    "If {{Chita|c046|GIVEN_NAME}} rings back, her number is {{601 550 69 27|c046|PHONE}} — she's expecting a call about the group.")
add(TN, "direct", "PHONE",
    "Callback: {{+1 (651) 861 7908|c043|PHONE}} — re. late cancel")

# ---- e-mail ----
add(TN, "direct", "EMAIL",
    "{{Roy|c018|GIVEN_NAME}}'s new email → {{royb72 at gmail dot com|c018|EMAIL}} (he asked us not to use the work one)")
add(EM, "direct", "EMAIL",
    "can you send the intake packet to {{s.sullivan [at] gmail [dot] com|c003|EMAIL}}? thx")
add(TN, "direct", "EMAIL",
    "portal invite bounced; resend to {{Dean.Wagner@Proton.me|c073|EMAIL}}")
add(EM, "direct", "EMAIL",
    "Hi,\n\nFor the records release please use mailto:{{k.montgomery@hotmail.com|c044|EMAIL}} — he confirmed it in session.\n\nThanks")
add(EM, "direct", "EMAIL",
    "---------- Forwarded message ---------\nFrom: {{Valerie Oliver|c011|FULL_NAME}} <{{valerieo92@gmail.com|c011|EMAIL}}>\nDate: Mon, 3 Mar 2025\nSubject: can we talk sooner?\n\nI'm not doing well. Is there anything earlier than next week?\n\n---\nFYI see below, can anyone take her tomorrow?")
add(EM, "direct", "EMAIL",
    "I've asked her to send the forms directly, she said she'd use {{april.grimes@fastmail.com|c022|EMAIL}}.")
add(SP, "direct", "EMAIL",
    "why do clients always email me at 2am 😂 ({{gracekline59@proton.me|c146|EMAIL}}, I love you but go to sleep)")
add(TN, "direct", "EMAIL",
    "new email on file: {{t.glover@yahoo.com|c092|EMAIL}} (old one bounced)")
add(EM, "direct", "EMAIL",
    "Subject: Re: forms\n\ncc'ing {{Lawrence|c138|GIVEN_NAME}} here ({{lawrencehenderson10@yahoo.com|c138|EMAIL}}) so he gets the consent form directly.")
add(TN, "direct", "EMAIL",
    "contact pref: email only - {{hectorc95(at)aol.com|c200|EMAIL}}")
add(EM, "direct", "EMAIL",
    "Please update the billing contact to {{MARK.RAY@OUTLOOK.COM|c173|EMAIL}} — the client asked this morning.")

# ---- date of birth ----
add(TN, "direct", "DOB",
    "{{Joel|c084|GIVEN_NAME}} (b. {{7th of November 1988|c084|DOB}}) - new intake, depression, self-pay")
add(TN, "direct", "DOB",
    "intake: M, DOB {{22/01/1954|c001|DOB}}, referred by GP for low mood after a bereavement")
add(EM, "direct", "DOB",
    "Insurance needs her DOB for the claim — it's {{12.15.92|c034|DOB}}. Let me know if they need anything else.")
add(CP, "direct", "DOB",
    "Identifying data: male, born {{Aug 2nd, 1985|c183|DOB}}, carpenter.\nPresenting complaint: anger outbursts at work.")
add(TN, "direct", "DOB",
    "DOB: {{2 Feb 61|c097|DOB}} — pls fix in EHR, it was entered wrong")
add(EM, "direct", "DOB",
    "Hi, can you check eligibility for a client born {{February 24th, 1956|c010|DOB}}? Medicare, retired teacher.")
add(TN, "direct", "DOB",
    "new client, d.o.b. {{29.12.1998|c050|DOB}}, female, UX designer, self-referred")
add(EM, "direct", "DOB",
    "His date of birth is {{5/9/89|c009|DOB}} — insurance keeps rejecting it because of the format.")
add(CP, "direct", "DOB",
    "Client is a man born {{March 31st '61|c033|DOB}} who works as a medical receptionist.")
add(TN, "direct", "DOB",
    "client's bday is {{the 30th of June, 1990|c012|DOB}} - she mentioned it's always a hard day")
add(EM, "direct", "DOB",
    "Subject: claim 44871\n\nDOB on the claim should read {{1995/06/06|c048|DOB}}, not 06/06/1996.")
add(TN, "direct", "DOB",
    "DOB {{19-Mar-2005|c008|DOB}} — university counselling referral, consent signed")

# ---- street address ----
add(TN, "direct", "ADDRESS",
    "Home visit Thurs: {{5243 Market Pl.|c004|ADDRESS/street}} (side door, dog in yard)")
add(EM, "direct", "ADDRESS",
    "Please post the letter to {{7105 Salazar Dr|c001|ADDRESS/street}} — he doesn't want anything emailed.")
add(TN, "direct", "ADDRESS",
    "address change: {{8290 Young Dr., Clinton|c012|ADDRESS/street}}")
add(EM, "direct", "ADDRESS",
    "Welfare check requested at {{1752 Hardy Ln|c011|ADDRESS/street}} — she hasn't answered for 3 days.")
add(TN, "direct", "ADDRESS",
    "mail superbill → {{8198 Barton Ave|c002|ADDRESS/street}}")
add(TN, "direct", "ADDRESS",
    "NEW ADDRESS: {{2879 SCHROEDER AVE|c003|ADDRESS/street}}, GLENDALE")
add(SP, "direct", "ADDRESS",
    "Note to self: stop driving past clients' houses. Yes, I mean you, blue house at {{78 Liberty Terr.|c020|ADDRESS/street}} 🙈")
add(EM, "direct", "ADDRESS",
    "Can you update his address to {{4409 Granite Dr, Waverly 26879|c024|ADDRESS/street}}? He moved last month.")
add(TN, "direct", "ADDRESS",
    "{{Drew|c028|NICKNAME}} moved — {{36 church st|c028|ADDRESS/street}}, brookfield")
add(TN, "direct", "ADDRESS",
    "Minor client, home address {{9502 Lake Pl|c027|ADDRESS/street}}; mother is the contact")
add(EM, "direct", "ADDRESS",
    "Police asked for the address for the welfare check: {{6942 Bridge Rd.|c009|ADDRESS/street}}, Troy.")

# ---- several clients ----
add(TN, "direct", "multi_client",
    "Waitlist today:\n1. {{Jerry Olson|c101|FULL_NAME}} – intake\n2. {{Lasse|c095|GIVEN_NAME}} – wants group\n3. {{Mrs. Ureña|c170|FAMILY_NAME}} – couples? (husband hesitant)")
add(EM, "direct", "multi_client",
    "Subject: supervision Thursday\n\nI'd like to bring {{Esben|c078|GIVEN_NAME}} and {{Ms. Zys|c049|FAMILY_NAME}} — both stuck in the middle phase. If time, also {{Tiffy|c089|NICKNAME}}.\n\nC.")
add(TN, "direct", "multi_client",
    "Coverage while I'm away:\n- {{Clara|c069|NICKNAME}} → Hiroshi\n- {{Thom|c111|NICKNAME}} → Nadia\n- {{Vicki Mcconnell|c189|FULL_NAME}} → Nadia (mom must attend)")
add(EM, "direct", "multi_client",
    "{{Kelly|c050|GIVEN_NAME}} and {{Geir|c154|GIVEN_NAME}} both want the 5pm slot on Mondays. Who's higher risk? I'd say {{Geir|c154|GIVEN_NAME}}.")
add(CP, "direct", "multi_client",
    "Group dynamics — DBT skills group, cohort 3\n{{Misty|c130|GIVEN_NAME}} dominates; {{Amber Wang|c143|FULL_NAME}} withdraws when {{Misty|c130|GIVEN_NAME}} speaks. {{Danielle|c186|GIVEN_NAME}} acts as peacemaker.")
add(TN, "direct", "multi_client",
    "FYI: {{Vanna|c025|NICKNAME}} and {{Andi|c137|NICKNAME}} know each other from work?? check dual relationship before group")

# =====================================================================================
# QUASI LEAKS (no names; 2+ quasi attributes of one client)
# =====================================================================================
add(SP, "quasi", "distinctive+school",
    "Still thinking about my client who {{grew a 900-lb pumpkin that made the Waverly Herald|c012|DISTINCTIVE/fact}} — she's taking night classes at {{Whitman College|c012|SCHOOL}} now and is terrified of failing. Perfectionism hits different when you're famous for a pumpkin 🎃 #therapistthoughts")
add(EM, "quasi", "distinctive+employer",
    "Hi Priya,\n\nNew referral: works at {{Khan Auto Repair|c090|EMPLOYER}}, and (you'll laugh) he's the owner of {{Noodle, the iguana that went viral|c090|DISTINCTIVE/fact}}. Panic attacks, mostly on the highway. Can you take him?\n\nFenella")
add(TN, "quasi", "distinctive+relative",
    "client's wife {{Torill|c004|RELATIVE}} joined today. He does {{that Small Town Historian podcast (birds)|c004|DISTINCTIVE/fact}} and says it's the only thing keeping him going")
add(EM, "quasi", "employer+relative",
    "Subject: referral question\n\nMy client's husband {{Vincent|c025|RELATIVE}} is pushing for couples work. She's a mechanic at {{Garcia & Sons Plumbing|c025|EMPLOYER}} and barely has evenings free. Any couples therapists with weekend slots?")
add(CP, "quasi", "distinctive+occ_city",
    "Client is a {{911 dispatcher|c043|DISTINCTIVE/occupation}} in {{Brookfield|c043|ADDRESS/city}} who also {{coaches the under-12 Storm lacrosse team|c043|DISTINCTIVE/fact}}. Presenting with secondary traumatic stress.")
add(EM, "quasi", "employer+relative",
    "She works at {{the Dayton Herald|c051|EMPLOYER}} and her son {{Steven|c051|RELATIVE}} just moved back home after his divorce. Can we talk about enmeshment next supervision?")
add(SP, "quasi", "distinctive+occ_city",
    "One of my clients is a {{high school chemistry teacher|c099|DISTINCTIVE/occupation}} in {{Waverly|c099|ADDRESS/city}} who {{was on season 14 of the Great Home Bake-Off|c099|DISTINCTIVE/fact}} and she STILL thinks she's not good enough. Imposter syndrome is wild 🧁")
add(TN, "quasi", "distinctive+employer",
    "Surgeon from {{Auburn Family Clinic|c037|EMPLOYER}} — yes the one with {{the viral alpaca (Baron)|c037|DISTINCTIVE/fact}}. Burnout; wants Friday mornings.")
add(EM, "quasi", "distinctive+occ_city",
    "My new client is a {{paralegal|c009|DISTINCTIVE/occupation}} in {{Troy|c009|ADDRESS/city}} who {{plays oboe in the Glendale Symphony|c009|DISTINCTIVE/fact}}. Performance anxiety before concerts. Any resources?")
add(CP, "quasi", "distinctive+employer",
    "Referral: software engineer at {{Halcyon Labs|c015|EMPLOYER}}, {{shows champion Great Danes|c015|DISTINCTIVE/fact}} on weekends. Presenting with workplace bullying.")
add(SP, "quasi", "distinctive+school",
    "Had a client today who was literally on {{Big Brother (season 24)|c020|DISTINCTIVE/fact}} and is now a student at {{University of Oakland|c020|SCHOOL}}. Reality TV aftermath is a real clinical issue, people 📺 #therapy")
add(TN, "quasi", "distinctive+employer",
    "new pt - works at {{Oxford Bowling Lanes|c165|EMPLOYER}}, also {{owns the vintage clothing shop on Aspen Terrace|c165|DISTINCTIVE/fact}}. overwhelmed, 2 jobs")
add(EM, "quasi", "distinctive+employer",
    "Hi, a quick consult: client is a teaching assistant at {{Adams Academy|c176|EMPLOYER}} and {{plays bass in the Electric Ravens|c176|DISTINCTIVE/fact}}. Drinking has crept up since the band started touring. Thoughts on MI?")
add(CP, "quasi", "employer+relative",
    "The client is a lawyer at {{Hall Insurance|c098|EMPLOYER}}. His wife, {{Faith|c098|RELATIVE}}, was recently diagnosed with MS and he presents with anticipatory grief.")
add(SP, "quasi", "distinctive+employer",
    "Crazy week. A client who works the front desk at {{St. Agnes's Hospital|c033|EMPLOYER}} — and, wait for it, is {{the Ward 7 councillor in Oakland|c033|DISTINCTIVE/fact}} — told me he hasn't slept more than 4h in a month. Public service is brutal.")
add(TN, "quasi", "distinctive+occ_city",
    "{{carpenter|c056|DISTINCTIVE/occupation}}, {{Plymouth|c056|ADDRESS/city}}. The guy who {{delivered a baby on the highway (Dayton Herald story)|c056|DISTINCTIVE/fact}}. Intrusive images since. PTSD screen +.")
add(EM, "quasi", "distinctive+employer",
    "Client is a librarian at {{Brookfield Public Library|c078|EMPLOYER}} and hosts {{the Stubborn Birder podcast|c078|DISTINCTIVE/fact}}. Social anxiety except when recording, interesting split.")
add(CP, "quasi", "distinctive+employer",
    "Pharmacist at {{St. Agnes's|c086|EMPLOYER}}; {{ran for mayor of Auburn in 2018|c086|DISTINCTIVE/fact}} and lost. Presents with shame and rumination about the campaign.")
add(TN, "quasi", "distinctive+employer",
    "line cook @ {{Bradshaw Foods|c113|EMPLOYER}} — {{the artist behind the Meadow Place mural|c113|DISTINCTIVE/fact}}. Depressive sx, art block.")
add(EM, "quasi", "distinctive+employer",
    "My client is a mechanic at {{Garcia & Sons|c116|EMPLOYER}} and {{sits on the Lancaster city council (Ward 6)|c116|DISTINCTIVE/fact}}. Anger issues at council meetings. Would you see him for a second opinion?")
add(SP, "quasi", "relative+school",
    "A client of mine at {{Whitman College|c124|SCHOOL}} told me his big brother {{Jorge|c124|RELATIVE}} is the only person who 'gets' him. Siblings matter so much 💙")
add(TN, "quasi", "distinctive+school",
    "{{Waverly State|c131|SCHOOL}} student, {{French horn in the Clinton Symphony|c131|DISTINCTIVE/fact}} — performance anxiety, beta blockers?")
add(EM, "quasi", "distinctive+employer",
    "New client is a school counselor at {{Roosevelt Elementary School|c141|EMPLOYER}} who {{plays timpani for the Troy Symphony Orchestra|c141|DISTINCTIVE/fact}}. Compassion fatigue. I think she'd suit your group.")
add(SP, "quasi", "distinctive+distinctive",
    "Therapist brain: my client who {{was on The Voice (season 21)|c145|DISTINCTIVE/fact}} and now {{plays bass in the Silver Monarchs|c145|DISTINCTIVE/fact}} said 'fame is just loneliness with an audience'. Writing that down forever.")
add(TN, "quasi", "employer+relative",
    "journalist at {{Mccann Studio|c157|EMPLOYER}}; son {{Todd|c157|RELATIVE}} estranged 2 yrs. Wants to write him a letter.")
add(CP, "quasi", "distinctive+employer",
    "Client is a medical receptionist at {{Auburn Family Clinic|c166|EMPLOYER}} who {{coaches the under-10 Oakland Pioneers softball team|c166|DISTINCTIVE/fact}}. Referred for grief following his wife's death.")
add(EM, "quasi", "distinctive+employer",
    "School counselor at {{Madison Elementary|c168|EMPLOYER}} who {{breeds champion Border collies in Glendale|c168|DISTINCTIVE/fact}}. He's asking for evening appointments only.")
add(SP, "quasi", "distinctive+employer",
    "My client works as an adjuster at {{Oxford Credit Union|c186|EMPLOYER}} and {{competed on Jeopardy! (season 14)|c186|DISTINCTIVE/fact}}. Brilliant, anxious, and hilarious. #therapistlife")
add(TN, "quasi", "distinctive+employer",
    "chef at {{Perez's Diner|c188|EMPLOYER}}, owner of {{Pretzel the viral miniature horse|c188|DISTINCTIVE/fact}}. Online harassment since it blew up.")
add(CP, "quasi", "distinctive+employer",
    "Special education teacher at {{Adams Academy|c193|EMPLOYER}}; {{breeds prize-winning Great Danes in Plymouth|c193|DISTINCTIVE/fact}}. Presenting: caregiver strain (mother with dementia).")
add(EM, "quasi", "distinctive+employer+relative",
    "She's a firefighter with {{Glendale Fire Department|c002|EMPLOYER}}, married to {{Jessica|c002|RELATIVE}}, and {{painted the big mural on Union Terrace|c002|DISTINCTIVE/fact}}. Moral injury after the warehouse fire. Would you consult?")
add(SP, "quasi", "distinctive+employer",
    "A client who teaches first grade at {{Jackson Elementary School|c010|EMPLOYER}} {{drums in the Copper Owls|c010|DISTINCTIVE/fact}} on weekends. Retirement is going to be an identity crisis for her, I can feel it.")
add(TN, "quasi", "distinctive+employer",
    "{{Perez's Diner|c017|EMPLOYER}} line cook / {{Ward 1 councillor in Milford|c017|DISTINCTIVE/fact}} - overwhelmed, sleep 4h")
add(EM, "quasi", "distinctive+employer",
    "She's a UX designer at {{EllisTech|c022|EMPLOYER}} and {{climbed every peak in the state in one summer (the Troy Herald did a piece)|c022|DISTINCTIVE/fact}}. Now can't get out of bed. Depression screen positive.")
add(CP, "quasi", "distinctive+relative+school",
    "A student at {{Waverly State University|c029|SCHOOL}}, married to {{Katherine|c029|RELATIVE}}, who {{breeds champion Newfoundlands|c029|DISTINCTIVE/fact}}. Referred for adjustment difficulties.")
add(TN, "quasi", "distinctive+employer",
    "adjuster at {{Lambert Realty|c031|EMPLOYER}}; {{breeds champion Salukis in Waverly|c031|DISTINCTIVE/fact}}. Wife + 2 kids, wants couples referral")
add(SP, "quasi", "distinctive+school",
    "My client (a student at {{University of Oakland|c046|SCHOOL}}) is the owner of {{Pretzel, the parrot that went viral|c046|DISTINCTIVE/fact}} and says the internet comments wrecked her. Be kind online, folks 🦜")
add(EM, "quasi", "distinctive+occ_city",
    "He's a {{barista|c061|DISTINCTIVE/occupation}} in {{Eastport|c061|ADDRESS/city}} and also {{the Ward 6 councillor in Clinton|c061|DISTINCTIVE/fact}}, and he's terrified of being recognised in the waiting room.")
add(TN, "quasi", "distinctive+school",
    "{{Whitman High School|c065|SCHOOL}} sophomore, {{coaches the Waverly Hawks under-10 basketball team|c065|DISTINCTIVE/fact}} — parents worried about overcommitment")
add(CP, "quasi", "distinctive+employer+relative",
    "Teaching assistant at {{Madison Elementary School|c069|EMPLOYER}}; father {{Olivier|c069|RELATIVE}} recently moved in; {{runs the Park Road deli|c069|DISTINCTIVE/fact}} on weekends. Presents with exhaustion.")
add(EM, "quasi", "distinctive+school",
    "He goes to {{Kennedy High School|c083|SCHOOL}} and {{was on American Ninja Warrior season 29|c083|DISTINCTIVE/fact}} — so yes, he's a bit of a local celebrity at school, which is part of the problem.")
add(TN, "quasi", "distinctive+occ_city",
    "{{dental hygienist|c107|DISTINCTIVE/occupation}}, {{Eastport|c107|ADDRESS/city}}, {{runs the Beck Way deli|c107|DISTINCTIVE/fact}} w/ husband — couples stress")
add(SP, "quasi", "distinctive+employer",
    "Client works at {{Perez's Diner|c119|EMPLOYER}} and {{plays timpani with the Waverly Symphony|c119|DISTINCTIVE/fact}}. Says drumming is her therapy. Honestly? Valid. 🥁")
add(EM, "quasi", "employer+relative",
    "She's a session musician at {{Mccann Studio|c129|EMPLOYER}}; her son {{Brian|c129|RELATIVE}} was just arrested. Can we fit her in this week?")
add(CP, "quasi", "distinctive+employer",
    "Works at {{Brookfield Public Library|c151|EMPLOYER}}; {{returned a wallet with $10,000 in it and ended up in the Brookfield Herald|c151|DISTINCTIVE/fact}}. Reports intrusive guilt about 'being seen as a saint'.")
add(TN, "quasi", "distinctive+relative",
    "partner {{James|c179|RELATIVE}} came to session; client owns {{Beans, the viral tortoise|c179|DISTINCTIVE/fact}}. lots of conflict about money")
add(EM, "quasi", "employer+relative",
    "Bartender at {{Glendale Bowling Lanes|c182|EMPLOYER}}, son {{William|c182|RELATIVE}} in recovery. She asked about Al-Anon options, any local recs?")
add(TN, "quasi", "employer+relative",
    "architect at {{Oxford Credit Union|c197|EMPLOYER}}; wife {{Jordan|c197|RELATIVE}} pregnant, client anxious about money")
add(SP, "quasi", "distinctive+occ_city",
    "My client {{owns the barbershop on Petersen Drive|c014|DISTINCTIVE/fact}} and works as a {{delivery driver|c014|DISTINCTIVE/occupation}} in {{Waverly|c014|ADDRESS/city}} on the side. 69 and still hustling. Respect ✂️")
add(CP, "quasi", "distinctive+occ_city",
    "Client is a {{police officer|c035|DISTINCTIVE/occupation}} in {{Oakland|c035|ADDRESS/city}} who {{coaches the under-12 Oakland Rockets lacrosse team|c035|DISTINCTIVE/fact}}. Critical incident last month.")
add(EM, "quasi", "distinctive+employer",
    "She's a midwife at {{St. Luke's Hospital|c053|EMPLOYER}} and {{plays viola in the Oxford Symphony Orchestra|c053|DISTINCTIVE/fact}}. Birth trauma (professional), wants EMDR.")
add(TN, "quasi", "distinctive+school",
    "{{Glendale State University|c071|SCHOOL}} student who hosts {{the Overthinking Skeptic birdwatching podcast|c071|DISTINCTIVE/fact}} - social anxiety")
add(EM, "quasi", "distinctive+relative",
    "Client's husband {{John|c128|RELATIVE}} keeps texting me. Client {{owns the tattoo studio on Hill Lane|c128|DISTINCTIVE/fact}}, works long hours. Boundaries needed.")
add(SP, "quasi", "distinctive+employer",
    "A welder from {{Jones & Sons Plumbing|c133|EMPLOYER}} who {{competed on The Voice (season 8)|c133|DISTINCTIVE/fact}} sang in session today and I got chills 🎤")
add(CP, "quasi", "employer+relative+school",
    "Electrician at {{Khan Auto Repair|c005|EMPLOYER}}, studied at {{Waverly State University|c005|SCHOOL}}, brother {{Zachary|c005|RELATIVE}} recently died. Complicated grief.")
add(TN, "quasi", "employer+relative",
    "bartender @ {{Bradshaw Foods|c030|EMPLOYER}}, son {{Joe|c030|RELATIVE}} starts kindergarten, client anxious re custody")
add(EM, "quasi", "employer+relative",
    "Her husband {{Vince|c025|RELATIVE}} called the office again. She's a mechanic with {{Garcia & Sons Plumbing|c025|EMPLOYER}}. Please don't give him any info.", note="relative named by a nickname (Vincent->Vince): debatable")
add(CP, "quasi", "distinctive+occ_city",
    "A {{graphic designer|c012|DISTINCTIVE/occupation}} from {{Clinton|c012|ADDRESS/city}} whose {{900-pound pumpkin was in the Waverly Herald|c012|DISTINCTIVE/fact}} presents with post-publicity anxiety.")

# =====================================================================================
# BENIGN
# =====================================================================================
# ---- names used as ordinary words ----
add(SP, "benign", "name_as_word", "Grace is not something you earn. It's something you practise on yourself, daily. 🌱 #selfcompassion")
add(EM, "benign", "name_as_word", "Hope everyone had a restful weekend! Reminder that the fire drill is Tuesday at 10.\n\n- Marisol")
add(TN, "benign", "name_as_word", "Will be out Fri, pls cover the 3pm group. Back Mon.")
add(EM, "benign", "name_as_word", "Hi team, I'm fully booked until June so new referrals should go to Ines for now. Thanks!")
add(TN, "benign", "name_as_word", "Reminder: the Art therapy group moves to room 3 from next week. Bring your own supplies.")
add(SP, "benign", "name_as_word", "Penny for your thoughts? 🪙 Mine: rest is productive. #therapistlife")
add(EM, "benign", "name_as_word", "Chase the insurance company about the denied claims before Friday, they keep losing the paperwork.")
add(TN, "benign", "name_as_word", "Mark all no-shows in the EHR by 5pm Friday, billing needs them for the monthly report.")
add(SP, "benign", "name_as_word", "Dawn walks have become my favourite part of the day 🌅 clinicians, what's your pre-session ritual?")
add(SP, "benign", "name_as_word", "Faith in the process, even when the process is slow. #therapistlife #growth")
add(TN, "benign", "name_as_word", "Ivy on the back fence is blocking the fire exit again — facilities notified.")
add(SP, "benign", "name_as_word", "Joy is also a valid therapeutic goal. Not just 'less pain'. Joy. ✨")
add(SP, "benign", "name_as_word", "Sue me, I like colour-coded calendars 🗂️ #privatepractice")
add(EM, "benign", "name_as_word", "Drew up the new intake form over the weekend, feedback welcome! It's in the shared drive.\n\nThaddeus")
add(SP, "benign", "name_as_word", "Crystal clear boundaries = less burnout. Say it louder for the people in the back 📢")
add(SP, "benign", "name_as_word", "Misty morning run before clinic 🌫️ best way to start a heavy day.")
add(TN, "benign", "name_as_word", "Rich text doesn't paste into the EHR properly, use plain text pls")
add(SP, "benign", "name_as_word", "Amber alert went off on everyone's phone in the middle of group and derailed everything 😬")
add(TN, "benign", "name_as_word", "Day 1 of the new scheduling system and nobody can log in. Send coffee.")
add(EM, "benign", "name_as_word", "Office closed for Ash Wednesday morning; sessions resume at 1pm.")
add(TN, "benign", "name_as_word", "Small group room booked for Thursday. Park on the street, the lot is being repaved.")
add(SP, "benign", "name_as_word", "Hall lights in the clinic are out again and honestly the dim vibe is kind of soothing 🕯️")
add(TN, "benign", "name_as_word", "Reed diffuser in the waiting room is too strong, two clients complained of headaches. Removing it.")
add(SP, "benign", "name_as_word", "April showers, May burnout. Take your PTO, fellow therapists 🌧️")
add(EM, "benign", "name_as_word", "Pat yourselves on the back, team — we cleared the waitlist this month!! 🎉")
add(SP, "benign", "name_as_word", "Iris scanners at the new hospital entrance are creepy and I will not be taking questions.")

# ---- public figures / celebrities sharing a client's name ----
add(SP, "benign", "celebrity_namesake", "Taylor Swift's new album has been the soundtrack to my note-writing all week 🎶 #therapistlife")
add(SP, "benign", "celebrity_namesake", "Emma Stone talking openly about her childhood panic attacks should be required viewing for every anxious teen I work with.")
add(EM, "benign", "celebrity_namesake", "Did you see Chris Evans on that podcast talking about his anxiety on set? Might be a nice share for the men's group.")
add(CP, "benign", "celebrity_namesake", "Reading for seminar: Arthur Miller, Death of a Salesman — Willy Loman as a study in shame, masculinity and failure.")
add(SP, "benign", "celebrity_namesake", "Dinner at a James Beard award-winning restaurant to celebrate 10 years in private practice 🥂")
add(SP, "benign", "celebrity_namesake", "Melissa McCarthy in Bridesmaids is my comfort rewatch after a heavy week. No notes.")
add(SP, "benign", "celebrity_namesake", "Danielle Brooks talking about body image on that talk show this morning 🙌 more of this please")
add(EM, "benign", "celebrity_namesake", "Playlist for the grief group: The Cure — Pictures of You. Robert Smith wrote it after finding old photos of his wife. Gets me every time.")
add(CP, "benign", "celebrity_namesake", "Identity group reading: 'Becoming' by Michelle Obama (born Michelle Robinson), chapters 1–3.")
add(TN, "benign", "celebrity_namesake", "Book club Thurs 6pm: 'The Good Lord Bird' (the abolitionist John Brown). Snacks welcome.")
add(SP, "benign", "public_figure", "Carl Rogers' unconditional positive regard is still the most radical idea in our field. Fight me. 🤓")
add(SP, "benign", "public_figure", "Michael Phelps talking about depression after the Olympics did more for men's mental health than a decade of campaigns.")
add(SP, "benign", "public_figure", "Will Smith's slap is not a 'case study in anger management', please stop asking me about it at parties 🙃")
add(EM, "benign", "public_figure", "Tom Hanks has spoken about OCD-ish habits — might be a gentle example for the teen group. Thoughts?")
add(SP, "benign", "public_figure", "Serena Williams on postpartum anxiety = essential listening for the new parents group 🎧")
add(EM, "benign", "public_figure", "Just finished Brené Brown's latest. Would make a good handout for the shame resilience group.")

# ---- the writer's own people / other non-clients sharing a client's given name ----
add(SP, "benign", "nonclient_namesake", "My daughter Hope turned 7 today and asked for a 'feelings journal' for her birthday. Therapist's kid much? 😂")
add(SP, "benign", "nonclient_namesake", "Took my son Hector to his first swim lesson today. He cried, I cried, the instructor probably cried. 🏊")
add(EM, "benign", "nonclient_namesake", "I'll be out Thursday — my husband Gottfried has knee surgery. Back Friday. Ines will cover urgent calls.")
add(SP, "benign", "nonclient_namesake", "Shoutout to my mom Renee who taught me everything I know about listening ❤️ #mothersday")
add(EM, "benign", "nonclient_namesake", "My supervisor Kyle suggested I cut down to 22 client hours a week. He's right, I hate it.")
add(TN, "benign", "nonclient_namesake", "Our receptionist Tiffany is on leave next week; phones go to voicemail after 3.")
add(SP, "benign", "nonclient_namesake", "My partner Lars made me dinner after a brutal day of sessions. Marry someone who feeds you 🍝")
add(SP, "benign", "nonclient_namesake", "Met a lovely barista named Monique this morning who remembered my order. Small kindnesses matter ☕")
add(EM, "benign", "nonclient_namesake", "My nephew Esben is visiting from Copenhagen so I'm taking Friday off. See you all Monday!")
add(SP, "benign", "nonclient_namesake", "My goddaughter Chita just got into nursing school!!! 🩺 so proud of her")
add(TN, "benign", "nonclient_namesake", "Dr. Penelope Ashford (psychiatry) covering on-call this weekend, pager 4417.")

# ---- people who are not clients ----
add(EM, "benign", "nonclient_person", "Hi Priya,\n\nWelcome aboard! Your first supervision with Dr. Okonkwo is Monday at 9. Siobhan will set up your EHR login.\n\nBest,\nMarisol")
add(TN, "benign", "nonclient_person", "Intern Caoimhe shadowing me Tues/Thurs — please introduce her to the front desk team.")
add(SP, "benign", "nonclient_person", "Huge thanks to Dr. Kwame Asante for the best trauma workshop I've been to in years 🙏")
add(EM, "benign", "nonclient_person", "Our new psychiatrist, Dr. Ruth Bakke, starts Monday. She'll see medication referrals on Tuesdays.", note="non-client sharing a client's relative's full name and family name: debatable-hard benign")
add(EM, "benign", "nonclient_person", "Hi all, a reminder that Hiroshi Tanaka from the IT vendor will be onsite Weds to fix the printers.")
add(CP, "benign", "nonclient_person", "Guest speaker: Dr. Nadia Petrov, 'Attachment ruptures in adolescent therapy'. Room 2, 12:30.")
add(SP, "benign", "nonclient_person", "Grateful for my colleague Desmond who brought soup to the whole team during flu season 🍲")
add(EM, "benign", "nonclient_person", "Regards,\nDr. Ines Carr, PsyD\nLicensed Clinical Psychologist\n(do not reply to this automated message)", note="therapist's own surname equals a client's family name")
add(TN, "benign", "nonclient_person", "Felix from billing says the clearinghouse is down till Thursday; hold all claims.")
add(SP, "benign", "nonclient_person", "Lori Gottlieb's 'Maybe You Should Talk to Someone' is still the book I recommend most to friends who ask what therapy is like.")

# ---- a single quasi attribute / weak attributes ----
add(SP, "benign", "single_quasi", "So many of my clients work at Perez's Diner lately — burnout in food service is real. Tip your servers.")
add(TN, "benign", "single_quasi", "New referral from a parent; kid attends Kennedy High School. Intake Weds 4pm.")
add(EM, "benign", "single_quasi", "Client's husband Christopher asked whether he can join a session. I said we'd discuss it with her first.")
add(SP, "benign", "single_quasi", "Saw someone who works at St. Luke's Hospital today, and the staffing stories... healthcare workers need more support.")
add(TN, "benign", "single_quasi", "Client is a pharmacist in Milford, asking for evening slots only.")
add(CP, "benign", "single_quasi", "A client who ran for mayor of Oakland in 2011 described the campaign as the loneliest year of his life. Today I want to talk about public-facing shame.", note="a unique distinctive fact alone: benign by the rule, debatable in practice")
add(EM, "benign", "single_quasi", "One of my clients works at Glendale Fire Department and the post-incident support there is non-existent. Anyone have contacts?")
add(SP, "benign", "single_quasi", "A client who works at Oxford Credit Union told me 'money is just anxiety with a receipt'. Iconic.")
add(TN, "benign", "single_quasi", "Pt's daughter Jennifer called asking about visiting hours; redirected to the ward.")
add(EM, "benign", "single_quasi", "I have a client who's a student at the University of Oakland; does the campus counselling centre take referrals for ADHD assessment?")
add(SP, "benign", "single_quasi", "A client told me about finding a Civil War sword at a garage sale and getting in the local paper. People are amazing.")
add(TN, "benign", "single_quasi", "Works at Dayton Brewing Company — wants to discuss sober-curious options at work. No further info yet.")
add(SP, "benign", "weak_attribute", "Had three electricians in a row today. Trades folks, your mental health matters too ⚡")
add(TN, "benign", "weak_attribute", "42-year-old F, self-referral, anxiety, prefers mornings. Assign to Nadia.")
add(SP, "benign", "weak_attribute", "My Troy clients keep telling me the new bridge traffic is wrecking their commute. Solidarity.")
add(EM, "benign", "weak_attribute", "New referral: someone in their 70s from Milford, bereavement. I can take them Thursday if nobody else can.")
add(CP, "benign", "weak_attribute", "Case vignette: a college student in Glendale presents with exam anxiety and disordered eating. Discuss differential.")
add(TN, "benign", "weak_attribute", "Waitlist: 2 nurses, 1 teacher, 1 police officer. All want evenings.")
add(SP, "benign", "weak_attribute", "Every mechanic I've ever worked with has said 'I'm fine' within the first 5 minutes 😂 #therapistlife")
add(EM, "benign", "weak_attribute", "Client is a line cook, mid-30s, lives in Eastport. Wants a therapist who understands restaurant hours.")

# ---- properly de-identified case presentations ----
add(CP, "benign", "deidentified_case", "Case presentation — Client A\nA woman in her late 30s employed in the hospitality sector presents with panic attacks of 8 months' duration. No prior treatment. Lives with a partner and one child. Goals: return to driving on highways.\nQuestion for the group: interoceptive exposure timing.")
add(CP, "benign", "deidentified_case", "Client \"R\", male, 60s, retired from a trades occupation, referred by primary care for low mood following the death of a sibling. Drinks 2-3 units nightly. Strong family support.")
add(CP, "benign", "deidentified_case", "De-identified vignette for training: an adolescent (15) attending a local high school, school refusal for 6 weeks, somatic complaints, parents separated. Formulation: avoidance maintained by relief.")
add(CP, "benign", "deidentified_case", "Consultation request. The client, a healthcare worker in her 50s, describes moral injury after a staffing crisis at her workplace. She has a teenage son. Sleep is poor. What's the evidence for ACT here?")
add(CP, "benign", "deidentified_case", "Case: 'Mr. X', 40s, works in finance, presenting with gambling-related debt and marital conflict. No SI. Motivated. Plan: CBT for gambling + financial counselling referral.")
add(CP, "benign", "deidentified_case", "Training case (all details altered): a young adult university student with social anxiety who performs in a local music group. Presentation: avoidance of classes, comfort on stage.")
add(CP, "benign", "deidentified_case", "Client is a 46-year-old pharmacist from Lancaster presenting with burnout. Married, two children. Plan: values work, reduced hours.", note="occupation+city (one attribute, shared by two clients) plus an age matching neither")
add(CP, "benign", "deidentified_case", "Presentation for peer consult: client, late 20s, non-binary, works in tech, long-distance relationship, recurrent depressive episodes. PHQ-9 17. Request: thoughts on behavioural activation vs IPT.")
add(CP, "benign", "deidentified_case", "Vignette: a first responder in their 40s involved in a critical incident (vehicle fire) three months ago. Intrusions, hypervigilance. Discuss CPT vs PE.")
add(CP, "benign", "deidentified_case", "Client 7 (pseudonym 'Sam'): older adult, lives alone, recently stopped driving. Loneliness and mild cognitive concerns. Plan: behavioural activation, memory clinic referral.")

# ---- therapy life / practice admin (incl. near-miss contact details) ----
add(SP, "benign", "therapy_life", "Our practice has moved! New address: 2331 Maple Terrace, Suite 4. Same phone, same therapists, bigger waiting room 🌿", note="street name shared with a client's street, different number")
add(EM, "benign", "therapy_life", "For after-hours emergencies please call the on-call line at (724) 474-2866 or 988.", note="one digit off a client's phone")
add(TN, "benign", "therapy_life", "Printer on floor 2 jammed again. Use the one by reception.")
add(SP, "benign", "therapy_life", "CE reminder: ethics hours are due by 12/31. Don't be me in 2023 cramming 6 hours on New Year's Eve 🫠")
add(EM, "benign", "therapy_life", "Subject: holiday schedule\n\nThe office will be closed from 24 December to 2 January. Email intake@brightpathcounseling.org for anything urgent.\n\nThanks,\nFelix")
add(SP, "benign", "therapy_life", "Therapist confession: I still get nervous before every first session. 12 years in. #therapistsofinstagram")
add(TN, "benign", "therapy_life", "Fire marshal inspection Wednesday 10-11am; keep corridors clear.")
add(SP, "benign", "therapy_life", "Reminder that your therapist is a person too. We cancel when we're sick. We cry at movies. We forget our lunch. 🥪")
add(EM, "benign", "therapy_life", "Hi all, the new fax number is 555-0142 and the building code is 1954. Please don't share it outside the team.")
add(TN, "benign", "therapy_life", "Team lunch Friday at Dayton Brewing Company, 12:30. RSVP to Felix.", note="a client's employer named, not about a client")


def build():
    out = []
    counters = Counter()
    for i, (kind, cat, sub, marked, note) in enumerate(D, 1):
        text_parts, spans, pos = [], [], 0
        last = 0
        for m in MARK.finditer(marked):
            text_parts.append(marked[last:m.start()])
            pos += len(marked[last:m.start()])
            surf, cid, typ, subtype = m.group(1), m.group(2), m.group(3), m.group(4)
            assert typ in TYPES, (i, typ)
            spans.append({"start": pos, "end": pos + len(surf), "client": cid, "type": typ, "subtype": subtype})
            text_parts.append(surf)
            pos += len(surf)
            last = m.end()
        text_parts.append(marked[last:])
        text = "".join(text_parts)
        assert "{{" not in text and "}}" not in text, (i, text)
        ccat = {}
        js = []
        for s in sorted(spans, key=lambda s: (s["start"], s["end"])):
            sb = len(text[:s["start"]].encode("utf-8"))
            eb = sb + len(text[s["start"]:s["end"]].encode("utf-8"))
            d = {"start": s["start"], "end": s["end"], "start_byte": sb, "end_byte": eb,
                 "client": s["client"], "type": s["type"]}
            if s["subtype"]:
                d["subtype"] = s["subtype"]
            js.append(d)
            direct = s["type"] in DIRECT_TYPES or s["subtype"] == "street"
            if direct or ccat.get(s["client"]) == "direct":
                ccat[s["client"]] = "direct"
            else:
                ccat[s["client"]] = "quasi"
        counters[kind] += 1
        doc = {"id": f"p{i:04d}", "kind": kind, "text": text, "identifies": sorted(ccat), "spans": js,
               "category": cat, "subcategory": sub, "client_category": ccat,
               "template": f"probe/{kind}/{counters[kind]}"}
        if note:
            doc["note"] = note
        out.append(doc)
    return out


def validate(docs):
    cl = json.load(open(CASELOAD, encoding="utf-8"))
    clients = {c["id"]: c for c in cl["clients"]}
    sys.path.insert(0, HERE)
    from lookup import idx
    errs = 0
    for d in docs:
        t, tb = d["text"], d["text"].encode("utf-8")
        for s in d["spans"]:
            assert tb[s["start_byte"]:s["end_byte"]].decode("utf-8") == t[s["start"]:s["end"]], (d["id"], s)
            assert s["client"] in clients
        if d["category"] == "benign":
            assert not d["spans"], d["id"]
        if d["category"] == "direct":
            assert any(v == "direct" for v in d["client_category"].values()), d["id"]
        if d["category"] == "quasi":
            assert d["spans"] and all(v == "quasi" for v in d["client_category"].values()), d["id"]
            for cid in d["identifies"]:
                c = clients[cid]
                for nm in {c["given_name"], c["family_name"], c["preferred_name"]} - {None}:
                    if re.search(r"(?<!\w)" + re.escape(nm) + r"(?!\w)", t):
                        print("WARN quasi doc contains target name token", d["id"], nm)
                        errs += 1
        # uniqueness of quasi combos (and of initials + attribute)
        for cid in d["identifies"]:
            c = clients[cid]
            ss = [s for s in d["spans"] if s["client"] == cid]
            if any(s["type"] in DIRECT_TYPES - {"INITIALS"} or s.get("subtype") == "street" for s in ss):
                continue
            sets = []
            for s in ss:
                surf = t[s["start"]:s["end"]]
                if s["type"] == "EMPLOYER":
                    sets.append(idx[("employer", c["employer"])])
                elif s["type"] == "SCHOOL":
                    sets.append(idx[("school", c["school"])])
                elif s["type"] == "RELATIVE":
                    rels = [r for r in c["relatives"] if r["name"].split()[0].lower() == surf.split()[0].lower()]
                    if not rels:
                        print("NOTE relative surface not literal:", d["id"], surf)
                        continue
                    u = set()
                    for r in rels:
                        u |= idx[("relative", r["relation"], r["name"].split()[0])]
                    sets.append(u)
                elif s["type"] == "DISTINCTIVE" and s.get("subtype") == "occupation":
                    sets.append(idx[("occ_city", c["occupation"], c["address"]["city"])])
                elif s["type"] == "DISTINCTIVE":
                    sets.append({cid})
                elif s["type"] == "INITIALS":
                    sets.append(idx[("initials", (c["given_name"][0] + c["family_name"][0]).upper())])
            if len(ss) < 2 and d["category"] == "quasi":
                print("WARN <2 spans", d["id"]); errs += 1
            if sets:
                inter = set.intersection(*sets)
                if inter != {cid}:
                    print("WARN combination not unique", d["id"], cid, sorted(inter)); errs += 1
        # stray full names / contacts of other clients
        low = t.lower()
        for cid, c in clients.items():
            if cid in d["identifies"]:
                continue
            if c["full_name"].lower() in low and d["subcategory"] != "celebrity_namesake":
                print("WARN stray full name", d["id"], c["full_name"]); errs += 1
            if re.sub(r"\D", "", c["phone"]) in re.sub(r"\D", "", t):
                print("WARN stray phone", d["id"], cid); errs += 1
            if c["email"].lower() in low:
                print("WARN stray email", d["id"], cid); errs += 1
    return errs


if __name__ == "__main__":
    docs = build()
    errs = validate(docs)
    with open(f"{HERE}/docs.jsonl", "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    cats = Counter(d["category"] for d in docs)
    types = Counter(s["type"] for d in docs for s in d["spans"])
    print(f"{len(docs)} docs {dict(cats)}; clients used: {len({c for d in docs for c in d['identifies']})}")
    print("span types:", dict(sorted(types.items())))
    print("kinds:", dict(Counter(d["kind"] for d in docs)))
    print("warnings:", errs)
