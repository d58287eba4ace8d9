# Recovery communities: an intensive outpatient programme, a sober-living house, a
# therapist who also attends meetings, sobriety-milestone posts, sponsors who are not
# clients, the AA founders and slogans.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("team_note", "direct", None,
     "IOP group - Tues. {{Clinton|c128|GIVEN_NAME}} shared about relapse risk at work (he {{tends bar|c128|DISTINCTIVE|occupation}}, "
     "'the whole job is other people's drinking'). Brother {{John|c128|RELATIVE}} has offered him a room in Clinton "
     "if he wants out of Hudson. Good engagement. Urine screen neg."),

    ("social_post", "direct", None,
     "So proud of {{Krystal Evans|c130|FULL_NAME}}, who said I could share this: 1 year sober today and singing lead "
     "with {{the Broken Ghosts|c130|DISTINCTIVE|fact|Broken Ghosts}} again on Friday. Therapy works. Recovery works. "
     "#oneyearsober #recoveryispossible"),

    ("team_note", "direct", None,
     "Sober living - house mtg notes. {{Danny B.|c009|GIVEN_NAME}} (79, our oldest resident, retired "
     "{{bank teller|c009|DISTINCTIVE|occupation}}) asked to speak to me after. Wife {{Dana|c009|RELATIVE}} visited Sunday, "
     "first time in 6 months. He cried in session. Keep him on 2x/wk."),

    ("email", "direct", None,
     "Subject: IOP referral\n\n"
     "Hi Nadia,\n\n"
     "Referring {{Fred Frost|c027|NICKNAME|nickname_full}}, 74, {{line cook|c027|DISTINCTIVE|occupation}} at {{Roman's Diner|c027|EMPLOYER}}. "
     "Drinking escalated after his husband {{Jeff|c027|RELATIVE}}'s surgery. He's willing to do the evening IOP if "
     "it doesn't clash with the Dachshund shows.\n\n"
     "Thanks,\nOwen Price, LADC"),

    ("team_note", "direct", None,
     "Voicemail for Owen from a resident's emergency contact. Please call the resident back on "
     "{{660.480.7329|c212|PHONE}}; he's the {{musician|c212|DISTINCTIVE|occupation}} in room 4 and hasn't come home tonight."),

    ("team_note", "direct", None,
     "Aftercare: send the outpatient schedule to {{s.miller@gmail.com|c280|EMAIL}} (not the work address at the "
     "pharmacy). She's doing well - 9 months."),

    ("team_note", "direct", None,
     "1:1 w/ {{Timmy|c320|NICKNAME}}. 60 days. Partner {{Theresa|c320|RELATIVE}} says he's 'a different man'. He says he's "
     "'the same man, less hungover'. Working on shame; podcast is his accountability."),

    ("case_presentation", "direct", None,
     "Case consultation - recovery & identity.\n\n"
     "To be frank, I'm stuck with {{Frank|c363|NICKNAME}}. He is a {{session musician|c363|DISTINCTIVE|occupation}} and "
     "{{owns the record shop on Ferry Terrace|c363|DISTINCTIVE|fact|record shop on Ferry Terrace}}, so most of his social "
     "life happens in bars after gigs. He's 4 months sober and says he'd rather be sober and lonely than drunk and "
     "popular, but I'm worried about the lonely part. Husband {{Mark|c363|RELATIVE}} is supportive but works nights. "
     "Ideas welcome."),

    ("team_note", "direct", None,
     "Intake - Residential.\n"
     "Name: {{Scott Jones|c244|FULL_NAME}}\n"
     "DOB: {{26-Aug-1965|c244|DOB}}\n"
     "Occ: {{paralegal|c244|DISTINCTIVE|occupation}}\n"
     "Substances: alcohol, benzos\n"
     "Note: local celebrity-ish, {{returned the wallet with $10k in it|c244|DISTINCTIVE|fact|lost wallet with $10,000}} a few years ago. Wants privacy."),

    ("team_note", "direct", None,
     "Home check-in at {{5661 Smith Place|c209|ADDRESS|street}} (Arlington). Sister {{Hannah|c209|RELATIVE}} there. He's "
     "stopped coaching for now, which is probably right. Parrot very loud."),

    ("email", "direct", None,
     "Subject: Re: sober living bed\n\n"
     "Owen,\n\n"
     "{{Matthew Blevins|c195|MISSPELLED_NAME}} ({{the deli guy|c195|DISTINCTIVE|fact|deli on Laurel Drive}}) is ready for a bed when one opens. His partner "
     "{{Michael|c195|RELATIVE}} will bring his things. He is 21 days clean.\n\n"
     "Nadia"),

    ("team_note", "direct", None,
     "Collateral call: {{D.B.|c276|INITIALS}}'s brother {{Scott|c276|RELATIVE}} rang. D.B. is a {{mechanic|c276|DISTINCTIVE|occupation}} "
     "at {{Cline Electric|c276|EMPLOYER}}, lapsed on Saturday."),

    # ---------------------------------------------------------------- quasi
    ("team_note", "quasi", None,
     "New IOP member, data analyst at {{Ironwood Software|c016|EMPLOYER}}, drums in {{the Quiet Saints|c016|DISTINCTIVE|fact|Quiet Saints}}. "
     "Father {{Henry|c016|RELATIVE}} also in recovery (30 yrs). Motivated."),

    ("social_post", "quasi", None,
     "Recovery story (shared with permission, no names): a {{graphic designer|c026|DISTINCTIVE|occupation}} from "
     "{{Springfield|c026|ADDRESS|city}} who {{drums for the Hollow Lanterns|c026|DISTINCTIVE|fact|Hollow Lanterns}} just celebrated two "
     "years. Her words: 'the sticks are steadier now.' #sobriety #recovery"),

    ("team_note", "quasi", None,
     "Sober house. The {{chef|c146|DISTINCTIVE|occupation}} from {{Oxford|c146|ADDRESS|city}}, {{the English Way mural|c146|DISTINCTIVE|fact|English Way}} "
     "guy, moving in Friday. Sister {{Margaret|c146|RELATIVE}} dropping off his things."),

    ("team_note", "quasi", None,
     "IOP: {{mechanic|c281|DISTINCTIVE|occupation}} from {{Milford|c281|ADDRESS|city}}. Son {{Dwayne|c281|RELATIVE}} drove him in. "
     "Denial. Ambivalent. Keep trying."),

    ("email", "quasi", None,
     "Subject: alumni speaker\n\n"
     "Nadia,\n\n"
     "For the alumni night, how about the HR manager from {{Williams Architects|c392|EMPLOYER}}, the one who "
     "{{painted the mural on Cruz Road|c392|DISTINCTIVE|fact|Cruz Road}}? She's 3 years sober and she told me she'd "
     "like to give back. I'll ask at her next session.\n\nOwen"),

    ("case_presentation", "quasi", None,
     "Consultation. Client is a {{midwife|c353|DISTINCTIVE|occupation}} in {{Glendale|c353|ADDRESS|city}} who also "
     "{{owns the florist on Liberty Street|c353|DISTINCTIVE|fact|florist on Liberty Street}}. Opioid use began after a "
     "back injury; diverted from work. Licensing board now involved. Wife {{Deanna|c353|RELATIVE}} unaware of the "
     "extent. Issues: mandatory reporting, shame, risk of relapse when the board decides."),

    ("team_note", "quasi", None,
     "Family night: the chef from {{Oxford Brewing|c367|EMPLOYER}} brought her son {{Corey|c367|RELATIVE}}. First time "
     "he's come. Good."),

    ("team_note", "quasi", None,
     "Men's recovery group - new: {{plumber|c239|DISTINCTIVE|occupation}} from {{Quincy|c239|ADDRESS|city}}, the one who "
     "{{found the Civil War sword at a garage sale, it was in the Oxford Herald|c239|DISTINCTIVE|fact|Oxford Herald}}. Daughter "
     "{{Monique|c239|RELATIVE}} pushed him to come."),

    # ---------------------------------------------------------------- benign
    ("social_post", "benign", "public_figure",
     "Thinking today about Bill W. and Dr. Bob, two drunks who sat at a kitchen table in Akron and started "
     "something that saved millions. #AA #recovery #onedayatatime"),

    ("team_note", "benign", "not_a_client",
     "House manager Gary Pruitt on leave. Tom Delaney covering evenings. Sponsor list updated on the fridge."),

    ("social_post", "benign", "name_as_word",
     "God grant me the serenity to accept the things I cannot change... Faith is not a feeling, it's a practice. "
     "Grace shows up at 7am meetings in bad coffee. Hope is a decision. #recovery #serenityprayer"),

    ("team_note", "benign", "single_attribute",
     "A resident who works at Roman's Diner asked about changing his curfew for late shifts. Approved to 11:30."),

    ("case_presentation", "benign", "deidentified",
     "Training case (composite): A woman in her 50s with 20 years of alcohol use, two prior treatment episodes, and "
     "a supportive adult daughter. Discussion: when does harm reduction become the right goal?"),

    ("team_note", "benign", "fits_several",
     "Referral enquiry from a bartender in recovery. We have a couple of bartenders already in IOP; ask which bar "
     "before assigning a group so we don't put co-workers together."),

    ("email", "benign", "writer_family",
     "Subject: can't make Thursday\n\n"
     "Hi Owen, my dad Danny is having his hip done Thursday so I'll be at the hospital all day. Can Nadia take "
     "group? Thanks, Liz"),

    ("team_note", "benign", "different_clients",
     "Alumni BBQ volunteers: someone from Cline Electric on the grill, someone from Escobar Studio doing the playlist, "
     "and a friend's van for transport. Different people."),
]
