# Memorials, line-of-duty deaths, Memorial Day, Gold Star and survivor families.
DOCS = [
    ("social_post", "direct", None,
     "{{Hope|c225|GIVEN_NAME}} asked me to walk with her at the memorial run this morning — her brother's name is on "
     "the wall now. Her sister {{Angela|c225|RELATIVE}} carried the flag the whole 5K. I've been a therapist for "
     "twenty years and I've never been asked to do that before. I said yes."),
    ("email", "direct", None,
     "Dear Chaplain Ruiz,\n\nWith her permission, I'm letting you know that {{Carolyn Thompson|c130|FULL_NAME}} would like "
     "to read her son's name at the Gold Star ceremony but is worried she won't get through it. Could her "
     "daughter {{Kimberly|c130|RELATIVE}} stand beside her at the podium? She's been working on this in our sessions "
     "for months.\n\nWarmly,\nE. Marsh, LMFT"),
    ("team_note", "direct", None,
     "{{Faith|c041|GIVEN_NAME}} — 5th anniversary of husband's LODD this week. Sons {{Thomas|c041|RELATIVE}} and "
     "{{Richard|c041|RELATIVE}} both home. She plans to attend the department memorial but leave before the bagpipes. "
     "Plan for the day written out; she keeps a copy in her car."),
    ("email", "direct", None,
     "Hi Deb, re the memorial planning committee: {{Ms. Wise|c262|FAMILY_NAME}} has asked not to be seated in the front "
     "row this year. She's been clear in session that the visibility is the hard part. Could you quietly move "
     "her? Thank you."),
    ("case_presentation", "direct", None,
     "Grief case for consult. {{Destiny|c014|GIVEN_NAME}}, 24, hotel manager, spouse of a soldier killed in a training "
     "accident 14 months ago. Her wife {{Morgan|c014|RELATIVE}} — note: {{Destiny|c014|GIVEN_NAME}} remarried last year — attends "
     "sometimes. Presenting: survivor guilt about the new marriage, anniversary reactions. Question: is this "
     "prolonged grief or a normal trajectory given the circumstances?"),
    ("email", "direct", None,
     "{{June|c374|GIVEN_NAME}} left a message saying she can't do the June 3rd session — it's the day they're dedicating the "
     "bridge to her husband's unit. Please call her to reschedule: {{217.263.3849|c374|PHONE}}. Her son "
     "{{Peter|c374|RELATIVE}} may answer."),
    ("social_post", "direct", None,
     "Memorial Day. My client {{Mick|c153|NICKNAME}}, a Navy vet who now spends his days at {{Salem Credit Union|c153|EMPLOYER}} "
     "doing loans, told me he visits the same grave every year and doesn't tell anyone. Today he told me. Small "
     "steps are still steps."),
    ("team_note", "direct", None,
     "{{Jem|c216|NICKNAME}} W. — care assistant at {{St. Luke's Hospital|c216|EMPLOYER}}. Husband {{Gregory|c216|RELATIVE}} "
     "attended. Father was MIA in Vietnam; remains identified last month. Complicated grief reactivated. "
     "Weekly for now."),
    ("email", "direct", None,
     "Tribute fund — donor acknowledgment for {{John Mercer|c103|FULL_NAME}} (DOB {{October 9th, 1994|c103|DOB}}), in memory "
     "of his Marine brother. He asked that the letter note he's a current client of our grief program so his "
     "employer's matching program will accept it."),
    ("email", "direct", None,
     "Please mail the memorial photo book to {{Mrs. Barajas|c461|FAMILY_NAME}} at {{1073 Mill Place|c461|ADDRESS|street}}, "
     "Mount Vernon. She played Taps at the service and we'd like to thank her. She's in the Tuesday survivors' "
     "group, so you can also hand it to her there."),
    ("team_note", "direct", None,
     "Survivors' group, 5/20. New member: {{Joshua Freemen|c087|MISSPELLED_NAME}} (lecturer, {{Lincoln Academy|c087|EMPLOYER}}), "
     "father of a firefighter killed in the grain-elevator fire. Quiet. Wife {{Nicole|c087|RELATIVE}} may join next time."),

    ("email", "quasi", None,
     "Memorial 5K volunteers: the welder from {{Wilkerson & Sons Plumbing|c442|EMPLOYER}} who {{coaches the Stillwater "
     "Wolves under-10 softball team|c442|DISTINCTIVE|fact|Stillwater Wolves under-10 softball}} will bring his team to "
     "hand out water. He's in our survivors' program; please don't make a fuss."),
    ("social_post", "quasi", None,
     "Grief looks like a carpenter from {{Montes Construction|c225|EMPLOYER}} bringing her {{miniature horse named "
     "Pancake|c225|DISTINCTIVE|fact|miniature horse named Pancake}} to the Gold Star picnic because her brother loved "
     "him. Every kid there lined up. He would have laughed."),
    ("team_note", "quasi", None,
     "Survivors' group: hotel manager at {{Rice's Diner|c262|EMPLOYER}} — {{hosts the Tiny Historian podcast about urban "
     "gardening|c262|DISTINCTIVE|fact|Tiny Historian podcast about urban gardening}} — recording an episode about her "
     "late husband's victory garden. Meaning-making. Encouraged."),
    ("email", "quasi", None,
     "The care assistant from {{Springfield Medical Center|c130|EMPLOYER}} whose {{parrot named Captain Fluff|c130|DISTINCTIVE|fact|parrot named Captain Fluff}} "
     "went viral is the Gold Star mom I mentioned. She's asked to speak at the ceremony. Can we give her five minutes?"),
    ("team_note", "quasi", None,
     "Anniversary reaction — {{school counselor|c041|DISTINCTIVE|occupation}} in {{Salem|c041|ADDRESS|city}}, "
     "{{Lincoln Academy|c041|EMPLOYER}}. LODD widow. Using the students' memorial project as a way in."),
    ("email", "quasi", None,
     "Re: the podcast interview request — the {{Cochran Logistics|c014|EMPLOYER}} hotel manager who {{hosts the Analog "
     "Historian podcast about true crime|c014|DISTINCTIVE|fact|Analog Historian}} wants to do an episode on military "
     "widows. She's our client; please decline on our behalf and let her decide what she shares."),

    ("social_post", "benign", "public_figure",
     "Remembering Navy Capt. Michael J. Smith, pilot of Challenger, and the six who flew with him. A Vietnam combat "
     "pilot who died in a different kind of service. #NeverForget"),
    ("social_post", "benign", "public_figure",
     "Doing the Murph this Memorial Day for Lt. Michael Murphy and every name on the wall. 1-mile run, 100 pull-ups, "
     "200 push-ups, 300 squats, 1-mile run. Vest optional, humility mandatory."),
    ("email", "benign", "name_as_word",
     "Memorial Day schedule: 0800 service at Grace Chapel; 1000 wreath-laying at Hope Cemetery; 1200 lunch in the "
     "Faith Lutheran fellowship hall. Sunny forecast, bring water."),
    ("email", "benign", "nonclient_person",
     "The department will dedicate the new engine to Engineer Glen Haskins, end of watch May 2, 2024. His widow "
     "and daughters will ride in the procession. Class A uniforms."),
    ("social_post", "benign", "nonclient_person",
     "My brother Hunter would have been 30 today. Still miss you, big guy. Semper Fi."),
    ("email", "benign", "single_quasi",
     "Thank you to Wilkerson & Sons Plumbing for sponsoring the fallen-responder memorial 5K again this year. "
     "Proceeds go to the survivors' scholarship fund."),
    ("team_note", "benign", "weak_attribute",
     "Memorial Day parade in Stillwater — several group members plan to attend together. Offered a debrief after."),
    ("case_presentation", "benign", "deidentified",
     "Survivors' group, de-identified summary for supervision: eight members (widows, parents, one sibling). Themes "
     "this cycle: the first holidays, well-meaning people who stop saying the name, and anger at the "
     "department. One member disclosed passive SI; safety plan done, not identified here."),
    ("social_post", "benign", "public_figure",
     "Taya Kyle's foundation does real work for military and first-responder families. Whatever you thought of "
     "the movie, Chris Kyle's family turned loss into something useful."),
    ("email", "benign", "nonclient_person",
     "Names to be read at the memorial wall this year: Deputy Sunny Rios, Officer Mark Hale, Trooper Dean Whitley, "
     "Firefighter Amanda Pierce-Cole. Family members will each place a rose."),
    ("social_post", "benign", "public_figure",
     "Medal of Honor recipient Kyle Carpenter threw himself on a grenade to save a fellow Marine and then wrote a book "
     "about choosing joy. Reading it with the veterans' group this month."),
]
