"""Formal register: referral letters, discharge summaries, insurance pre-authorisations,
court, school, employer and housing letters."""

DOCS = []


def D(kind, cat, text, sub=None):
    DOCS.append((kind, cat, sub, text))


# --- direct -----------------------------------------------------------------------------
D("email", "direct",
  "Dear Dr Marsh,\n\n"
  "Re: {{Ronald Ramos|c209|FULL_NAME}}   DOB {{03/11/2003|c209|DOB}}   Tel {{+1 (267) 297-7652|c209|PHONE}}\n\n"
  "Thank you for seeing this 21-year-old {{University of Hamilton|c209|SCHOOL}} student, whom I have seen for "
  "eight sessions of CBT for panic disorder with agoraphobia. Despite good engagement his avoidance has "
  "generalised over the winter and he has now deferred his examinations. I would be grateful for a "
  "psychiatric opinion regarding pharmacotherapy.\n\n"
  "He is married (wife {{Vanessa|c209|RELATIVE}}) and well supported. He denies thoughts of self-harm and "
  "there are no safeguarding concerns.\n\n"
  "Yours sincerely,\n\nDr Ruth Adeyemi\nClinical Psychologist")

D("email", "direct",
  "DISCHARGE SUMMARY — OUTPATIENT PSYCHOLOGY\n\n"
  "Name:        {{KORPAL, Nataniel|c145|FULL_NAME}}\n"
  "D.O.B.:      {{14-Oct-1982|c145|DOB}}\n"
  "Address:     {{2403 Sycamore Rd, Dayton 25719|c145|ADDRESS|street}}\n"
  "Referrer:    Dr P. Lindqvist (GP)\n"
  "Treatment:   02/2024 – 01/2025, 22 sessions\n\n"
  "Presenting problem: recurrent depressive disorder, current episode moderate, with marked rumination "
  "following a period of workplace conflict at {{Hamilton Community College|c145|EMPLOYER}}.\n\n"
  "Intervention: behavioural activation followed by rumination-focused CBT. PHQ-9 fell from 19 to 6; "
  "GAD-7 from 14 to 5. His wife {{Kalina|c145|RELATIVE}} attended two sessions to support relapse "
  "prevention planning.\n\n"
  "Outcome: discharged, goals met. Relapse signature and plan shared with the client and GP. "
  "Re-referral welcome within 12 months without a new GP letter.")

D("email", "direct",
  "PRIOR AUTHORIZATION REQUEST — OUTPATIENT BEHAVIORAL HEALTH\n"
  "Member: {{Matthew Schultz|c131|FULL_NAME}}      Member DOB: {{10/19/1965|c131|DOB}}\n"
  "Member ID: XJH-448120-03      Group #: 77120 ({{Jackson Public Library|c131|EMPLOYER}} staff plan)\n"
  "Rendering provider: Naomi Feld, PsyD — NPI 1588204411\n"
  "Diagnoses: F43.10 PTSD; F10.20 alcohol use disorder, moderate, in early remission\n"
  "Requested: CPT 90837 × 16 units, 03/01/2025 – 06/30/2025\n"
  "Clinical rationale: member continues to meet criteria for PTSD (PCL-5 = 51, down from 63). Trauma-focused "
  "CPT is under way; 7 of 12 protocol sessions complete. Interruption of care carries a documented risk of "
  "relapse to alcohol use. Member's wife ({{Andrea|c131|RELATIVE}}) is involved in relapse-prevention work.")

D("email", "direct",
  "To: Family Court Registry, County of Riverside\n"
  "Re: Case No. FC-2024-1187 — {{Steve Thornton|c249|FULL_NAME}}\n\n"
  "Your Honour,\n\n"
  "I confirm that Mr {{Thornton|c249|FAMILY_NAME}} has attended 14 of 16 scheduled sessions with me since "
  "5 September 2024, the two absences having been cancelled in advance. He has engaged constructively with "
  "the anger-management component of treatment.\n\n"
  "This letter is provided at Mr {{Thornton|c249|FAMILY_NAME}}'s request and with his written consent. It "
  "confirms attendance only and does not offer any opinion on the arrangements for {{Brian|c249|RELATIVE}} "
  "or {{Jeanne|c249|RELATIVE}}, which fall outside my role.\n\n"
  "Respectfully,\nNaomi Feld, PsyD, Licensed Psychologist")

D("email", "direct",
  "Dear Ms Okonkwo,\n\n"
  "Re: {{Ivy Bennett|c053|FULL_NAME}}, Year 8, {{Jefferson High|c053|SCHOOL}}\n\n"
  "With the consent of {{Ivy|c053|GIVEN_NAME}}'s parents, I am writing to support the request for "
  "reasonable adjustments during the summer assessment period. {{Ivy|c053|GIVEN_NAME}} experiences "
  "significant panic symptoms in crowded exam halls. A separate room and rest breaks would be "
  "appropriate. Her mother, Mrs {{Amy Bennett|c053|RELATIVE}}, will liaise with the SENCo about the details.\n\n"
  "Kind regards,\nDr R. Adeyemi")

D("email", "direct",
  "Referral — Eating Disorders Service (urgent)\n\n"
  "Patient: {{Natasza Skomra|c112|FULL_NAME}}, 17\n"
  "DOB: {{12.10.2007|c112|DOB}}\n"
  "Address: {{6814 Lake Dr.|c112|ADDRESS|street}}, Brookfield\n"
  "School: {{Carver Prep|c112|SCHOOL}} (Year 12)\n"
  "Parent/guardian: {{Roksana Skomra|c112|RELATIVE}} (mother)\n\n"
  "Reason: BMI 15.8 and falling; restriction to < 600 kcal/day; two syncopal episodes at school in the last "
  "fortnight. Medical monitoring via GP has begun. Please advise on an expedited assessment.")

D("email", "direct",
  "Subject: Subpoena duces tecum — your ref. 24-CV-0912\n\n"
  "Dear Counsel,\n\n"
  "I acknowledge receipt of the subpoena for the treatment records of {{Derek Mack|c254|FULL_NAME}} "
  "(DOB {{January 20, 1970|c254|DOB}}). Absent a signed authorisation from Mr {{Mack|c254|FAMILY_NAME}} or a "
  "court order satisfying 45 CFR 164.512(e), I am not able to release the records. I have notified "
  "Mr {{Mack|c254|FAMILY_NAME}} of the request.\n\n"
  "Sincerely,\nNaomi Feld, PsyD")

D("email", "direct",
  "To: Occupational Health, {{St. Luke's|c265|EMPLOYER}}\n"
  "Re: {{Édouard Colin|c265|FULL_NAME}} — phased return to work\n\n"
  "Dear colleagues,\n\nMr {{Colin|c265|FAMILY_NAME}} has asked me to write in support of a phased return "
  "beginning 17 March: three half-days in week one, rising to full duties by week four, with no evening "
  "clinics for the first month. He remains in weekly therapy with me.\n\nWith best wishes,\nN. Feld")

D("email", "direct",
  "Dear Sir or Madam,\n\n"
  "Re: Mr {{Michael Murray|c055|FULL_NAME}}, DOB {{15/10/1952|c055|DOB}} — fitness to drive\n\n"
  "I am writing at Mr {{Murray|c055|FAMILY_NAME}}'s request. He works as a delivery driver for "
  "{{Friedman Logistics|c055|EMPLOYER}}. In my opinion his anxiety disorder does not impair his ability to "
  "drive safely; he has had no panic episodes while driving and is not prescribed sedating medication.\n\n"
  "Yours faithfully")

D("email", "direct",
  "DISCHARGE NOTE\n"
  "Client: {{Rodney Perkins|c223|FULL_NAME}} (“{{Rod|c223|NICKNAME}}”)\n"
  "Episode: 9 sessions, couples + individual\n"
  "Summary: conflict with husband {{Jacob|c223|RELATIVE}} de-escalated; both now using time-outs. Work "
  "stress at {{Miller & Sons|c223|EMPLOYER}} persists but is manageable. Discharged to GP; may self-refer.")

D("email", "direct",
  "PRE-APPROVAL — EXTENDED HEALTH (PSYCHOLOGICAL SERVICES)\n"
  "Client name: {{Kara Becker|c075|FULL_NAME}}\n"
  "Date of birth (YYYY/MM/DD): {{2000/01/10|c075|DOB}}\n"
  "Plan sponsor: {{Shelby Community College|c075|EMPLOYER}}\n"
  "Provider: Naomi Feld, Registered Psychologist\n"
  "Sessions requested: 10 × 50 min\n"
  "Reason: generalised anxiety with insomnia; functional impairment at work.")

D("email", "direct",
  "Dear Dr Brady,\n\n"
  "Re: {{Caitlin Douglas|c142|FULL_NAME}}, d.o.b. {{26th March 1984|c142|DOB}}, "
  "{{4073 Park Rd.|c142|ADDRESS|street}}, Hamilton\n\n"
  "Many thanks for referring this lady, whom I assessed on Tuesday. She describes low mood since her "
  "father's heart attack in the autumn and is struggling to keep going at work in the "
  "{{Riverside Public Library|c142|EMPLOYER}}. I have offered her twelve sessions of CBT, starting next "
  "week. I'll keep you posted.\n\nKind regards,\nSinéad")

D("email", "direct",
  "Attention: HR Wellness Office\n\n"
  "Ref: Mrs {{Kathleen Sullivan|c108|FULL_NAME}} — {{Eastport Emergency Communications|c108|EMPLOYER}}\n\n"
  "Good day,\n\nI confirm that the above-named has been under my care since January for work-related "
  "trauma. I recommend that she be moved off night shifts for a period of six weeks. Kindly treat this "
  "letter as confidential.\n\nKind regards,\nN. Feld")

D("email", "direct",
  "From: Naomi Feld <nfeld@harbourpsych.example>\n"
  "To: {{Valerie Mckinney|c282|FULL_NAME}} <{{valeriemckinney89@icloud.com|c282|EMAIL}}>\n"
  "Subject: Records request — your letter of 2 May\n\n"
  "Dear Ms {{Mckinney|c282|FAMILY_NAME}},\n\n"
  "Thank you for your letter. I can provide a treatment summary within 30 days once I receive the signed "
  "form attached. Please note that your husband {{Tommy|c282|RELATIVE}} would need to sign separately for "
  "the joint sessions.\n\nBest regards,\nNaomi Feld")

D("email", "direct",
  "Dear Dr Hollis,\n\n"
  "Thank you for taking over Ms {{Neal|c028|FAMILY_NAME}}'s care while I am on leave. She prefers to be "
  "contacted by email (mailto:{{cassandran83@outlook.com|c028|EMAIL}}) rather than by phone, as she drives "
  "for {{Shelby Brewing|c028|EMPLOYER}} during the day.\n\nWarm regards,\nNaomi")

D("email", "direct",
  "To the Housing Allocations Panel\n\n"
  "Re: Ms {{Lisa Campbell|c230|FULL_NAME}}, born {{28 November 1946|c230|DOB}}\n\n"
  "I support Ms {{Campbell|c230|FAMILY_NAME}}'s application for ground-floor accommodation. Her current "
  "flat at {{6231 Market St|c230|ADDRESS|street}}, Shelby, is reached by three flights of stairs, and her "
  "fear of falling since her fracture has left her effectively housebound.\n\nYours faithfully,\nN. Feld, PsyD")

D("email", "direct",
  "To: Office of Accessibility Services, {{University of Marion|c155|SCHOOL}}\n"
  "Re: {{Gary Lloyd|c155|FULL_NAME}}, student ID 20211843\n\n"
  "I write to support extended time (25%) and a reduced-distraction room for examinations. Mr "
  "{{Lloyd|c155|FAMILY_NAME}} is in treatment with me for generalised anxiety disorder.")

D("email", "direct",
  "Subject: EAP authorisation\n\n"
  "Member: {{Douglas Meza|c152|FULL_NAME}}, born on {{the seventeenth of April, 1981|c152|DOB}}, employed "
  "at {{Thomas Pharmacy|c152|EMPLOYER}}. Six EAP sessions complete; requesting transfer to the "
  "major-medical benefit for ongoing care.")

D("email", "direct",
  "TO WHOM IT MAY CONCERN\n\n"
  "Re: {{Julio César Valcárcel|c143|FULL_NAME}} (DOB {{28/01/1993|c143|DOB}})\n\n"
  "I have seen Mr {{Valcárcel|c143|FAMILY_NAME}} for psychological assessment in connection with his "
  "immigration proceedings. He meets criteria for PTSD. He is currently employed by the "
  "{{Brookfield Police Department|c143|EMPLOYER}} and his partner {{Macaria|c143|RELATIVE}} has supported "
  "his attendance throughout. Full report to follow under separate cover.")

D("email", "direct",
  "Re: {{Chamorro|c096|FAMILY_NAME}} custody review — therapist's letter\n\n"
  "Mr {{Chamorro|c096|FAMILY_NAME}} has attended weekly since October. He speaks warmly and consistently "
  "about his daughter {{Lorenza|c096|RELATIVE}} and has completed the parenting module. I have no concerns "
  "to raise with the court.")

D("email", "direct",
  "DISCHARGE SUMMARY\n"
  "Client: {{Dana Sanchez|c174|FULL_NAME}}    Addr: {{4948 Rangel Terr.|c174|ADDRESS|street}}, Brookfield\n"
  "Sessions: 14 (09/2024–02/2025)\n"
  "Dx at discharge: F41.1 in partial remission\n"
  "Notes: returned to full hours at {{Turner Auto Repair|c174|EMPLOYER}}; wife {{Sharon|c174|RELATIVE}} "
  "reports improved sleep. Follow-up PRN.")

D("email", "direct",
  "To: Battalion Chief R. Nkosi, {{Stillwater Fire Dept.|c154|EMPLOYER}}\n"
  "Re: {{Daniel Thomas|c154|FULL_NAME}} — fitness for duty\n\n"
  "Chief Nkosi,\n\nFollowing our phone call: I consider Mr {{Thomas|c154|FAMILY_NAME}} fit to resume "
  "dispatch duties from Monday, with a review in four weeks.\n\nRegards,\nNaomi Feld, PsyD")

# --- quasi ------------------------------------------------------------------------------
D("email", "quasi",
  "Dear colleague,\n\n"
  "I am seeking advice about a client of mine, a {{paramedic|c229|DISTINCTIVE|occupation}} in "
  "{{Stillwater|c229|ADDRESS|city}} who {{was in the Riverside Herald after pulling a child out of the "
  "river|c229|DISTINCTIVE|fact|rescuing a child from the river}}. The publicity has left him with intrusive "
  "images and he is considering leaving the service. I would value your view on an EMDR referral.\n\n"
  "With thanks,\nNaomi Feld")

D("email", "quasi",
  "Re: pre-authorisation query\n\n"
  "We have a member employed by {{Brookfield Shipyard|c177|EMPLOYER}} who "
  "{{breeds champion Basenjis out in Stillwater|c177|DISTINCTIVE|fact|basenjis in stillwater}}; he is "
  "asking whether the dog-related grief work counts as 'medically necessary'. Guidance appreciated.")

D("email", "quasi",
  "To the EAP coordinator,\n\n"
  "One of your members — an employee of {{Berger & Sons|c267|EMPLOYER}} who "
  "{{was a contestant on Big Brother (season 17)|c267|DISTINCTIVE|fact|season 17 of big brother}} — has "
  "asked me to request four additional sessions. He has consented to this contact but not to being named "
  "at this stage. Please advise on the process.")

D("email", "quasi",
  "Dear Dr Voss,\n\n"
  "I'd value your forensic view on a client (not named here). He is a {{lawyer|c118|DISTINCTIVE|occupation}} "
  "in {{Hudson|c118|ADDRESS|city}} and {{currently sits as the Ward 5 councillor in Troy|c118|DISTINCTIVE|fact|"
  "ward 5 on the troy}}, and he has disclosed online harassment that may now meet the threshold for a "
  "police report.\n\nBest,\nNaomi")

D("email", "quasi",
  "Dear Greta,\n\nCould I bring a case to Thursday's supervision? She is a "
  "{{radiographer|c089|DISTINCTIVE|occupation}} in {{Riverside|c089|ADDRESS|city}} who "
  "{{competed on series 18 of The Great Home Bake-Off|c089|DISTINCTIVE|fact|season 18 of the great home "
  "bake-off}}, and the online comments have triggered a depressive relapse.\n\nThanks, N.")

D("email", "quasi",
  "Referral for group (name withheld pending consent)\n\n"
  "Works nights at {{Villarreal|c151|EMPLOYER}}; hosts {{a podcast called Overthinking Skeptic about urban "
  "gardening|c151|DISTINCTIVE|fact|overthinking skeptic podcast about urban gardening}}. Social anxiety, "
  "keen on the Tuesday group.")

# --- benign -----------------------------------------------------------------------------
D("email", "benign",
  "To whom it may concern,\n\nI am delighted to recommend Ms Lucinda Ferreira for the postdoctoral "
  "fellowship. She completed her clinical placement with our practice in 2023–24 and was an outstanding "
  "trainee: thoughtful, reliable and well liked by clients and staff.\n\nNaomi Feld, PsyD", "non_client")

D("email", "benign",
  "TEMPLATE — insurer appeal\n\n"
  "Dear [Insurer],\n\nRe: [Client name], DOB [MM/DD/YYYY], Member ID [xxxx]\n\n"
  "I am writing to appeal the denial dated [date] of continued outpatient psychotherapy for the above "
  "member. [Summarise symptoms, measures, risk.] Please contact me on [practice phone].", "template")

D("email", "benign",
  "Dear parents and carers,\n\nHarbour Psychology will run a free evening workshop on exam anxiety for "
  "parents on Thursday 20 March, 7–8.30pm, in the school library. No booking needed.", "therapy_life")

D("email", "benign",
  "Re: self-referral\n\nDear Dr Hollis, we have received a self-referral from an employee of Thomas Pharmacy "
  "(name withheld until consent is on file) presenting with low mood. Could your team triage?", "single_quasi")

D("email", "benign",
  "Dear Editor,\n\nIn response to last month's essay: William James anticipated much of the current "
  "interest in habit and attention in 1890, and his chapter on habit remains the best short read for "
  "trainees. I would gently suggest the author revisit it.\n\nN. Feld", "public_figure")

D("email", "benign",
  "Quarterly outcomes report (Q4)\n\nDischarges: 41. Mean PHQ-9 change: −7.2. Mean GAD-7 change: −5.9. "
  "Reliable improvement: 63%. Drop-out rate: 14%. No serious incidents.", "deidentified")

D("email", "benign",
  "Dear Mr Abbott,\n\nPlease excuse my daughter Ivy from PE on Thursday; she has an orthodontist "
  "appointment at 2pm.\n\nMany thanks,\nNaomi Feld", "writers_relative")

D("email", "benign",
  "Re: subpoena ref. 25-CR-0331\n\nDear Counsel, I have searched our records and this practice holds no "
  "records for a person named Darnell Whitcombe.\n\nRegards, N. Feld", "non_client")

D("email", "direct",
  "Subject: Referral — First Responder Trauma Programme\n\n"
  "Dear Dr Prakash,\n\n"
  "Re: {{Randy Coleman|c057|FULL_NAME}}, DOB {{11 February 2002|c057|DOB}}, mobile {{413-804-1167|c057|PHONE}}\n\n"
  "I would be grateful if you would consider Mr {{Coleman|c057|FAMILY_NAME}} for your first-responder trauma "
  "programme. He is a 23-year-old {{firefighter|c057|DISTINCTIVE|occupation}} based in "
  "{{Dayton|c057|ADDRESS|city}}, currently employed through {{Shelby Emergency Communications|c057|EMPLOYER}}, "
  "whom I have seen for six sessions since January.\n\n"
  "In November he attended a house fire in which two children died. Since then he has had nightly "
  "nightmares, intrusive images triggered by the smell of smoke, and marked hypervigilance. He has "
  "stopped performing with {{the Lucky Lanterns|c057|DISTINCTIVE|fact|lucky lanterns}}, the band he has "
  "fronted since school, because crowds now feel unsafe, and he has withdrawn from most friends. He "
  "continues to work but has swapped onto day shifts. PCL-5 at assessment was 58; it is now 52.\n\n"
  "He has good support from his sister {{Melinda|c057|RELATIVE}}, who lives nearby and has attended one "
  "session with his consent. There is no history of substance misuse, although he acknowledges drinking "
  "more at weekends. He denies suicidal intent; a safety plan is in place and has been shared with his GP.\n\n"
  "I think he would benefit from the peer element of your programme and from a trauma-focused therapist "
  "with fire-service experience. I am happy to continue supportive sessions in the meantime and to discuss "
  "by phone.\n\n"
  "With thanks and best wishes,\n\nNaomi Feld, PsyD\nHarbour Psychology")
