# Clinicians' social posts, consult emails, case presentations and mixed texts.
DOCS = [
    ("social_post", "direct", None,
     "A Guard corporal I see, {{Brett|c305|GIVEN_NAME}}, is finishing finals at {{Hamilton College|c305|SCHOOL}} this week "
     "while on orders for flood duty. When I asked how, he said 'one sandbag at a time.' Student veterans are "
     "tougher than anyone gives them credit for. #studentveterans"),
    ("team_note", "direct", None,
     "{{Lance Taylor|c107|FULL_NAME}} (his name, not a rank — he jokes that Lance Cpl. Ortiz in his old unit got all "
     "his mail). Marine vet, data analyst at {{Halcyon Labs|c107|EMPLOYER}}. Anniversary of Fallujah next week. "
     "Plan for the day. Sister {{Donna|c107|RELATIVE}} will be with him."),
    ("case_presentation", "direct", None,
     "Case: {{Zeke|c086|NICKNAME}}, former Army combat medic, now a care assistant. Moral injury around a triage decision "
     "in 2008. Wife {{Julie|c086|RELATIVE}} says he 'treats everyone at the nursing home like they're bleeding out.' "
     "He's on the city council and worried about confidentiality in a small town. Looking for input on "
     "adaptive disclosure vs. CPT."),
    ("email", "direct", None,
     "Colleagues — I'm looking for a clinician outside our network for a physician client: {{Zakk|c227|NICKNAME}}, "
     "trauma surgeon at {{St. Mary's Hospital|c227|EMPLOYER}}, Army Reserve. He'd rather not be seen by anyone "
     "who refers to his department. Any names?"),
    ("social_post", "direct", None,
     "Had to laugh today: my new client is {{Chris Evans|c101|FULL_NAME}}. Not that one. An HVAC tech and Army vet "
     "who says the name has gotten him exactly one free drink in twenty years. Anyway — he was great. Therapy is "
     "for everyone, even Captain America's namesake."),
    ("email", "direct", None,
     "Hi Jo — {{Em|c364|NICKNAME}} asked me to thank you for the referral. She's a Navy vet, HVAC at {{Gardner & Sons "
     "Plumbing|c364|EMPLOYER}}, and her son {{Jeffrey|c364|RELATIVE}} just enlisted, which is the whole reason she "
     "finally came in."),
    ("team_note", "direct", None,
     "{{James Brown|c139|FULL_NAME}} (ROTC, {{University of Dayton|c139|SCHOOL}}). Yes, he's heard it. Anxiety before "
     "field training exercise; perfectionism. Mom {{Maureen|c139|RELATIVE}} is a retired Army nurse. CBT, 6 "
     "sessions."),
    ("email", "direct", None,
     "Intake — Army vet, hotel manager, wants evening appts. Name: {{Ken Chavez|c117|FULL_NAME}}. Phone "
     "{{424 642 7083|c117|PHONE}}. Referred by the VSO. Please call to schedule."),
    ("email", "direct", None,
     "{{Tina|c033|NICKNAME}} (the retired Army nurse from the Thursday group) asked for the Vietnam-era women "
     "veterans' reading list. Please send it to {{c.hicks@gmail.com|c033|EMAIL}} — she prints everything."),
    ("team_note", "direct", None,
     "Outreach visit: {{Dawn|c162|GIVEN_NAME}}, {{3595 Sycamore Lane|c162|ADDRESS|street}}, Brookfield. Deputy, "
     "on leave after a call went bad. Sister {{Alicia|c162|RELATIVE}} staying with her."),
    ("case_presentation", "direct", None,
     "Firefighter case for consult group: {{Phil Calhoun|c012|NICKNAME}}, 50, 24 years on the job. Brother "
     "{{Brian|c012|RELATIVE}} died by suicide last year; {{Phil|c012|NICKNAME}} found him. Now reluctant to go on medical calls. "
     "Question: working with postvention trauma in a responder who also 'responded' to his own family."),
    ("email", "direct", None,
     "Records request for {{Juana Torrente|c123|MISSPELLED_NAME}} (corrections, Newport). She's asked that the letter "
     "go only to her union rep. Please confirm the release covers that."),
    ("social_post", "direct", None,
     "Marine, line cook, husband, bass player. {{Dave|c443|NICKNAME}} told me I could share this: he and "
     "{{George|c443|RELATIVE}} renewed their vows last weekend, three years after he almost didn't make it home "
     "from the VA parking lot. Therapy works. Ask for help."),
    ("team_note", "direct", None,
     "{{Derrick Franklin|c280|FULL_NAME}} (goes by {{Eric|c280|NICKNAME}}), electrician at {{Mcconnell Auto Repair|c280|EMPLOYER}}, "
     "Army vet (EOD). Brother {{Tony|c280|RELATIVE}} called to say he's been driving by the old range. Safety check done; "
     "no SI. Next appt Friday."),

    ("email", "quasi", None,
     "Consult: the HVAC tech from {{Harris Construction|c101|EMPLOYER}}, Army vet, who {{owns the yoga studio on Meadow "
     "Lane|c101|DISTINCTIVE|fact|yoga studio on Meadow Lane}}. He wants to run a trauma-informed yoga class for vets. "
     "Anyone want to co-lead?"),
    ("social_post", "quasi", None,
     "To the Navy vet HVAC tech at {{Gardner & Sons Plumbing|c364|EMPLOYER}} who {{coaches the Milford Wolves under-12 "
     "soccer team|c364|DISTINCTIVE|fact|Milford Wolves under-12 soccer}} and came to session in her coaching "
     "windbreaker: your girls won, and so did you."),
    ("team_note", "quasi", None,
     "Physician consult: surgeon at {{St. Mary's Hospital|c227|EMPLOYER}}, Army Reserve, {{was a contestant on season 19 "
     "of Survivor|c227|DISTINCTIVE|fact|season 19 of Survivor}}. Says deployment was easier than reality TV. Humor "
     "as defense — noted."),
    ("email", "quasi", None,
     "Hi Bea, the care assistant at {{Hamilton Family Clinic|c086|EMPLOYER}} who {{hosts the Night Shift Detective podcast "
     "about vintage cars|c086|DISTINCTIVE|fact|Night Shift Detective podcast about vintage cars}} asked whether our "
     "veterans' group would be guests on an episode. I said I'd ask the group."),
    ("team_note", "quasi", None,
     "Vet group check-in: hotel manager at {{Stillwater Bowling Lanes|c117|EMPLOYER}}, {{represents Ward 3 on the Lebanon "
     "city council|c117|DISTINCTIVE|fact|Ward 3 on the Lebanon}}. Worried constituents will find out he's in "
     "treatment. Explored."),
    ("social_post", "quasi", None,
     "Shoutout to the line cook at {{Stokes Logistics|c443|EMPLOYER}} who {{plays bass in the local band the Wild "
     "Pines|c443|DISTINCTIVE|fact|Wild Pines}} — played the veterans' benefit last night and dedicated a song to "
     "'everyone who's still here.' Goosebumps."),

    ("social_post", "benign", "public_figure",
     "Emma Stone talking openly about her panic attacks as a kid did more for my adolescent clients than any "
     "pamphlet. Celebrities being honest matters."),
    ("social_post", "benign", "public_figure",
     "Watching Independence Day with the vets' group for movie night. Will Smith as a Marine pilot punching an "
     "alien. We had notes on the uniform."),
    ("email", "benign", "nonclient_person",
     "Please welcome our new intern, Zachary Osei, who will co-lead the student-veterans group under my supervision. "
     "He's an Army vet himself."),
    ("social_post", "benign", "name_as_word",
     "My grandfather was a Gunner's Mate on a destroyer in Korea. Major respect to every Chief who ever dragged a "
     "seaman through his first typhoon. Duke of the galley, he called the cook."),
    ("case_presentation", "benign", "deidentified",
     "Consult group — de-identified case. The client is a veteran in his forties who served in a combat-arms "
     "role and now works in a skilled trade. He was referred by his primary-care provider after an episode of "
     "road rage. He is married with two teenagers. He describes himself as 'fine until I'm not.' He drinks "
     "socially, denies SI. He has never been in therapy and wants 'tools, not talk.' My questions: how to "
     "build alliance with someone who frames help-seeking as weakness; whether to bring in the spouse early; "
     "and how to sequence skills vs. processing. No identifying details are included."),
    ("team_note", "benign", "weak_attribute",
     "Waitlist: a veteran in Centerville asking for Saturday appointments. Called back."),
    ("email", "benign", "single_quasi",
     "St. Mary's Hospital's trauma team has asked us to run a resilience workshop after their mass-casualty drill."),
    ("email", "benign", "nonclient_person",
     "Dr. Kenneth Obi will cover my caseload June 10–21. He's a retired Air Force psychologist and very good with "
     "first responders."),
    ("social_post", "benign", "public_figure",
     "Gen. Colin Powell's rule #1: 'It ain't as bad as you think. It will look better in the morning.' Not always "
     "true for my clients, but a decent thing to say at 0200."),
    ("email", "benign", "name_as_word",
     "Frank talk at the staff meeting: we need to get better at scheduling around shift work. Rich offered to "
     "build a spreadsheet. The art of saying no to 0800 appointments for night-shift folks is real."),
    ("social_post", "benign", "nonclient_person",
     "My dad, Chief Ray Donnelly, retired from the fire service after 34 years and said the only thing he'd do "
     "differently is 'talk to somebody sooner.' Happy Father's Day, Chief."),
    ("social_post", "benign", "public_figure",
     "Jesse Ventura was a Navy frogman before he was a wrestler or a governor. The veterans' group has opinions "
     "about which of those was the hardest job."),
]
