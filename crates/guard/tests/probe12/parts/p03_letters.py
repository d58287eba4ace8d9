# Letters to schools, employers, courts, insurers and GPs.
DOCS = [
("email", "direct", None, """To whom it may concern at {{Grant Preparatory Academy|c012|SCHOOL}}:

This letter confirms that {{Cynthia Richardson|c012|FULL_NAME}} (date of birth {{15 August 2009|c012|DOB}}) is currently in weekly treatment with me. With her and her mother's written consent, I am asking that she be allowed to leave class for a quiet space when she needs to, and that she sit her exams in a smaller room. Please contact me with any questions.

Sincerely,
Dana Whitlock, LPC"""),

("email", "direct", None, """Dear HR Team at {{Carter Construction|c021|EMPLOYER}},

At the request of my client, Mr. {{Timothy Hoffman|c021|FULL_NAME}}, I confirm that he has attended regular appointments since March and that, in my opinion, he is fit to return to work on a phased basis from 2 June: half days for two weeks, no work at height for the first month. He has consented to this letter; no further clinical information is being shared.

Regards,
K. Oduya, LCSW"""),

("email", "direct", None, """SUPERIOR COURT OF THE STATE — FAMILY DIVISION
Hon. Patricia Okonjo, presiding
Re: {{Christina Joseph|c280|FULL_NAME}} v. {{Joseph|c280|RELATIVE}}, Case No. FC-2024-3318

Your Honor,

I have provided individual psychotherapy to {{Ms. Joseph|c280|FAMILY_NAME}} since September 2024. She has attended 31 of 33 scheduled sessions. I have not assessed the children and offer no opinion on custody. This letter is provided pursuant to the court's order of April 28 and with my client's signed authorization.

Respectfully,
Gabriel Ferreira, PhD"""),

("email", "direct", None, """ATTN: Utilization Review, Brightline Health Plan
Member: {{Ashley Figueroa|c292|FULL_NAME}}     Member DOB: {{12/12/1949|c292|DOB}}
Request: authorization for 12 additional sessions of CPT (90837)
Justification: PCL-5 remains 44 after 12 sessions; nightmares 4/wk; member motivated and attending.
Provider: Westbrook Trauma Associates, NPI on file"""),

("email", "direct", None, """Mrs {{Tina Fowler|c296|FULL_NAME}}
{{8423 Station Street|c296|ADDRESS|street}}
Quincy

Dear {{Mrs Fowler|c296|FAMILY_NAME}},

Following your assessment on 14 May, I am pleased to offer you a place in our eight-week compassion-focused therapy group, starting Tuesday 10 June at 6.30 pm. Please ring the office to confirm. A copy of this letter has been sent to your GP, Dr Abimbola.

Yours sincerely,
Psychological Therapies Service"""),

("email", "direct", None, """Dear Principal Alvarez,

RE: {{Tyler Gonzales|c389|MISSPELLED_NAME}}, Grade 7, {{Franklin Preparatory Academy|c389|SCHOOL}}

With his parents' consent, I am writing to support the accommodation request submitted last week. {{Tyler|c389|GIVEN_NAME}} has an anxiety disorder that makes cold-calling in class very hard for him; a heads-up before he is asked to present would help a great deal.

Warm regards,
Lucía Ferrer, LMFT"""),

("email", "direct", None, """Dear Mr Whitaker,

Re: Ms {{Stacey Gallagher|c104|FULL_NAME}} ("{{Staci|c104|NICKNAME}}")

Thank you for your letter. With {{Ms Gallagher|c104|FAMILY_NAME}}'s written consent I can confirm that she is engaged in treatment with this service and that a phased return, as proposed by Occupational Health, is appropriate. I am not able to comment on the grievance.

Kind regards,
Dr Harriet Lomax"""),

("email", "direct", None, """U.S. Department of Justice, Executive Office for Immigration Review
RE: Respondent {{Natividad Abascal|c577|FULL_NAME}}

To the Honorable Immigration Judge:

I am a licensed clinical social worker and have seen the respondent for eleven sessions of trauma-focused therapy since January 2025. Her symptoms are consistent with post-traumatic stress disorder. She has asked me to submit this letter in support of her application. Sesiones en español, con intérprete cuando fue necesario.

Respetuosamente,
Marisol Quintanilla, LCSW"""),

("email", "direct", None, """To: Claims Department, Harbourside Disability Insurance

Please correspond with the claimant directly at {{jefferyt81@yahoo.com|c290|EMAIL}}; he has withdrawn consent for us to act as intermediary. Our treatment summary for the period January to April was sent on 2 May. We will not be providing further reports.

Practice Manager, Lakeview Counselling"""),

("email", "direct", None, """Office of Accessibility Services — Verification of Disability
Student: {{Kirk Horton|c108|FULL_NAME}}     Institution: {{Hamilton College|c108|SCHOOL}}
Diagnosis: ADHD, combined presentation (F90.2); generalized anxiety disorder (F41.1)
Functional impact: difficulty sustaining attention in timed exams; test anxiety
Recommended: 50% extra time, reduced-distraction room, permission to record lectures
Clinician signature: ____ Dr. Naveen Sharma"""),

("email", "direct", None, """Dear Dr Hennessy,

Thank you for asking us to see {{Carolyn Wright|c113|FULL_NAME}}. She has given permission for us to contact her on her mobile, {{+1 (801) 225-3570|c113|PHONE}}, which I understand differs from the number on your system. Her first appointment is on the 19th.

Best wishes,
Intake, Centrepoint Psychology"""),

("email", "direct", None, """To the Clerk of Court, Jury Management:

Please excuse Mr. {{Keith Campos|c592|FULL_NAME}} from jury service for the term beginning June 9. He is currently in treatment for an acute stress reaction and, in my professional opinion, sequestration would be detrimental to his recovery. I can provide further detail to the court under seal if required.

Sincerely,
Ruth Adebayo, PsyD"""),

("email", "quasi", None, """Dear Ms Lindqvist (People Team),

I am writing, with consent, on behalf of one of your employees: a {{UX designer|c130|DISTINCTIVE|occupation}} based in your {{Ashland|c130|ADDRESS|city}} office at {{Tessera Labs|c130|EMPLOYER}}. Following recent bereavement, a temporary reduction to four days a week for six weeks is recommended. No further clinical details will be provided.

Yours sincerely,
Dr. Emeka Nwosu"""),

("email", "quasi", None, """To the Court:

The petitioner, a {{911 dispatcher|c053|DISTINCTIVE|occupation}} in {{Florence|c053|ADDRESS|city}} employed by the {{Lancaster Police Department|c053|EMPLOYER}}, has been in treatment with me since last autumn. I am providing this letter at his request in connection with the protective-order hearing. He has engaged consistently and shown no behaviour of concern.

Respectfully submitted,
Jonah Feldstein, LMHC"""),

("email", "quasi", None, """Claim ref. 77-410-229
Re: your insured, a {{physical therapist|c248|DISTINCTIVE|occupation}} in {{Shelby|c248|ADDRESS|city}} at the {{Clinton Family Clinic|c248|EMPLOYER}}

Dear Claims Officer,

Your insured remains unfit for clinical duties. Symptoms: intrusive memories of a patient death, avoidance of the treatment room, insomnia. Expected return in 8–10 weeks.

Regards, Occupational Mental Health Service"""),

("email", "quasi", None, """Dear Occupational Health,

Your employee, a physiotherapist at {{Cannon Dental Group|c316|EMPLOYER}}, has asked me to write. Her husband {{Jacek|c316|RELATIVE}} is undergoing chemotherapy and she is his main carer. I support her request for flexible hours for the next three months.

Yours faithfully,
Bartłomiej Nowicki, counsellor"""),

("email", "quasi", None, """Dear Ms Oyelowo (Head of Pastoral Care),

With parental consent, I am writing about a Year 8 pupil at {{Franklin Preparatory Academy|c421|SCHOOL}} whose mother, {{Lauren|c421|RELATIVE}}, told you about the difficulties at home last term. She would benefit from a named adult to go to at lunch. I'm happy to talk by phone.

Kind regards,
Ffion Rhys-Evans, Child & Family Therapist"""),

("email", "quasi", None, """Dear Dr Osei,

Your patient, a {{radiographer|c537|DISTINCTIVE|occupation}} living in {{Franklin|c537|ADDRESS|city}}, who {{runs the record shop on Church Road|c537|DISTINCTIVE|fact|record shop on Church Road}} at weekends, attended four of six sessions and then disengaged. We have written to her twice. We are closing the referral and would be glad to see her again if she re-refers.

Kind regards,
Primary Care Mental Health Team"""),

("email", "benign", "template", """LETTER TEMPLATE — ATTENDANCE CONFIRMATION (do not send without consent form on file)

To whom it may concern,

This is to confirm that [CLIENT NAME], date of birth [DOB], has attended [NUMBER] appointments with [CLINICIAN] between [START DATE] and [END DATE]. No further clinical information is disclosed.

[SIGNATURE]"""),

("email", "benign", "nonclient_person", """Dear Ms. Joy Whitfield,

Thank you for inviting our team to speak at the Oakridge Elementary staff training day. Our child therapist, Dr. Wanjiru Kamau, will present on recognising anxiety in the classroom. Could you let us know how many staff will attend so we can bring enough handouts?

Best regards,
Outreach Coordinator"""),

("email", "benign", "policy", """Dear Mr. Delgado,

Thank you for your enquiry on behalf of your company. We are unable to share any information about whether an employee is or is not a client without that person's written consent. If an employee wishes us to confirm attendance, they can complete our release form at reception.

Yours sincerely,
Practice Manager"""),

("email", "benign", "name_as_word", """Re: Policy 4471-B claims submission

Please note that the grace period for submitting claims is 90 days from the date of service. Claims received after that will not be paid. We will accept resubmissions in good faith where the delay was caused by our portal outage on 3–5 May.

Provider Relations"""),

("email", "benign", "single_attribute", """Dear Dr Mahlangu,

Your patient, who works at Georgetown Credit Union, was seen for assessment on 20 May. She does not wish us to share any details with her employer and we have noted that on her file. Full letter to follow.

Kind regards"""),

("email", "benign", "public_figure", """Hi everyone — our CE workshop on trauma-informed policing will be held at the Andrew Young School of Policy Studies this year. Parking is in the deck on Decatur Street. Please register by the 15th."""),

("email", "benign", "nonclient_person", """Dear Ms Patterson-Hale,

Please excuse my son, Dmitri, from school on Thursday afternoon; he has an orthodontist appointment at 2.15. His sister Chloe will collect his homework.

Thank you,
Natalia Ivanova"""),

("email", "benign", "deidentified", """Subpoena response — Case No. 2025-FC-0113

We acknowledge receipt of the subpoena dated 12 May. Under state law and our professional obligations, we will not release any records without either a court order signed by a judge or a valid authorization from the person concerned. Please direct further correspondence to our counsel, Whitford & Price LLP."""),

("email", "benign", "mixed_attributes", """To the Headteacher, Jackson High School: two of your former pupils now attend our young adult group, and both spoke warmly of your pastoral team. One now works at Mosley Logistics. We would love to invite your staff to our open evening on 26 June."""),

("email", "benign", "deidentified", """Dear GP,

Re: your patient, NHS no. withheld at patient's request

Your patient, a man in his sixties who recently retired from teaching, attended for assessment. He has mild depression and we have recommended guided self-help, which he has accepted. We have not scheduled further appointments.

Yours,
Talking Therapies"""),

("email", "quasi", None, """Dear Occupational Health Adviser,

Your employee at {{Castillo Electric|c547|EMPLOYER}}, who also {{runs the deli on White Lane|c547|DISTINCTIVE|fact|deli on White Lane}}, has asked me to confirm that a temporary reduction in hours is clinically advisable. I support this for eight weeks.

Yours faithfully,
Dr. Cormac Devlin"""),
]
