# Supervision and peer-consultation requests: listservs, forums, consultation groups.
DOCS = [
("email", "direct", None, """[NE-Perinatal-Therapists] Seeking consult — secondary trauma in a birth worker

Hi all, I'd love some thoughts. My client {{Rusty|c166|NICKNAME}} {{H.|c166|INITIALS}} is a male midwife (yes, really, and he's great at it) who attended a stillbirth in March and hasn't been able to go back on the labour ward since. We've done some stabilisation but he's stuck. Anyone with experience of EMDR with clinicians? DM me.

— Tamsin, LCSW"""),

("social_post", "direct", None, """Posting in the adolescent clinicians group (closed): my client {{Dawn|c308|GIVEN_NAME}}, 16, a junior at {{North Riverside High School|c308|SCHOOL}}, has started drumming in a band and suddenly her attendance is perfect and her mood is up. Has anyone written a treatment plan around music as behavioural activation? Would love templates."""),

("email", "direct", None, """Hi Nkechi,

Ahead of Thursday's consult group, here's the formulation I mentioned. Attached: Formulation_{{RPennington|c138|FAMILY_NAME}}_draft.docx (2 pages). I'm stuck on how much to push the grief work while his wife is still in hospital. Any thoughts welcome, even half-formed ones.

Cheers,
Lwazi"""),

("team_note", "direct", None, """Supervision agenda — week 19 (trainee: P. Sandhu)
1. {{Juan Taylor|c039|FULL_NAME}} — countertransference; I notice I avoid talking about his husband
2. Risk assessment practice (role play)
3. Case write-up deadline for the university (30 June)
4. Leave dates"""),

("social_post", "direct", None, """Anyone in the group have experience with gender-affirming care letters for adults? My client {{Sage|c267|GIVEN_NAME}} (they/them), a mechanic at {{Murray Auto Repair|c267|EMPLOYER}}, asked me for one this week and I want to make sure I do it right. Resources appreciated 🙏"""),

("email", "direct", None, """Re: [consult-group] Re: intake for {{Bienvenida Vinas|c146|FULL_NAME}}

Thanks all. To answer Ravi's question: yes, she's happy to do sessions in Spanish, and she'd prefer a woman clinician. Her wife will bring her to the first appointment. Ya tiene cita para el martes. Closing this thread."""),

("email", "direct", None, """Listserv — looking for a bilingual therapist for a client I can't take (my waitlist is 3 months). She's given permission to share her number, so if you have space she said you can call her at {{five oh three, three seven two, oh seven three six|c160|PHONE}}, afternoons only. Thanks in advance, friends."""),

("email", "direct", None, """Peer consult request (please don't forward)

Pt {{X.W.|c120|INITIALS}}, DOB {{17.01.87|c120|DOB}}, UX designer, presenting with intrusive images after {{helping a stranger deliver a baby on the highway|c120|DISTINCTIVE|fact|delivering a baby on the highway}} last winter. Functioning well at work, falling apart at night. I'm weighing up imagery rescripting vs. EMDR. Thoughts?"""),

("email", "direct", None, """Consultation group: I'd like to bring {{Denise|c216|GIVEN_NAME}} on Friday. Her daughters {{Margaux|c216|RELATIVE}} and {{Marcelle|c216|RELATIVE}} have both stopped speaking to her since the divorce, and her husband {{Franck|c216|RELATIVE}} is, in her words, "winning the PR war". I'm finding it hard to stay neutral. Twenty minutes would be enough."""),

("email", "direct", None, """Forwarding for the group's input, with the client's consent to discuss but please keep this in the group.

> On Tue, 20 May 2025, {{Kimberly Contreras|c140|FULL_NAME}} <{{kimberlyc94@proton.me|c140|EMAIL}}> wrote:
> I don't think I can keep coming if we have to talk about my mother every week. Can we do something else?

How would you respond? My instinct is to slow down, not stop."""),

("email", "direct", None, """Ethics consult, please! Client {{Jodi Wilcox|c254|FULL_NAME}}, who's a reporter at {{the Marion Herald|c254|EMPLOYER}}, wants to write a first-person piece about her therapy and quote me. She's asked for my consent. I'm inclined to say no to being named but I don't want to rupture things. How have others handled this?"""),

("email", "quasi", None, """[trauma-clinicians] consult: client is a session musician at {{Norton Studio|c478|EMPLOYER}} whose {{tortoise, Captain Fluff, went viral|c478|DISTINCTIVE|fact|tortoise named Captain Fluff}} after a video last month. Since then strangers recognise the pet in the street and he's become very anxious about being filmed. Has anyone worked with sudden micro-fame?"""),

("social_post", "quasi", None, """Interesting one for the forum: my client {{breeds champion Great Danes in Quincy|c173|DISTINCTIVE|fact|Great Danes in Quincy}} and was {{a contestant on season 18 of American Ninja Warrior|c173|DISTINCTIVE|fact|season 18 of American Ninja Warrior}}. Massive perfectionism, huge shame about "only" making the semi-finals. Recommendations for books on perfectionism in athletes?"""),

("email", "quasi", None, """Bonjour à toutes et à tous — seeking a French-speaking colleague for a client: a {{paralegal|c187|DISTINCTIVE|occupation}} in {{Springfield|c187|ADDRESS|city}}, whose partner {{Thibault|c187|RELATIVE}} is being treated for cancer. Would prefer sessions in French. Merci d'avance!"""),

("email", "quasi", None, """Consult request: a librarian at {{Franklin Elementary School|c209|EMPLOYER}} who {{breeds Shiba Inus in Plymouth|c209|DISTINCTIVE|fact|Shiba Inus in Plymouth}} (he talks about the dogs more than anything else). Depression with a lot of avoidance. Is it collusion if half our session is about the puppies?"""),

("social_post", "quasi", None, """Supervision reflection (shared with permission of my supervisor, not the client): my client's wife {{Aurelia|c360|RELATIVE}} came to one session and it changed everything. Turns out my client {{was on Wheel of Fortune, season 27|c360|DISTINCTIVE|fact|season 27 of Wheel of Fortune}}, and lost on the final puzzle, and has been replaying it for years. Never assume you know the trauma."""),

("email", "quasi", None, """Hi Ines, a query for the LGBTQ+ clinicians list: I'm seeing a {{medical receptionist|c513|DISTINCTIVE|occupation}} in {{Shelby|c513|ADDRESS|city}} whose husband {{Götz|c513|RELATIVE}} has just been diagnosed with early-onset dementia. Are there carers' groups for same-sex spouses anywhere near? Thank you."""),

("email", "quasi", None, """Seeking consult re parenting work: client is a software engineer at {{Lumen Labs|c445|EMPLOYER}} whose son {{Eugenio|c445|RELATIVE}} has just been expelled. She's blaming herself and working 70-hour weeks to avoid being at home. Anyone know a good family therapist who does evening sessions?"""),

("email", "benign", "deidentified", """Seeking consult: client is a man in his 30s, a teacher, recently separated, with intrusive thoughts about harming his infant that he finds horrifying. Classic ego-dystonic OCD presentation as far as I can tell. I'd like a sanity check on ERP pacing. Happy to talk by phone."""),

("email", "benign", "nonclient_person", """For those asking after last week's call: the ACT matrix is from Polk and Schoendorff; the hexaflex is Hayes, Strosahl & Wilson (2012); schema modes are Young, Klosko & Weishaar (2003). And yes, the Rogers quote was from On Becoming a Person."""),

("social_post", "benign", "public_figure", """For the affirming-care reading list: Sara Ramirez's interview about coming out as nonbinary is a lovely, accessible piece to share with clients who are just starting to question. Link in the group files."""),

("email", "benign", "nonclient_person", """Reminder: group supervision with Dr. Ivy Chen is Thursday at noon in Room 2. Please bring one case, de-identified, and a question. Lunch is on Ivy this time — thank her!"""),

("email", "benign", "name_as_word", """Mark my words, if we don't chase the insurance company this week we'll never see those claims paid. Can someone with patience volunteer? I'll bring cake to the consult meeting as a bribe."""),

("social_post", "benign", "single_attribute", """Going to see the Lucky Satellites at the Crown tonight — a client mentioned them and I've had their song stuck in my head for a week. No more details, obviously 😄"""),

("email", "benign", "policy", """LISTSERV RULES (please read before posting)
1. No identifying details: no names, initials, employers, schools, towns, or unusual facts.
2. Use "client" or an age and gender range only.
3. Moderators: Dr. Faith Adeyemi and Luis Carrasco. Posts that break rule 1 will be removed.
4. Be kind."""),

("email", "benign", "mixed_attributes", """Two very different clients this week reminded me how much music matters: one a harpist in the Troy Symphony Orchestra, the other a coach of the Eastport Tigers under-14 soccer team who sings on the sidelines. Neither knows the other, obviously. Just a nice week."""),

("email", "benign", "nonclient_person", """Looking for a Spanish-speaking EMDR therapist near Riverside for a referral. Dr. Esperanza Villalobos is full; Javier at Sunrise Counseling has retired. Any leads?"""),

("social_post", "benign", "name_as_word", """Will anyone else be in Chicago for the ISSTD conference? May be worth a meetup. I'm hoping for deep-dish pizza and a little bit of joy after a very long spring."""),

("email", "direct", None, """Consult group, a light one: my new client is called {{Kevin Love|c142|FULL_NAME}}. Not the basketball player, a 67-year-old welder who says strangers have been asking him about his jump shot for fifteen years. He wants to work on why it bothers him so much. I think it's a great way in. Anyone written about names and identity?"""),

("email", "benign", "nonclient_person", """Resource share: Sue Johnson's 'Hold Me Tight' remains the best couples book to hand to clients, and the EFT externship is running online again in the autumn. Also recommend Gottman's Seven Principles for the more skeptical partner."""),
]
