# Referral letters, insurance / billing correspondence, court and school liaison letters
DOCS = []
def D(kind, cat, text, sub=None): DOCS.append((kind, cat, sub, text))
S, T, E, C = "social_post", "team_note", "email", "case_presentation"

LH = "RIVERBEND COUNSELING ASSOCIATES\n410 Mercer Blvd, Suite 2 · Stillwater\n\n"

# ---- direct: referral letters
D(E, "direct", LH + "June 4, 2025\n\nDr. Amal Haddad\nStillwater Psychiatry\n\nRe: {{Valentine Thies|c035|FULL_NAME}} (DOB {{06/17/1978|c035|DOB}})\n\nDear Dr. Haddad,\n\nI am referring {{Mr. Thies|c035|FAMILY_NAME|title}}, a special education teacher, for a medication evaluation. Since his unsuccessful mayoral campaign he has had early waking and weight loss. His daughter {{Cynthia|c035|RELATIVE}} accompanies him.\n\nSincerely,\nLeonie Marsh, PsyD", "FULL_NAME")
D(E, "direct", LH + "Re: Referral for DBT skills group\nClient: {{GUTIERREZ, Andrea|c106|FULL_NAME}} (\"{{Andy|c106|NICKNAME}}\")\nDOB: {{11-28-1990|c106|DOB}}\nAddress: {{5589 Taylor Ter.|c106|ADDRESS|street}}, Hamilton\n\nReason for referral: emotion dysregulation; works as a dental hygienist. Partner {{Peter|c106|RELATIVE}} supportive.", "FULL_NAME")
D(E, "direct", "Dear Colleague,\n\nThank you for accepting Ms {{Casey Thomas|c031|FULL_NAME}}, born {{9 September 1947|c031|DOB}}, into your older-adults service. She is a retired midwife, still coaching the under-12 hockey team, and her husband {{Michael|c031|RELATIVE}} has early dementia.\n\nWith thanks,\nL. Marsh", "FULL_NAME")
D(E, "direct", "To whom it may concern,\n\nThis letter confirms that {{Zachary Serrano|c019|FULL_NAME}} has attended weekly therapy with me since February 2025. {{Zachary|c019|GIVEN_NAME}} may need extended time on exams at {{Brookfield CC|c019|SCHOOL}}.\n\nLeonie Marsh, PsyD", "FULL_NAME")

# ---- direct: insurance / billing
D(E, "direct", "CLAIM APPEAL — Member: {{Jennifer Robinson|c130|FULL_NAME}} · Member DOB: {{1971-01-13|c130|DOB}} · Member ID: XHB449102\nDates of service: 04/02/25–05/28/25 · CPT 90837 x 8\n\nThe denial states 'not medically necessary'. Enclosed are treatment notes supporting ongoing care for PTSD following a workplace injury at the {{Dayton Shipyard|c130|EMPLOYER}}.", "FULL_NAME")
D(E, "direct", "Subject: Superbill request\n\nPatient: {{Tanya Valdez|c178|FULL_NAME}}\nDOB: {{4/5/87|c178|DOB}}\nPhone: {{(256) 963-5278|c178|PHONE}}\nDx: F41.1\nCPT: 90834 (x4)\n\nPlease email to {{tanya.valdez@yahoo.com|c178|EMAIL}} for out-of-network reimbursement.", "FULL_NAME")
D(E, "direct", "Subject: Re: prior authorization #PA-88213\n\nHi, calling about your fax for {{Mr. Hinton|c181|FAMILY_NAME|title}}. We need the member's date of birth to match our records — you wrote {{7/28/64|c181|DOB}}, our file has {{07/28/1964|c181|DOB}}, so that's fine. Approved for 12 visits.\n\nUtilization Review, Blue Meadow Health", "FAMILY_NAME")
D(T, "direct", "Billing queue:\n- {{Glen Lewis|c198|FULL_NAME}} — Medicare secondary, resubmit\n- {{Lewis, G.|c198|INITIALS}} duplicate?? check with front desk\n- write-off approved for the 5/14 no-show", "FULL_NAME")
D(E, "direct", "Subject: Balance statement\n\nDear {{Ms. Krueger|c290|FAMILY_NAME|title}},\n\nYour balance of $120.00 reflects two late-cancellation fees. Statement mailed to {{2320 Juniper Dr|c290|ADDRESS|street}}, Salem. Please contact billing with questions.", "ADDRESS")
D(E, "direct", "EOB discrepancy — subscriber {{Bryan Petersen|c076|RELATIVE}}, patient {{Erin Petersen|c076|FULL_NAME}} (spouse), DOB {{11/02/1967|c076|DOB}}. Plan paid 60% instead of 80%. Requesting reprocessing.", "FULL_NAME")

# ---- direct: court / legal
D(E, "direct", "Re: In re the Marriage of {{Sharon Perez|c064|FULL_NAME}} and {{Samuel Perez|c064|RELATIVE}}, Case No. 25-DR-0417\n\nDear Counsel,\n\nPursuant to the subpoena received on May 27, I am asserting privilege on behalf of my client, {{Ms. Perez|c064|FAMILY_NAME|title}}, and will not release records absent her written authorization or a court order.\n\nRespectfully,\nLeonie Marsh, PsyD", "FULL_NAME")
D(E, "direct", "To the Honorable Judge Alvarez:\n\nI write at the request of {{Kenneth Preston|c057|FULL_NAME}} to confirm his attendance at 14 anger-management sessions between January and May 2025, as ordered. {{Mr. Preston|c057|FAMILY_NAME|title}} engaged well.\n\nRespectfully submitted,\nL. Marsh", "FULL_NAME")
D(T, "direct", "Court liaison call — probation officer asked whether {{Roberto Allen|c281|FULL_NAME}} ('{{Rob|c281|NICKNAME}}') attended on 5/21 and 5/28. Confirmed both per ROI on file. Sister {{Julia|c281|RELATIVE}} listed as contact.", "FULL_NAME")
D(E, "direct", "Custody evaluation — collateral contact\n\nChild: {{Victoria Bailey|c298|FULL_NAME}}, age 15, {{North Springfield High|c298|SCHOOL}}\nParents: {{Ashley Bailey|c298|RELATIVE}} (mother), {{David Bailey|c298|RELATIVE}} (father)\n\nI have seen {{Victoria|c298|GIVEN_NAME}} individually for eight sessions.", "FULL_NAME")

# ---- direct: school liaison
D(E, "direct", "Dear Ms. Okonjo,\n\nWith parental consent, I'm writing about {{Steven Mcintosh|c204|FULL_NAME}} in your 9th-grade homeroom. {{Steven|c204|GIVEN_NAME}} finds the cafeteria overwhelming; a pass to eat in the library would help. His mother, {{Audrey|c204|RELATIVE}}, supports this.\n\nKind regards,\nLeonie Marsh, PsyD", "FULL_NAME")
D(E, "direct", "504 plan input — student: {{Mark Alexander|c177|FULL_NAME}}, {{Hamilton High School|c177|SCHOOL}}. DOB {{Feb 14, 2012|c177|DOB}}. Recommend: breaks as needed, preferential seating, check-in with counselor weekly.", "FULL_NAME")
D(E, "direct", "Hi Coach Ramirez, {{Sabine|c061|GIVEN_NAME}}'s mom asked me to let you know she'll miss Thursday practice for an appointment. (Sabine {{Andreasen|c061|FAMILY_NAME}}, sophomore.) Thanks!".replace("(Sabine {{Andreasen", "({{Sabine|c061|GIVEN_NAME}} {{Andreasen"), "GIVEN_NAME")
D(E, "direct", "Re: attendance — {{Kyle Leonard|c293|FULL_NAME}}\n\nDear Mr. Foster, {{Kyle|c293|GIVEN_NAME}}'s absences on Tuesday mornings are for therapy. His mother {{Mary|c293|RELATIVE}} signed the release on file.", "FULL_NAME")

# ---- quasi
D(E, "quasi", LH + "Re: referral\n\nDear Dr. Haddad,\n\nI am referring a man in his sixties who works as a librarian at {{Hamilton Community College|c003|EMPLOYER}}, recently in the news because {{his goat, Sir Reginald, went viral|c003|DISTINCTIVE|fact|goat named Sir Reginald}}. The attention has triggered a depressive episode.\n\nSincerely,\nL. Marsh", "quasi_2attr")
D(E, "quasi", "To the school counselor,\n\nA student at {{Madison Prep|c055|SCHOOL}} whom I see {{plays timpani in the Lancaster Symphony's youth section|c055|DISTINCTIVE|fact|timpani in the Lancaster}}. Rehearsal schedule conflicts with our sessions; please advise on a quiet room.", "quasi_2attr")
D(E, "quasi", "Claim note: policyholder is an insurance adjuster with {{House Architects|c271|EMPLOYER}} who {{coaches the Hudson Otters under-12 hockey team|c271|DISTINCTIVE|fact|Hudson Otters}}; sessions relate to a rink incident.", "quasi_2attr")

# ---- benign
D(E, "benign", LH + "To whom it may concern,\n\nThis letter confirms that the bearer attended an appointment today from 2:00 to 2:50 pm. No further information can be released without written consent.\n\nLeonie Marsh, PsyD", "deidentified_case")
D(E, "benign", "Subject: Claim template\n\nMember: [NAME] · DOB: [DOB] · ID: [ID]\nCPT 90837 · POS 10 (telehealth)\nPlease fill from the chart; do not email completed forms unencrypted.", "template_placeholder")
D(E, "benign", "Dear Judge Alvarez's clerk, I'm unable to attend the June 12 hearing due to a prior clinical commitment. Please let me know if a written declaration would suffice. — L. Marsh", "non_client")
D(E, "benign", "Letter to staff: from July 1, all school liaison letters go through Mr. Foster at North Springfield High, not the old counseling email. Thanks.", "single_quasi")
D(E, "benign", "Billing reminder: the new superbill form has space for the supervising clinician, Dr. Brian Okafor. Please include his NPI on every claim.", "writer_colleague")
D(E, "benign", "Re: referral\n\nThank you for thinking of us. Unfortunately we are not taking new adolescent referrals until September. I've attached a list of colleagues in Franklin and Salem.", "everyday_email")
D(E, "benign", "Dear Coach, my daughter Sophia won't make practice Thursday, she has a dentist appointment. Thanks! — Leonie (Sophia's mom)", "writer_relative")
