# Unit, station, lodge and practice newsletters (long texts, leaks buried inside).
DOCS = [
    ("email", "direct", None,
     "THE BOX ALARM — Station 3 & Comms Monthly\n\n"
     "FROM THE CHIEF: Thanks to B-shift for the pancake breakfast; we cleared $2,140 for the burn camp. The new "
     "thermal cameras arrive in July. Training on the 14th, mandatory.\n\n"
     "PROMOTIONS: Congratulations to Lt. Amanda Rourke (Engine 3) and Engineer Travis Oduya.\n\n"
     "COMMS CORNER: Dispatcher {{Jeff Parker|c034|FULL_NAME}} is back on nights after his leave. {{Jeff|c034|NICKNAME}} asked us "
     "to pass on his thanks to the peer team and to his therapist, who 'got him through the spring.' Welcome "
     "back, {{Jeff|c034|NICKNAME}} — the coffee's still terrible. Thanks also to the {{Jackson Police Department|c034|EMPLOYER}} night "
     "supervisors for covering his console.\n\n"
     "RECIPE: Capt. Holt's five-alarm chili is attached. Do not make it in the station crockpot."),
    ("email", "direct", None,
     "Comms Center Retirement Party!\nJoin us June 27, 1700, at the Legion hall to celebrate 28 years for "
     "Supervisor Earl Whitcomb. Potluck; sign-up sheet in the break room. RSVP by text to "
     "{{Hilda|c040|GIVEN_NAME}} at {{754-367-9063|c040|PHONE}} — she's off days this month so texts are best. "
     "Cake by Marisol. Bring photos from the old building!"),
    ("email", "direct", None,
     "Practice newsletter — Spring\n\nOur dispatcher resilience group graduated its third cohort in April. We want to "
     "thank every participant, and especially {{Michele Pierce|c069|FULL_NAME}} of the {{Hamilton Fire Department|c069|EMPLOYER}}, "
     "who spoke at the closing session about living with panic attacks on the console. Her courage is why we run "
     "this group.\n\nUpcoming: family night (June), spouse workshop (July)."),
    ("email", "direct", None,
     "LODGE 41 NEWSLETTER\n\nSick & Welfare: Please keep {{Tanya Hampton|c266|FULL_NAME}} in your thoughts; her daughter "
     "{{Donna|c266|RELATIVE}} is recovering after surgery. {{Tanya|c266|GIVEN_NAME}} has also been open about getting counseling "
     "through the lodge's EAP this year and encourages others to use it.\n\nDues are due July 1. Golf outing Aug 9."),
    ("email", "direct", None,
     "Veterans' Post Bulletin\n\nWelcome new member SFC (Ret.) {{Kyle Campbell|c420|FULL_NAME}}, 22 years Army "
     "Transportation Corps, now driving for {{Johnson's Diner|c420|EMPLOYER}} deliveries. {{Kyle|c420|GIVEN_NAME}} also joined our "
     "Tuesday PTSD support circle and says it's the best thing he's done since retiring. Say hi at the fish fry."),
    ("social_post", "direct", None,
     "Welcome back {{Medic Bicz|c224|FAMILY_NAME}}! 🎉 After a few months off working on herself (and with the help of "
     "our EAP counselor) she's back on Medic 2 starting Monday. We missed your playlists."),
    ("email", "direct", None,
     "From our referral-partner newsletter: 'When {{A.G.|c352|INITIALS}}, a dispatcher with {{Auburn Police Department|c352|EMPLOYER}}, "
     "first came to us she hadn't slept through a night in two years...' — (we have her written permission to "
     "share this story). Read the full piece on our blog."),
    ("email", "direct", None,
     "KPD Comms Newsletter\n\nMilestones: {{Hui Yang|c195|FULL_NAME}} marks 25 years on the console at "
     "{{Kingston Police Department|c195|EMPLOYER}} this month — and we hear she's been sharing tips from her "
     "counselor on handling the overnight shift. Also: new CAD upgrade live 6/15, and the vending machine is "
     "finally fixed."),
    ("email", "direct", None,
     "CEC Quarterly\n\nThe resilience working group now includes {{Cristopher Walker|c322|MISSPELLED_NAME}} from "
     "{{Clayton Emergency Communications|c322|EMPLOYER}}, who volunteered after 'a year of therapy that I should have "
     "started five years earlier.' Meetings are the first Tuesday."),
    ("email", "direct", None,
     "Spring newsletter attached! (Apologies — the first send included the wrong attachment. Please delete it. "
     "It was the group roster: 'Dispatcher Wellness Group — {{Sage Smith|c446|FULL_NAME}}, {{06/10/1960|c446|DOB}}, "
     "{{Florence County Sheriff's Office|c446|EMPLOYER}} ...'. The correct newsletter is attached now.)"),
    ("social_post", "direct", None,
     "Station 6 spotlight 🚒 Meet {{Mae Garcia|c465|FULL_NAME}}, our newest lieutenant candidate! {{Mae|c465|NICKNAME}} has been "
     "open about seeing a therapist after last year's collapse and says it made her a better officer. Proud of "
     "you, LT-to-be!"),

    ("email", "quasi", None,
     "Comms news: our lone overnight {{dispatcher|c034|DISTINCTIVE|occupation}} up in {{Madison|c034|ADDRESS|city}} for "
     "{{Jackson Police Department|c034|EMPLOYER}} finished the resilience course this spring — and by his own account "
     "it 'saved his marriage.' Ask him about it."),
    ("email", "quasi", None,
     "Fire Auxiliary News\n\nOur concert fundraiser will feature a dispatcher from the {{Salem Fire Department|c131|EMPLOYER}} "
     "who {{plays harp in the Shelby Symphony Orchestra|c131|DISTINCTIVE|fact|harp in the Shelby}}. She tells us the harp "
     "is what she does instead of therapy, 'and also therapy.' Tickets $15."),
    ("email", "quasi", None,
     "HFD Newsletter — Comms Corner: one of our own dispatchers at {{Hamilton Fire Department|c069|EMPLOYER}} "
     "{{hosts the Stubborn Angler podcast about sourdough|c069|DISTINCTIVE|fact|Stubborn Angler podcast about sourdough}} — "
     "her latest episode is about baking through burnout. Worth a listen on your next off day."),
    ("social_post", "quasi", None,
     "Shoutout in this week's sheriff's newsletter: the {{Florence County Sheriff's Office|c446|EMPLOYER}} dispatcher who "
     "{{painted the giant mural on Garcia Drive|c446|DISTINCTIVE|fact|mural on Garcia Drive}} says art was part of her "
     "recovery plan after last year. Love to see it."),
    ("email", "quasi", None,
     "MFD Monthly — our dispatcher at {{Madison Fire Department|c470|EMPLOYER}} whose {{ferret named Professor "
     "Snuggles|c470|DISTINCTIVE|fact|ferret named Professor Snuggles}} has 200k followers is starting a wellness "
     "channel for comms staff. He's been candid about his panic disorder."),
    ("email", "quasi", None,
     "APD Comms Newsletter: Congratulations to the {{Auburn Police Department|c040|EMPLOYER}} dispatcher who "
     "{{breeds champion Border collies in Florence|c040|DISTINCTIVE|fact|Border collies in Florence}} — Best in Show "
     "last weekend, three months after she came back from leave. Resilience looks good on you."),

    ("email", "benign", "nonclient_person",
     "STATION 11 NEWS\n\nWelcome to probationary firefighters Kyle Brandt and Natalie Osei. Capt. Travis Holt takes "
     "over A-shift. Lt. Amanda Ruiz is our new EMS coordinator. Birthdays: Dawn (the admin, not the shift), "
     "Jesse M., and Big Mike. The sauna is back. The treadmill is not."),
    ("email", "benign", "public_figure",
     "Unit newsletter — Quote of the month: 'Courage is fear holding on a minute longer.' — attributed to Gen. "
     "George S. Patton. Runner-up: Gen. Mark Clark on Anzio, which we will not quote in a family newsletter."),
    ("email", "benign", "public_figure",
     "Big news for the scouts: retired astronaut and Army colonel Jeffrey Williams will speak at the Armed Forces "
     "Day dinner. He spent more than 500 days in space. Bring questions (not about the toilets)."),
    ("social_post", "benign", "name_as_word",
     "Station mascot update: Major (the dalmatian) ate a glove. Sky (the drone) is grounded pending a new "
     "propeller. Morale remains high."),
    ("email", "benign", "weak_attribute",
     "Station 7 (Kingston) open house is June 21, 10–2. Touch-a-truck, smoke trailer, CPR demos."),
    ("email", "benign", "single_quasi",
     "The Kingston Police Department awards night is July 12. Tickets through the lodge. Dress: Class A or business."),
    ("email", "benign", "nonclient_person",
     "DISPATCHER OF THE YEAR: Hilda Ortega, County Comms, for talking a caller through delivering twins on the "
     "shoulder of Route 9. Hilda has 17 years on the floor and trains every new hire. Well deserved!"),
    ("email", "benign", "nonclient_person",
     "Lodge News: Brother Jesse Whitman retires after 30 years. Brother Ian Faulk takes over as sergeant-at-arms. "
     "Sister Tanya Obi chairs the scholarship committee."),
    ("social_post", "benign", "public_figure",
     "Ted Williams flew combat missions in Korea in between batting titles. Yogi Berra was at Normandy. "
     "Newsletter theme this month: athletes who served. Send suggestions!"),
    ("email", "benign", "nonclient_person",
     "KIDS' CORNER: Congrats to Chase (age 9, son of Lt. Pruitt) on winning the station coloring contest, and to "
     "Summer and Grace (Engineer Dale's twins) for the best fire-safety poster."),
    ("email", "benign", "deidentified",
     "From the practice newsletter: 'One dispatcher we worked with this year (details changed) described the "
     "silence after a call ends as the loudest sound in the room. Her recovery didn't start with a breakthrough; "
     "it started with sleep.' If this sounds familiar, our door is open."),
]
