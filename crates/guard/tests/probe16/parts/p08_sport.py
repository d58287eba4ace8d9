# Part 8: athletes and coaches — youth-team coaches, TV obstacle-course contestants,
# sports-psychology letters, league correspondence.
DOCS = [
    ("social_post", "direct", None, """Coach {{Dana|c198|GIVEN_NAME}}, you told me in session you'd never let the girls see you cry. Then the {{Auburn Bears under-14 softball team|c198|DISTINCTIVE|fact|Auburn Bears under-14 softball}} won the county final and you bawled on the pitcher's mound. I hope you know that was the best lesson they got all season. 🥎"""),

    ("team_note", "direct", None, """Coach {{Boone|c169|FAMILY_NAME}} (the lacrosse one, not the roofer) rescheduled — his team has a tournament Saturday. He's been much steadier since we started on the anger work. Remind me to ask about his brother {{Nicholas|c169|RELATIVE}}."""),

    ("case_presentation", "direct", None, """Sports psychology peer group — case 2

{{Justin Johnson|c023|FULL_NAME}}, retail manager, former {{American Ninja Warrior contestant (season 3)|c023|DISTINCTIVE|fact|season 3 of American Ninja Warrior}}. Since a shoulder injury ended his competitive training he has lost his sense of who he is. Drinking more. Avoids the gym entirely. Hypothesis: identity foreclosure around athletic performance."""),

    ("team_note", "direct", None, """{{Manny|c435|NICKNAME}} came in still in his hockey coach jacket. Kid on his team got badly concussed last week and he's convinced it's his fault. Mostly listened. Will revisit the "responsibility pie" exercise next time."""),

    ("email", "direct", None, """To: Safeguarding Officer, Youth Softball League
Re: Coach {{Kimberly Kelly|c318|FULL_NAME}}

Dear Mr Hartigan,

Ms {{Kelly|c318|FAMILY_NAME}} has asked me to confirm that she has completed the course of anger-management sessions agreed after the incident at the {{Kingston Bears under-14 softball|c318|DISTINCTIVE|fact|Kingston Bears under-14 softball}} game in April. I have no concerns about her returning to coaching. I have shared no further clinical information, at her request.

Regards,
Dr Caoimhe Brennan"""),

    ("team_note", "direct", None, """Intake form, new client
Name: R. {{Alvarez|c454|FAMILY_NAME}}
DOB: {{02/17/1956|c454|DOB}}
Occupation: journalist; volunteer soccer coach (under-14s)
Presenting: grief after the death of a player in a car accident; says he can't go back to the pitch."""),

    ("email", "direct", None, """hi, this is the dental hygienist who was on Big Brother, booking for next week. please use {{craig.fritz@yahoo.com|c465|EMAIL}} for everything, I coach the softball team with my old work email and I don't want parents seeing therapy stuff"""),

    ("social_post", "direct", None, """Proud moment: {{Samantha|c017|GIVEN_NAME}}, who {{was a contestant on season 17 of Survivor|c017|DISTINCTIVE|fact|season 17 of Survivor}}, told me she's more scared of therapy than she ever was of a tribal council. And she keeps coming back anyway. Courage is a muscle. 🏝️"""),

    ("team_note", "direct", None, """Σημείωση: ο κ. {{Πιπεράκης|c123|FAMILY_NAME}} (προπονητής λακρός, ομάδα παίδων) ζήτησε να μεταφερθεί το ραντεβού της Πέμπτης. Προτιμά απογευματινές ώρες. — Ελένη"""),

    ("social_post", "direct", None, """Small-town therapist problems: being at the under-12 lacrosse final and realising the opposing coach is {{Mickey|c415|NICKNAME}}, who I saw on Tuesday. We nodded. The {{Hudson Otters|c415|DISTINCTIVE|fact|Hudson Otters under-12 lacrosse}} won. I did not cheer. Much. 🥍"""),

    ("email", "direct", None, """{{Eli|c498|GIVEN_NAME}} — I've posted the letter for the volleyball club committee to {{2842 Chestnut Street|c498|ADDRESS|street}}. Read it first; if you'd rather I reword the part about the Survivor documentary, say so before you hand it in.
— Ingrid"""),

    ("team_note", "direct", None, """Youth-coach burnout group — attendance, week 4
✔ {{Rich Young|c268|NICKNAME}} (hockey, under-10s)
✔ {{Lynn Jones|c414|FULL_NAME}} (lacrosse, under-12s)
✘ one apology (illness)
Theme: parents on the sidelines. {{Rich|c268|NICKNAME}} very activated; {{Lynn|c414|GIVEN_NAME}} quietly supportive of him."""),

    ("team_note", "quasi", None, """Referral: pharmacist at {{Clinton General Hospital|c114|EMPLOYER}} who also {{coaches the Hamilton Otters under-14 softball team|c114|DISTINCTIVE|fact|Hamilton Otters under-14 softball}}. Panic attacks on match days. Prefers a therapist who "gets sport"."""),

    ("social_post", "quasi", None, """An accountant I work with at {{Oakland Credit Union|c164|EMPLOYER}} {{competed on season 10 of American Ninja Warrior|c164|DISTINCTIVE|fact|season 10 of American Ninja Warrior}} and says the salmon ladder was easier than asking for help. Both are hard. Both are learnable. 💪"""),

    ("case_presentation", "quasi", None, """Case vignette (for the school-based practitioners' forum)

A {{school counselor|c376|DISTINCTIVE|occupation}} in {{Eastport|c376|ADDRESS|city}} who {{coaches the Eastport Bears under-10 lacrosse team|c376|DISTINCTIVE|fact|Eastport Bears under-10 lacrosse}}. Two roles, the same children. Presents with boundary exhaustion: parents approach him at games about their children's counselling."""),

    ("team_note", "quasi", None, """Conflict check needed: new client is a realtor at {{Brooks Realty|c042|EMPLOYER}}; her son {{Jeremy|c042|RELATIVE}} is on the under-14 soccer team my own kid plays for. I shouldn't take her — can Sunita?"""),

    ("social_post", "quasi", None, """A {{welder|c433|DISTINCTIVE|occupation}} from {{Mount Vernon|c433|ADDRESS|city}} who {{was on season 30 of Wheel of Fortune|c433|DISTINCTIVE|fact|season 30 of Wheel of Fortune}} told me she lost on a vowel and has been "buying vowels in therapy ever since". Comedy is coping. 🎡"""),

    ("email", "quasi", None, """Hi Oksana — care assistant from {{St. Clare's Hospital|c138|EMPLOYER}}, coaches the {{Oxford Hawks under-14 volleyball team|c138|DISTINCTIVE|fact|Oxford Hawks under-14 volleyball}}, wants a Saturday morning slot. I'm full. Could you take her?"""),

    ("social_post", "benign", "public_figure", """Simone Biles pulling out of the Olympic final to protect her mind was the bravest athletic decision I've ever watched. Athletes: your head is part of your body."""),

    ("social_post", "benign", "public_figure", """Naomi Osaka and Siya Kolisi in the same week talking about depression and pressure. Sport is changing. Slowly, but it's changing."""),

    ("social_post", "benign", "nonclient_namesake", """My daughter's softball coach, Coach Dana Whitfield, sent every parent a message about being kind from the bleachers. Legend. Every team needs one of her."""),

    ("social_post", "benign", "single_quasi", """Overheard at the field: a parent who coaches the Auburn Bears under-14 softball team saying "we're here to have fun, not to win". Words to live by."""),

    ("social_post", "benign", "weak_attribute", """A hockey coach in his forties said to me: "I've spent twenty years telling kids it's fine to fail and I've never once believed it about myself." Yep."""),

    ("social_post", "benign", "name_as_word", """Chase the process, not the trophy. A rich season isn't measured in wins, and the dean of any locker room is the one who listens."""),

    ("case_presentation", "benign", "deidentified_case", """Composite case for the sports-medicine team: an elite rower in her twenties with a career-ending back injury. Mood has collapsed since she stopped training. All details changed. Discussion points: identity, grief, and how to involve the coaching staff without breaching confidentiality."""),

    ("social_post", "benign", "public_figure", """Still think Coach Taylor from Friday Night Lights is the best portrayal of a mentally healthy coach on TV. Clear eyes, full hearts, regular therapy."""),

    ("email", "benign", "nonclient_person", """A chara,

Seán Ó Briain, manager of the county minor hurling panel, asked whether we'd give a talk to the players and mentors on coping with pressure before the championship. I think it's a great opportunity. Any volunteers?

Go raibh maith agat,
Niamh"""),

    ("social_post", "benign", "nonclient_person", """G'day from the sports psych conference in Canberra. Dr Kylie Mason's talk on athlete burnout was the standout — she's been doing this work at the AIS for twenty years and still gets fired up about it."""),

    ("social_post", "benign", "therapy_life", """Olympic season means my practice fills up with athletes who are supposed to be peaking and are actually falling apart. If that's you: it happens to the best. Reach out."""),
]
