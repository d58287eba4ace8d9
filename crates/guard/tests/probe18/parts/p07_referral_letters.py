# Detox and rehab referral letters, admissions correspondence, discharge summaries.
DOCS = [
("email", "direct", None, """Riverbend Detox Unit – Admissions
Re: Referral for medically managed alcohol withdrawal

Dear Admissions Team,

I am writing to refer {{Colin Barber|c097|FULL_NAME}} (DOB {{20/03/2002|c097|DOB}}) for inpatient medically managed withdrawal at the earliest available date.

{{Mr Barber|c097|FAMILY_NAME}} is a 23-year-old junior doctor who self-referred to our service six weeks ago. He reports drinking approximately 180 units per week, predominantly spirits, with morning drinking for at least four months. He has experienced tremor and sweating on waking and describes one episode, on 2 May, that may have been a withdrawal seizure (unwitnessed; he woke on the bathroom floor). Given this history we do not consider community detox safe.

He is highly motivated, though understandably anxious about the professional implications. He has informed his clinical supervisor, Dr. Farouk, and has been signed off work. His husband is supportive and able to provide transport.

Relevant history: one prior period of abstinence (8 months, 2022), no other substance use reported, no known liver disease (LFTs attached, GGT elevated). No current suicidal ideation; risk assessment attached.

Please contact me directly with any questions.

Yours sincerely,
Dr Helen Mbeki
Consultant Addiction Psychiatrist, Northgate Community Addiction Service"""),
("email", "direct", None, """To: Intake, Cedar Grove Residential
From: Community Addiction Team

Referral: {{Alan|c154|NICKNAME}} {{Price|c154|FAMILY_NAME}}, physiotherapist, referred for 28-day residential programme following failed community detox x2 (benzodiazepines + alcohol). Contact via his mobile {{615-810-2703|c154|PHONE}} — he's asked we don't ring the house. Funding approved by ICB 03/06."""),
("email", "direct", None, """Dear Dr. Lindqvist,

Thank you for accepting {{Nicholas Frank|c157|FULL_NAME}} onto the day programme. As discussed he is a pharmacist and the regulator is aware; any attendance letters should be addressed to him at {{8835 Kim Terrace|c157|ADDRESS|street}}, not to his workplace.

Kind regards,
Ines Carvalho, Care Coordinator"""),
("email", "direct", None, """Discharge summary (abridged) — {{Cheryl Gomez|c187|FULL_NAME}}
Admitted 11/02, discharged 25/02. Completed alcohol withdrawal with chlordiazepoxide reducing regime, no complications. Engaged well in groups. Plan: weekly 1:1 with community team, SMART meetings, acamprosate started. Returning to barista work part-time after two weeks."""),
("email", "direct", None, """Dear colleagues at Sunrise House,

Re: {{Stephanie Smith|c189|FULL_NAME}}, 23, architect

I would like to refer the above for your young professionals' residential track. {{Ms Smith|c189|FAMILY_NAME}} has a two-year history of escalating cocaine use, mainly at weekends, now with mid-week use and significant debt. She has capacity and consents to this referral. She has asked that the house not contact her partner, {{Lindsay|c189|RELATIVE}}, directly.

Best regards,
Tomás O'Rourke, Addiction Counsellor"""),
("email", "direct", None, """hi — following up on the bed for {{Jos|c197|NICKNAME}}. He's the pharmacist from {{St Brigid's|c197|EMPLOYER}} we discussed on the phone, still waiting on the detox date. He's got my number for updates but prefers email: {{joseph.glenn@hotmail.com|c197|EMAIL}}. cheers, Ryan"""),
("email", "direct", None, """Referral form – Opioid Substitution Therapy
Surname: {{TRUJILLO|c208|FAMILY_NAME}}   Forename(s): {{AUGUSTO|c208|GIVEN_NAME}}
DOB: {{01-05-1997|c208|DOB}}
Current prescriber: none
Reason: heroin use 2g/day, IV, seeking OST. Partner ({{Marco|c208|RELATIVE}}) supportive."""),
("email", "direct", None, """Dear Admissions,

Please find attached our referral for {{Nick|c220|NICKNAME}} {{Williams|c220|FAMILY_NAME}} (plumber, 28). He has been on our community waiting list for 10 weeks and is now drinking to manage withdrawal. He has two young children; his partner {{Yesenia|c220|RELATIVE}} is working and can cover childcare during admission. He would prefer a unit within an hour of Centerville.

Thank you,
Shreya Nair, Senior Practitioner"""),
("email", "direct", None, """Subject: transfer of care

Hi Deborah, handing over {{Elizabeth Smith|c235|FULL_NAME}} to your team from the 1st as she's moving back to Clayton. She's 9 months abstinent, hotel manager, very switched on. Her wife is involved in care. Full notes via the secure portal. Oluwaseun"""),
("email", "direct", None, """Letter of support for rehab funding — {{P. Calderon|c247|INITIALS}}, data analyst at {{Brightline Systems|c247|EMPLOYER}}. The above has attended 14 of 15 sessions and I recommend funding for a 6-week programme."""),
("email", "direct", None, """Dear Mr Adeyemi,

We have now received your referral for {{Jenny|c256|NICKNAME}} {{Mcdonald|c256|FAMILY_NAME}} (we have her as {{Jennifer|c256|GIVEN_NAME}} on our system, so I've added the preferred name). First assessment is booked for 18 June at 10:00. She may bring a support person.

Regards,
Admissions Coordinator, Linden Lodge"""),
("email", "quasi", None, """Dear Intake Team,

Referral (pre-consent enquiry only, no identifiers yet): a barista at {{Plymouth Brewing Company|c187|EMPLOYER}} who {{painted the giant mural on Spring Court|c187|DISTINCTIVE|fact|Spring Court}} is considering residential treatment but is afraid of being recognised by other residents. Do you have a private room option?

Thanks,
Community Addiction Team"""),
("email", "quasi", None, """Hi Linden Lodge, quick question before I refer: would your unit have any conflict of interest with a pharmacist from {{St. Brigid's Hospital|c197|EMPLOYER}} who {{painted the giant mural on Chestnut Place|c197|DISTINCTIVE|fact|Chestnut Place}}? I know several of your nurses are from St Brigid's. — Ryan"""),
("email", "quasi", None, """Funding panel note: applicant employed by {{Vector Systems|c363|EMPLOYER}}; publicly known from the {{Kingston Herald|c363|DISTINCTIVE|fact|Kingston Herald for returning}} story about returning a lost wallet. Requests that the panel minutes not include these details."""),
("email", "quasi", None, """Quick pre-referral query: our client is employed by {{Brightline Systems|c298|EMPLOYER}} and was on TV as the guy who {{painted the giant mural on Elm Street|c298|DISTINCTIVE|fact|Elm Street}}. Will your admissions staff sign an NDA? He's really worried about press."""),
("email", "quasi", None, """For the residential panel: IT support tech at {{Vector Systems|c208|EMPLOYER}}, also the person who {{ran for mayor of Quincy in 2021|c208|DISTINCTIVE|fact|mayor of Quincy in 2021}}. High public profile locally; asks for out-of-area placement."""),
("case_presentation", "benign", "deidentified", """Dear colleagues,

Re: Client B, male, late 20s

I am seeking advice on a referral for a young man with co-occurring ADHD and stimulant use. He has been stable on a reduced prescription but relapsed following a bereavement. Has anyone had success with a residential unit that can continue ADHD medication during detox? No identifying details shared at this stage.

Thanks,
Ana Paula Ferreira"""),
("email", "benign", "nonclient_person", """Hi Rachel and Tunde, thanks for the tour of Cedar Grove yesterday. Please pass my thanks to Siobhán, Dr. Okeke and Bartek. I'll share the bed-availability process with our team on Monday. — Harriet"""),
("email", "benign", "general", """Reminder to all referrers: from 1 July, detox referrals must include recent LFTs, a breathalyser reading and a completed SADQ. Incomplete referrals will be returned."""),
("email", "benign", "ids_and_dates", """Bed board week 23: beds 4, 7 and 11 available from 2025-06-09; bed 2 from 2025-06-12. Waitlist refs W-1142, W-1150, W-1163 have priority. Panel meets Tues 10:30."""),
("email", "benign", "single_quasi", """FYI we've had two enquiries this month from staff at St. Brigid's Hospital about confidential treatment for healthcare workers. Worth putting the Practitioner Health leaflet in the referral pack?"""),
("email", "benign", "public_figure", """For the training day I've pulled a clip of Elton John talking about getting sober in 1990 and one of Demi Lovato on relapse. Both useful for the 'it's never too late / it's never over' discussion."""),
("email", "benign", "writer_relative", """Colleagues, apologies for the delay on referrals this week — my father Nicholas went into hospital on Monday (he's fine). Back on track now. Best, Marta"""),
("email", "benign", "nonclient_person", """Dear Dr. Chukwuemeka, thank you for the excellent presentation on alcohol-related brain injury. Brigid from our team would love your slides; please send to her or to me. Warmly, Paulo (Porto Alegre / now Leeds)"""),
("email", "direct", None, """Bed board update (internal): bed 4 — {{Taylor Swift|c252|FULL_NAME}} (yes really; the pharmacist, not the singer — please stop the jokes at the nurses' station), bed 7 — {{Chad Reed|c352|FULL_NAME}}, paramedic, day 3 of detox, bed 11 — {{Jess|c372|NICKNAME}} {{Gutierrez|c372|FAMILY_NAME}}, awaiting LFTs."""),
("email", "quasi", None, """Admission query: hotel manager at {{Arlington Brewing Company|c462|EMPLOYER}} who coaches the {{Eastport Rockets under-12 hockey team|c462|DISTINCTIVE|fact|Eastport Rockets under-12 hockey}}. Wants a start date after the league finals. Is that clinically OK given his use?"""),
("email", "benign", "public_figure", """Off-topic but half the unit is going to the Taylor Swift concert on Saturday, so we'll be short-staffed. Please don't book admissions for that evening 🎤"""),
]
