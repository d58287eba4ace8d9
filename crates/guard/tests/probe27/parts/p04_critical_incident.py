# Critical-incident debriefs, defusings, follow-up lists (EMS, fire, police).
DOCS = [
    ("team_note", "direct", None,
     "CISD — I-80 pileup, 5/3, Station 9 dayroom. Facilitators: R. Haddad (MH), Capt. L. Brennan (peer).\n"
     "Attended: Engine 9 A-shift (4), Medic 7 (2), Medic 12 (2), two dispatchers.\n"
     "Follow-up list (individual):\n"
     "- {{Joyce Gomez|c206|FULL_NAME}} (Medic 7) — pediatric pt on scene, tearful, requested individual appt. Booked 5/6.\n"
     "- T. Nakamura (E9) — declined, gave card.\n"
     "- Dispatcher who took the first call — per her supervisor, handled separately.\n"
     "Group cohesion good. Capt. Brennan to check in at shift change."),
    ("email", "direct", None,
     "Hi Lena,\n\nFollowing up on the defusing Tuesday. {{Medic Moreno|c113|FAMILY_NAME}} came to see me yesterday; "
     "the cardiac arrest was a girl the same age as his daughter {{Joanne|c113|RELATIVE}} and that's what's sticking. "
     "He's OK to keep working. I'll see him weekly for a month.\n\nJ."),
    ("case_presentation", "direct", None,
     "Consultation: {{Willie|c425|NICKNAME}}, 77, still picks up per-diem paramedic shifts for {{St. Luke's Hospital|c425|EMPLOYER}}. "
     "After a nursing-home fire with multiple fatalities, he has been ruminating about 'the ones I pulled out "
     "in '82.' Older responder, cumulative exposure, and a strong identity as 'the guy who's fine.' Thoughts on "
     "life-review approaches vs. trauma-focused CBT at his age?"),
    ("team_note", "direct", None,
     "{{Nancy A.|c418|INITIALS}}, paramedic, {{Springfield General Hospital|c418|EMPLOYER}} EMS. Attended group CISD "
     "(apartment fire, 2 peds fatalities); self-referred after. Intrusive images, smell triggers (smoke). "
     "Psychoed + grounding. Return next wk."),
    ("email", "direct", None,
     "{{Blanka|c224|GIVEN_NAME}} called the after-hours line at 2 am after the bus crash. She's fine now but asked for a "
     "callback before her next shift: {{252-976-2273|c224|PHONE}}. Can whoever is on Monday pick this up?"),
    ("team_note", "direct", None,
     "Outreach visit after the drowning call: {{Donna Dean|c312|FULL_NAME}}, {{8875 Pine Way|c312|ADDRESS|street}}. "
     "Son {{Todd|c312|RELATIVE}} answered the door, she came out after a few minutes. Agreed to come in Thursday. "
     "Not sleeping, 'keeps doing compressions in her head.'"),
    ("email", "direct", None,
     "Hey — adding one more to the CISD follow-up list: {{Karina Mcnight|c294|MISSPELLED_NAME}} from the St. Luke's "
     "crew. She wasn't at the debrief (worked a double) but her partner {{Matthew|c294|RELATIVE}} said she's "
     "struggling. I'll reach out unless you want to."),
    ("team_note", "direct", None,
     "Individual f/u: {{Steven Johnson|c183|MISSPELLED_NAME}}, paramedic, {{Jackson Medical Center|c183|EMPLOYER}}. "
     "Third line-of-duty funeral this year. Anger > sadness. Not drinking more per pt. Discussed the "
     "'stacking' of incidents. Plan: 4 sessions then reassess."),
    ("email", "direct", None,
     "Please send the CISD resources packet to {{christopher.castro@outlook.com|c260|EMAIL}} — he couldn't make the "
     "debrief but was first in on the warehouse fire. Thanks."),
    ("email", "direct", None,
     "Capt. —\n\nI met with {{FF Garcia|c465|FAMILY_NAME}} after the collapse drill injury. She doesn't want her crew to "
     "know she's seeing anyone, so please don't mention it at the kitchen table. Her brother {{Kyle|c465|RELATIVE}} "
     "is on B-shift at your station; he doesn't know either.\n\nThank you for referring her."),
    ("team_note", "direct", None,
     "{{杨明|c360|FULL_NAME}}（{{Greenville General Hospital|c360|EMPLOYER}} paramedic）— defusing after the highway MVC. "
     "Interpreter not needed. Reports numbness, going through motions. Follow-up booked Friday."),

    ("team_note", "quasi", None,
     "Group CISD follow-up: {{paramedic|c113|DISTINCTIVE|occupation}} from {{Brookfield|c113|ADDRESS|city}}, "
     "{{Jackson Medical Center|c113|EMPLOYER}}. Wants individual sessions but only after shift. Offered 1800 slots."),
    ("email", "quasi", None,
     "Peer team — one of the {{Jackson Medical Center|c183|EMPLOYER}} medics at the debrief is the guy who "
     "{{ran for mayor of Newport in 2006|c183|DISTINCTIVE|fact|mayor of Newport in 2006}}. He knew half the families on "
     "that street. Please keep an eye on him at the memorial."),
    ("social_post", "quasi", None,
     "To the {{Springfield Medical Center|c206|EMPLOYER}} medic who {{coaches the Oakland Otters under-14 softball team|c206|DISTINCTIVE|fact|Oakland Otters under-14 softball}} "
     "and still showed up to practice the day after that call: you are the reason those girls think adults can be "
     "trusted. Rest when you can."),
    ("team_note", "quasi", None,
     "Follow-up: medic from {{Newport Family Clinic|c224|EMPLOYER}} transport team, {{sings lead in the local band the "
     "Lazy Ravens|c224|DISTINCTIVE|fact|Lazy Ravens}}. Cancelled gig after the crash. Processing guilt re: "
     "triage decisions."),
    ("email", "quasi", None,
     "Hi Paul, the older {{St. Luke's Hospital|c425|EMPLOYER}} paramedic — whose {{tortoise named Dumpling|c425|DISTINCTIVE|fact|tortoise named Dumpling}} "
     "went viral — asked whether he can bring his grandkid to the family night after the debrief. Fine by me?"),
    ("team_note", "quasi", None,
     "CISD f/u list addendum: firefighter, {{Greenville Fire Department|c465|EMPLOYER}}, {{coaches the Lebanon Bears "
     "under-12 basketball team|c465|DISTINCTIVE|fact|Lebanon Bears under-12 basketball}}. The kid from the collapse "
     "was on a rival team. Needs individual."),

    ("email", "benign", "nonclient_person",
     "CISD scheduled for Engine 12 / Truck 3 crews, Thursday 1900, Station 12 training room.\n"
     "Crew on scene: Capt. Joy Whitfield, Lt. Marcus Bell, FF Chase Moreland, FF Dana Sokol, FF Priya Nair.\n"
     "Attendance voluntary. Peer team and clinician present. Food provided."),
    ("social_post", "benign", "name_as_word",
     "Mark your calendars: defusing skills training for new peer-team members, June 12. Rich discussion "
     "guaranteed, art supplies on the back table for the fidgeters, and yes, there will be coffee. Will it be "
     "uncomfortable? A little. That's the point."),
    ("case_presentation", "benign", "deidentified",
     "De-identified CISD summary for the regional peer network: a multi-casualty incident involving a school bus. "
     "Eleven responders attended the debrief (fire, EMS, law enforcement, dispatch). Common reactions: sleep "
     "disturbance, irritability, guilt about triage. Three people requested individual follow-up. No names or "
     "agencies are included by design."),
    ("email", "benign", "single_quasi",
     "Jackson Medical Center EMS lost one of their own last month (off-duty accident). They've asked whether our "
     "team can run a grief group for the service. I said yes."),
    ("social_post", "benign", "public_figure",
     "Fred Rogers' mother told him to look for the helpers. Nobody tells the helpers where to look. That's what "
     "CISD is for. #firstresponders #peersupport"),
    ("social_post", "benign", "nonclient_person",
     "My partner on the ambulance, Gregory, makes the worst coffee in the county and I would still take a bullet "
     "for him. 20 years. Happy work-anniversary, G."),
    ("team_note", "benign", "weak_attribute",
     "Tanker fire in Oakland last night — expect calls from crews this week. Peer team on standby."),
    ("email", "benign", "nonclient_person",
     "Chaplain Stephen Marsh led the blessing at the end of the debrief; several crew members stayed to talk with "
     "him. He's offered to come back for the 30-day check-in."),
    ("social_post", "benign", "name_as_word",
     "Dawn came up over the overpass before the last unit cleared. Nobody said much. Hope the coffee truck knows "
     "what it did for us this morning."),
    ("email", "benign", "nonclient_person",
     "Retired medic Donna Feeney has offered to tell her story at the next peer-team training — 31 years on the "
     "box and she did it before anyone talked about any of this. Strongly recommend."),
    ("social_post", "benign", "public_figure",
     "Tommy Lee Jones as the sheriff in No Country for Old Men is still the best portrait of cumulative stress in a "
     "lawman I've seen on screen. 'I feel overmatched.' Every cop I've ever treated has said some version of that."),
]
