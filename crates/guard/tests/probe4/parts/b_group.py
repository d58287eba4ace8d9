"""Group-therapy process notes, attendance registers and group-practice room rotas."""

DOCS = []


def D(kind, cat, text, sub=None):
    DOCS.append((kind, cat, sub, text))


# --- direct -----------------------------------------------------------------------------
D("team_note", "direct",
  "DBT skills group — Tue 14 Jan (module: distress tolerance)\n"
  "Present (6): {{Carly|c173|GIVEN_NAME}}, {{Ruben|c129|GIVEN_NAME}}, Priya (Dr. Amadi's client), "
  "{{Kalina|c073|GIVEN_NAME}}, Tobias, {{Stacey|c199|GIVEN_NAME}}. Apologies: Owen (work).\n"
  "TIPP reviewed. {{Ruben|c129|GIVEN_NAME}} opened with the chain analysis he did after the row with "
  "{{Jenna|c129|RELATIVE}}; {{Carly|c173|GIVEN_NAME}} repeated back his line about “sitting on my hands till "
  "the wave passes” and said she's stealing it. Priya quiet, left at the break. {{Kalina|c073|GIVEN_NAME}} "
  "late again (on call) — raise in her 1:1.\n"
  "Next week: self-soothe kits.")

D("team_note", "direct",
  "Bereavement group, week 5 of 8. Six members, co-facilitated with R. Ndlovu.\n"
  "- {{Hilde|c258|GIVEN_NAME}}: first time she spoke about the funeral. Tearful, stayed to the end.\n"
  "- Declan: anniversary Friday; check-in call arranged.\n"
  "- {{Verena|c192|GIVEN_NAME}}: “grief is just love with nowhere to go.” {{Hilde|c258|GIVEN_NAME}} quoted "
  "it back to her at closing and they both laughed — first laughter in this group.\n"
  "- Aoife, Imogen: quiet, engaged.\n"
  "- {{Ercan|c130|GIVEN_NAME}}: angry at the hospital, wants to write a complaint. Take to supervision.")

D("team_note", "direct",
  "GROUP ROOM ROTA — w/c 3 March\n"
  "Mon 18:00  Anger management — fac. Bea O. / Hamish — no changes\n"
  "Tue 17:30  Teen anxiety — new starter {{Samantha Sanchez|c270|FULL_NAME}} (mum {{Vicki|c270|RELATIVE}} "
  "stays for the first 10 min)\n"
  "Wed 12:00  Perinatal — room 2 (room 1 being painted)\n"
  "Thu 18:00  Men's group — {{Aaron Marks|c015|FULL_NAME}} moving here from Tue; Hamish covers if Bea's off\n"
  "Fri        no groups (training day)")

D("team_note", "direct",
  "Parenting-after-separation group, session 4/8\n"
  "Attendance 6/8. Absent: {{Gina Ross|c205|FULL_NAME}} (rang — daughter unwell), Thandiwe.\n"
  "Theme: co-parenting communication. {{Jay|c191|GIVEN_NAME}} described passing messages to his ex through "
  "his son {{Mitchell|c191|RELATIVE}} and caught himself mid-sentence. Rhiannon said that was exactly what "
  "her dad used to do. {{Katelyn|c211|GIVEN_NAME}} offered her BIFF-reply template to the group; Marcus "
  "asked for a copy. Good cohesion.")

D("team_note", "direct",
  "Men's group — process notes 06/03\n"
  "{{Neil|c094|GIVEN_NAME}} said “nobody ever taught us how” and the group kept circling back to it. "
  "{{Curtis|c066|GIVEN_NAME}} repeated it twice, then talked about his brother {{Michael|c066|RELATIVE}} "
  "for the first time. {{Brett|c189|GIVEN_NAME}} challenged Yusuf (gently) about cancelling on his "
  "sponsor. Kwame absent, no call. Flag: {{Curtis|c066|GIVEN_NAME}} left quickly, follow up.")

D("team_note", "direct",
  "Thursday room plan\n"
  "Rm 1 (Dr Feld): 09:00 Ms {{Haynes|c285|FAMILY_NAME}} · 10:00 {{Byrd|c206|FAMILY_NAME}} · 11:00 free · "
  "14:00 {{Diana Barnes|c244|FULL_NAME}}\n"
  "Rm 2 (Grace — intern): 09:30 couples intake (new, no file yet) · 13:00 {{Al|c196|NICKNAME}} · "
  "15:00 supervision w/ Mark\n"
  "Rm 3: blocked for the fire inspection 12–2")

D("team_note", "direct",
  "Women's trauma group — spring cohort intake list\n"
  "1. {{Alejandra Walker|c217|FULL_NAME}} — GP referral, screened 12/2\n"
  "2. {{Tracy Dalton|c197|FULL_NAME}} — self-referral, nights only\n"
  "3. {{Chrétien, Philippine|c248|FULL_NAME}} — transferring from individual work\n"
  "4. Bronwyn H. — from Dr Amadi's caseload (not ours, FYI only)\n"
  "Start date TBC once we have 6.")

D("team_note", "direct",
  "date,member,status\n"
  "2025-03-04,{{Sheri Castillo|c033|FULL_NAME}},present\n"
  "2025-03-04,{{Amanda Ross|c088|FULL_NAME}},absent-excused\n"
  "2025-03-04,Imogen T.,present\n"
  "2025-03-04,Fergus D.,present")

D("team_note", "direct",
  "Social anxiety group #6. {{Carrie|c092|GIVEN_NAME}} did her exposure (ordered a coffee AND asked for a "
  "refill). {{Earl|c111|GIVEN_NAME}} said he'll try the same thing “like {{Carrie|c092|GIVEN_NAME}} did”, "
  "which was lovely to see. Fergus and Dmitri absent.")

D("team_note", "direct",
  "post-group debrief: {{Manny|c169|NICKNAME}} rly dominated tonight, {{Soraya|c011|GIVEN_NAME}} shut down "
  "after his story. can we split them next wk? also Kwame asked abt a 1:1")

D("team_note", "direct",
  "Rota change from 10 March: Mr {{Wade|c222|FAMILY_NAME}} and Ms {{Dobes|c194|FAMILY_NAME}} swap slots — "
  "{{Wade|c222|FAMILY_NAME}} to Thu 16:00, {{Dobes|c194|FAMILY_NAME}} to Tue 18:00. Both confirmed by phone.")

D("team_note", "direct",
  "Teen DBT — parent info evening, sign-in sheet\n"
  "{{Michelle Holmes|c008|RELATIVE}} (for {{Andrea|c008|GIVEN_NAME}})\n"
  "{{Lisa Nash|c251|RELATIVE}} (for {{Kathleen|c251|GIVEN_NAME}})\n"
  "{{Riley Love|c227|RELATIVE}} (for {{Shannon|c227|GIVEN_NAME}})\n"
  "+ 2 parents from the Riverside cohort (not on our list)")

D("email", "direct",
  "Subject: Thursday men's group — 2 spaces\n\n"
  "Hi all,\n\nThe Thursday men's group has space for two. I'd suggest {{Tyler Burns|c102|FULL_NAME}} "
  "(works from home so the time's flexible) and {{Jason Gardner|c237|FULL_NAME}} — his dad "
  "{{Daniel|c237|RELATIVE}} is in the carers' group on Wednesdays so they could share the drive.\n\n"
  "Objections by Friday please.\nNaomi")

D("team_note", "direct",
  "Mindfulness group (Wed). {{Honoré|c110|GIVEN_NAME}} brought his wife {{Christiane|c110|RELATIVE}} "
  "(partner week). {{Vegard|c118|GIVEN_NAME}} asked whether his husband {{Thor|c118|RELATIVE}} could come "
  "next time — yes if we have chairs.")

D("team_note", "direct",
  "VM for whoever runs Tuesday group: “hi, {{Ludwig Knappe|c293|FULL_NAME}} here, I won't be at group "
  "tonight, my daughter {{Siglinde|c293|RELATIVE}} has her recital. please tell {{Carly|c173|GIVEN_NAME}} "
  "I'll bring her book back next week.”")

# --- quasi ------------------------------------------------------------------------------
D("team_note", "quasi",
  "Tues process group: member 4 — the {{session musician|c133|DISTINCTIVE|occupation}} from "
  "{{Hudson|c133|ADDRESS|city}} who {{owns the bookshop on Park Place|c133|DISTINCTIVE|fact|bookshop on park place}} "
  "— dominated again; two others named it. Plan: structured rounds next week.")

D("team_note", "quasi",
  "Young adults group: the {{Whitman|c144|SCHOOL}} student (the one who "
  "{{handed in the wallet with ten grand in it|c144|DISTINCTIVE|fact|returning a lost wallet}}) said the "
  "newspaper attention made his anxiety worse, not better. Group was very validating.")

# --- benign -----------------------------------------------------------------------------
D("team_note", "benign",
  "Group A (Tue): 7 present. Members 3 and 5 repeated each other's catastrophising almost word for word — "
  "useful live example for the thought-record exercise. Member 6 left early (childcare).", "deidentified")

D("team_note", "benign",
  "On-call rota — March\n1–7 Grace\n8–14 Mark\n15–21 Dawn\n22–31 Will\nSwaps via the shared sheet, not by text.",
  "colleague")

D("team_note", "benign",
  "Film night for the teen group: we're showing the Taylor Swift documentary (Miss Americana). "
  "Permission slips back by Friday!", "public_figure")

D("team_note", "benign", "Group cancelled tonight — so sorry all. My son Adam has a fever. 🤒", "writers_relative")

D("email", "benign",
  "Subject: Welcome Rhiannon!\n\nPlease welcome our new group co-facilitator, Rhiannon Pryce, who joins us "
  "from the county service. She'll be shadowing the Tuesday and Thursday groups this month.", "non_client")

D("team_note", "benign",
  "Parenting group feedback (anonymous forms, n=9): 7 found the BIFF template useful, 2 wanted more role-play, "
  "1 asked for an evening slot.", "deidentified")

D("team_note", "direct",
  "Caregivers' group, wk 2. {{A.B.|c187|INITIALS}} (sons {{Richard|c187|RELATIVE}} & {{Stephen|c187|RELATIVE}}, "
  "both living at home) spoke about resentment for the first time; two members nodded hard. "
  "Others: Hamish (observer), 4 members from the Riverside list.")
