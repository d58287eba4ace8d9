"""Case presentations for team meetings: properly de-identified ones and ones that slip."""

DOCS = []


def D(kind, cat, text, sub=None):
    DOCS.append((kind, cat, sub, text))


K = "case_presentation"

# --- direct (slips) ---------------------------------------------------------------------
D(K, "direct",
  "Case for MDT — 'Client A' (de-identified)\n"
  "70s, retired from dental work, lives alone since bereavement. Referred for prolonged grief.\n"
  "Verbatim from session 4 (transcribed): “my boys keep calling me {{Steffi|c122|NICKNAME}} like I'm one of "
  "their mates, they don't know what to do with me.”\n"
  "Question: is a prolonged grief disorder protocol indicated, or do we keep it supportive?")

D(K, "direct",
  "Peer consult — 'M', early 20s, works in software.\n"
  "Presenting: perfectionism, 60+ hour weeks, two near-faints at work.\n"
  "Excerpt from my notes (sorry, forgot to redact this bit): “{{Ren|c125|NICKNAME}} says the team lead at "
  "{{Vector Software|c125|EMPLOYER}} praises her in public and bins her code in private.”\n"
  "Ask: how hard to push on the schema work this early?")

D(K, "direct",
  "{{L.V.|c228|INITIALS}}, 38, {{chef|c228|DISTINCTIVE|occupation}} in {{Arlington|c228|ADDRESS|city}}. "
  "Alcohol use escalated after losing a restaurant partnership; two children at home. AUDIT 22. "
  "Motivated but ambivalent about abstinence vs. moderation. Looking for ideas on harm reduction that "
  "will survive a 14-hour kitchen shift.")

D(K, "direct",
  "For Friday's case review I'd like to present Ms. {{Wulff|c225|FAMILY_NAME}}.\n"
  "She is a senior surgeon at {{St. Mary's|c225|EMPLOYER}}; presenting with insomnia and intrusive images "
  "after a paediatric death on the table. She will not take sick leave. Her sister "
  "{{Petra|c225|RELATIVE}} is her main support.\n"
  "Dilemma: duty-to-warn threshold if she operates while this sleep-deprived?")

D(K, "direct",
  "CASE PRESENTATION — Team meeting 12 March\n\n"
  "Client: {{Shawn Cooper|c204|FULL_NAME}}, 41\n"
  "Occupation: {{medical receptionist|c204|DISTINCTIVE|occupation}}, {{Dayton|c204|ADDRESS|city}}\n\n"
  "Presenting problem: panic disorder with prominent health anxiety, onset after his mother "
  "{{Tara|c204|RELATIVE}}'s stroke last summer. Checks his pulse 30–40 times a day; avoids the cardiology "
  "wing at work.\n\n"
  "History: one previous episode of depression at 25, treated with sertraline. No substance misuse. "
  "Married; husband {{Gary|c204|RELATIVE}} attends some sessions. Spends weekends at dog shows — he "
  "{{breeds Basenjis|c204|DISTINCTIVE|fact|basenjis in dayton}} — which he describes as the only time he "
  "'forgets his heart'.\n\n"
  "Formulation: catastrophic misinterpretation of benign cardiac sensations, maintained by checking, "
  "reassurance seeking (husband, Dr Google) and avoidance. Strong safety behaviours around exercise.\n\n"
  "Treatment so far: 8 sessions Clark-model CT. Behavioural experiments (stairs, caffeine) going well; "
  "checking down to ~10/day.\n\n"
  "Question for the team: how to handle reassurance from colleagues at work, given he works in a clinic "
  "and is surrounded by medical staff he can ask?")

D(K, "direct",
  "Case: {{Chirstopher Hooper|c215|MISSPELLED_NAME}} (72)\n"
  "Retired chemistry teacher. Depression after stopping work. Sister {{Yolanda|c215|RELATIVE}} worried "
  "about weight loss. Plan: BA + GP review of meds.")

D(K, "direct",
  "Case presentation (de-identified)\n"
  "Client DOB: {{1961-01-01|c153|DOB}}\n"
  "Woman in her 60s, university lecturer, long-standing OCD (contamination). ERP stalled at hierarchy step "
  "5. Looking for ideas on in-vivo work when the client's whole house is the 'clean zone'.")

D(K, "direct",
  "Case pres. — 'R.' — contact {{(252) 871-8515|c193|PHONE}} (for the on-call if needed)\n"
  "40, bar work, gambling relapse after 14 months. Brother {{Anthony|c193|RELATIVE}} has paid off the debt "
  "twice and is now refusing. Ambivalent about GamCare group.")

D(K, "direct",
  "Client: {{Kit|c226|NICKNAME}} (prefers this), mid-70s, still working part-time in imaging at "
  "{{Jackson Family Clinic|c226|EMPLOYER}}. Anticipatory grief: wife {{Sheila|c226|RELATIVE}} has early "
  "Alzheimer's. He asked whether 'pre-grieving' is disloyal. I'd like the team's thoughts on ambiguous loss "
  "frameworks.")

D(K, "direct",
  "Case — forwarded intake (please skip the header, I haven't stripped it)\n"
  "From: {{jamestran74@fastmail.com|c176|EMAIL}}\n"
  "“I'm a midwife and I've been at two stillbirths in a month and I can't stop seeing them.”\n"
  "60s, male midwife, no prior MH history. Suggest trauma-focused CBT? Any capacity for EMDR this term?")

D(K, "direct",
  "Παρουσίαση περιστατικού / Case presentation\n"
  "Client: {{Δούκισσα Λιάκου|c134|FULL_NAME}}, 72\n"
  "Librarian at {{Shelby Community College|c134|EMPLOYER}}, married to {{Βιολέτα|c134|RELATIVE}}. "
  "Adjustment disorder after retirement was postponed. Greek-speaking; sessions partly in Greek. "
  "Question: interpreter for the couples work?")

D(K, "direct",
  "Case review: {{顾建国|c294|FULL_NAME}}, 52, lawyer. Burnout and panic after a failed deal; wife "
  "{{顾秀华|c294|RELATIVE}} called me worried about his drinking. Cultural considerations around "
  "help-seeking welcome.")

D(K, "direct",
  "Case for discussion: Mrs. {{Mccormick|c286|FAMILY_NAME}}, 75. Still driving deliveries for "
  "{{Campbell Logistics|c286|EMPLOYER}} four days a week. Recent minor collision; anxiety about losing the "
  "job. Husband {{Tyler|c286|RELATIVE}} wants her to stop. Capacity and autonomy questions.")

D(K, "direct",
  "Mr. {{Hood|c123|FAMILY_NAME}} (78) — present at Thursday's meeting?\n"
  "Still working as an insurance adjuster for {{Brown & Snyder|c123|EMPLOYER}}. Daughter "
  "{{Robin|c123|RELATIVE}} reports he is hoarding paperwork. Differential: early cognitive decline vs "
  "hoarding disorder vs depression.")

# --- quasi ------------------------------------------------------------------------------
D(K, "quasi",
  "Case presentation (de-identified)\n"
  "Man, early 30s, session musician who also "
  "{{plays viola in the Troy Symphony|c003|DISTINCTIVE|fact|viola in the troy symphony}}. Performance "
  "anxiety since he {{delivered a baby on the highway and made the Stillwater paper|c003|DISTINCTIVE|fact|delivering a baby on the highway}} — says everyone now expects him to be 'a hero'. Beta-blockers from GP.")

D(K, "quasi",
  "Case: woman, 42, data analyst. Was {{on MasterChef (season 25)|c052|DISTINCTIVE|fact|season 25 of masterchef}} "
  "and {{has the tortoise, Turnip, that went viral|c052|DISTINCTIVE|fact|tortoise named turnip}}. "
  "Struggling with being recognised in public; agoraphobic avoidance creeping in.")

D(K, "quasi",
  "Team meeting — case 2\nMale, 75, bartender. {{Sang on The Voice, season 14|c157|DISTINCTIVE|fact|"
  "season 14 of the voice}}; later {{made the Eastport Herald for climbing every peak in the state in one "
  "summer|c157|DISTINCTIVE|fact|climbing every peak}}. Now housebound after a hip fracture; identity loss "
  "is the core theme.")

D(K, "quasi",
  "Case presentation: a {{graphic designer|c171|DISTINCTIVE|occupation}} in {{Dayton|c171|ADDRESS|city}}, "
  "50s, who {{hosts the Tiny Skeptic podcast|c171|DISTINCTIVE|fact|tiny skeptic podcast}}. Health anxiety "
  "amplified by listener emails. Plan: limit research windows; behavioural experiments.")

D(K, "quasi",
  "Case: woman, 50s, {{mechanic|c283|DISTINCTIVE|occupation}} in {{Brookfield|c283|ADDRESS|city}}, married "
  "to {{Cheryl|c283|RELATIVE}}. Minority stress at work; considering leaving the trade. Looking for "
  "guidance on affirmative approaches.")

D(K, "quasi",
  "De-identified (mostly): female surgeon in her 70s at {{Jackson Family Clinic|c041|EMPLOYER}} who "
  "{{coaches the Arlington Comets under-14 hockey|c041|DISTINCTIVE|fact|arlington comets under-14 hockey}}. "
  "Refuses to retire; colleagues have raised concerns about tremor. Ethics of confidentiality vs patient "
  "safety.")

D(K, "quasi",
  "Case 3: paramedic at {{Riverside General|c064|EMPLOYER}}, 70. Once "
  "{{ran for mayor of Jackson (2016)|c064|DISTINCTIVE|fact|mayor of jackson in 2016}}. Moral injury after a "
  "mass-casualty call; guilt about a triage decision.")

D(K, "quasi",
  "Case presentation — de-identified\n"
  "Corrections officer, mid-30s, married to {{Augustin|c009|RELATIVE}}. {{Drums in the Paper Kettles|c009|"
  "DISTINCTIVE|fact|paper kettles}} at weekends, which he calls his 'pressure valve'. Presenting with "
  "hypervigilance after an assault at work.")

D(K, "quasi",
  "Case: {{line cook|c012|DISTINCTIVE|occupation}}, {{Shelby|c012|ADDRESS|city}}, 70. "
  "{{Coaches the Shelby Hawks under-14 lacrosse team|c012|DISTINCTIVE|fact|shelby hawks under-14 lacrosse}}. "
  "Grief after husband's stroke; now sole carer.")

D(K, "quasi",
  "Case presentation: IT support worker at {{Vector Software|c020|EMPLOYER}}, late 60s, who "
  "{{hosts a local-history podcast called Unfiltered Neighbor|c020|DISTINCTIVE|fact|unfiltered neighbor "
  "podcast}}. Presenting with low mood after a public row with a listener. Plan: BA + values work.")

D(K, "quasi",
  "Case: Greek-speaking man, 64, {{real estate agent|c065|DISTINCTIVE|occupation}} in "
  "{{Manchester|c065|ADDRESS|city}}; {{was on MasterChef (season 22)|c065|DISTINCTIVE|fact|season 22 of "
  "masterchef}}. Shame after a public failure; avoids the town centre.")

D(K, "quasi",
  "Adolescent case — 17, student at {{North Hamilton High|c218|SCHOOL}}, "
  "{{lead singer of the Neon Monarchs|c218|DISTINCTIVE|fact|neon monarchs}}. Stage fright vs. social "
  "anxiety? Parents divided on medication.")

# --- benign -----------------------------------------------------------------------------
D(K, "benign",
  "Case presentation: a man in his 40s who works in logistics. Presenting with irritability and low mood "
  "since a restructure. Married, two teenagers. PHQ-9 16. Question: couples work or individual first?",
  "deidentified")

D(K, "benign",
  "Case for supervision (fully de-identified)\n"
  "Woman, early 60s, recently retired teacher. Presenting problem: loss of purpose, mild depression, "
  "marital strain now that both partners are home all day. Strengths: wide friendship network, volunteers "
  "at a food bank. Stuck point: she rejects every behavioural activation idea as 'busywork'. "
  "How would the team reframe the activity scheduling?", "deidentified")

D(K, "benign",
  "Adolescent, 14, attends a local high school. School refusal since September; somatic complaints on "
  "Sunday nights. Parents separated. Plan: graded return with school liaison.", "deidentified")

D(K, "benign",
  "Case presentation — I'll call him 'Chase' (pseudonym). 30s, tradesman, drinking after his divorce. "
  "'Chase' described the pub as 'the only place nobody asks'. Questions on engaging men who won't do "
  "feelings talk.", "pseudonym")

D(K, "benign",
  "Case: client who works for a fire department (not saying which). Cumulative trauma, sleep 4 hrs/night. "
  "Interested in peer-support models for first responders.", "single_quasi")

D(K, "benign",
  "Journal club: Freud's case of 'Anna O.' (Bertha Pappenheim) read alongside the modern literature on "
  "conversion disorder. Bring one critique.", "public_figure")

D(K, "benign",
  "Case: woman, 30s, a client who was on Survivor years ago. Still gets recognised; presenting with social "
  "anxiety. Thoughts on working with 'minor celebrity' identity?", "single_quasi")

D(K, "benign",
  "De-identified case: person in their 50s, works in healthcare administration, lives with a partner. "
  "Presenting with panic attacks in lifts. Six sessions of CBT so far; exposure hierarchy attached.",
  "deidentified")

D(K, "benign",
  "Case presentation — Client #7 (older adult, 80+). Widowed, lives alone, retired from farming. "
  "Passive death wish without intent. Safety plan in place. Family visit weekly.", "deidentified")

D(K, "benign",
  "Case presentation: man, late 20s, works in a warehouse. First episode of psychosis two years ago, now "
  "stable on clozapine. Wants to return to college. Supported employment referral?", "deidentified")

D(K, "benign",
  "Teaching case: 'Little Hans' revisited through a modern CBT lens — how would we formulate a horse phobia "
  "in 2025?", "public_figure")

D(K, "benign",
  "Case: a client who coaches a youth soccer team. Anger on the sidelines has led to a league warning. "
  "Anger-management referral vs. individual work?", "single_quasi")

D(K, "benign",
  "Case discussion (de-identified): couple in their 30s, both nurses, rotating shifts. Conflict over "
  "housework and a recent miscarriage. Gottman assessment complete.", "deidentified")

D(K, "benign",
  "Case presentation: a woman in her late 40s, self-employed, who grew up in a household with a parent "
  "who drank heavily. Presenting with people-pleasing and exhaustion. Looking for schema therapy resources.",
  "deidentified")

D(K, "direct",
  "{{EV|c078|INITIALS}}, 61, paramedic at {{Shelby Medical Center|c078|EMPLOYER}}; "
  "{{plays bass in the Neon Ghosts|c078|DISTINCTIVE|fact|neon ghosts}} at weekends. Cumulative trauma; "
  "drinking to sleep. Question: is a trauma-focused protocol premature while AUDIT is 18?")

D(K, "quasi",
  "Case: care assistant at {{St. Luke's|c262|EMPLOYER}}, 40, lone parent; daughter "
  "{{Jennifer|c262|RELATIVE}} (14) has just been excluded from school. Presenting with exhaustion and "
  "guilt. Looking for parenting-support options that fit shift work.")

D(K, "benign",
  "Case presentation (de-identified): woman, 40s, works in the public sector, lives with two teenagers. "
  "Presenting with insomnia and irritability. Query perimenopause; GP liaison.", "deidentified")

D(K, "quasi",
  "TEAM MEETING — CASE FOR DISCUSSION (de-identified; please don't minute identifying details)\n\n"
  "Background: man in his mid-40s, special-education teacher by training, now working at "
  "{{Dayton Public Library|c184|EMPLOYER}} running their literacy programme. Married to "
  "{{George|c184|RELATIVE}}; one daughter, {{Joanne|c184|RELATIVE}}, who is 12. Referred by his GP for "
  "low mood after a period of online harassment.\n\n"
  "History: about eighteen months ago {{a video of the family pet went viral|c184|DISTINCTIVE|fact|went viral online}}, and since then strangers have "
  "turned up at the library asking for photos. Most of it is friendly. A minority is not: he has had "
  "abusive messages about his marriage and about his daughter, and one man followed him to his car. He "
  "has stopped using social media entirely and has started taking a different route home each day.\n\n"
  "Presentation: PHQ-9 17, GAD-7 15. Sleep broken, appetite down, marked guilt ('I brought this on my "
  "family'). No suicidal ideation. Drinks 2–3 glasses of wine most nights, up from weekends only.\n\n"
  "Formulation (draft): threat-focused hypervigilance maintained by safety behaviours (route changes, "
  "checking the car park) and by self-blame, on a background of perfectionism.\n\n"
  "Questions for the team:\n"
  "1. Is this best framed as trauma or as anxiety?\n"
  "2. How do we support the family without making the daughter feel like the problem?\n"
  "3. Any experience liaising with employers about public-facing staff who are being harassed?")
