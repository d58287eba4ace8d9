"""Quasi: word-name clients identified by two or more attributes, with no name."""
DOCS = []


def D(kind, text, sub=None):
    DOCS.append((kind, "quasi", sub, text))


# Hope Bates (c153): school + distinctive
D("social_post", "So proud of a young client who was just elected to {{represent Ward 5 on the Riverside city council|c153|DISTINCTIVE|fact|Ward 5 on the Riverside city council}} while finishing her degree at {{Mount Vernon State University|c153|SCHOOL}}. Hard work pays off. 🗳️")
# Grace Allen (c192): employer + distinctive
D("team_note", "Consult please: client is a data analyst at {{Bluefin Systems|c192|EMPLOYER}} and {{was in the Dover Herald last year for climbing every peak in the state in one summer|c192|DISTINCTIVE|fact|climbing every peak in the state}}. Now she can't get out of bed. Thoughts on reintroducing activity?")
# William "Will" Russell (c144): distinctive + relative
D("email", "Subject: Consult\n\nHi Nadia,\n\nCan I run something by you? My client {{breeds champion Samoyeds in Oakland|c144|DISTINCTIVE|fact|Samoyeds in Oakland}} and his wife {{Sabrina|c144|RELATIVE}} has asked to join sessions. I'm unsure about switching to couples work.\n\nMarguerite")
# Jack Bryant (c210): employer + distinctive
D("team_note", "New intake: a 78-year-old roofer with {{Williams Construction|c210|EMPLOYER}} who {{was a contestant on season 2 of American Ninja Warrior|c210|DISTINCTIVE|fact|season 2 of American Ninja Warrior}}. Wants help with the transition to retirement.")
# June Cain (c001): occupation+city + relative + distinctive
D("case_presentation", "Presenting a client in her late 40s, an {{architect|c001|DISTINCTIVE|occupation}} in {{Franklin|c001|ADDRESS|city}} whose husband {{Seth|c001|RELATIVE}} recently took a job overseas. She {{painted the giant mural on Rose Road|c001|DISTINCTIVE|fact|mural on Rose Road}} and says she \"can't make anything\" now.")
# Sunny Moss (c266): school + distinctive
D("social_post", "A teen I work with at {{Roosevelt Preparatory Academy|c266|SCHOOL}} just hit 1,000 listeners on {{the Sunday Cook podcast about birdwatching|c266|DISTINCTIVE|fact|Sunday Cook podcast}}. Adolescents are amazing. 🐦")
# Sage Wood (c220): school + distinctive + relative
D("team_note", "Safeguarding consult: 13-year-old at {{Jefferson High School|c220|SCHOOL}} who {{painted the giant mural on Peterson Place|c220|DISTINCTIVE|fact|mural on Peterson Place}}. Mother {{Wendy|c220|RELATIVE}} is asking about online harassment since the news story.")
# Francis "Frank" Gross (c092): distinctive + relative
D("email", "Subject: Family involvement\n\nHi Desmond,\n\nOne of mine {{ran for mayor of Plymouth in 2024|c092|DISTINCTIVE|fact|mayor of Plymouth in 2024}} and has struggled since losing. His daughter {{Donna|c092|RELATIVE}} called me, worried. Any thoughts on involving family?\n\nLeticia")
# Dawn Gallegos (c059): employer + distinctive
D("team_note", "Supervision question: client works at {{Clark Law LLP|c059|EMPLOYER}} and {{coaches the Oxford Hawks under-14 volleyball team|c059|DISTINCTIVE|fact|Oxford Hawks}}. My niece just joined that team. Do I need to refer on?")
# Holly Williams (c180): occupation+city (shared with c124) + employer
D("case_presentation", "Case summary: 69-year-old {{medical receptionist|c180|DISTINCTIVE|occupation}} in {{Jackson|c180|ADDRESS|city}}, employed at {{Madison Medical Center|c180|EMPLOYER}}, presenting with anticipatory grief. Main carer for her husband.")
# Amber Black (c086): distinctive + occupation+city
D("social_post", "Went to the symphony tonight and realised a client of mine {{plays French horn in the Burlington Symphony Orchestra|c086|DISTINCTIVE|fact|French horn in the Burlington}}. A {{lawyer|c086|DISTINCTIVE|occupation}} in {{Jackson|c086|ADDRESS|city}} by day, a musician by night. Music is medicine. 🎺")
# Iris Diaz (c261): occupation+city + relative (Grace)
D("team_note", "Client is a {{911 dispatcher|c261|DISTINCTIVE|occupation}} in {{Ashland|c261|ADDRESS|city}}; her daughter {{Grace|c261|RELATIVE}} is in hospital. She asked to move to phone sessions for now.")
# Arthur "Art" Turner (c176): employer + distinctive
D("email", "Subject: Referral\n\nHi Farida,\n\nReferring a radiographer from {{Mercer Dental Group|c176|EMPLOYER}} who {{ran for mayor of Lancaster in 2012|c176|DISTINCTIVE|fact|mayor of Lancaster in 2012}}. He'd prefer a male therapist. Do you have space?\n\nOksana")
# Taylor Swift (c016): distinctive + occupation+city
D("social_post", "Saw a local gig last night: a client of mine {{sings lead in the local band the Quiet Comets|c016|DISTINCTIVE|fact|the Quiet Comets}}. A {{primary school teacher|c016|DISTINCTIVE|occupation}} in {{Mount Vernon|c016|ADDRESS|city}} by day, rock star by night. 🎸")
# Kevin Love (c264): employer + distinctive
D("team_note", "Client (teaching assistant at {{Mount Vernon Public Library|c264|EMPLOYER}}) who {{was in the Eastport Herald for delivering a baby on the highway|c264|DISTINCTIVE|fact|delivering a baby on the highway}} is having intrusive memories of it. Starting trauma-focused CBT.")
# Ginger Smith (c135): two distinctive facts
D("case_presentation", "Consultation case: a client who {{owns the barbershop on Thompson Road|c135|DISTINCTIVE|fact|barbershop on Thompson Road}} and {{represents Ward 6 on the Madison city council|c135|DISTINCTIVE|fact|Ward 6 on the Madison}}, presenting with burnout and insomnia.")
# Miles Myers (c292): two distinctive facts
D("social_post", "A client who {{painted the giant mural on Poplar Place|c292|DISTINCTIVE|fact|mural on Poplar Place}} and once {{ran for mayor of Eastport in 2004|c292|DISTINCTIVE|fact|mayor of Eastport in 2004}} gave me a signed print today. ❤️")
