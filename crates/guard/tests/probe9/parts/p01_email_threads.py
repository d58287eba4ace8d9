# Voice: e-mail as it actually lands in the inbox -- reply chains with "> " quoting,
# Outlook "-----Original Message-----" blocks, forwarded headers, signatures with
# disclaimers, "Sent from my iPhone". Irish, British, US, Indian, Australian writers.
# The staff (Niamh Keane, Dawn Pritchard, Grace Adeyemi, Joy Nakamura, Will Fairbairn,
# Mark Ostrowski, Rohan Mehta, Chloé Tremblay) share given names with clients.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("email", "direct", None, """Subject: RE: RE: Thursday 4pm - room?

Grand, I'll take Room 3 so. Can you let {{Hope|c187|GIVEN_NAME}} know at check-in that we've moved upstairs? She's been on crutches since the knee op, so offer her the lift.

Niamh

On Tue, 3 Jun 2025 at 09:14, Dawn Pritchard <reception@harbourside-psych.ie> wrote:
> Hi Niamh,
> Room 2 is gone Thurs afternoon (fire alarm test). Room 3 is free from 3.
> Dawn
>
>> On Mon, 2 Jun 2025, 17:40 Niamh Keane <n.keane@harbourside-psych.ie> wrote:
>> Dawn could you book me a room for Thursday 4pm, {{Hope Mathis|c187|FULL_NAME}}, 50 mins. Thanks a mil.
>> N."""),

    ("email", "direct", None, """---------- Forwarded message ---------
From: Dr Pat Delaney <p.delaney@quaysidemedical.co.uk>
Date: Wed, 14 May 2025 at 11:52
Subject: Referral - {{KOLBER, Ida|c127|FULL_NAME}}
To: <intake@harbourside-psych.co.uk>


Dear colleague,

Re: {{Ida Kolber|c127|FULL_NAME}}   DOB {{29/10/1950|c127|DOB}}
Tel: {{307 627 2325|c127|PHONE}}

I would be grateful if you could see this 74 year old lady who has had low mood and poor sleep since her brother's death in February. She is still working part time and finds the mornings hardest. No thoughts of self harm. Sertraline 50mg started 3/52 ago.

Kind regards,
Dr P. Delaney

----

Joy - can you triage this one for Rohan's Weds list? Thx, Grace"""),

    ("email", "direct", None, """Subject: cant make tmrw

Hi, so sorry, my shift got swapped at the yard and I can't make tomorrow 10am. Any chance of something next week? Evenings best.

Thanks
{{Rick Hickman|c085|NICKNAME|nickname_full}}
{{520-322-6456|c085|PHONE}}

Sent from my iPhone"""),

    ("email", "direct", None, """Subject: Cc error - please do not reply all

Apologies everyone. I've just realised the thread below went to the client as well as to the team. Please DON'T reply-all. I've rung her to apologise.

From: Chloé Tremblay
Sent: Monday, June 2, 2025 10:04 AM
To: clinical-team@northshorecounselling.ca
Cc: {{kellyf94@icloud.com|c002|EMAIL}}
Subject: Case consult Thursday

Hi all, for Thursday's consult I'll bring the couple work I mentioned, the one where the partner keeps cancelling. I'd like help thinking about whether to continue joint sessions.

Chloé Tremblay, MSW, RSW
Northshore Counselling
This e-mail may contain privileged information. If you are not the intended recipient, please notify the sender and delete it."""),

    ("email", "direct", None, """Subject: RE: superbill

Thanks, done - sent to the address on file this morning.

-----Original Message-----
From: Chloé Tremblay
Sent: Friday, May 30, 2025 3:12 PM
To: billing@northshorecounselling.ca
Subject: superbill for {{Faith Meyer|c078|FULL_NAME}}

Hi, could you send {{Faith|c078|GIVEN_NAME}} a superbill for April and May? Her insurer wants the CPT codes and diagnosis on it. She asked that it go to her home address rather than the shipyard.

Thanks!
C."""),

    ("email", "direct", None, """Subject: Request for records / Mr. {{Kurant|c027|FAMILY_NAME}}

Dear Madam,

Greetings from Lakeview Mind Clinic. Kindly find below the details of our patient for whom we are requesting previous therapy records.

Patient name : Mr. {{Jan Kurant|c027|FULL_NAME}}
D.O.B        : {{29-07-1947|c027|DOB}}
Contact      : {{+1 321-590-3708|c027|PHONE}}

Mr. {{Kurant|c027|FAMILY_NAME}} has given written consent (attached). He was seen at your centre in 2023 for adjustment difficulties after retirement. Please do the needful at the earliest.

Thanking you,
Dr. Rohan Mehta
Consultant Psychiatrist
Lakeview Mind Clinic

DISCLAIMER: The information contained in this email may be confidential. If you have received it in error please intimate the sender immediately."""),

    ("email", "direct", None, """Subject: Re: {{Art|c278|NICKNAME}} - school meeting

Hey mate,

Yeah I reckon we go. {{Art|c278|NICKNAME}}'s mum is keen and the year coordinator at {{Lincoln Middle School|c278|SCHOOL}} sounds switched on. I'll do the talking re the anxiety plan if you handle the timetable stuff.

Cheers,
Will

Will Fairbairn | Youth Counsellor
Southbank Youth Wellbeing | Level 2, 88 Kent St
"We acknowledge the Traditional Custodians of the land on which we work."

> On 28 May 2025, at 4:47 pm, Tamsin Rowe <t.rowe@southbankyouth.org.au> wrote:
>
> Will - are we going to the school meeting for {{Art|c278|NICKNAME}} on the 5th or not? Need to tell them by Friday.
> T"""),

    ("email", "direct", None, """Subject: RE: Tues group list

Hi Grace,

Added. FYI Ms {{Branch|c222|FAMILY_NAME}} asked whether she can bring her daughter to the first session - I said no, but that we'd talk about it at the review. She also asked us not to ring her at work (she's on nights at the hospital), so texts only.

Best wishes
Mark

Mark Ostrowski, LCSW
Clinical Supervisor
_____________________________________
CONFIDENTIALITY NOTICE: This message and any attachments may contain confidential health information protected by law. If you are not the intended recipient, you are hereby notified that any review, dissemination or copying is prohibited."""),

    ("email", "direct", None, """Subject: Re: Re: Re: parking

lol ok fine, I'll move the car.

Also unrelated but can you pull the file for {{Micky Diaz|c369|NICKNAME|nickname_full}} before 2? His husband called and wants to join the next session and I need to check what the consent form says.

On Thu, Jun 5, 2025 at 8:12 AM Joy Nakamura <joy@eastsidetherapy.com> wrote:

> Whoever has the blue Honda, you're in the doctor's spot again :)
>
> On Wed, Jun 4, 2025 at 5:55 PM Mark Ostrowski <mark@eastsidetherapy.com> wrote:
>
>> Reminder that the lot is being repaved Friday, park on the street."""),

    ("email", "direct", "multi_client", """Subject: FW: DNA list w/c 26 May

Morning Niamh, forwarding as asked. Both have been sent the standard letter.

________________________________
From: Dawn Pritchard
Sent: 30 May 2025 17:02
To: Practice Manager
Subject: DNA list w/c 26 May

Tue 27/05  10:00  {{Dillon Hobbs|c040|FULL_NAME}}   no call, no show (2nd)
Thu 29/05  15:30  {{Sheryl Ellis|c304|FULL_NAME}}   rang at 15:45, stuck in traffic

Dawn
Reception, Harbourside Psychology"""),

    ("email", "direct", None, """Subject: Quick one about Thursday

Hi Sarah,

Could you cover my 11 o'clock on Thursday? It's {{Rusty|c137|NICKNAME}} - the firefighter, he's been with me about six weeks for sleep and some nightmares after a bad call-out. He's easy going and fine with a change of face for one week. Notes are up to date.

Thanks a million,
Ciara

Ciara Nolan
Counselling Psychologist
Sent from Outlook for Android"""),

    ("email", "direct", None, """Subject: RE: your invoice

Dear Dr Keane,

Thank you for your email. I have now paid the outstanding balance by bank transfer. Please could you update my address for future invoices to {{4060 Gardner Terrace|c375|ADDRESS|street}}, Winchester (not Gardner Road, that's the old one). I moved in March and the old ones are going to my ex.

Kind regards,
{{Kelly Shields|c375|FULL_NAME}}

> Dear Ms {{Shields|c375|FAMILY_NAME}},
> Please find attached your invoice for sessions in April. Payment is due within 14 days.
> Dr Niamh Keane"""),

    # ---------------------------------------------------------------- quasi
    ("email", "quasi", None, """Subject: Re: new referral - which of us?

I'm happy to take him. Small world though - isn't he the alpaca man? {{The alpaca called Ziggy|c083|DISTINCTIVE|fact|alpaca named Ziggy}} that was all over TikTok last year?

On 20 May 2025, at 16:31, Mark Ostrowski wrote:
> Real estate agent, late 60s, referred by his GP for low mood since selling up. He mentioned {{the giant pumpkin that got him into the Salem Herald|c083|DISTINCTIVE|fact|900-pound pumpkin}} twice on the phone screen, so expect a talker.
> M."""),

    ("email", "quasi", None, """Subject: consult?

Hi Dr. Okafor,

Would you have 20 minutes this week to consult on a new client? She's a {{911 dispatcher|c013|DISTINCTIVE|occupation}} in {{Springfield|c013|ADDRESS|city}}, mid-fifties, with intrusive images from calls that she's been carrying for years. Her only outlet is music - she {{plays bass in a band called the Velvet Kettles|c013|DISTINCTIVE|fact|Velvet Kettles}} - and she says that's the one place her head goes quiet.

I'd like to think with you about whether to start EMDR now or wait.

Thank you,
Priya"""),

    ("email", "quasi", None, """Subject: Fwd: Speaker for the open evening

Forwarding this on - what do we think? I'd have to say no regardless because he's a client of mine (not saying who!), but it's a nice idea.

---------- Forwarded message ---------
From: Parents' Association
Date: Mon, 19 May 2025
Subject: Speaker for the open evening

We were hoping one of your team could speak alongside our own primary teacher from {{Whitman Academy|c019|EMPLOYER}}, who also {{sits on the Glendale city council for Ward 7|c019|DISTINCTIVE|fact|Ward 7 on the Glendale}}, about children's worries in the transition year."""),

    ("email", "quasi", None, """Subject: RE: supervision notes 27/5

> 3. New client: {{firefighter|c030|DISTINCTIVE|occupation}}, {{Mount Vernon|c030|ADDRESS|city}} station.

Correction to my own note - not the fire station. She works for {{Arlington Fire Department|c030|EMPLOYER}} and just lives out that way. Husband is {{Jordan|c030|RELATIVE}}, who she says "doesn't do feelings". The rest stands.

Sent from my iPhone"""),

    ("email", "quasi", None, """Subject: Re: Re: who knows about dog shows??

> does anyone on the team know anything about the dog-show world? I have a client whose identity is bound up in it and I feel out of my depth

Ha, only from Best in Show. Is this the lady who {{breeds the Bernese mountain dogs out in Greenville|c027|DISTINCTIVE|fact|Bernese mountain dogs in Greenville}}? If so she mentioned her sister {{Anita|c027|RELATIVE}} used to show them too - worth asking about that relationship.

Rohan"""),

    ("email", "quasi", None, """Subject: RE: Wellbeing talk at the pharmacy

Hi Joy,

Happy to do the lunchtime talk, but heads up: one of my current clients is on staff there. She's their {{pharmacist|c046|DISTINCTIVE|occupation}} in {{Stillwater|c046|ADDRESS|city}} and she {{coaches the Stillwater Rockets lacrosse team|c046|DISTINCTIVE|fact|Stillwater Rockets}}, so she'd recognise me from the sideline as well as the therapy room. Can someone else take it?

Mark

> From: Joy Nakamura
> Subject: Wellbeing talk at the pharmacy
> They've asked for a 30-min stress talk on the 18th, any takers?"""),

    # ---------------------------------------------------------------- benign
    ("email", "benign", "nonclient_namesake", """From: Grace Adeyemi <grace.adeyemi@harbourside-psych.co.uk>
Sent: 12 May 2025 08:02
To: All Staff
Cc: Joy Nakamura; Dawn Pritchard
Subject: FW: CPD submissions - grace period

Morning all,

The BPS have confirmed a two-week grace period for CPD logs, so the new deadline is 30 June. Joy has the template if you've lost it. Dawn will chase anyone who hasn't sent theirs by the 23rd, so please save her the job.

Grace
Practice Manager"""),

    ("email", "benign", "therapy_life", """Subject: Re: Re: Re: parking

Sorry!! That was me. Moved now.

On Thu, Jun 5, 2025 at 8:12 AM Joy Nakamura <joy@eastsidetherapy.com> wrote:

> Whoever has the blue Honda, you're in the doctor's spot again :)
>
> On Wed, Jun 4, 2025 at 5:55 PM Mark Ostrowski <mark@eastsidetherapy.com> wrote:
>
>> Reminder that the lot is being repaved Friday, park on the street.

--
Dawn Whitlock, PsyD
Eastside Therapy Collective
(she/her)"""),

    ("email", "benign", "single_quasi", """Subject: EAP contract renewal - Halcyon Software

Hi Grace,

Halcyon Software have come back on the EAP renewal. They want to keep the six-session cap but add a manager-referral route. I'm not keen on manager referrals (consent gets muddy) but happy to discuss. Numbers on their side are small: 11 referrals last year, no complaints.

Can we put it on the agenda for the partners' meeting?

Rohan

Dr. Rohan Mehta
Consultant Psychiatrist | Lakeview Mind Clinic
14 Hope Street, 2nd floor"""),

    ("email", "benign", "celebrity_namesake", """Subject: Re: lunch & learn ideas

What about a session on celebrities talking publicly about anxiety? Emma Stone has spoken really openly about panic attacks as a kid and how therapy helped - there's a good clip from the Colbert interview. Could be a nice opener for the youth group too.

> On 3 Jun 2025, at 12:10, Joy Nakamura wrote:
> Ideas for June lunch & learn? We're short one topic."""),

    ("email", "benign", "name_as_word", """Subject: Re: May rota

Will do. Mark me down for the Saturday clinics in May, but not the bank holiday. And I hope someone's going to sort the heating before then, because Room 4 was arctic on Tuesday.

--
Sent from my Galaxy"""),

    ("email", "benign", "deidentified_case", """Subject: Case for Thursday peer consult

Hi all,

For Thursday: client in her forties, works in healthcare, married, two teenage children. Presenting with panic attacks that started after a car accident last winter; she now avoids motorways and has stopped driving the children to school. We've done six sessions of CBT with some progress on exposure, but she's stalled at the motorway stage.

Question for the group: would you bring in a family member for the in-vivo work, or keep it individual?

Thanks,
Ciara"""),

    ("email", "benign", "nonclient_person", """Subject: Re: Re: Locum cover

> Is the locum confirmed for July?

Yes - Dr. Harriet Vasquez-Lindgren, starting 7 July for four weeks. She's ex-NHS, used to run a CMHT in Leeds, very experienced with complex trauma. I'll send her CV round. She'll need an induction on the notes system on her first morning.

Grace

> On Mon 2 Jun, Niamh Keane wrote:
> Is the locum confirmed for July?"""),

    ("email", "benign", "weak_attribute", """Subject: RE: RE: waitlist numbers

Sorry, quick reply from my phone. Of the 14 on the waitlist: 5 are teachers, 3 are nurses, 2 firefighters, the rest mixed. Mostly from Springfield and Dover. Average wait is 7 weeks. I'll do a proper breakdown tomorrow.

Sent from my iPhone

-----Original Message-----
From: Mark Ostrowski
Subject: waitlist numbers
Can you give me a rough picture of who's waiting?"""),

    ("email", "benign", "split_attributes", """Subject: group composition - thoughts?

Hi Chloé,

For the autumn men's group I have two possibles in mind. One works at a hospital out in Franklin; the other is a younger guy who drums in a local band and works in a warehouse. Completely different lives, which I think could be good for the group. Neither has done group work before.

Would you screen one of them so it's not both through me?

Ben"""),

    ("email", "benign", "nonclient_namesake", """Subject: Out of office: Re: Thursday

Thank you for your email. I am on annual leave until Monday 16 June with limited access to email. For urgent clinical matters please contact Dr Will Fairbairn on 03 9123 4477 or the duty line. For appointments please contact Dawn at reception.

Dr Hope Lindqvist
Clinical Psychologist"""),

    ("email", "benign", "public_figure", """Subject: Re: book club pick

> Suggestions for next month?

I'd vote Bessel van der Kolk again, or the new Irvin Yalom if it's out in paperback. Or something lighter - Matt Haig? Grace said she'd bring wine regardless.

Sent from my iPad"""),
]
