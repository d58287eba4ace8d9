DOCS = [
("case_presentation", "direct", None,
"""Manuscript draft v4 — 'Compassion-focused therapy for shame in a middle-aged man with public-facing roles: a single case study'

Abstract
Shame is common in clients who hold public roles. We describe twelve sessions of CFT with a 49-year-old insurance adjuster who also served on a city council. Outcome measures (OAS, FSCRS, PHQ-9) improved to below clinical threshold and gains were maintained at three-month follow-up.

Introduction
Gilbert (2010) distinguishes external shame (how I exist in the minds of others) from internal shame (how I judge myself). Clients in public positions are exposed to an unusual volume of external evaluation...

Case description
The client (referred to here as 'D.') presented after a local newspaper published critical comments about his voting record. He described lying awake rehearsing replies. He had no previous contact with mental health services.

Assessment
At intake D. scored 18 on the PHQ-9...

[Comment from co-author in margin: 'Sorry — in the session-by-session table in Appendix 2 you've still got {{Daryl Crosby|c181|FULL_NAME}} in the header row. Must come out before submission.']

Discussion
This case illustrates..."""),

("case_presentation", "direct", None,
"""Appendix C — Participant information (for editor only; NOT for publication)

Participant: {{M. Montgomery|c184|INITIALS}}
DOB: {{1994-06-07|c184|DOB}}
Consent to publication: signed, dated 03/02
Right to withdraw explained: yes"""),

("case_presentation", "direct", None,
"""Case study (submitted to Counselling & Psychotherapy Research)

'We'll call her Ms P.' — that's how I began writing about {{Pam Hamilton|c186|FULL_NAME}} in my notes, and she, when she read the draft, asked me to use her real name: 'I {{painted a mural on Goodwin Terrace|c186|DISTINCTIVE|fact|mural on Goodwin Terrace}}. I was on Big Brother. Everyone knows me anyway.' This paper is partly about that request, and about why I ultimately declined it, and what declining it did to our relationship."""),

("case_presentation", "direct", None,
"""Reviewer response letter (authors' reply, round 2)

Reviewer 2, comment 5: 'The case description in the Method section may be identifiable.' We agree and have removed the client's former occupation and the reference to his brother. We have also removed the nickname '{{Chuck|c190|NICKNAME}}', which was inadvertently retained in the dialogue excerpt on p. 14."""),

("case_presentation", "direct", None,
"""Clinical case study — 'A Polish-speaking lecturer and the limits of the second language in therapy'

...In session 6, {{Dorota|c192|GIVEN_NAME}} switched into Polish to describe her father's death. I do not speak Polish. I asked her to continue, and to translate afterwards only what she wanted me to know. This became a turning point...

[Editor's note to author: please replace the first name throughout with a pseudonym, as per the journal's policy.]"""),

("email", "direct", None,
"""Subject: RE: your case study — consent

Dear Dr Ahmed,

The editor has asked me to confirm the client's consent directly. I have emailed him at {{v.garcia@gmail.com|c195|EMAIL}} with the final version of the paper and the consent form. I'll forward his reply as soon as I have it.

Kind regards,
Lena (editorial assistant)"""),

("case_presentation", "direct", None,
"""Journal of Family Therapy — case report (accepted)

'{{Éléonore|c200|GIVEN_NAME}} was 19 when she first came to the family therapy service, accompanied by her older brother {{Gérard|c200|RELATIVE}}...' 

[Proof correction from author: the client's name was meant to be the pseudonym 'Juliette'. Please correct on all pages. I'm very sorry.]"""),

("case_presentation", "direct", None,
"""Consent to publish — form returned by post

Name: {{Elizabeth Spencer|c204|FULL_NAME}}
Address: {{8799 Murray Way|c204|ADDRESS|street}}, Brookfield
I consent to the publication of the case study titled 'Podcasting as a therapeutic project' in an anonymised form.
Signed: {{E. Spencer|c204|INITIALS}}"""),

("case_presentation", "direct", None,
"""Case study — draft paragraph

Mrs {{Rojas|c209|FAMILY_NAME}} is a 72-year-old teaching assistant who has {{bred Bernese mountain dogs|c209|DISTINCTIVE|fact|Bernese mountain dogs in Hudson}} for most of her adult life. She came to therapy after her partner's stroke. I describe here a 14-session course of ACT focused on values and caregiving..."""),

("case_presentation", "direct", None,
"""Submission cover letter

Dear Editor,

Please find enclosed our manuscript, 'Retirement and identity in a librarian who became a reality-TV contestant: a narrative case study'. The client, {{Tommy Perez|c212|FULL_NAME}}, has given written consent. We have changed all other identifying details.

Yours faithfully,
Dr H. Ogunleye"""),

("case_presentation", "direct", None,
"""Journal case study — Method section (tracked changes)

Participant. {{Penny|c214|NICKNAME}} (pseudonym) is a software engineer in her early thirties...
[Comment, reviewer: 'Is this really a pseudonym? The author refers to "{{Penelope|c214|GIVEN_NAME}}" in the Results section, p. 9.']"""),

("case_presentation", "direct", None,
"""Appendix D — follow-up contact log (for authors)

3-month follow-up: phone, {{+1 612 634 2043|c216|PHONE}}, 20 min, completed measures verbally.
6-month follow-up: phone, same, 15 min.
Client reports maintained gains. Climbed another two peaks."""),

("case_presentation", "quasi", None,
"""Case study abstract (submitted)

We report the treatment of specific phobia of heights in a woman in her 70s working as an {{architect|c183|DISTINCTIVE|occupation}} in {{Hamilton|c183|ADDRESS|city}}, employed by {{Salem Credit Union|c183|EMPLOYER}}'s property division. Eight sessions of in-vivo exposure, including a final session on the roof of the building she had designed, led to full remission."""),

("case_presentation", "quasi", None,
"""Case report — 'Making music again: ACT for chronic pain'

The client, a teaching assistant at {{Lincoln Academy|c187|EMPLOYER}}, had played trombone for decades, most recently {{in the Quincy Symphony Orchestra|c187|DISTINCTIVE|fact|trombone in the Quincy Symphony Orchestra}}, until shoulder pain made it impossible. We describe how values clarification led him to re-engage with music through teaching."""),

("case_presentation", "quasi", None,
"""Manuscript — Case description

The client is an insurance adjuster at {{Thompson Architects|c188|EMPLOYER}}. His pet tortoise, {{Gravy|c188|DISTINCTIVE|fact|tortoise named Gravy}}, had become briefly famous online, and he described a surge of unwanted attention. He was married with no children. We use the pseudonym 'Mr. T.' throughout."""),

("case_presentation", "quasi", None,
"""Case study — occupational stress in healthcare

'J.' is a {{radiographer|c191|DISTINCTIVE|occupation}} in {{Florence|c191|ADDRESS|city}} in his mid-seventies, still working part-time. He trained at the {{University of Brookfield|c191|SCHOOL}} in the 1970s and talks about it often. He presented with anxiety about making errors as his eyesight deteriorates..."""),

("case_presentation", "quasi", None,
"""Single-case experimental design — draft results

The participant, a medical receptionist at {{Hamilton Family Clinic|c196|EMPLOYER}}, also {{coaches the Bristol Pioneers under-14 basketball team|c196|DISTINCTIVE|fact|Bristol Pioneers under-14 basketball}}. Baseline: 14 days of daily ratings. Intervention: behavioural activation. Her sister lives abroad..."""),

("case_presentation", "quasi", None,
"""Case vignette for the journal's 'Clinical Dilemmas' section

A primary school teacher at {{Madison Academy|c199|EMPLOYER}} brings a photo of his goat, {{Lady Marmalade|c199|DISTINCTIVE|fact|goat named Lady Marmalade}}, to every session. The therapist wonders whether to explore this. Commentators respond below."""),

("case_presentation", "benign", "deidentified",
"""Case study (published) — 'Imagery rescripting for nightmares in a refugee woman'

The client, whom we call 'Amira' (a pseudonym chosen by her), is a woman in her thirties who had lived in the UK for five years. She presented with recurrent nightmares of a sea crossing. We describe six sessions of imagery rescripting, delivered with an interpreter. All identifying details have been changed and the client consented to publication."""),

("case_presentation", "benign", "public_figure",
"""Literature review section (draft)

The single-case tradition in psychotherapy research runs from Breuer and Freud's Anna O., through Little Hans and the Wolf Man, to Rogers' recorded sessions with Gloria (1965), in which Rogers, Perls and Ellis each saw the same client on film. Kazdin's work on single-case designs and Fishman's pragmatic case study method gave the form new rigour."""),

("case_presentation", "benign", "deidentified",
"""Case study — abstract

Objective: To describe a brief intervention for health anxiety in a man in his 50s. Method: Six sessions of CBT, with measures at each session. Results: HAI scores fell from 32 to 12. Conclusions: Brief CBT may be effective for health anxiety in primary care. Keywords: health anxiety; CBT; single case."""),

("case_presentation", "benign", "nonclient_person",
"""Acknowledgements

We thank Michelle Okoro and Victor Hale for comments on an earlier draft, Dr. Brian Fuentes-Alba for statistical advice, and the anonymous client who generously agreed to her story being told."""),

("case_presentation", "benign", "name_as_word",
"""Journal editorial — 'On hope'

In this issue, three case studies share a theme: the therapist's hope, and how it is communicated. Joy, as one author puts it, is not the same as relief. I thank the authors for their candour and the reviewers for their patience with a tight timeline."""),

("case_presentation", "benign", "weak_attribute",
"""Case study — participant description

The participant was a woman in her 40s from Lebanon (the town, not the country), working in retail management. She had two teenage children and no psychiatric history. Further details have been withheld."""),

("case_presentation", "benign", "single_quasi",
"""Methods note

Participants were recruited through the staff wellbeing scheme at Harris Foods. Fifteen employees completed the programme. No individual-level data are reported."""),

("case_presentation", "benign", "public_figure",
"""Editor's introduction to the special issue on supervision

From Freud's Wednesday Psychological Society to Carl Rogers' recorded sessions, supervision has always been a site of learning and of power. The papers here draw on Hawkins and Shohet, Bernard and Goodyear, Falender and Shafranske, and Michael Carroll."""),

("case_presentation", "benign", "deidentified",
"""Case study — consent statement

Written informed consent was obtained from the client for publication of this case report. Identifying details (age, occupation, family composition, location) have been altered to protect anonymity. The client read the final manuscript and approved it."""),
]
