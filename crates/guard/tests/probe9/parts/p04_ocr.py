# Voice: faxes and scanned letters run through OCR and pasted into e-mails or notes --
# words broken across lines with hyphens, l/1 and O/0 confusions, rn/m, stray marks,
# doubled spaces, lost line structure, page furniture ("Page 1 of 2", fax headers).
# Names are damaged the way OCR damages them; so are ordinary words that are names.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("email", "direct", None, """Fw: fax received 09:14 (OCR text below, original attached)

02/06/2025 09:12  FROM:Milford Fami1y Practice  TO:Harbourside Psych   P.001/002

REFERRAL

Re: Patient - {{Rebecca Stan-
ley|c016|MISSPELLED_NAME}}   DOB {{O8/O3/2O1O|c016|DOB}}
Address: {{5594 Montgomery P1ace|c016|ADDRESS|street}}, Milford

Dear  Col1eague,
Thank you for seeing this 15 year o1d girl who has been refusing  to attend schoo1 since the Easter ho1idays. Her mother reports pan-
ic symptoms on schoo1 mornings.

Yours faithfu11y"""),

    ("team_note", "direct", None, """[scanned discharge summary - OCR]

ST JOSEPH'S HOSPITAL     DISCHARGE SUMMARY          Page 1 of 2

Name:  {{HlCKMAN, Ricardo|c085|MISSPELLED_NAME}}          DOB:  {{21/1O/1968|c085|DOB}}
Tel:   {{(52O) 322-6456|c085|PHONE}}
Admitted  14/05/2025   Discharged  17/05/2025
Reason for admission: chest pain, ? anxiety. Troponin x2 neg.
Fo11ow up: GP, and refer to psycho1ogy for panic management."""),

    ("team_note", "direct", None, """OCR of the insurance form, for the file:

Insured:  {{Juan  Cox|c160|FULL_NAME}}     DOB:  {{04/05/1964|c160|DOB}}     Member ID:  PCU-88213-0
Emp1oyer:  {{P1ymouth Credit Union|c160|EMPLOYER}}
Authorised sessions:   12      Used:   7
Signature:  ________ Date:  ________"""),

    ("team_note", "direct", None, """Handwritten intake scanned by the copier - OCR is awful, sorry:

Narne: {{Tanya 0rtiz|c284|MISSPELLED_NAME}}
Phone:  {{732 985 7697|c284|PHONE}}
What brings you here? my son says I  shou1d talk to someone since the fa11. I dont
s1eep. I keep thinking about it.
Who referred you?  son ({{Brand0n|c284|RELATIVE}})"""),

    ("email", "direct", None, """Subject: scanned letter - court

Text from the scan (original in the post tray):

RE:  Ms. {{Emrna Stone|c003|MISSPELLED_NAME}},  date of birth {{1 May 1947|c003|DOB}}

We act for the above-named in relation to the road traffic ac-
cident of 9 January 2025. Our client has consented to the disclo-
sure of her therapy records for the purpose of the personal in-
jury claim. P1ease provide copies within 28 days.

(For the avoidance of doubt: this is our client, not the actress! Dawn)"""),

    ("email", "direct", None, """letter text as OCR'd:

I saw Mr {{Pa11e
Winther|c041|MISSPELLED_NAME}} today in the pharmacy c1inic. He te1ls me he has been feeling very f1at since the New Year. I wou1d be grateful if you cou1d see him.

Note from Grace: the name's mangled - it's {{Palle
Winther|c041|FULL_NAME}}, the pharmacist. He's already on our list."""),

    ("team_note", "direct", None, """Dear Ms {{Wag-
ner|c004|MISSPELLED_NAME}},

Thank you for your letter of 12 May. I am sorry to hear that the last appoint-
ment was difficult. I have spoken with your therapist and we would be happy to of-
fer you a different clinician.

Yours sincerely

[scan of reply, sent 20/05]"""),

    ("team_note", "direct", None, """PHARMACY FAX  -  MEDICATION LIST  (received 28/05 14:02)
Pt:  {{VINCENT,  AMANDA|c374|FULL_NAME}}    DOB  {{l7/07/l992|c374|DOB}}
Sertra1ine 100mg OD
Zopic1one 3.75mg PRN (max 3/wk)
Prescriber: Dr. O. Adebayo
-- end of page --"""),

    ("email", "direct", None, """Subject: Fwd: letter from Mrs {{Wagner|c004|FAMILY_NAME}} (scanned)

Dear Dr Keane, I am writing to say thank you. When I first came to see you I couldn't leave the house. Now I am back playing in the studio. With best wishes, {{Kathy Wag ner|c004|MISSPELLED_NAME}}
{{6596 AIlen Road|c004|ADDRESS|street}}, Plymouth"""),

    ("team_note", "direct", None, """school letter (OCR):

To whom it may c0ncern,

{{Ar~thur Mccoy|c278|MISSPELLED_NAME}} (Year 8) has been absent on  11 occasions this term. We understand he is receiving support from your service. Could you please advise whether reasonable adjustments are recom-
mended for his end of year assessments.

Pastoral Lead, {{Lincoln Midd1e Schoo1|c278|SCHOOL}}"""),

    # ---------------------------------------------------------------- quasi
    ("email", "quasi", None, """Subject: letter from the orchestra (scanned) - for the file

OCR text:

To whom it may concern,
[name redacted] has been our princ1pal {{timpanist with the Quincy Symphony 0rchestra|c400|DISTINCTIVE|fact|timpani in the Quincy Symphony}} for six seasons. We understand that she is under strain in her day job at the {{Grand Newport Hote1|c400|EMPLOYER}} and we support her request for reduced rehearsal commitments this autumn.
Yours faithfu11y, Orchestra Manager"""),

    ("team_note", "quasi", None, """OCR - employer referral

We are referring an emp1oyee of {{Mount Vern0n Shipyard|c312|EMPLOYER}} who works as a {{carpen-
ter|c312|DISTINCTIVE|occupation}} at our {{Quincy|c312|ADDRESS|city}} yard. He has been off work for 3 weeks fol1owing a workp1ace incident and would like to access the EAP sessions."""),

    ("team_note", "quasi", None, """[scan] letter from school

We write regarding a student at {{North Hami1ton High Schoo1|c247|SCHOOL}} whose mother, {{Kiara|c247|RELATIVE}}, has given consent for us to share attendance information with your service. Attendance this term is 71%.

Head of Year 8"""),

    ("team_note", "quasi", None, """OCR'd cutting the client brought in (he wanted me to see it):

LOCAL GROWER'S PUMPKIN TIPS THE SCALES
A  {{900-pound pump-
kin|c345|DISTINCTIVE|fact|900-pound pumpkin}} grown in a back garden has taken first prize at the county show. The grower, an {{elec-
trician|c345|DISTINCTIVE|occupation}} from {{Salem|c345|ADDRESS|city}}, said he fed it ...

(He is very proud of this. Worth using in the strengths work.)"""),

    # ---------------------------------------------------------------- benign
    ("team_note", "benign", "name_as_word", """FAX COVER SHEET

To: ______________________      Fax: ______________
From: Harbourside Psycho1ogy, 14 Hope Street
Pages: 3 (inc1 cover)
[ ] Urgent  [ ] For review  [ ] P1ease reply
Mark URGENT if c1inical.

CONFIDENTIALITY: This fax may contain confidential information. If you have received it in error, please telephone us immediately."""),

    ("social_post", "benign", "name_as_word", """(OCR from a journal PDF, for the reading group)

...partici-
pants in the intervention arm showed mark-
ed improvement in hope-
lessness scores at 12 weeks (p < 0.0l). Those who attended art-
based sessions in May and June reported greater joy in daily ac-
tivities..."""),

    ("team_note", "benign", "nonclient_person", """02/06/2025 11:40  FROM:Eastgate Surgery   TO:Harbourside   P.001/001

Re: Patient Gregory Thornbury   DOB 12/03/1971
P1ease note this patient has now moved out of area and  wi11 not be attending. Kind1y c1ose the referral.
Dr S. Okonjo"""),

    ("team_note", "benign", "nonclient_namesake", """C E R T I F I C A T E

This is to certify that
W i l l   F a i r b a i r n
attended "Grace Under Pressure: Working With Shame" (6 CPD hours)
on 16 May 2025.
Signed: Dr Hope Lindqvist, Course Director"""),

    ("social_post", "benign", "name_as_word", """[scanned poster, OCR]

H0PE & REC0VERY
peer support group

Every Tuesday in May  -  7pm
Church ha1l, rear entrance
A11 welcome. Tea, biscuits, no pressure to talk.
"Rose-tinted? No. Rea1? Yes." """),

    ("team_note", "benign", "deidentified_case", """OCR of old paper note (archive digitisation, identifiers removed):

Client [ID 0412]. Ma1e, 30s. Presenting: low mood after redundancy. 6 sessions BA. Discharged improved. No risk.
Client [ID 0413]. Fema1e, 50s. Presenting: health anxiety. 10 sessions CBT. Discharged improved."""),

    ("email", "benign", "weak_attribute", """Subject: scanned flyer - orchestra concert

Scanned this from the noticeboard in case anyone fancies it:

QUINCY SYMPHONY 0RCHESTRA
Summer Ga1a  -  Saturday 21 June, 7.30pm
Tchaikovsky 5 & the 1812 (with cannons!)
Tickets from the box office"""),
]
