# Voice: Noémie Tremblay, a Canadian trainee counsellor on placement at the practice,
# keeping the reflective journal her programme requires. Earnest, self-critical, mostly
# careful about names -- not always.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("case_presentation", "direct", None, """Reflective journal, week 7

Session with {{June|c285|GIVEN_NAME}} today. She spent most of it talking about her brother {{Michael|c285|RELATIVE}} and the summer they stopped speaking. I noticed myself wanting to "fix" the relationship for her -- I'm the eldest in my family too and I recognised the pull. Took it to supervision. Dr Lapointe says: notice it, name it to yourself, don't act on it."""),

    ("case_presentation", "direct", None, """Journal -- Tuesday

{{Faith|c008|GIVEN_NAME}} arrived late and flustered; her partner {{William|c008|RELATIVE}} had the car. I was flustered too, honestly, because I'd double-checked the room and it was still booked by someone else. We started eleven minutes late. She said "it's fine" three times. I don't think it was fine. Next time: acknowledge it properly."""),

    ("case_presentation", "direct", None, """Week 9 reflection

Third session with {{Chritsine Thomas|c228|MISSPELLED_NAME}}. She works nights as a {{bartender|c228|DISTINCTIVE|occupation}} and came straight from a shift, so I offered her tea and we went slower. I used a grounding exercise for the first time on my own and it actually worked. I felt like a real counsellor for about four minutes, then the impostor feeling came back."""),

    ("case_presentation", "direct", None, """Journal, Friday

{{Kari|c160|NICKNAME}} talked about a call she took at work -- she's a {{911 dispatcher|c160|DISTINCTIVE|occupation}} -- where she stayed on the line with a mother until the ambulance arrived. She didn't know how it ended. I realised I also wanted to know how it ended. Dr Lapointe says that's the vicarious part of vicarious trauma."""),

    ("case_presentation", "direct", None, """Week 11

New client: {{Paul Henderson|c068|FULL_NAME}}. (Yes, like the hockey player. He's heard it his whole life, he says, mostly from old men.) Eighteen, first year at {{Eastport State University|c068|SCHOOL}}, struggling with the move away from home. His sister {{Breanna|c068|RELATIVE}} made him book. He was funny and guarded and I liked him immediately, which I'm noting."""),

    # ---------------------------------------------------------------- benign
    ("social_post", "benign", "celebrity_namesake", """My grandfather still tears up when anyone mentions Paul Henderson's goal in '72. I wrote my placement essay on collective memory and national identity and I think it started with him describing that moment in the kitchen."""),

    ("case_presentation", "benign", "deidentified_case", """Reflective journal, week 4

A client (woman, 30s) cried for most of today's session and I said almost nothing. Afterwards I felt I'd failed her. In supervision we talked about how silence can be a form of holding. I'm not sure I believe it yet, but I'm going to try sitting with it next time instead of filling it."""),

    ("case_presentation", "benign", "therapy_life", """Journal -- end of placement month 2

Things I'm getting better at: ending on time, writing notes the same day, not apologising for the room. Things I'm not: challenging clients, saying "I don't know", asking for help before I'm drowning. Dr Lapointe says the second list is the syllabus."""),

    ("case_presentation", "benign", "name_as_word", """Week 5

I will try to be less hard on myself. I may not be ready for the couples caseload and that's OK. I hope the new grid for notes helps, because I can't mark my own progress if I can't find anything. Writing this mostly so I remember I wrote it."""),

    ("case_presentation", "benign", "nonclient_namesake", """Journal, Sunday (not a work entry really)

My roommate Chase made pancakes and asked how placement was going, and I burst into tears over the maple syrup. It was not about the pancakes. I think I'm more tired than I'm admitting. Booking a session with my own therapist this week."""),

    ("case_presentation", "benign", "public_figure", """Reading log

Finished Carl Rogers' On Becoming a Person and started Irvin Yalom's The Gift of Therapy. Yalom's line about creating a new therapy for each patient made me feel both relieved and terrified. Rogers is gentler. I think I need both of them."""),

    ("case_presentation", "benign", "weak_attribute", """Week 10

A new client is a college student downtown, living away from home for the first time. I noticed how much I over-identified with her -- I was her, four years ago. Supervision goal: keep my own story out of the room."""),

    ("case_presentation", "benign", "single_quasi", """Week 12

A client mentioned she works at Austin Dental Group, and I realised I'd had my teeth cleaned there last spring. I disclosed this to my supervisor; we agreed it isn't a dual relationship but I'll find a new dentist anyway. Small towns!"""),

    ("case_presentation", "benign", "nonclient_person", """Supervision notes to self

Dr Hélène Lapointe suggested I read about rupture and repair (Safran and Muran). Also: record a session (with consent) and watch it back. I'm dreading it. Mireille from my cohort did it last month and said it was the most useful thing she's done."""),

    # ---------------------------------------------------------------- quasi
    ("case_presentation", "quasi", None, """Week 13 -- first "famous in town" client

She {{owns the coffee roastery on Richardson Street|c224|DISTINCTIVE|fact|coffee roastery on Richardson Street}} -- I buy my beans there! -- and her father {{Isaac|c224|RELATIVE}} has just moved in with her after his fall. She talked about being a daughter and a carer and a business owner all at once. I disclosed I'm a customer; supervisor says that was right."""),

    ("case_presentation", "quasi", None, """Week 14

Client is a {{barista|c244|DISTINCTIVE|occupation}} in {{Lancaster|c244|ADDRESS|city}} who also {{has the deli on Magnolia Road|c244|DISTINCTIVE|fact|deli on Magnolia Road}} -- two jobs, one of them her own business, and a family. We spent the session on sleep. I kept thinking: there is no CBT for "too many jobs"."""),

    ("case_presentation", "quasi", None, """Week 15

Young man, student at {{Lancaster Community College|c288|SCHOOL}}, whose partner {{Wibke|c288|RELATIVE}} is going back to Germany in the summer. He's trying to decide whether to follow her. I noticed I had an opinion and I kept it to myself (mostly)."""),

    ("case_presentation", "quasi", None, """Week 16

Client is a {{corrections officer|c060|DISTINCTIVE|occupation}} in {{Arlington|c060|ADDRESS|city}}; his son {{Antoni|c060|RELATIVE}} has just started school and he's terrified of bringing "the job" home. First time I've worked with someone in that role. I was more nervous than he was."""),
]
