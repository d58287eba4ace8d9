# Voice: book chapters, journal case studies and edited-volume vignettes -- formal, often
# with a disguise statement up front. The direct ones slip: a real name in one line of
# dialogue, initials plus an employer, a completed "sample form", a caps case heading, a
# misspelt surname. The benign ones are properly disguised or talk about published cases,
# authors and reference lists.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("case_presentation", "direct", None, """Chapter 7: Ruptures that Repair

Note on confidentiality: the clinical material in this chapter has been disguised; names, occupations and identifying details have been altered.

7.3 A rupture over a newspaper cutting

"Colin," as I will call him, is a school counsellor in his sixties who came to therapy after a local newspaper ran a light-hearted piece about his vegetable garden. He experienced the article as a humiliation. In our eighth session he brought the cutting, folded very small, and put it on the table between us without comment.

I made the error of smiling at the photograph. His face closed. There was a long silence, and then I said what I felt: "{{Herbert|c287|GIVEN_NAME}}, I'm sorry. I think I just did the thing the newspaper did."

He looked up. "Yes," he said. "You did." It was the first time in eight weeks he had disagreed with me out loud, and it opened the work. In the weeks that followed we spoke about his husband, {{Svenning|c287|RELATIVE}}, who had sent the photograph to the paper in the first place, out of pride, and about how pride and exposure had always been tangled together in his family."""),

    ("case_presentation", "direct", None, """Journal of Counselling Practice, Vol. 14(2) -- Case Study

Compassion-focused therapy for shame in an older teacher: a single-case report

Case introduction
Ms. {{L.F.|c018|INITIALS}}, a 77-year-old primary school teacher still working part-time at {{Hawthorne Elementary School|c018|EMPLOYER}}, was referred by her GP with a two-year history of low mood, self-criticism and early waking. She described herself as "the kind of teacher who remembers every child she failed."

Assessment
On the Forms of Self-Criticising/Attacking and Self-Reassuring Scale (FSCRS) she scored high on inadequate self and low on reassured self. PHQ-9 at intake was 17.

Formulation
Threat-focused formulation centred on a critical father and a career in which warmth was rewarded only when directed outwards.

Intervention
Sixteen sessions of CFT, including compassionate-imagery work and compassionate letter writing."""),

    ("case_presentation", "direct", None, """From "Nursing the Nurse: Therapy with Healthcare Workers" (forthcoming), draft of chapter 3

A nurse I will call R. had been referred by occupational health after a patient died on her ward. She is a careful, dry, funny person, and in session she talked mostly about her daughters.

What struck me in our third meeting was how she described the girls: {{Monica|c026|RELATIVE}}, the elder, "the sensible one," and {{Amy|c026|RELATIVE}}, "who'll do anything if you bet her she can't." When I asked where she fitted in that pair, {{Steph|c026|NICKNAME}} laughed and said, "Oh, I'm {{Amy|c026|RELATIVE}}. Definitely {{Amy|c026|RELATIVE}}."

This simple question turned out to be the hinge of the work. The nurse who could not forgive herself for a death on her ward was, underneath, a woman who had always been dared into things and had never once been allowed to refuse.

[EDITOR'S COMMENT: is "{{Steph|c026|NICKNAME}}" the real name? Please check against your disguise table.]"""),

    ("case_presentation", "direct", None, """Appendix B: A completed intake form (illustrative)

This appendix shows how an intake form might look once completed. Details are illustrative.

CLIENT INTAKE -- CONFIDENTIAL
Name: {{J. Santos|c237|FAMILY_NAME}}
Date of birth: {{15-02-1947|c237|DOB}}
Address: {{6176 Hill Avenue|c237|ADDRESS|street}}, Plymouth
Occupation: paralegal (part-time)
Referred by: GP
Presenting problem: "I can't stop thinking about my son." Bereavement (son, aged 50, sudden cardiac death). Low mood, sleep disturbance, loss of interest in running her business.
Risk: denies current suicidal ideation; passive thoughts after the funeral.
Support: husband; daughter nearby; mother in care home.
Goals: "To be able to go into the salon again."

Notes for the reader: observe how much a good intake tells you before the first session begins."""),

    ("case_presentation", "direct", None, """Couples in Transition, chapter 11 -- "The mayor's husband"

The couple I describe here agreed to be written about on condition that I change their names. I have, mostly.

{{Jaap|c191|NICKNAME}} (a Dutch diminutive he picked up on a gap year and never shook off) and his wife {{Cynthia|c191|RELATIVE}} came to see me in the middle of an election campaign. He was {{running for mayor|c191|DISTINCTIVE|fact|mayor of Plymouth in 2024}}. She had not been consulted. There were two small daughters, {{a llama of some internet fame|c191|DISTINCTIVE|fact|llama named Pancake}}, and a marriage that had quietly become a campaign office.

The first sessions were almost entirely about logistics: who was doing the school run, who was answering the door to canvassers. It was only when {{Cynthia|c191|RELATIVE}} said, "I didn't marry a politician," that the real conversation began."""),

    ("case_presentation", "direct", None, """Chapter 4: The Therapist Who Talks Back -- on Lori Gottlieb and the public therapist

Lori Gottlieb's column and bestselling memoir have done more than any academic text to make therapy legible to the public. Her composite clients are memorable precisely because they are so specific.

I want to set beside Gottlieb's work a client of my own: a retired man, an insurance adjuster, who had {{represented his ward on the city council|c126|DISTINCTIVE|fact|Ward 7 on the Clinton city council}} for years. {{Mr Mentzal|c126|MISSPELLED_NAME}} (he insisted on the title) came to therapy after his husband {{Horst|c126|RELATIVE}} was diagnosed with early dementia. "I have spent thirty years assessing damage," he told me. "I am not used to being the claim."

Like Gottlieb's clients, he was funny, furious and frightened in roughly equal measure."""),

    ("case_presentation", "direct", None, """Working with Adolescents: A Practitioner's Guide (2nd ed.) -- Box 5.2, Case example

{{Bill|c057|NICKNAME}}, fifteen, attends {{Jackson Preparatory Academy|c057|SCHOOL}}, where he is a boarder during the week. He was referred by the school nurse after three visits to her office with stomach pains on Sunday nights.

In the first session he said almost nothing. In the second he talked about rugby. In the third he drew a map of the school and marked, in red, every place he felt he could not go.

Points for reflection:
- What does {{Bill|c057|NICKNAME}}'s map tell you that a questionnaire would not?
- How would you involve his parents, given that he has asked you not to?
- What is the school's responsibility here?"""),

    ("case_presentation", "direct", None, """Sport, Identity and Injury -- an edited collection. Chapter 9, "Falling off the wall"

The client in this chapter, {{Ms Simpson|c285|FAMILY_NAME}}, is a plumber by trade and a competitor by temperament. She has {{twice run the American Ninja Warrior course on television|c285|DISTINCTIVE|fact|American Ninja Warrior}}, and it was a fall on the warped wall, not the injury itself, that brought her to therapy.

"I didn't break anything," she told me. "I just stopped being someone who gets up."

The chapter uses her case to examine identity foreclosure in amateur athletes, a literature drawn almost entirely from elite sport. {{Ms Simpson|c285|FAMILY_NAME}}'s experience suggests that the loss of an athletic identity can be as severe for weekend competitors as for professionals."""),

    ("case_presentation", "direct", None, """Letters in Therapy -- chapter 8 draft (footnotes)

1. See White & Epston (1990) on therapeutic letters.
2. The exchange of letters reproduced in section 8.4 is used with the client's written consent. Her original e-mails (sent from {{c.day@fastmail.com|c115|EMAIL}}) have been lightly edited for length.
3. {{Kris|c115|NICKNAME}} asked that her ferret be mentioned by name. I have declined, on the grounds that the ferret is more recognisable than she is.
4. On the ethics of publishing client writing, see Bond (2015), ch. 6."""),

    ("case_presentation", "direct", None, """Crisis Work in the Digital Age -- chapter 5 figure caption and surrounding text

Figure 5.1 reproduces, with consent, a sequence of text messages received by the author's out-of-hours line during a crisis episode.

[Figure 5.1]
From: {{928-360-8658|c131|PHONE}}   03:12
  i know this isnt what the line is for
From: {{928-360-8658|c131|PHONE}}   03:14
  sorry. im ok. i just needed someone to know im awake

The client, a student of twenty-one, later described these messages as "the first time I asked for anything without apologising twice." The reader will notice that she apologised once."""),

    ("case_presentation", "direct", None, """CASE 3: {{IVY|c052|GIVEN_NAME}}

Presenting concern. {{Ivy|c052|GIVEN_NAME}} is a 23-year-old special education teacher referred through her employer's EAP for anxiety and difficulty sleeping since starting her first teaching post.

History. Youngest of three; older brother with a learning disability whom she describes as "the reason I do this job." Recently married to {{Krystal|c052|RELATIVE}}, a nurse.

Formulation. High standards and a caretaking role learned early; little sense of entitlement to her own needs.

Course. Twelve sessions of CBT with an emphasis on behavioural experiments around "letting things be good enough" in the classroom.

Outcome. GAD-7 from 15 to 6.

[Source: teaching casebook, module 3 -- NOT FOR CIRCULATION OUTSIDE THE COURSE]"""),

    ("case_presentation", "direct", None, """"My name is in the Playbill" -- a vignette from a chapter on names and identity

The client, {{Anthony Ramos|c179|FULL_NAME}}, shares his name with the actor who played John Laurens and Philip Hamilton in the original Broadway cast of Hamilton. He is an electrician, and he has had the musical quoted at him on more job sites than he can count.

For most of his life he laughed it off. It was only after his sister {{Yolanda|c179|RELATIVE}} took him to see the touring production that he found himself weeping in the interval, and could not say why.

What we came to, slowly, was that the show is about a young man who wants to be remembered, and {{Anthony|c179|GIVEN_NAME}} had never believed he would be."""),

    # ---------------------------------------------------------------- quasi
    ("case_presentation", "quasi", None, """Chapter 12: Food, control and the camera

The client I will describe (disguised) is a human resources manager in her late twenties who works at {{Reynolds & Vincent Accounting|c114|EMPLOYER}}. She came to therapy a year after {{appearing on MasterChef|c114|DISTINCTIVE|fact|MasterChef}}, where she had been eliminated in the fourth week after a collapsed soufflé that became, briefly, a meme.

"It's such a stupid thing to be sad about," she said in our first session. We spent much of the year establishing that it was not stupid at all. To be watched failing at something you love, by millions, is a particular kind of wound."""),

    ("case_presentation", "quasi", None, """Journal of Narrative Therapy -- brief report

"The podcast as a second self": a case of a paralegal who records a weekly show

The participant is a paralegal, employed by {{Washington Insurance|c225|EMPLOYER}}, who for six years has hosted {{a podcast about vintage cars called Backyard Cook|c225|DISTINCTIVE|fact|Backyard Cook}}. She described the podcast persona as "the version of me who isn't scared of anything," and we used externalising conversations to explore the relationship between the two selves.

Method. Twelve sessions; outcome measured with the ORS and SRS.
Results. ORS rose from 18 to 31."""),

    ("case_presentation", "quasi", None, """From a chapter draft on grief in working musicians (disguised)

A session musician in her sixties, who has played on most of the records made at {{Nguyen Studio|c279|EMPLOYER}} over the last twenty years, came to see me after her mother's death. She is also, she told me with a grimace, "the woman who {{set fire to a pavlova on MasterChef|c279|DISTINCTIVE|fact|season 2 of MasterChef}}", a clip that still circulates.

She could play anything in any key, and she had not been able to touch her own piano since the funeral. Pat answers about grief did not help her. What did, eventually, was playing the hymn from the service with me in the room, badly, on purpose."""),

    ("case_presentation", "quasi", None, """Older Adults and Public Life -- chapter 6 (disguised case)

A woman in her late seventies, a software engineer who still works three days a week at {{Vector Software|c104|EMPLOYER}}, was referred by her GP for anxiety. She also {{sits on the Glendale city council for Ward 8|c104|DISTINCTIVE|fact|Ward 8 on the Glendale city council}}. The anxiety, it emerged, was not about either job but about her sister, who had begun to forget things.

Formulation centred on a lifelong role as the competent one. She had never been allowed to be afraid, and now the person who had always needed her was disappearing."""),

    ("case_presentation", "quasi", None, """From "Talent Shows and the Self" -- a journal case vignette (names omitted)

The client is a data analyst at {{Ironwood Software|c250|EMPLOYER}}, in his late sixties, who was {{a contestant on The Voice in its fourth season|c250|DISTINCTIVE|fact|season 4 of The Voice}}. None of the four judges turned their chairs. He told me it was the best and worst ninety seconds of his life.

The work concerned the gap between private talent and public rejection, and his father's voice, which he could still hear telling him that singing was for other people."""),

    ("case_presentation", "quasi", None, """Chapter 3 vignette: "The analyst of other people's data"

A data analyst at {{Brightline Systems|c166|EMPLOYER}}, a woman in her fifties, came to couples work alone because her husband, {{Hunter|c166|RELATIVE}}, would not come. He thought therapy was "for people who can't read spreadsheets."

She could read everyone's spreadsheets but her own. Our early sessions were almost comic: she arrived with graphs of the marriage. Later we put the graphs away."""),

    # ---------------------------------------------------------------- benign
    ("case_presentation", "benign", "deidentified_case", """Chapter 2: The First Session -- a composite illustration

The vignette below is a composite drawn from many first sessions over fifteen years. No individual client is described.

A man in his forties sits on the edge of the chair with his coat on. He has been sent by his wife. He tells me, within three minutes, that he does not believe in therapy, that he has nothing to say, and that he can only stay forty minutes because of the parking.

He stays fifty-five minutes. He does not take his coat off. At the end he asks whether he should come back next week, in a tone that suggests he already knows the answer.

What happened in that hour is the subject of this chapter."""),

    ("case_presentation", "benign", "nonclient_person", """References

Bowlby, J. (1988). A secure base. Routledge.
Brown, B. (2012). Daring greatly. Gotham.
Clark, D. M. (2018). Realizing the mass public benefit of evidence-based psychological therapies. Annual Review of Clinical Psychology, 14, 159-183.
Ellis, A. (1962). Reason and emotion in psychotherapy. Lyle Stuart.
Gottlieb, L. (2019). Maybe you should talk to someone. Houghton Mifflin Harcourt.
Hayes, S. C., Strosahl, K. D., & Wilson, K. G. (2012). Acceptance and commitment therapy (2nd ed.). Guilford.
Johnson, S. M. (2008). Hold me tight. Little, Brown.
Perry, B. D., & Szalavitz, M. (2006). The boy who was raised as a dog. Basic Books.
Rogers, C. R. (1957). The necessary and sufficient conditions of therapeutic personality change. Journal of Consulting Psychology, 21(2), 95-103.
Safran, J. D., & Muran, J. C. (2000). Negotiating the therapeutic alliance. Guilford.
Young, J. E., Klosko, J. S., & Weishaar, M. E. (2003). Schema therapy. Guilford."""),

    ("case_presentation", "benign", "nonclient_namesake", """Acknowledgements

This book took four years and a great deal of other people's patience.

Thank you to my editor, Joy Akinyemi, who read every draft and never once said "so when will it be finished?" Thank you to my supervisor of twenty years, Dr. Mark Halloran, for teaching me to sit still. To my colleagues at the clinic -- Grace, Will, Summer and Pat -- for covering my Fridays.

To my husband, Chase, and our daughters Rose and May: I'm back now.

And to my clients, who will not be named here and whose stories are not in this book, but whose courage is on every page."""),

    ("case_presentation", "benign", "nonclient_person", """Chapter 1: Famous cases and what they hide

The history of psychotherapy is told through its famous cases: Anna O., Little Hans, Dora, the Rat Man, the Wolf Man. Each was published under a pseudonym, and each real person was eventually identified -- Bertha Pappenheim, Herbert Graf, Ida Bauer, Ernst Lanzer, Sergei Pankejeff.

Winnicott's "The Piggle" was a little girl called Gabrielle, and her identity was known within the profession for years.

The lesson is uncomfortable. Disguise in case writing has always been thinner than we like to think, and a reader with time and curiosity can usually see through it. That is why the rest of this book argues for composites, consent, and restraint."""),

    ("case_presentation", "benign", "deidentified_case", """Case vignette for a journal article on perinatal anxiety (fully disguised; the name "Ivy" is a pseudonym and all details have been changed)

"Ivy" is a 34-year-old solicitor who developed intrusive thoughts of harm after the birth of her second child. She had told no one, including her husband, for fear that the baby would be taken away.

The work began with psychoeducation: that such thoughts are common, ego-dystonic and not predictive of action. Her relief was immediate and visible. Exposure and response prevention followed over ten sessions.

At follow-up she described the thoughts as "like a radio in another room.\""""),

    ("case_presentation", "benign", "single_attribute", """From a chapter on moral injury in first responders (disguised)

A paramedic in his forties -- I will say no more about him than that -- described a call in which he arrived four minutes too late. "Four minutes," he said. "I was getting a coffee."

He had replayed those four minutes perhaps ten thousand times. The coffee had become, for him, the whole of his moral character.

Moral injury is not PTSD, although the two often travel together. It is the wound that comes from having acted, or failed to act, against one's own code. Its treatment begins with the recognition that the coffee was not a crime."""),

    ("case_presentation", "benign", "mixed_clients", """Composite case for a book on burnout (composite -- features drawn from several clients)

"Sam" is a roofer from Kingston in his seventies who still climbs ladders twice a week. His daughter, Monica, worries about him constantly. He is also a competitive baker, a trombone player, and a keen follower of minor league baseball.

No one person has all of these features. Sam is a way of showing how identity and work become fused late in life, and what happens when the body starts to veto the arrangement."""),

    ("case_presentation", "benign", "nonclient_namesake", """About the contributors

Dr. Hope Chandler is a clinical psychologist and senior lecturer at the University of Bristol. Her research concerns shame in eating disorders.

Mark Osei-Bonsu, MSc, is a CBT therapist working in primary care in south London.

Grace Liu is a doctoral candidate in counselling psychology. Her thesis explores the experience of East Asian therapists in UK training programmes.

Will Brannigan is an integrative psychotherapist in private practice in Galway."""),

    ("case_presentation", "benign", "deidentified_case", """Exercise 4.3 (for the reader): Disguising a case

Below is an undisguised summary. Rewrite it so that the client could not be recognised by anyone who knows him, while keeping what is clinically essential.

Original: [Client name], aged [age], a [specific job] at [named employer] in [town], who [distinctive hobby], presented with panic attacks after [public event].

Suggested rewrite: A man in mid-life, in skilled manual work, presented with panic attacks following a stressful public experience.

Discussion: Notice what has been lost. Is the rewrite still clinically useful? What would you add back, and who would you ask?"""),

    ("case_presentation", "benign", "single_attribute", """From "Therapy in Small Communities" (chapter 5)

One of my clients works at Glendale Brewing Company, which in a town like ours means half the town knows her, since half the town drinks there. She was worried that coming to see me would be noticed.

I mention the brewery only because several dozen people work there, and because the point of this chapter is that in a small place every detail is a risk, and the therapist has to decide, detail by detail, which ones are worth the risk in writing."""),

    ("case_presentation", "benign", "nonclient_person", """Chapter 10: Brené Brown, shame and the limits of vulnerability

Brené Brown's research has been enormously influential, and her TED talk has been watched by tens of millions. Much of what she says is clinically sound: shame thrives in secrecy; empathy is its antidote.

But clinicians should be careful. The vulnerability Brown describes is a choice made from a position of relative safety. For clients whose vulnerability has been exploited, "dare greatly" can sound like an instruction to walk back into danger. Judith Herman, Bessel van der Kolk and Pat Ogden all offer a more graded approach."""),
]
