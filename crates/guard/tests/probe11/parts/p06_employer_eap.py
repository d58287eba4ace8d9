# One large employer's EAP: St. Mary's Hospital's staff counselling service, the
# shipyard's occupational health counsellor, the Waverly school district's employee
# assistance programme, a logistics company's contracted EAP.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("team_note", "direct", None,
     "EAP - St. Mary's staff service. {{Dr. Mickey Bell|c075|NICKNAME|nickname_full}} (surgery) booked 3 sessions. Requested no "
     "calendar invite via hospital Outlook. Wife {{Lori|c075|RELATIVE}} is the contact. Burnout; rota."),

    ("email", "direct", None,
     "Subject: self-referral\n\n"
     "Hello,\n\n"
     "I'm writing to confirm that {{Justin Watkins|c006|FULL_NAME}} from the maternity unit has self-referred to the Staff "
     "Support Service. As one of only two male {{midwives|c006|DISTINCTIVE|occupation}} on the unit he is worried about being "
     "recognised in the waiting area, so we'll see him in the chaplaincy office.\n\n"
     "Staff Support Service, St. Mary's"),

    ("team_note", "direct", None,
     "Pharmacy dept - EAP callback. {{Paul Duncan|c040|FULL_NAME}} asked for a call on his mobile, {{606-621-1460|c040|PHONE}}, "
     "not the pharmacy extension. Re: stress since the dispensing error inquiry."),

    ("team_note", "direct", None,
     "Confirm appt by email: {{lauramelton99 [at] yahoo [dot] com|c084|EMAIL}} ({{PT|c084|DISTINCTIVE|occupation}}, ortho rehab)."),

    ("email", "direct", None,
     "Subject: Re: classroom cover\n\n"
     "Hi Janine,\n\n"
     "{{Mr. Avila|c007|FAMILY_NAME}} will be out Tuesday afternoons for the next six weeks for appointments with me through "
     "the district EAP. Please arrange cover for his special-ed class without putting the reason on the cover sheet.\n\n"
     "Thanks,\nGreg Lassiter, LCSW\nEmployee Assistance Program, Waverly Unified School District"),

    ("team_note", "direct", None,
     "District EAP. {{Ib Reinhardt|c039|NICKNAME|nickname_full}} ({{Yr 2 teacher|c039|DISTINCTIVE|occupation}}, {{Hudson|c039|ADDRESS|city}}) - second session. {{Viral-pig fame|c039|DISTINCTIVE|fact|pig named Professor Snuggles}} "
     "is making parents' evenings awkward. Brother {{Gustav|c039|RELATIVE}} handling the account now."),

    ("team_note", "direct", None,
     "{{Chrissy|c221|NICKNAME}} from {{Waverly Unified|c221|EMPLOYER}} cancelled again - third time. She teaches in "
     "Manchester. Sons {{Jason|c221|RELATIVE}} and {{Ralph|c221|RELATIVE}} both sick. Reschedule."),

    ("email", "direct", None,
     "Subject: EAP session 2\n\n"
     "Hi, just confirming that {{Debra Cannon|c067|MISSPELLED_NAME}} (the {{barista|c067|DISTINCTIVE|occupation}} at the depot café) "
     "has her second session on Friday. Her husband {{Douglas|c067|RELATIVE}} will drop her off.\n\n"
     "Horizon EAP"),

    ("team_note", "direct", None,
     "Thompson Logistics EAP intake\n"
     "Name: {{Laura Wright|c380|FULL_NAME}}\n"
     "DOB: {{May 5, 1992|c380|DOB}}\n"
     "Role: {{warehouse associate|c380|DISTINCTIVE|occupation}}, nights\n"
     "Reason: 'I may have to quit.' Back pain, low mood, husband {{Mathew|c380|RELATIVE}} out of work.\n"
     "May see in person on Tuesdays."),

    ("team_note", "direct", None,
     "Home visit for the {{care assistant|c143|DISTINCTIVE|occupation}} on long-term sick leave: {{5508 Munoz Place|c143|ADDRESS|street}}, {{Oakland|c143|ADDRESS|city}}. "
     "Partner {{Marie|c143|RELATIVE}} to let me in. Bring the return-to-work forms."),

    ("email", "direct", None,
     "Subject: {{Jerry|c336|GIVEN_NAME}}\n\n"
     "Greg,\n\n"
     "{{Jerry Brown|c336|FULL_NAME}} (yes, that's really his name; no, not the governor) from the {{primary school|c336|DISTINCTIVE|occupation}}. "
     "His husband {{Brett|c336|RELATIVE}} called the EAP line to say {{Jerry|c336|GIVEN_NAME}} won't make Thursday. I'll phone him "
     "myself.\n\nJanine"),

    ("team_note", "direct", None,
     "Cline Electric EAP: {{E.P.|c238|INITIALS}}, {{roofer|c238|DISTINCTIVE|occupation}}, 80 this year and still going up "
     "ladders. Wife {{Anna|c238|RELATIVE}} worried. Discussed retirement, grief about 'not being useful'."),

    # ---------------------------------------------------------------- quasi
    ("team_note", "quasi", None,
     "Shipyard occ health - counselling waitlist. Priority: the only woman {{welder|c131|DISTINCTIVE|occupation}} at "
     "{{Manchester Shipyard|c131|EMPLOYER}}, commutes from {{Waverly|c131|ADDRESS|city}}. Harassment complaint ongoing. "
     "See this week."),

    ("email", "quasi", None,
     "Subject: a staff member you'll know\n\n"
     "Dear Dr. Kaur,\n\n"
     "Flagging a potential conflict. One of our {{St. Mary's|c050|EMPLOYER}} staff, who {{runs the dog-grooming salon on Oak "
     "Drive|c050|DISTINCTIVE|fact|dog-grooming salon on Oak Drive}} on her days off and {{coaches the Lebanon Comets|c050|DISTINCTIVE|fact|Lebanon Comets}}, "
     "has been referred to you. I believe your son plays for the Comets. Please consider whether to pass the referral on.\n\n"
     "Staff Support Service"),

    ("team_note", "quasi", None,
     "The {{radiographer|c077|DISTINCTIVE|occupation}} from {{Lebanon|c077|ADDRESS|city}}, {{St. Mary's|c077|EMPLOYER}} imaging. Son "
     "{{Raymond|c077|RELATIVE}} was in a car accident, stable. Client requesting leave + counselling."),

    ("team_note", "quasi", None,
     "EAP: {{surgeon|c319|DISTINCTIVE|occupation}}, lives in {{Georgetown|c319|ADDRESS|city}}, the one with "
     "{{the parrot that went viral (Dumpling)|c319|DISTINCTIVE|fact|parrot named Dumpling}}. Husband ill. Offer evening slots."),

    ("email", "quasi", None,
     "Subject: district mural project\n\n"
     "Greg,\n\n"
     "The teacher the district wants to feature in the newsletter, the one from {{Waverly Unified|c156|EMPLOYER}} who "
     "{{painted the big mural on Cherry Lane|c156|DISTINCTIVE|fact|Cherry Lane}}, is currently with me through the EAP and "
     "his wife {{Kristie|c156|RELATIVE}} has just had surgery. Can we delay the feature?\n\nJanine"),

    ("team_note", "quasi", None,
     "Thompson Logistics EAP: the {{cafeteria chef|c037|DISTINCTIVE|occupation}} who lives in {{Lexington|c037|ADDRESS|city}} and {{sits on "
     "the Lebanon council|c037|DISTINCTIVE|fact|Ward 8 on the Lebanon}}. Husband {{Gabriel|c037|RELATIVE}} in hospital. Urgent slot."),

    ("case_presentation", "quasi", None,
     "EAP clinical review.\n\n"
     "Employee: {{chef|c100|DISTINCTIVE|occupation}} at the {{Kingston|c100|ADDRESS|city}} depot canteen, {{Thompson Logistics|c100|EMPLOYER}}. "
     "Late 60s. {{Ran for mayor of Clayton in 2017|c100|DISTINCTIVE|fact|mayor of Clayton in 2017}} and lost, which she "
     "still describes as 'the year I found out who my friends were'. Presenting: alcohol use, isolation. Plan: 6 "
     "sessions, then community referral."),

    ("team_note", "quasi", None,
     "District EAP: special-ed teacher at {{Waverly Unified|c183|EMPLOYER}}, partner {{Anja|c183|RELATIVE}}, daughter "
     "{{Liane|c183|RELATIVE}} starting university. Empty-nest grief. 4 sessions approved."),

    # ---------------------------------------------------------------- benign
    ("email", "benign", "not_a_client",
     "Subject: EAP launch\n\n"
     "Dear colleagues,\n\n"
     "On behalf of our CEO, Margaret Okonkwo, and the Chief Nursing Officer, Daniel Freund, I'm pleased to launch "
     "the new Staff Support Service. It's free, confidential and available 24/7.\n\n"
     "HR Communications, St. Mary's Hospital"),

    ("team_note", "benign", "single_attribute",
     "Two new EAP referrals from St. Mary's Hospital this week, no details yet. Triage Monday."),

    ("team_note", "benign", "fits_several",
     "A surgeon at St. Mary's wants to talk about burnout. There are a couple of those in the EAP already; need the "
     "name before booking so I don't double up."),

    ("social_post", "benign", "public_figure",
     "Did you know Governor Jerry Brown signed California's mental health parity law? Policy matters. "
     "#EAP #mentalhealthparity"),

    ("social_post", "benign", "name_as_word",
     "To every nurse, porter and cleaner who will come in over the holiday: we see you. Hope you get a proper break "
     "after. Your EAP is here for you. #healthcareheroes #staffwellbeing"),

    ("case_presentation", "benign", "deidentified",
     "Anonymised EAP trend report, Q2: 41 referrals; 60% stress/burnout, 20% bereavement, 12% relationship, 8% other. "
     "Highest rate in night-shift warehouse staff. No individual data."),

    ("team_note", "benign", "different_clients",
     "EAP waiting list: a teacher from Waverly Unified; a warehouse associate from Thompson Logistics; a welder from "
     "Oxford Shipyard. Three different employees."),

    ("email", "benign", "writer_family",
     "Subject: Annual leave\n\n"
     "Hi Greg, I'll be off 3-7 June, my brother Justin's wedding in Lexington. Janine will cover EAP triage. "
     "Thanks, Priya"),

    ("team_note", "benign", "weak_attribute",
     "Note: a lot of Thompson Logistics warehouse staff in their twenties calling about anxiety since the layoffs. "
     "Consider a drop-in group."),
]
