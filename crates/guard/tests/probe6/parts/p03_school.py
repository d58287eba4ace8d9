# Voice: a district school counselor (Delphine Osei, Wexford County Schools), writing to
# teachers, parents, the student-support team and college admissions; US spelling.
DOCS = [
    # ---------------------------------------------------------------- benign
    ("email", "benign", "deidentified_case", """Subject: 7th grader -- seating + check-ins

Hi Mr. Brannigan,

Thanks for flagging your student on Friday. I met with her this morning. Without going into detail: there's a lot going on at home right now, none of it her fault, and she's running on very little sleep. She is not in trouble and she knows that.

Three small asks for the next couple of weeks, if you can:
- Let her sit near the door so she can step out without it being a Thing.
- If she puts her head down, a quiet check-in rather than a call-out.
- Send her to me (no pass needed) if she asks. She has my blessing to ask.

I'll follow up with the whole team at the support meeting Thursday. Thank you for noticing -- a lot of kids fall through exactly this gap.

Delphine Osei
School Counselor, Wexford County Schools"""),

    ("email", "benign", "therapy_life", """Subject: Parent night -- anxiety workshop slides

Hi all,

Attached are the slides from last night's parent workshop on teen anxiety. About forty families came, which is double last year. The three questions we got most were:

1. "How do I know if it's normal worry or something more?" -- slides 6-9.
2. "Should I let my kid stay home when they're anxious?" -- slide 12 (the short answer: occasionally, with a plan to return; avoidance tends to grow).
3. "What about phones?" -- no slide, because honestly nobody knows, but I shared what the research suggests about sleep.

If any parent reaches out to you about something they heard, feel free to send them my way.

Delphine"""),

    ("team_note", "benign", "nonclient_person", """Student Support Team -- agenda, Thursday 7:30am, Room 114

1. Welcome to Ms. Petrakis (new school psychologist, starting Monday).
2. Attendance data: chronic absence up 4% since winter break.
3. Mrs. Kowalczyk -- update on the peer mentoring pilot.
4. Two new referrals (de-identified; details in the locked folder).
5. Planning for state testing week: quiet rooms, breaks, who's on call.
Coffee: Mr. Brannigan's turn."""),

    ("email", "benign", "single_quasi", """Subject: transfer student -- records request

Hi Tamsin,

We have a student transferring in next week who was previously at Grant High School. Could you request the counseling records through the usual channel? Her family says there was a 504 plan in place for anxiety but they don't have a copy. No rush before Monday, but sooner is better so we can have accommodations ready on day one.

Thanks!
Delphine"""),

    ("email", "benign", "name_as_word", """Subject: Grant deadline + Friday

Hi team,

Grant applications for the mental-health mini-fund are due Friday at noon. I can't grant extensions on this one, sadly -- the state portal just closes. Will someone volunteer to proofread the budget page? It's mostly numbers and my eyes are done.

Also: please don't chase students for the wellbeing survey. It's voluntary and it's supposed to stay that way.

Delphine"""),

    ("case_presentation", "benign", "deidentified_case", """Case consultation -- counselor peer group (identifying details changed)

Student: 11th grade boy, 16. Referred by his English teacher after he turned in a personal essay describing "not seeing the point of anything after graduation".

What I know: lives with his mom and two younger siblings; works evenings at a fast-food place; plays no sports; one close friend who moved away last year. Grades have slipped from B's to D's since October. Denies current suicidal intent; acknowledges passive thoughts "most nights".

What I did: safety screen, safety plan on paper (he kept a copy in his phone case), parent contact with his consent, referral to the community mental health clinic. He's on their waitlist -- six weeks.

My question for the group: what do we do in the six weeks? I'm seeing him twice a week for 20 minutes, which is what I can do. Is that enough? What have you tried that helped with this age?"""),

    ("social_post", "benign", "therapy_life", """Hot take from a school counselor: the most effective intervention I have is not a worksheet, a program, or an app. It's the adult in the building who says "good morning" to the same kid every single day and means it. Principals: schedule for that. #schoolcounseling #studentwellbeing"""),

    ("email", "benign", "weak_attribute", """Subject: bus route question

Hi Cormac,

Quick one: do you know if the late bus still goes out to Riverside on Tuesdays? I have a student who stays for group on Tuesdays and I want to make sure she has a way home before I put her on the list.

Thanks,
Delphine"""),

    ("email", "benign", "nonclient_namesake", """Subject: Out Wednesday afternoon

Hi Tamsin,

I'll be out Wednesday from 1pm -- my son Tyler has his tonsils out and I want to be there when he wakes up. Elspeth will cover any walk-ins and has the crisis binder. Back Thursday morning.

Delphine"""),

    ("case_presentation", "benign", "public_figure", """PD session notes -- "Restorative practices in middle school"

Presenter referenced Howard Zehr's work on restorative justice, Ross Greene's "Lost at School" (kids do well if they can), and a short clip of Simone Biles talking about stepping back at the Olympics as a way into conversations about self-care with athletes. Good discussion about when restorative circles are not appropriate (harassment, power imbalances). Action: pilot circles in two advisory groups next semester."""),

    ("email", "benign", "single_quasi", """Subject: group for kids whose parents are deployed

Hi Elspeth,

I'm thinking about starting a small lunch group for students with a parent deployed overseas. I know of one at Washington Middle School already, so if you hear of others, please send them to me. I'd like four to six kids, grades 6-8, starting after spring break.

Delphine"""),

    ("team_note", "benign", "weak_attribute", """Walk-in log, Tues: 3 walk-ins before first period. One freshman, one sophomore, one senior. Topics: friendship conflict, test anxiety, a breakup. All returned to class. No risk concerns."""),

    # ---------------------------------------------------------------- direct
    ("email", "direct", None, """Subject: checking in about {{Beth|c041|GIVEN_NAME}}

Hi Mr. Brannigan,

Thanks for catching me in the hallway yesterday. I wanted to follow up in writing, keeping it brief because email isn't the place for details.

{{Beth|c041|GIVEN_NAME}} has been meeting with me weekly since the start of term. Her mom, {{Gabrielle|c041|RELATIVE}}, has given me permission to share with her teachers that she's dealing with some anxiety and that mornings are the hardest part of her day. That's why she's sometimes late to first period. Please don't mark it as unexcused without checking with me first -- we have an attendance plan on file with the front office at {{Jefferson Middle School|c041|SCHOOL}}.

What helps her: a heads-up before any change to the routine (sub days, assemblies, fire drills if you know about them), and being allowed to present to you one-on-one instead of in front of the class when a presentation is graded.

What doesn't help: being asked "are you okay?" in front of other kids. She'll say yes, and then she'll spend the next period feeling watched.

Thank you for being someone she trusts. She mentioned you by name, which from her is a big deal.

Delphine Osei
School Counselor"""),

    ("team_note", "direct", None, """SST notes -- item 4

{{Greg|c079|NICKNAME}} (9th): dad ({{Daniel|c079|RELATIVE}}) called the office twice this week asking why {{Greg|c079|NICKNAME}} is "still seeing the counselor". {{Greg|c079|NICKNAME}} has asked that his dad not be told what we talk about; he's 15 and that's within the district policy for general counseling. Plan: I'll call {{Daniel|c079|RELATIVE}} back, explain the policy, and invite him to a joint meeting if {{Greg|c079|NICKNAME}} agrees. Flag to admin in case he escalates."""),

    ("email", "direct", None, """Subject: meeting w/ family -- Thursday

Hi Elspeth,

Can you sit in on a family meeting Thursday at 3:15? It's for {{Bryan|c108|GIVEN_NAME}} in 8th grade at {{Washington Middle|c108|SCHOOL}}. His mom, {{Christina|c108|RELATIVE}}, is coming in. Background: a video of the family from when they {{were on Family Feud a few years back (season 13, I think)|c108|DISTINCTIVE|fact|season 13 of Family Feud}} has resurfaced and is going around the 8th-grade group chats with some really cruel edits. He's stopped eating lunch in the cafeteria.

I'd like you there mainly so mom has two of us to hear from, and because you know the bullying-report process better than I do.

Thanks,
Delphine"""),

    ("email", "direct", None, """Subject: re: re: can you call my kid

Hi {{Christine|c192|RELATIVE}},

Thank you for reaching out. I'm sorry this week has been so hard for {{Jamie|c192|GIVEN_NAME}}.

I tried the number you gave me for {{Jamie|c192|GIVEN_NAME}} this afternoon -- {{(480) 425-2236|c192|PHONE}} -- but it went straight to voicemail, which makes sense if the phone is in a locker during school hours. I'll catch {{Jamie|c192|GIVEN_NAME}} in person tomorrow during homeroom instead, which is usually easier anyway at this age.

If you'd like to talk before then, I'm in my office until 4:30.

Warmly,
Delphine Osei"""),

    ("email", "direct", None, """Subject: FW: {{Zakk|c067|NICKNAME}} -- accommodations

Hi Tamsin,

Forwarding the note below from {{Zakk|c067|NICKNAME}}'s mom, {{Michelle|c067|RELATIVE}}. He's transferring to us from {{Roosevelt Preparatory Academy|c067|SCHOOL}} at the end of the month, and she's worried his accommodations won't follow him. Could you make sure the 504 gets requested before his first day?

She also mentioned that he prefers "{{Zakk|c067|NICKNAME}}" (two k's) and gets upset if it's spelled wrong on the roster. Small thing, big deal at 13.

Thanks,
Delphine"""),

    ("team_note", "direct", None, """Safety check -- {{Krystina Ellwart|c207|MISSPELLED_NAME}}, 10th. Older brother {{Karol|c207|RELATIVE}} came to the front office worried about posts on her account. Met with her 3rd period. Screened, low risk today, safety plan reviewed, parents called (mom answered). Will see her again Monday. Counselor on call notified."""),

    ("email", "direct", None, """Subject: {{Joey|c221|NICKNAME}} -- lacrosse & schedule

Hi Coach,

I'm writing on behalf of {{Joey Brooks|c221|NICKNAME|nickname_full}}, who I've been seeing at {{North Arlington High|c221|SCHOOL}} this semester. You may not know this, but outside school {{Joey|c221|NICKNAME}} {{helps coach an under-12 lacrosse team (the Madison Wolves)|c221|DISTINCTIVE|fact|Madison Wolves under-12 lacrosse}} -- he's really proud of it, and it's been one of the protective things in his life this year.

The conflict is Tuesday practice. He's been skipping his own practice with you to run theirs, and he's terrified of being cut. Could the three of us meet and find something that works? I really don't want him to have to choose between the two things that are keeping him going.

Best,
Delphine Osei"""),

    ("email", "direct", None, """Subject: Permission form -- counseling group

Hi {{Stephanie|c082|RELATIVE}},

Thanks for returning the group permission form. One problem: the contact email on the form is {{stacyhinton63@fastmail.com|c082|EMAIL}}, which I think is {{Stacy|c082|GIVEN_NAME}}'s own account rather than yours. For group updates and any safety communication I need a parent or guardian email. Could you send me yours?

Group starts next Wednesday in the library annex at {{North Arlington High School|c082|SCHOOL}}.

Thank you!
Delphine Osei"""),

    ("case_presentation", "direct", None, """504 PLAN -- ANNUAL REVIEW (DRAFT)

Student: {{Alejandro Moore|c100|FULL_NAME}}          Date of birth: {{04/23/2009|c100|DOB}}
School: {{Grant High School|c100|SCHOOL}}          Grade: 10

Qualifying condition: Generalized anxiety disorder (community provider diagnosis, letter on file).

Present levels: {{Alejandro|c100|GIVEN_NAME}}'s grades have improved this year (GPA 2.6 -> 3.1). He reports that the testing accommodations (extended time, separate setting) are the most helpful. Teachers report that he is reluctant to speak in class and rarely asks for help.

Strengths: great sense of humor; strong in biology; {{his tortoise, Beans, is internet-famous|c100|DISTINCTIVE|fact|tortoise named Beans}} and he lights up talking about the care it takes.

Accommodations to continue: extended time (1.5x) on tests; separate testing location; preferential seating; check-in with counselor weekly.

New: option to submit oral presentations as a recording."""),

    ("team_note", "direct", None, """Note to file -- {{Bobby|c165|NICKNAME}} ({{Kennedy High|c165|SCHOOL}}, 8th grade accelerated). Came in after lunch shaky. {{Sings lead for a band with older kids, the Static Orchards|c165|DISTINCTIVE|fact|band the Static Orchards}}, and they've been booked to play somewhere with alcohol; he doesn't want to go and doesn't want to let them down. Talked through options. He'll tell his mom tonight. I'll check in Friday."""),

    # ---------------------------------------------------------------- quasi
    ("email", "quasi", None, """Subject: college essay -- can you read?

Hi Elspeth,

Could you give this essay a read before it goes in? One of my sophomores at {{Grant High School|c088|SCHOOL}} wrote a really moving piece for the summer program application about his older brother {{Bruno|c088|RELATIVE}} and how they got through their dad leaving. He wants to use it but I'm worried it says more about family stuff than he'll be comfortable with later.

I've told him there's no pressure to change anything.

Delphine"""),

    ("team_note", "quasi", None, """SST -- item 6 (senior, {{North Arlington High School|c015|SCHOOL}})

Her older sister {{Angela|c015|RELATIVE}} called the counseling office worried she's stopped eating at home. Student says she's "just busy". Weight loss visible per PE teacher. Plan: meet with her tomorrow, screen for disordered eating, consider parent contact depending on what she shares. Nurse looped in."""),

    ("email", "quasi", None, """Subject: recommendation letter -- first draft

Hi Tamsin,

Here's my draft for the conservatory recommendation. The student is a senior at {{North Arlington High School|c081|SCHOOL}} and has asked me to keep the mental-health part "honest but not dramatic".

"It is a pleasure to recommend this student, who {{plays oboe in the Lexington Symphony Orchestra|c081|DISTINCTIVE|fact|oboe in the Lexington Symphony}} -- the youngest member of the woodwind section -- while carrying a full academic load. I have watched her navigate significant performance anxiety with courage and humor..."

Can you check that I haven't said anything her family wouldn't want in writing?

Delphine"""),

    ("email", "quasi", None, """Subject: student-athlete stress -- resources?

Hi Cormac,

A junior at {{Roosevelt Preparatory Academy|c034|SCHOOL}} has been referred to me by his advisor. He's clearly capable but completely overcommitted -- among other things, he {{coaches the under-10 volleyball team, the Arlington Otters, on weekends|c034|DISTINCTIVE|fact|Arlington Otters under-10 volleyball}}. He says he can't quit because "the little kids need me".

Do you have anything good on burnout for teens that isn't preachy?

Delphine"""),

    ("email", "quasi", None, """Subject: Reference request from a former student

Dear Admissions Committee,

I am writing at the request of a former student of mine, now in her second year at {{Jackson College|c059|SCHOOL}}, who is applying to transfer into your art therapy program.

I first worked with her in ninth grade, when she was struggling with anxiety severe enough that she missed much of the year. What got her back into the building was art. Last summer she {{painted the huge mural you can see on Juniper Court|c059|DISTINCTIVE|fact|mural on Juniper Court}}, a project she led from design to the last coat of varnish, and she told me that every brushstroke was "proof I can finish things".

I recommend her wholeheartedly.

Sincerely,
Delphine Osei, M.Ed., School Counselor"""),

    ("case_presentation", "quasi", None, """Alumni follow-up (peer consultation, anonymized)

Former student, now a sophomore at {{Arlington State University|c288|SCHOOL}}, reached out by email asking for "someone to talk to". He has been {{coaching a girls' under-14 softball side, the Jackson Wolves|c288|DISTINCTIVE|fact|Jackson Wolves under-14 softball}}, and one of the players disclosed something serious to him. He did the right thing and reported it, but is now struggling with sleep and intrusive thoughts.

His sister {{Jacqueline|c288|RELATIVE}} is the one who suggested he contact me.

Question: what's my role here? He's no longer my student. I've given him the campus counseling center details and the crisis line, but I want to make sure I'm not leaving him hanging."""),

    ("email", "quasi", None, """Subject: Civics night -- possible speaker?

Hi Tamsin,

For civics night, what about inviting a former student who {{now sits on the Oxford city council (Ward 5) at twenty|c263|DISTINCTIVE|fact|Ward 5 on the Oxford city council}}? He's in his second year at {{Quincy State University|c263|SCHOOL}} and juggling both. He's spoken openly about his anxiety, so it might also be a nice tie-in with the mental-health week. I'd ask him first, obviously -- he told me the public scrutiny has been hard.

Delphine"""),
]
