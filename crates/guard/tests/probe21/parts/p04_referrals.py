# Referral letters from GPs, schools, employers, community organisations.
DOCS = [
("email", "direct", None,
 "Dear colleague,\n\nRe: Mr {{Srinivas Vemuri|c030|FULL_NAME}}, DOB {{21/03/1988|c030|DOB}}\n\nI would be grateful if you could see this 37-year-old "
 "lecturer who presents with low mood following a failed visa renewal for his parents. He signs his emails '{{V. Srinivas|c030|FULL_NAME}}' — the V. is his family "
 "name, {{Vemuri|c030|FAMILY_NAME}}, written as an initial in the Telugu way; please address him as Mr {{Vemuri|c030|FAMILY_NAME}} on letters.\n\nYours sincerely,\nDr Anjali Rao, GP"),
("email", "direct", None,
 "Referral: {{S. Kavitha|c057|FULL_NAME}} (registered as {{Kavitha Subramanian|c057|FULL_NAME}}), real estate agent, 62. Bereavement — husband's brother. "
 "Husband {{Ramesh|c057|RELATIVE}} is supportive. Mobile {{281 961 8566|c057|PHONE}}. — Dr P. Krishnan"),
("email", "direct", None,
 "To the intake team,\n\nPlease accept this referral for {{Małgorzata Wiśniewska|c031|FULL_NAME}} ({{Gosia|c031|NICKNAME}}), DOB {{29.10.2001|c031|DOB}}, "
 "medical receptionist at {{Georgetown Family Clinic|c031|EMPLOYER}}. Since the assault in February she has been unable to work nights. "
 "Her partner {{Amy|c031|RELATIVE}} accompanied her to the appointment.\n\nKind regards,\nDr Ewa Nowak"),
("email", "direct", None,
 "Re: Ms {{Wisniewski|c031|MISSPELLED_NAME}} — apologies, the earlier fax had the masculine form of her surname. Correct spelling is on the attached form."),
("email", "direct", None,
 "Referral from school counsellor, Whitman High.\n\nStudent: {{Kim Min-jun|c053|FULL_NAME}} (uses '{{Chris|c053|NICKNAME}}' at school). Year 11. "
 "Mother Mrs {{Lee Hye-jin|c053|RELATIVE}} gave consent — note she keeps her own surname, as is usual for Korean women. Concerns: withdrawal, "
 "skipping lunch, a search history about self-harm.\n\nContact: {{minjun.kim@fastmail.com|c053|EMAIL}} (student's own)."),
("email", "direct", None,
 "Dear Dr Okonkwo,\nthank you for seeing Mrs {{Keiko Tanaka|c052|FULL_NAME}}. {{Tanaka|c052|FAMILY_NAME}}-san is 77 and recently widowed... sorry, separated — her wife "
 "{{Andrea|c052|RELATIVE}} moved out in April. She is an HR manager still working part-time at {{Beard & Hart Accounting|c052|EMPLOYER}}.\nBest, Dr Sato"),
("email", "direct", None,
 "Referral: {{Jürgen Mueller|c032|FULL_NAME}} ({{Müller|c032|FAMILY_NAME}} on his passport; our system can't do umlauts). Architect, {{Taylor Insurance|c032|EMPLOYER}}. "
 "Daughter {{Lena|c032|RELATIVE}}, 14. Referred for anger after divorce. — Dr Hoffmann"),
("email", "direct", None,
 "Hi, referring {{Niamh Gallagher|c054|FULL_NAME}}, 20, {{Whitman College|c054|SCHOOL}} student. Mother {{Gráinne|c054|RELATIVE}} (pronounced GRAWN-ya) "
 "is very involved. {{Niamh|c054|GIVEN_NAME}} would prefer to be seen without her. Email {{niamhg93@hotmail.com|c054|EMAIL}}."),
("email", "direct", None,
 "Employee Assistance referral\nName: {{ADEBAYO, Adeola|c049|FULL_NAME}} (known as {{Joy|c049|NICKNAME}})\nEmployer: {{Parker Auto Repair|c049|EMPLOYER}}\n"
 "Reason: workplace injury, anxiety about returning to the shop floor."),
("email", "direct", None,
 "Referral letter (translated from Spanish):\n\nEstimados colegas — I refer Sra. {{Patricia Tapia|c068|FULL_NAME}}, {{1552 Station Court|c068|ADDRESS|street}}, Florence. "
 "Her full surname is {{Tapia Villanueva|c068|FAMILY_NAME}} but she uses {{Tapia|c068|FAMILY_NAME}} at work. Depressive episode, moderate."),
("email", "direct", None,
 "Re: {{Yaakov Friedman|c072|FULL_NAME}}. Referred by his rabbi. Works as a corrections officer; father {{Shmuel|c072|RELATIVE}} is unwell. "
 "Prefers not to have appointments on Friday afternoons or Saturdays. He goes by {{Yanky|c072|NICKNAME}}."),
("email", "direct", None,
 "Good afternoon, referring {{Rhodri Morgan|c073|FULL_NAME}} (no, not that one — he gets that a lot). Insurance adjuster at {{Ashland Credit Union|c073|EMPLOYER}}. "
 "Husband {{Jason|c073|RELATIVE}} supportive. Please send appointment letters to {{6111 Kelley Drive|c073|ADDRESS|street}}."),
# quasi
("email", "quasi", None,
 "Referral (anonymised until consent): {{school counselor|c050|DISTINCTIVE|occupation}} based in {{Lancaster|c050|ADDRESS|city}}, married with two children, "
 "brother {{Pavel|c050|RELATIVE}} recently arrived from Saint Petersburg. Presenting with panic."),
("email", "quasi", None,
 "Referral: {{lecturer|c004|DISTINCTIVE|occupation}}, {{Lancaster|c004|ADDRESS|city}}, {{plays bassoon in the Richmond Symphony Orchestra|c004|DISTINCTIVE|fact|bassoon in the Richmond}}. "
 "Performance anxiety. Can you take them?"),
("email", "quasi", None,
 "Referral from {{St. Vincent's Hospital|c066|EMPLOYER}} occupational health: staff nurse, {{was in the Milford Herald after delivering a baby on the highway|c066|DISTINCTIVE|fact|Milford Herald for delivering}}. "
 "Now struggling with intrusive images."),
("email", "quasi", None,
 "Referral, EAP: {{Velez Foods|c010|EMPLOYER}}, part-time; student at {{Lincoln College|c010|SCHOOL}}. Sister {{Teófila|c010|RELATIVE}} is the emergency contact."),
("email", "quasi", None,
 "Referral: works at {{Delgado Insurance|c065|EMPLOYER}}, {{was on Wheel of Fortune (season 28)|c065|DISTINCTIVE|fact|season 28 of Wheel}}. Gujarati-speaking mother {{Geeta|c065|RELATIVE}} lives with him."),
# benign
("email", "benign", "nonclient_person",
 "Dear Dr Okonkwo,\n\nThank you for your letter about our shared patient. I am on leave until the 20th; my colleague Dr Rohan Mehta will cover.\n\nDr Anjali Rao"),
("email", "benign", "public_figure",
 "Re: your referral guidelines — I enjoyed your talk. I quoted Shirin Ebadi in mine: 'Human rights is a universal standard.' Thought you'd like it. — Farah"),
("email", "benign", "shared_family_name",
 "Referral received from Dr Nguyen at the Eastport clinic (first name illegible). No patient name on page 1. Have asked the surgery to resend."),
("email", "benign", "nonclient_person",
 "Hi, I'm Ji-woo Han, school counsellor at Arlington Middle. Do you accept referrals for 12-year-olds? We have a few families waiting. Thanks!"),
("email", "benign", "single_quasi",
 "Referral query: a staff member at Taylor Insurance wants to self-refer. Can they do that without their manager knowing? (Answer: yes.)"),
("email", "benign", "weak_attribute",
 "Referral: 19-year-old student in Richmond, first-generation college student, exam stress. Will send the form once they consent."),
("email", "benign", "nonclient_person",
 "From: Dr Meron Haile\nTo: referrals\nI'm sending over a template letter for Ethiopian clients that explains why the 'surname' on their documents is "
 "their father's given name. Feel free to adapt."),
("email", "benign", "deidentified",
 "Anonymised referral for the complex case panel: woman in her fifties, recently bereaved, two adult children overseas. Family names, "
 "employer and town removed at the referrer's request."),
("email", "benign", "public_figure",
 "Quick one — the referral form asks for 'Christian name'. Can we change it to 'given name'? Not everyone is Christian, as Mohamed Salah's fans keep reminding me in my inbox. Ha. — Yusuf"),
("email", "benign", "nonclient_person",
 "Dear referrals team, I'm writing on behalf of my uncle Harjit, who lives in Leicester (UK) and is visiting. He isn't eligible for your service, I know, "
 "but could you recommend a Punjabi-speaking counsellor over there? — Navneet"),
("email", "benign", "name_as_word",
 "Referral etiquette reminder: An urgent referral is one where the referrer has phoned as well as written. An email alone is routine."),
]
