# Voice: the practice's public professional face -- LinkedIn posts by the clinicians and
# the practice owner, conference abstracts and poster blurbs, a newsletter paragraph.
# Polished, upbeat, occasionally over-sharing.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("social_post", "direct", None, """Proud moment: my client {{Jennifer Jordan|c256|FULL_NAME}}, who has given me permission to share this, stood up at the {{Burlington city council|c256|DISTINCTIVE|fact|Ward 1 on the Burlington city council}} last night and spoke publicly about her recovery from depression. Eighteen months ago she couldn't leave the house. Courage looks like this. #mentalhealth #recovery"""),

    ("case_presentation", "direct", None, """Abstract -- Regional Trauma Conference, Poster 14

Title: Moral injury in shipyard workers after a fatal accident: a single-case design
Case: {{D.L.|c055|INITIALS}}, a {{welder|c055|DISTINCTIVE|occupation}} at {{Georgetown Shipyard|c055|EMPLOYER}}, witnessed a colleague's death in a crane collapse. Twelve sessions of trauma-focused CBT with a moral-injury module. PCL-5 fell from 58 to 21. We discuss guilt appraisals that standard protocols miss."""),

    ("case_presentation", "direct", None, """Symposium abstract: "Hobbies as a therapeutic resource"

We present three case vignettes. In the first, {{MS|c041|INITIALS}}, a {{barista|c041|DISTINCTIVE|occupation}} in {{Bristol|c041|ADDRESS|city}} who {{hosts the Honest Historian, a fly-fishing podcast|c041|DISTINCTIVE|fact|Honest Historian podcast}}, used episode planning as a behavioural activation scaffold during a depressive episode. The second and third vignettes are composites."""),

    # ---------------------------------------------------------------- benign
    ("case_presentation", "benign", "deidentified_case", """Abstract -- Brief CBT for insomnia in shift workers

Participants: 24 adults working rotating shifts (nurses, dispatchers, warehouse staff), recruited via GP referral. Six sessions of CBT-I adapted for shift patterns. ISI scores fell by a mean of 8.2 points; gains were maintained at 3 months. All case material has been anonymised and composite details used."""),

    ("social_post", "benign", "public_figure", """Rereading Brené Brown's Daring Greatly this week. "Vulnerability is not winning or losing; it's having the courage to show up." Still the best sentence I know for a first session. #therapy #leadership"""),

    ("social_post", "benign", "name_as_word", """Ten years in practice today. What I've learned: grace is a skill, not a trait. Hope is something you lend a client until they can carry it. And it will always, always take longer than the treatment manual says. Grateful to everyone who has trusted us."""),

    ("social_post", "benign", "public_figure", """Dr Gabor Maté's talk last night was a reminder that addiction is a response to pain, not a moral failure. Not everything he says sits easily with the evidence base, but the compassion is the point. #addictionrecovery"""),

    ("social_post", "benign", "nonclient_person", """Delighted to welcome Dr Hamish Ure to Northgate Psychology as a senior associate! Hamish brings fifteen years of experience in perinatal mental health and a very dry sense of humour. Referrals open from next month."""),

    ("social_post", "benign", "therapy_life", """5 things I wish I'd known when I started private practice:
1. Your fee is not a moral statement.
2. Block admin time like it's a client.
3. Supervision is not optional, ever.
4. Some clients leave without saying goodbye. It's not always about you.
5. Buy the good chair."""),

    ("case_presentation", "benign", "single_quasi", """Poster abstract: Peer support after critical incidents

A service evaluation of a peer-support scheme set up with the Georgetown Fire Department. 31 staff used the scheme in its first year; 9 were referred on for psychological therapy. Staff rated confidentiality as the single most important feature. No individual data are reported."""),

    ("social_post", "benign", "celebrity_namesake", """James Watson's fall from grace is a reminder that brilliance and wisdom are not the same thing. Worth remembering next time we put any expert -- including ourselves -- on a pedestal. #ethics #science"""),

    ("social_post", "benign", "nonclient_namesake", """Congratulations to my colleague Faith, who passed her viva yesterday! Dr Faith Oyelaran, everyone. Her thesis on grief in refugee families is going to change practice. So proud to work alongside you."""),

    ("social_post", "benign", "weak_attribute", """Spent the morning at a first-responders' wellbeing day in Georgetown. So many paramedics and dispatchers told me they'd never spoken to anyone about the calls that stay with them. If you work in emergency services: it's not weakness, it's a workload."""),

    ("social_post", "benign", "deidentified_case", """A client once told me that the most helpful thing I'd said in a year of therapy was "that sounds exhausting". Not the formulation, not the worksheets. Just that. I think about it every week. (Shared with permission; details changed.)"""),

    # ---------------------------------------------------------------- quasi
    ("case_presentation", "quasi", None, """Case study (anonymised): "The performer's double life"

A woman in her fifties, a {{lecturer|c193|DISTINCTIVE|occupation}} in {{Dover|c193|ADDRESS|city}}, who {{fronts a local band, the Electric Hounds|c193|DISTINCTIVE|fact|Electric Hounds}}, presented with panic attacks that occurred only in the lecture theatre and never on stage. We explore the role of perceived audience and of competence schemas."""),

    ("case_presentation", "quasi", None, """Abstract: Heroism and its aftermath

A 73-year-old {{architect|c016|DISTINCTIVE|occupation}} from {{Georgetown|c016|ADDRESS|city}}, employed at {{Evans & Anderson Accounting|c016|EMPLOYER}}, {{pulled a child out of the river, which made the local paper|c016|DISTINCTIVE|fact|rescuing a child from the river}}. Months later he presented with intrusive memories and guilt that he "hesitated". We discuss hindsight bias in rescuers."""),

    ("social_post", "quasi", None, """One of my favourite moments this year: an {{accountant|c100|DISTINCTIVE|occupation}} in {{Mount Vernon|c100|ADDRESS|city}} -- {{the whippet breeder, if you know the local dog shows|c100|DISTINCTIVE|fact|Whippets in Mount Vernon}} -- told me therapy helped him stop treating his own life like a spreadsheet. Proud of the work. #privatepractice"""),

    ("case_presentation", "quasi", None, """Vignette for workshop (details altered? partially): a {{real estate agent|c220|DISTINCTIVE|occupation}} in {{Glendale|c220|ADDRESS|city}} who {{breeds champion Newfoundlands|c220|DISTINCTIVE|fact|Newfoundlands in Glendale}} and {{coaches the Glendale Otters under-10 hockey team|c220|DISTINCTIVE|fact|Glendale Otters}} presents with exhaustion and a sense that she "can't let anyone down". Discussion: values versus rules."""),
]
