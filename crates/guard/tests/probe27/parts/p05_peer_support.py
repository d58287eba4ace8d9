# Peer-support teams: contact logs, peer chats, coordinator emails, call signs.
DOCS = [
    ("team_note", "direct", None,
     "PEER CONTACT LOG (clinician co-sign)\nContact: {{Sunny|c318|GIVEN_NAME}} — 45 min, walk-and-talk around the lake.\n"
     "Topic: daughter {{Katrina|c318|RELATIVE}} moving out; first time alone in the house since the shooting. Peer "
     "(D. Ferris) flagged sleep + isolation. Clinician to offer appt. Sunny-side check-in next week."),
    ("email", "direct", None,
     "Peer team,\n\n{{Ian Taylor|c156|FULL_NAME}}'s wife {{Chelsea|c156|RELATIVE}} called the family line last night "
     "worried about him after the standoff. She didn't want him to know she called. Can whoever has the closest "
     "relationship with {{Ian|c156|GIVEN_NAME}} do a casual check-in this week? Please don't mention her.\n\n— Coordinator"),
    ("social_post", "direct", None,
     "[peer team group chat] anyone free to sit w/ {{Juana|c123|GIVEN_NAME}} tonight? she's been at the jail since 6am "
     "after the cell extraction and {{Cruz|c123|RELATIVE}} is out of town. I can go after 9 if not. — K"),
    ("team_note", "direct", None,
     "{{N. Francis|c036|INITIALS}} — FF, peer referral. Sister {{Carly|c036|RELATIVE}} drove her in. Discussed being "
     "the only woman on her shift and the 'prove it' pressure after the injury. Peer mentor matched (FF from "
     "another house)."),
    ("email", "direct", None,
     "Hi Sgt. Pike — thank you for getting {{Officer Wright|c089|FAMILY_NAME}} to call us. I've seen him twice now. He "
     "asked that {{Springfield Emergency Communications|c089|EMPLOYER}} admin not be told he's coming, so please keep "
     "it to the peer team.\n\nDr. Okonjo"),
    ("email", "direct", None,
     "{{Kay|c218|NICKNAME}} wants a callback from the clinician, not a peer — she said peers 'know too many people.' "
     "Her number is {{(515) 584 1534|c218|PHONE}}, ok to leave a message."),
    ("team_note", "direct", None,
     "Peer debrief with {{Chris Castro|c260|NICKNAME}} after the warehouse fire. Son {{David|c260|RELATIVE}} is a probie "
     "at the same department — that was the hardest part, watching him go in. Referred to clinician."),
    ("email", "direct", None,
     "Please add to the peer-support buddy list (consent on file): {{Natalie Francis|c036|FULL_NAME}}, DOB "
     "{{January 31, 1991|c036|DOB}}, FF, prefers text."),
    ("email", "direct", None,
     "He asked us to send the peer-support schedule to his personal address, not work: "
     "{{madssteffensen15@outlook.com|c052|EMAIL}}. Corrections staff email gets read by the whole shift, apparently."),
    ("social_post", "direct", None,
     "[peer team chat] Update from this afternoon: {{Crescencia|c395|GIVEN_NAME}} reached out to the team after the "
     "foot pursuit and is seeing the clinician tomorrow. Her wife {{Maxi|c395|RELATIVE}} says thanks for the meal "
     "train. 💪"),
    ("team_note", "direct", None,
     "Peer home visit — {{Jesse|c277|GIVEN_NAME}}, {{1901 Cherry Court|c277|ADDRESS|street}}, Burlington. Brother "
     "{{Edward|c277|RELATIVE}} there. Talked 90 min on the porch. Says he's 'fine,' wife of a colleague says "
     "otherwise. Clinician informed."),

    ("email", "quasi", None,
     "Peer coordinator note: the {{Springfield Emergency Communications|c089|EMPLOYER}} officer whose {{iguana named "
     "Turnip|c089|DISTINCTIVE|fact|iguana named Turnip}} was all over the internet last year has asked for a peer "
     "who isn't from his own agency. Any volunteers?"),
    ("team_note", "quasi", None,
     "Peer contact: officer, {{Clayton Emergency Communications|c318|EMPLOYER}}; the {{ferret named Kevin the Second|c318|DISTINCTIVE|fact|ferret named Kevin the Second}} "
     "came up (ferret is sick, which is hitting harder than the call). Normalized. No escalation."),
    ("email", "quasi", None,
     "Family line log: wife of a {{Kingston Police Department|c156|EMPLOYER}} officer called — {{Chelsea|c156|RELATIVE}} — "
     "asking how to get her husband to talk to someone. Gave her the peer-team number and the family guide."),
    ("team_note", "quasi", None,
     "Peer contact: {{corrections officer|c123|DISTINCTIVE|occupation}} in {{Bristol|c123|ADDRESS|city}}, son "
     "{{Santiago|c123|RELATIVE}} just started at the academy. Fear for him + pride. 30 min call."),
    ("social_post", "quasi", None,
     "Big thanks to our peer from the {{Greenville Fire Department|c052|EMPLOYER}} who {{plays oboe in the Brookfield "
     "Symphony Orchestra|c052|DISTINCTIVE|fact|oboe in the Brookfield}} — played at the start of our wellness day "
     "and half the room cried. Best opening ever."),
    ("team_note", "quasi", None,
     "Peer buddy match: {{firefighter|c218|DISTINCTIVE|occupation}}, {{Oakland|c218|ADDRESS|city}}; wife {{Anne|c218|RELATIVE}} "
     "asked to be included in the family orientation. Approved."),

    ("email", "benign", "nonclient_person",
     "PEER TEAM ON CALL THIS WEEK\nMon–Wed: Sgt. Mike Delaney (PD), Dispatcher Sage Whitcomb\nThu–Sun: FF Natalie "
     "Ruiz, Medic Glen Adebayo\nClinician backup: Dr. Okonjo\nCall the main line; it rolls to whoever's up."),
    ("social_post", "benign", "name_as_word",
     "Peer tip of the week: Hope is not a strategy. Grace is. Faith in your crew is earned one shift at a time, and "
     "Joy is allowed even on the bad weeks. (Yes, I'm putting this on a mug.)"),
    ("team_note", "benign", "weak_attribute",
     "Station 4 (Mount Vernon) asked for a peer-team visit after their rough week. Scheduled Tuesday."),
    ("email", "benign", "single_quasi",
     "Clayton Emergency Communications is recruiting for its peer-support team — dispatchers and field staff "
     "both. Training is 3 days in August. Forwarding in case any of our alumni are interested."),
    ("social_post", "benign", "public_figure",
     "Pat Tillman walked away from an NFL contract to serve and we still argue about what that means. Whatever "
     "you think, talk about it with your crew. That's what peer support is: somewhere to argue safely."),
    ("social_post", "benign", "nonclient_person",
     "My wife Dawn has been a dispatcher for 22 years and she's the reason I joined the peer team. She'd never "
     "say it, so I will: dispatchers are first responders."),
    ("case_presentation", "benign", "deidentified",
     "Peer-support training case (composite): A veteran patrol officer approaches a peer after a child-death call, "
     "saying only 'that one got me.' Role-play the first five minutes. What do you ask? What do you not ask? When "
     "do you bring in the clinician?"),
    ("team_note", "benign", "nonclient_person",
     "Radio nicknames for the new roster: Medic 7 'Tank' (Ray Dominguez), E4 'Doc' (Hollis), L2 'Boots' "
     "(M. Ferreira). Peer team intros done at each house."),
    ("social_post", "benign", "name_as_word",
     "Overheard on the radio tonight: 'Victor-3 to Hunter-1, Ranger 2 is clear, Duke is back in the truck.' I love "
     "this job. (Duke is the K9. Ranger 2 is the boat.)"),
    ("email", "benign", "nonclient_person",
     "Welcome Officer Ian Kowalski as our new peer-support coordinator! Ian has 14 years on patrol and ran the peer "
     "program at his last agency. He'll be visiting each shift briefing this month."),
    ("team_note", "benign", "single_quasi",
     "Peer line call: a firefighter in Jackson asking for info for a friend. No details given. Sent brochure."),
]
