# Court-ordered therapy: compliance letters to probation officers, attendance logs, mandated groups.
DOCS = [
("email", "direct", None,
 "Subject: Compliance letter — {{Daniel Marsh|c106|FULL_NAME}}, Case No. 24-CR-03317\n\n"
 "Dear Officer Brandt,\n\nAs requested in your letter of 12 May, I confirm that {{Daniel Marsh|c106|FULL_NAME}} "
 "(DOB {{15/03/1974|c106|DOB}}) has attended 9 of the 12 sessions ordered by the Madison County Court on 3 February. "
 "The three missed appointments were all rescheduled within the same week. He has engaged well with the anger-management "
 "module and I have no concerns to raise at this point.\n\nI have not enclosed session content; the order only requires attendance.\n\n"
 "Kind regards,\nRuth Okafor, LCSW"),
("team_note", "direct", None,
 "Court-mandated DUI intake, Tue 09:15. Mr {{Żach|c143|FAMILY_NAME}} arrived 20 min late, says the bus from the courthouse was cancelled. "
 "Order from Judge Pellegrino requires 16 weeks + alcohol education. Signed ROI for probation only (PO Dana Whitlock). "
 "He was tearful talking about his husband finding out from the local paper. AUDIT score 19. Plan: weekly, CBT for AUD."),
("email", "direct", None,
 "Subject: missed appt\n\nHi,\n\nThis is Yolanda Pierce from Adult Probation, unit 4. I've been trying to reach your client on the number "
 "he gave us, {{(501) 288-6329|c052|PHONE}}, and it goes straight to voicemail. His compliance review is 17 June at 10:30 in courtroom 2B "
 "(docket 2025-MI-00418). Can you confirm whether he has been attending since April? A yes/no is enough for now.\n\nYolanda"),
("team_note", "direct", None,
 "Supervision notes — {{Natalio|c113|GIVEN_NAME}}'s domestic-violence perpetrator programme referral came through from the court today. "
 "{{Natalio|c113|GIVEN_NAME}} minimises everything (\"it was one argument\"). Partner contact worker will liaise separately. "
 "Do NOT share his session notes with the partner-support service; only attendance goes to probation."),
("email", "direct", None,
 "Subject: RE: Attendance confirmation\n\nOfficer Reyes,\n\nApologies for the delay. {{Jesus Carrol|c216|MISSPELLED_NAME}} attended on 2, 9, 16 and 23 May. "
 "He did not attend on 30 May because of a hospital appointment for his knee (he showed me the letter). I'd ask that this not be treated as a breach.\n\n"
 "Best wishes,\nDr. Amara Lindqvist"),
("team_note", "direct", None,
 "Court-ordered parenting + anger work. {{Frank|c097|NICKNAME}} ({{Frank Martin|c097|FULL_NAME}}) brought his daughter's drawing in today and we used it for the "
 "empathy exercise. His PO wants a progress letter by Friday — draft is in the shared drive. Keep it to attendance and engagement."),
("email", "direct", None,
 "Subject: Your probation letter\n\nHi {{Didi|c240|NICKNAME}},\n\nI've written the letter your probation officer asked for and I'll send it straight to her, "
 "not to you, as we agreed. If you want a copy for your own records reply to this from {{dianad73@gmail.com|c240|EMAIL}} and I'll post it out.\n\n"
 "See you Thursday at 4,\nMarguerite"),
("team_note", "direct", None,
 "Group: court-mandated anger management, week 6 of 12. Present: 7. Mr {{Terry|c363|FAMILY_NAME}} dominated again and got defensive when challenged "
 "about the incident at the garage. Attendance sheet faxed to county probation (ref PRB-55170). Note: our facilitator Terry Wallis was off sick; covered by Jo."),
("email", "direct", None,
 "Subject: Court-ordered assessment — {{Gerald Ewing|c272|FULL_NAME}}\n\nDear Ms Castellanos,\n\nThank you for the referral from the Dayton Municipal Court. "
 "I can offer {{Gerald Ewing|c272|FULL_NAME}} (date of birth {{30 September 2000|c272|DOB}}) an initial assessment on 11 June at 2 pm. "
 "Please note I will need his signed consent before I report anything beyond attendance.\n\nRegards,\nIvan Petrović, PsyD"),
("team_note", "direct", None,
 "Home visit log — court-ordered family sessions. Address: {{6275 Sanders Avenue|c418|ADDRESS|street}}, Lancaster. {{Jimmy Clark|c418|FULL_NAME}} and his wife both present. "
 "The order (FC-2025-0912) requires 8 joint sessions. Dog very loud, hard to hear. Next visit 14/06 10:00."),
("email", "direct", None,
 "Subject: Compliance letter request\n\nHey, it's {{Ray Hernandez|c162|FULL_NAME}}. My PO said she never got the letter from you? Court date is the 19th at 9am "
 "and if she doesn't have it they might violate me. Can you resend to her today please. I'm at work at the garage until 6 so call {{(361) 340-9600|c162|PHONE}} after that. "
 "Sorry to be a pain."),
("team_note", "direct", None,
 "Probation liaison call, 10:40. PO Greg Nunez asked about 'the welder, R.H.' — I confirmed attendance for {{R.H.|c162|INITIALS}} "
 "— his {{Gibson Auto Repair|c162|EMPLOYER}} shift pattern clashes with Thursday group; agreed to move him to Monday evenings. Did not discuss content."),
# quasi
("email", "quasi", None,
 "Subject: Question about confidentiality for a court order\n\nHi Priya,\n\nNew court-ordered client: she's a {{police officer|c432|DISTINCTIVE|occupation}} in {{Clinton|c432|ADDRESS|city}} "
 "and also {{owns the deli on Pine Court|c432|DISTINCTIVE|fact|deli on Pine Court}} with her sister. The order came after a complaint at a traffic stop. "
 "How do we word the compliance letter so her department doesn't get more than the court asked for?\n\nThanks,\nMo"),
("team_note", "quasi", None,
 "Referral from the family court: client is a {{corrections officer|c056|DISTINCTIVE|occupation}} in {{Burlington|c056|ADDRESS|city}}, ordered to attend 10 sessions after a "
 "protective-order violation. Side business: {{owns the vintage clothing store on Union Street|c056|DISTINCTIVE|fact|vintage clothing store on Union Street}}. "
 "Worried colleagues at the jail will hear. Assigned to Dr. K."),
("email", "quasi", None,
 "Subject: DV programme — partner contact\n\nHi team,\n\nThe court has mandated the programme for a man who works at {{Hudson Shipyard|c116|EMPLOYER}} and lives with his partner "
 "{{Marek|c116|RELATIVE}}. The partner has asked for a partner-support worker. Please allocate someone who isn't on the Tuesday group.\n\nSanjay"),
("team_note", "quasi", None,
 "Mandated assessment. Client: {{911 dispatcher|c001|DISTINCTIVE|occupation}}, {{Richmond|c001|ADDRESS|city}}; plays {{bassoon in the Jackson Symphony Orchestra|c001|DISTINCTIVE|fact|bassoon in the Jackson Symphony}}. "
 "Referred by county court after a neighbour dispute escalated. Presents as anxious, very concerned about her job."),
("email", "quasi", None,
 "Subject: Compliance letter wording\n\nDear colleague,\n\nI'm drafting a letter for a court-ordered client who works for {{Kingston County Sheriff's Office|c308|EMPLOYER}} and "
 "{{breeds champion Vizslas in Mount Vernon|c308|DISTINCTIVE|fact|Vizslas in Mount Vernon}}. Her supervisor has asked for a copy. I assume the answer is no without a release?\n\nBest,\nJ."),
("team_note", "quasi", None,
 "New court referral (Arlington District Court). {{Police officer|c020|DISTINCTIVE|occupation}} from {{Arlington|c020|ADDRESS|city}}, lives with daughter {{Darlene|c020|RELATIVE}}. "
 "Ordered to attend after an off-duty altercation. Very guarded, asked twice who reads our notes."),
# benign
("email", "benign", "nonclient_person",
 "Subject: Standard compliance letter requirements\n\nDear providers,\n\nFrom 1 July, County Probation will only accept compliance letters that include the case number, "
 "dates attended and a yes/no on engagement. Please do not send clinical content. Questions to me directly.\n\nKimberly Perez\nSupervising Probation Officer, Unit 3"),
("team_note", "benign", "nonclient_person",
 "FYI: Judge Marvin Williams is now hearing all the mandated-treatment review dockets on Wednesdays (courtroom 4A, 9:00). "
 "He likes letters short. Clerk is Denise, ext. 2217."),
("email", "benign", "name_as_word",
 "Subject: Re: extension\n\nHope you're well. The court will grant an extension if we ask before the 20th, so I'll send the request tomorrow. "
 "Frank answer: I don't think the order is realistic for anyone working nights, but we'll see.\n\nBest,\nLiz"),
("team_note", "benign", "single_quasi",
 "Mandated client (case 25-CR-01442) works at Newport Brewing Company — shift work makes the Tuesday group impossible. Looking for a Saturday slot."),
("team_note", "benign", "weak_attribute",
 "Court-ordered intake today: 40-something welder from Lancaster, first offence, DUI. Motivated, embarrassed. Will start with psychoeducation."),
("email", "benign", "deidentified",
 "Subject: Mandated groups — quarterly numbers\n\nQ1: 38 referrals from the municipal and county courts, 31 started, 22 completed. "
 "Most common orders: DUI (14), domestic violence (9), shoplifting diversion (6). Average age 34. Completion rate up 8% since we moved the group to evenings."),
("team_note", "benign", "nonclient_person",
 "Reminder: PO Amber Sampson (county probation) replaced Greg on the east side caseload. She prefers email, not fax. Her direct line is on the board."),
("social_post", "benign", "name_as_word",
 "Court-ordered clients are not 'unmotivated'. Grace, patience and a bus pass go a long way. #therapistlife #justicereform"),
("email", "benign", "nonclient_person",
 "Subject: thanks\n\nDear Dr. Lindqvist,\n\nI'm the probation officer for the diversion programme. Thanks for getting the attendance sheet over so quickly — "
 "Judge Hill was pleased and signed off the order this morning.\n\nWarm regards,\nOfficer Jasmine Reyes"),
("team_note", "benign", "single_quasi",
 "Client ordered to therapy after a bar fight — says he plays bass in the local band the Golden Lanterns and 'everyone in town knows'. Nothing else identifying in the referral."),
("email", "benign", "nonclient_person",
 "Subject: Late reply\n\nSorry for the slow answer on the attendance sheets — my son Daniel graduated on Friday and I took two days off. "
 "The compliance review list for 2 July at 1:30 is attached; nothing is needed from your service this time.\n\nThanks,\nMarisol Duarte, Probation Assistant"),
("email", "direct", None,
 "Subject: Attendance — mandated group, w/c 2 June\n\nOfficer Nunez,\n\nAttendance for the Monday evening group (court-ordered): {{Natalio Hoyos|c113|FULL_NAME}} — attended; "
 "{{Ray Hernandez|c162|FULL_NAME}} — attended; {{Dennis Terry|c363|FULL_NAME}} — did not attend (no reason given). Next session 9 June, 18:00.\n\nGroup facilitator"),
]
