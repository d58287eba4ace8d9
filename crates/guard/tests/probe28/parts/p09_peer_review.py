DOCS = [
("email", "direct", None,
"""Reviewer 2 — comments to the author (manuscript PSY-2291)

1. The case is interesting and the writing is clear.
2. Major concern: identifiability. On p. 6 the author writes that the client 'hosts a podcast about vintage cars and was {{in the Dover Herald for returning a lost wallet|c282|DISTINCTIVE|fact|Dover Herald for returning a lost wallet}}'. On p. 11 the dialogue excerpt has the therapist addressing the client as '{{Steph|c282|NICKNAME}}'. Together these would allow any local reader to identify the person. Please remove both.
3. Minor: the PHQ-9 table has a typo at session 4."""),

("email", "direct", None,
"""Dear Editor,

In reviewing the supplementary files I found that the consent form (Supplement S2) is unredacted. It shows the client's name and date of birth ({{31.07.1972|c283|DOB}}). I have not read it further. I suggest the supplement is withdrawn from the reviewer portal immediately.

Reviewer 1"""),

("email", "direct", None,
"""Reviewer comments — 'Grief and shift work: a single case'

The author has done a careful job of disguising the setting, but in the second paragraph of the Discussion she slips and refers to '{{Natalie|c286|GIVEN_NAME}}' where elsewhere the client is 'Ms N.'. If {{Natalie|c286|GIVEN_NAME}} is the real first name, it needs to go. The rest of my comments are about the method."""),

("email", "direct", None,
"""Editor's decision letter — Major revisions

...Reviewer 3 also notes that the pseudonym '{{Alla|c290|NICKNAME}}' is, according to the author's own cover letter, the client's actual preferred name. Please choose a new pseudonym. For the avoidance of doubt: the manuscript cannot proceed while '{{Alla|c290|NICKNAME}}' or '{{Alexandra David|c290|FULL_NAME}}' appear anywhere in the text, tables or figures."""),

("email", "direct", None,
"""Peer review — p. 8, line 214: 'the client, {{Cory Sulivan|c293|MISSPELLED_NAME}}, works in a hotel warehouse...' — presumably a leftover from an earlier draft. Please replace with the pseudonym used elsewhere."""),

("email", "direct", None,
"""Reviewer 1's comments

The case of {{Grace|c295|GIVEN_NAME}} — the lawyer at {{Kane & Quinn|c295|EMPLOYER}} with {{the Bernese mountain dogs|c295|DISTINCTIVE|fact|Bernese mountain dogs in Plymouth}} — is well described. But I'm concerned: the author states in the Method that '{{Grace|c295|GIVEN_NAME}}' is the client's real name, used with permission. The journal's policy is that real names are not used even with consent. Please check with the editor."""),

("email", "direct", None,
"""Subject: urgent — reviewer portal

Dear editorial office,

The manuscript I'm reviewing includes, in Figure 2 (a scanned intake form), a phone number: {{484.626.1672|c298|PHONE}}. Please remove the figure from the portal and ask the author to replace it."""),

("email", "direct", None,
"""Reviewer comments:

The author's use of the client's nickname ('{{Pat|c302|NICKNAME}}') throughout is a concern. Combined with the detail that she is a firefighter who {{ran for mayor of Brookfield in 2009|c302|DISTINCTIVE|fact|mayor of Brookfield in 2009}}, I was able to guess who this is within a minute of searching. Please de-identify properly. Pat yourself on the back for the clinical work, though — it's excellent."""),

("email", "direct", None,
"""Review of 'Software, sport and self-criticism: CFT with a working mother'

Line 58: 'Ms {{Peterson|c305|FAMILY_NAME}} {{coached her under-14 volleyball team|c305|DISTINCTIVE|fact|under-14 volleyball}} through the season despite...' — this seems to be the client's actual surname, as the pseudonym elsewhere is 'Ms K.'. Please correct."""),

("email", "direct", None,
"""Subject: conflict of interest — reviewer withdrawing

Dear Dr Azikiwe,

I'm withdrawing as a reviewer for MS 4471. The corresponding author's cover letter includes the client's contact email ({{stephenm84@outlook.com|c309|EMAIL}}) as the 'consent contact', and I recognise the address — he was referred to me some years ago. I don't think I can review impartially.

With apologies,
Dr F. Lindqvist"""),

("email", "direct", None,
"""Editor to author:

Thank you for the revised manuscript. One remaining issue: Table 1 still has the column heading '{{Nic R.|c312|INITIALS}} — primary school teacher' instead of 'Client A'. Once that is corrected I'm happy to accept."""),

("email", "direct", None,
"""Peer review — MS 0932, 'Heroism and its aftermath'

The case is of a lawyer who {{rescued a child from a river|c315|DISTINCTIVE|fact|rescuing a child from the river}} and later sought therapy. On page 3 the client is called '{{Holly Cooper|c315|FULL_NAME}}' in a quoted text message. The rest of the manuscript uses 'H.'. I assume this is an oversight but it is serious."""),

("email", "quasi", None,
"""Reviewer 2 — identifiability concerns

Even without names, the manuscript describes an {{HR manager|c284|DISTINCTIVE|occupation}} in {{Glendale|c284|ADDRESS|city}} at {{Greenville Credit Union|c284|EMPLOYER}}. That is a small pool of people. Please generalise the setting."""),

("email", "quasi", None,
"""Comments to authors:

The case description mentions that the client works at {{Georgetown Police Department|c287|EMPLOYER}} and {{plays bass in the Crooked Ghosts|c287|DISTINCTIVE|fact|the Crooked Ghosts}}. I am not from the area and even I could find the band's website. Please remove at least one of these details."""),

("email", "quasi", None,
"""Review (round 1)

The client is described as a librarian at {{Florence Public Library|c291|EMPLOYER}} who {{plays bassoon in the Winchester Symphony Orchestra|c291|DISTINCTIVE|fact|bassoon in the Winchester Symphony Orchestra}}. The authors say 'details have been changed' but these read as real. I'd ask the editor to confirm."""),

("email", "quasi", None,
"""Reviewer 3:

Page 5: 'a hotel manager at {{Parker Foods|c299|EMPLOYER}} who {{owns the deli on Station Avenue|c299|DISTINCTIVE|fact|deli on Station Avenue}}'. Please disguise. Otherwise, a well-argued paper with a clear formulation."""),

("email", "quasi", None,
"""Peer review — adolescent case study

The young person is described as a student at {{Kennedy College|c307|SCHOOL}} who {{represents Ward 3 on the Brookfield city council|c307|DISTINCTIVE|fact|Ward 3 on the Brookfield city council}} — presumably a youth seat. That combination is surely unique. Please revise."""),

("email", "benign", "deidentified",
"""Reviewer 1 — comments to author

This is a well-disguised case. The client is described only as 'a man in his 40s working in a public-facing role' and the setting as 'a city in the north'. I had no concerns about identifiability. My comments concern the outcome measures, which are reported inconsistently across tables."""),

("email", "benign", "public_figure",
"""Reviewer comments:

The literature review omits key sources: Rogers (1957) on the necessary and sufficient conditions, Wampold & Imel's The Great Psychotherapy Debate, and Norcross & Lambert on relationship factors. The authors might also cite Safran & Muran on alliance ruptures."""),

("email", "benign", "nonclient_person",
"""Dear Dr Flynn,

Thank you for agreeing to review MS 3302. Your co-reviewer will be Dr Corey Abernathy. The deadline is 14 days. Please let me know if you have any conflicts of interest.

Best wishes,
Holly (editorial assistant)"""),

("email", "benign", "name_as_word",
"""Reviewer 2:

I found the paper's argument about hope in supervision persuasive. I'd ask the authors to be more frank about the limitations of a single case. The writing would benefit from a grace note on the supervisee's own perspective."""),

("email", "benign", "weak_attribute",
"""Comment 4: The client is described as 'a nurse in her 30s from Florence'. On its own that is not identifying, but please avoid adding more detail in revision."""),

("email", "benign", "single_quasi",
"""Comment 7: You mention the client worked at Kestrel Software. Employer alone is probably fine, but the editor may prefer 'a software company'."""),

("email", "benign", "public_figure",
"""Reviewer 3:

The framing around Beck's cognitive triad is fine, but the paper would be stronger if it engaged with Adrian Wells' metacognitive model and with Hayes on psychological flexibility. The references to Freud feel decorative."""),

("email", "benign", "nonclient_person",
"""Subject: thank you for reviewing

Dear Dr Stephen Okafor,

Thank you for your review of MS 2217. The authors have responded and your comments were very helpful. As a thank-you, you have a free month of journal access.

Amy Roberts-Chen, Managing Editor"""),

("email", "benign", "deidentified",
"""Reviewer comments (round 2)

The revisions have addressed my concerns. The client is now 'Client C, a professional in her 50s', and the occupational details have been generalised. Recommend accept."""),

("email", "benign", "name_as_word",
"""Reviewer 1:

Minor: 'the client showed great patience' — patience is an interesting choice of word; could the authors unpack it? Also 'joy' on p. 7 seems to be a typo for 'job'."""),

("email", "benign", "public_figure",
"""Editor's note: the reviewer's suggestion to compare the case with Yalom's 'Lying on the Couch' is a good one, but please don't overstate the parallel. Yalom's novel is fiction."""),

("email", "benign", "nonclient_person",
"""Reviewer assignment

MS 5509 — Reviewer A: Dr Natalie Ugwu; Reviewer B: Dr Grace Lim; Reviewer C: Prof. Nicholas Hart. Handling editor: Pat."""),

("email", "benign", "weak_attribute",
"""Comment 2: 'The client, a 17-year-old from Richmond' — age and town alone aren't a problem, but the school name on p. 9 should go."""),

("email", "benign", "deidentified",
"""Reviewer 2 — recommend minor revisions

The case (a woman in her 60s with health anxiety) is clearly described and adequately disguised. I would like to see session-by-session data in a figure rather than a table."""),
]
