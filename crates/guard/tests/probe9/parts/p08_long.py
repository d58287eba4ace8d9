# Voice: long multi-section documents (800+ words) -- a practice bulletin, a trainee's
# supervision log, a service report to commissioners, a conference paper, a handover
# document, a blog essay, a messaging policy, team minutes. Where there is a leak it is
# one line buried in the middle; the rest is the ordinary bulk of the document.
DOCS = [
    # ---------------------------------------------------------------- direct
    ("email", "direct", None, """Subject: Harbourside Bulletin - June 2025

HARBOURSIDE PSYCHOLOGY - MONTHLY BULLETIN
June 2025

1. WELCOME

Hello everyone, and welcome to the June bulletin. It has been a busy month: we took 61 new referrals in May (our highest ever), said goodbye to two long-standing colleagues, and finally got the heating in Room 4 fixed. Thank you all for your patience with the building works and for keeping the waiting room calm when the drills started at 8am on a Tuesday. A special thank you to Dawn at reception, who has been fielding complaints about the noise with her usual grace.

2. STAFFING

We are delighted to welcome Dr Harriet Vasquez-Lindgren, who joins us as a locum clinical psychologist from 7 July for four weeks. Harriet has worked in adult community mental health for over a decade and has a particular interest in complex trauma. Please introduce yourselves when you see her. She will be based in Room 6 on Mondays and Thursdays.

Will Fairbairn's hours are increasing from three to four days a week from September, which will help with the youth waitlist. Joy Nakamura is moving from intake coordination into a trainee associate role, so we will be recruiting for a new intake coordinator over the summer. If you know someone good, send them our way.

3. BUILDING WORKS

The upstairs bathroom is now finished. The builders will be back for two days in July to replace the back door and the frame around the garden room window. We'll let you know the dates as soon as we have them. In the meantime, please do not prop the back door open - it no longer shuts properly and the alarm company has asked us to keep it closed.

Parking remains a problem. Please use the side street if you are in all day, and leave the front bays for clients, particularly those with mobility needs.

4. CPD AND TRAINING

The June CPD afternoon is on Wednesday 18th, 2-5pm, in the big room. The topic is "Working with shame", led by Dr Hope Lindqvist. Hope has asked everyone to bring one anonymised case example where shame got in the way of the work - no names, no identifying details, please.

Reminder that CPD logs for the year are due by 30 June. The BPS have confirmed a two-week grace period, but Grace would very much prefer not to spend July chasing them.

5. CLINICAL GOVERNANCE

Two items this month.

First, the notes audit. Thank you to everyone who got their files in order. Overall compliance was 94%, up from 88% last quarter. The main gaps were missing outcome measures at discharge and risk assessments not updated after a change in presentation. Mark will run a short refresher at the next team meeting.

Second, an information governance incident. On 21 May, a letter intended for {{Dawn Bradford|c082|FULL_NAME}} (Dr Mehta's client) was posted to {{6067 Park Drive|c082|ADDRESS|street}} with the wrong postcode and was returned to us opened by a neighbour. The client has been informed and has accepted our apology. We have reported it internally and reviewed the process. From now on, please double-check the full postcode on any letter against the system before it goes in the post tray, and never rely on the address in an old letter template.

6. IT

The new phone system goes live on 1 July. Everyone will get a new extension; the list will be in the shared drive by the end of June. The old voicemail boxes will be deleted on 30 June, so please clear any messages you need before then.

Please do not use personal WhatsApp for anything client-related. We know it's convenient. It is also the single most common source of data incidents in small practices. Use the secure messaging app on the work phones, and if you have any client information on your personal phone, delete it.

The laptop refresh is delayed until August because of supply problems. If your laptop is actually failing (as opposed to just slow), tell Grace and she will prioritise you.

7. SOCIAL

The summer party is on Friday 11 July at the Rose and Crown, from 6pm. Partners welcome. The practice will cover the first round and the food. Please let Grace know numbers by 27 June. There will be a quiz. Mark is writing it. You have been warned.

The walking group has started up again on Wednesday lunchtimes - meet at reception at 12.30, back by 1.15. All speeds welcome.

8. DATES FOR YOUR DIARY

- 18 June: CPD afternoon, "Working with shame"
- 23 June: Partners' meeting
- 30 June: CPD logs due
- 1 July: New phone system live
- 7 July: Harriet starts
- 11 July: Summer party

That's all for June. As always, if there is something you'd like included in the next bulletin, send it to Grace by the 25th of the month.

Best wishes,
Grace Adeyemi
Practice Manager"""),

    ("case_presentation", "direct", None, """Reflective supervision log - Term 2, week 7
Trainee: T. Whitcombe (provisional psychologist)
Supervisor: Dr Will Fairbairn

Overview of the week

This week was heavier than usual. I saw eleven clients across two sites, ran my first solo session of the Tuesday anxiety group, and had my mid-placement review on Thursday. I'll write up each client in the usual de-identified way (letters, not names) and then reflect on the review.

Client A

A is in her late twenties and was referred for panic disorder. This was session six. We did the first in-vivo exposure outside the room - a short walk to the shops and back - and she managed it with moderate anxiety (peak SUDS 60, dropping to 35). I noticed I was more anxious than she was, which is something I want to bring to supervision. I was very aware of being responsible for her in a public space. Will suggested I notice that and name it to myself rather than let it make me over-reassure her, which I think I did on the way back.

Client B

B is a man in his fifties with long-standing depression. He was flat and monosyllabic and I found myself working very hard to fill the silences. When I stopped doing that, about half way through, he started to talk about his brother. I think I've been doing too much of the work in these sessions. Plan: slow down, tolerate silence, track what happens.

Client C

Client C ({{Jarl|c207|GIVEN_NAME}}) is the warehouse worker with the two podcasts that I mentioned last week. He came in wanting to talk about work again - the night shifts have been changed and he now does four nights in a row, which has wrecked his sleep and his time with the kids. We did some sleep psychoeducation and I set a small experiment around a wind-down routine on the mornings he gets home. He was sceptical but agreed to try. I'm aware that I liked him immediately and that it's made me less challenging than I should be.

(Note to self: I need to go back and take his name out of this log before I submit it. Habit.)

Client D

D is an adolescent referred by her school for self-harm. Mum attended the first half of the session. There were no new incidents this week. She talked at length about a falling-out with her best friend and I mostly listened. Risk assessment reviewed, no change. I contacted the school counsellor as agreed with D and her mum.

Clients E to K

These were review or routine sessions. E and F are both nearing discharge and doing well. G cancelled on the day. H was late and we had twenty minutes; we used it to plan the next three sessions. I, J and K were first-time appointments for the group and I did their group-readiness interviews; all three are suitable.

The group

I ran my first solo session of the Tuesday anxiety group. Eight members attended. The content (worry postponement) went fine. What I found hard was managing one member who talked for most of the first half; I didn't interrupt when I should have. In the second half I used a round and that helped. The co-facilitator, who was observing, said the group felt safe, which was good to hear. I want to practise some phrases for interrupting kindly.

Mid-placement review

The review went well overall. Strengths named were rapport, written work, and my use of supervision. The areas for development were (1) structuring sessions more clearly, especially with clients who are very talkative or very quiet, and (2) being more confident in making formulations explicit with clients rather than holding them in my head. I agree with both. I sometimes worry that offering a formulation will feel presumptuous. Will's view is that a tentative formulation offered collaboratively is a gift, not an imposition, and that clients can and do correct it. I'm going to try this with B next week.

What I'm taking forward

- Slow down, especially with B.
- Notice my own anxiety in exposure work and don't let it turn into reassurance.
- Practise interrupting kindly in the group.
- Offer a written formulation to at least two clients before the next review.
- Remove identifying details from this log before submission.

Reading

This week I read two chapters of the Padesky and Greenberger clinician's guide on collaborative case conceptualisation, which felt very relevant to the review feedback, and a paper on therapist anxiety during exposure therapy. The paper's main point was that therapists who are anxious about exposure tend to deliver a watered-down version of it - shorter, less intense, with more safety behaviours - and that this predicts poorer outcomes. That landed. I'm going to bring it to supervision alongside Client A.

Self-care

I have been working too late on notes. I'm going to stop at 6pm on at least three days next week and see what happens to the backlog.

Hours this week: 11 client contact, 2 group, 1.5 supervision, 4 admin/notes, 3 reading.

Signed: T. Whitcombe
Date: 30/05/2025"""),

    ("email", "direct", None, """Subject: Q1 service report - draft for comments

Hi all,

Draft Q1 report to the county below. Please send comments by Friday. Numbers are still provisional until Joy finishes the data cleanse.

Mark

=====================================================
EASTSIDE THERAPY COLLECTIVE
Quarterly Service Report to County Behavioral Health
Q1 (January - March 2025)
=====================================================

1. Executive summary

Eastside continued to deliver outpatient psychotherapy to adults and adolescents under the county contract. In Q1 we received 188 referrals (up 12% on Q4), offered 1,412 appointments and delivered 1,203 (85% attendance). Median wait from referral to first appointment fell from 41 days to 33 days. Reliable improvement on the PHQ-9 was achieved by 58% of clients discharged in the quarter, and reliable recovery by 44%. There were no serious incidents.

2. Access

Referral sources were: primary care 46%, self-referral 29%, schools 11%, EAPs 8%, other 6%. The share of self-referrals continues to grow following the launch of the online form in November. We have seen an increase in referrals of adolescents (now 23% of all referrals) and of first responders, which we discuss in section 6.

Of the 188 referrals, 17 were signposted elsewhere (mostly to substance use services or to crisis care), 9 declined the offer, and 162 entered treatment. The remaining referrals were still being processed at quarter end.

3. Waiting times

Median wait to first appointment was 33 days (Q4: 41). The 90th percentile wait was 74 days (Q4: 96). The reduction is mainly due to the additional Saturday clinics introduced in January and to the group programme, which now takes about one in five new clients.

4. Outcomes

Of 97 clients discharged in Q1 with paired measures, 56 (58%) showed reliable improvement on the PHQ-9 and 43 (44%) reliable recovery. On the GAD-7 the figures were 61% and 47%. Six clients (6%) showed reliable deterioration; all six cases were reviewed in clinical supervision, and in each there was an identifiable external stressor (bereavement, job loss, housing).

5. Client experience and complaints

Client satisfaction surveys were returned by 71 clients. 92% rated the service "good" or "very good". The most frequent negative comment concerned the difficulty of parking.

We received two formal complaints in the quarter. The first, from {{Mr. Girón|c052|FAMILY_NAME}}, concerned the time taken to process his referral; it was upheld, an apology was given, and the referral workflow has since been changed so that all self-referrals are acknowledged within two working days. The second concerned a billing error and was resolved informally.

6. First responders

We have seen an increase in referrals of firefighters, police officers, paramedics and dispatchers: 19 in Q1 compared with 8 in Q4. These clients often present late, with long histories of cumulative trauma exposure, and they frequently have shift patterns that make regular weekly appointments difficult. In response we have (a) offered early-morning and late-evening slots, (b) trained two clinicians in trauma-focused CBT, and (c) begun discussions with two local departments about a peer-referral route. We propose a first-responder group programme for Q3.

6a. Equality of access

The demographic profile of clients entering treatment broadly reflects the county population, with two exceptions. Men remain under-represented (36% of new clients against 49% of the population), and older adults over 65 make up only 7% of new clients. We have begun outreach through two senior centers and a men's health evening at the public library, and we will report on the effect in Q3. Interpreters were used in 14 first appointments, mostly for Spanish and Vietnamese; we continue to find that interpreter availability for evening slots is limited.

6b. Partnerships

We met quarterly with primary care leads and with the school-based counseling service. The school partnership produced 21 referrals this quarter and a shared protocol for information-sharing about attendance and risk, signed off by both parties in March. We also joined the county's suicide prevention network and attended two training events.

7. Workforce

The team comprised 9 clinicians (7.2 FTE) and 2 administrative staff. One clinician left at the end of February; the post has been filled from April. All clinicians are in regular supervision, and mandatory training compliance stood at 97%.

8. Risks and issues

- The lease on our main site expires in March 2026. Negotiations with the landlord are ongoing.
- The county's data reporting template changed mid-quarter, which has created extra work. We would welcome a single stable template for the remainder of the contract.
- Demand for adolescent work continues to exceed our capacity.

9. Plans for Q2

- Launch the first-responder pathway.
- Pilot an adolescent anxiety group in partnership with two schools.
- Reduce the median wait to below 30 days.
- Complete the move to the new electronic records system.

10. Data quality note

Figures in this report are drawn from the electronic record as of 15 April 2025. A small number of records (under 2%) had missing discharge dates or missing outcome measures and have been excluded from the outcome calculations. These are being corrected and will be reflected in the Q2 report.

Prepared by: Mark Ostrowski, LCSW, Clinical Director
Date: 30 April 2025"""),

    # ---------------------------------------------------------------- quasi
    ("social_post", "quasi", None, """Blog: What the Night Shift Carries - notes from a year of working with first responders

I have spent most of the last year working with people whose job is to run towards the thing everyone else runs away from. Firefighters, paramedics, police officers, and - a group I had underestimated badly - emergency dispatchers. I want to write down some of what I've learned, partly for other therapists who are starting this work and partly for myself, because I think I have been changed by it.

1. They come late

Almost nobody I have worked with in this group came in early. The typical story is ten or fifteen years of "I'm fine", followed by one call that is not worse than the others, just the last one. A crash on the same stretch of road as a crash years ago. A child the same age as their own. A voice on the phone that sounds like someone they know. By the time they reach me, there is a backlog.

2. Dispatchers are first responders too

I want to say this clearly because I got it wrong at the start. I assumed dispatchers were somehow one step removed. They are not. They hear everything and see nothing, and their imagination fills in the rest. They often never find out how a call ended. One of my clients, a {{911 dispatcher|c205|DISTINCTIVE|occupation}} in {{Lancaster|c205|ADDRESS|city}}, described it as "reading the first chapter of a thousand books and never getting to the last page". He keeps sane, he says, because on Friday nights he {{drums with the Copper Pilots|c205|DISTINCTIVE|fact|Copper Pilots}} and for two hours nobody can phone him. I have thought about that image a lot.

3. The culture is both the problem and the solution

Most services have a culture of dark humour and of not talking about feelings. This is protective up to a point. It is also why people come to me ten years late. But the same culture contains enormous loyalty, and when a respected colleague says "I went to see someone and it helped", that does more than any leaflet. The most effective thing our practice has done this year is not a clinical intervention at all: it was supporting two senior firefighters to talk at their station about their own therapy.

4. Shift work breaks the weekly model

The standard fifty-minute weekly slot assumes a life that most of these clients do not have. We have moved to offering early mornings, late evenings, and - with careful thought about boundaries - some flexibility on the day. We have also learned to front-load: two sessions a week for the first fortnight, then weekly. Attendance has improved noticeably.

5. Trauma-focused work works - with preparation

Trauma-focused CBT and EMDR are both effective with this group, but I have learned to spend longer on stabilisation and on the therapeutic relationship first. Many of my clients have never told anyone the details of the calls that haunt them, and the first telling is a big deal. Rushing it backfires.

6. Moral injury is real

Not all of what I see is fear-based trauma. A lot of it is moral injury: the sense of having been unable to do the right thing because of systems, staffing or bad luck. A paramedic who waited forty minutes for a second crew. A dispatcher who had no units to send. These need a different kind of conversation - about guilt, about responsibility, about forgiveness - and the fear-based protocols don't touch them.

7. Families carry it too

Partners and children often carry a lot. Some of the most useful sessions I have had were joint sessions with partners, focused on practical questions: how do you want me to ask about your shift? What do you need when you walk through the door? What do I do when you go quiet?

8. Look after yourself

This work gets under your skin. I have had more nightmares this year than in my previous five years of practice combined. Supervision, peer support, and a firm rule about not reading case notes after 8pm have helped. So has running.

I'm grateful to every client who has trusted me with their stories this year. I hope writing this is a way of honouring them without exposing them.

9. What I'd tell a new therapist

Learn the jargon, but don't fake it. Ask what a "working fire" is, or what "priority one" means on a dispatch screen. Clients appreciate being asked, and they notice when you pretend. Expect to be tested in the first session - usually with a graphic detail, dropped casually, to see if you flinch. Don't flinch, but don't pretend it didn't land either. And be patient: trust in this group is earned slowly and lost fast.

If you are a first responder reading this: you are not weak for struggling. You have been carrying something heavy for a long time. Put some of it down."""),

    ("case_presentation", "quasi", None, """HANDOVER DOCUMENT - caseload of Dr Niamh Keane (leaving 30 June 2025)

Purpose: this document summarises my current caseload for the clinicians taking over. Identifying details are on the secure system only; here I have used reference numbers and only the information you need to prioritise. Please read alongside the notes.

General points

I currently have 19 open clients. Eleven are in active treatment, five are awaiting review or discharge, and three are on hold (medical, travel, or personal reasons). I have told all clients that I am leaving and offered each a handover session with their new clinician where possible. Most have taken this up. Two have said they would prefer to finish now; I have respected that and arranged discharge letters.

Priority clients (please see within two weeks)

Ref 4471. Woman in her forties, recurrent depression, currently moderate. Has responded well to behavioural activation but relapses when work gets busy. No current risk. Needs continuity; please offer the first available slot with the new clinician.

Ref 4480. Man in his thirties, PTSD after a road traffic collision. Halfway through a course of trauma-focused CBT. Reliving work started. He is anxious about changing therapist mid-treatment, understandably. I've suggested a joint handover session and he has agreed. Please prioritise.

Ref 4502. Woman in her sixties, a {{high school chemistry teacher|c094|DISTINCTIVE|occupation}} in {{Stillwater|c094|ADDRESS|city}} who is nearing retirement and struggling with it. The main themes are loss of role and her relationship with her two adult sons, {{Åge|c094|RELATIVE}} and {{Bøje|c094|RELATIVE}}, who both live abroad. Mild to moderate depression, no risk. She likes structure and written summaries.

Ref 4519. Young man, social anxiety, engaged but slow to change. Currently doing behavioural experiments around speaking up in lectures. Good rapport with me, may need time to warm to someone new.

Routine clients

Ref 4523. Panic disorder, nearly recovered. Two sessions left.
Ref 4527. Health anxiety. Doing well. Review in four weeks.
Ref 4530. Generalised anxiety. Steady progress.
Ref 4533. Perinatal low mood. Baby now 7 months. Improving.
Ref 4538. Adjustment difficulties after divorce. Fortnightly.
Ref 4541. Work stress. Awaiting occupational health outcome.
Ref 4546. Low self-esteem. Schema-informed work. Long-term.

Clients awaiting review or discharge

Refs 4409, 4412, 4430, 4455, 4460: all have completed treatment and need a final review or a discharge letter. Letters drafted for three of them; see the shared folder.

Clients on hold

Ref 4390: medical, surgery in July, will resume in August.
Ref 4441: travelling until September.
Ref 4463: personal, has asked to pause and will contact us.

Risk summary

No client on my caseload is currently assessed as high risk. Two clients (4471 and 4519) have historical self-harm; both have up-to-date safety plans in the notes. If any concerns arise, please follow the usual risk procedure and discuss with Mark.

Practical things

- My outcome measures are up to date for everyone except 4546 (due next week).
- Letters to GPs about the change of clinician have been drafted; Grace will send them once the new clinicians are confirmed.
- I've cleared my personal drive and moved everything to the shared folder.
- My voicemail will be redirected to reception from 1 July.

Notes on working styles

Some of these clients have particular preferences that are worth knowing before the first session with a new clinician. 4471 finds it hard to start sessions and does better if you open with a brief check-in on the week rather than an open question. 4480 likes to know the plan for the session at the beginning and gets anxious if the agenda changes without warning. 4502 prefers a written summary at the end of each session, which I have been e-mailing through the secure system. 4519 is very quiet for the first ten minutes and then talks freely; please don't fill the silence. 4546 will test whether you are going to leave too, which, given the circumstances, is understandable. Be steady with her.

Group referrals

Three clients (4523, 4530 and 4541) have expressed interest in the autumn anxiety group as a step-down from individual work. I have not yet completed group-readiness interviews with them. Please pick these up if the group goes ahead; the criteria are in the group protocol folder.

Outstanding admin

There are three insurance authorisations due for renewal in July (4480, 4527 and 4538). I have started the forms; they are in my tray. The GP for 4533 has asked for a summary letter, which I have drafted but not sent, as I would like the new clinician to add a line once they have met her.

A personal note

It has been a privilege to work here. I will miss the team very much, and I will miss my clients more than I can say. Please take good care of them. Many of them have trusted me with things they have never told anyone, and that trust was hard-won. Go gently.

Niamh"""),

    # ---------------------------------------------------------------- benign
    ("social_post", "benign", "public_figure", """On grief, and the slow return of joy

Some weeks ago a friend asked me why, after nearly twenty years as a therapist, I still find grief work so difficult. I did not have a good answer at the time. This essay is my attempt at one.

I.

Grief is the one thing nobody can do for you. In most therapy, I can offer a skill, a perspective, a technique. With grief, I can mostly only sit alongside. C.S. Lewis wrote that no one ever told him grief felt so like fear, and every bereaved person I have worked with has recognised that sentence. The body does not know the difference between "something terrible is about to happen" and "something terrible has happened and cannot be undone".

II.

In India, where I grew up, grief was a public and communal thing. Relatives arrived, food appeared, the house was never empty for thirteen days. Since moving here I have seen how lonely grief can be in a culture that expects people to be back at work within a week. Many of my clients feel they are grieving "wrongly" because they are still sad after a month, or three months, or a year. I spend a lot of time telling people that there is no schedule.

III.

The models of grief that most people know - the five stages - were never meant to describe grief in the bereaved. Elisabeth Kübler-Ross developed them from her work with dying patients, and she herself later regretted that they had been taken up as a linear sequence. More recent models, like Stroebe and Schut's dual process model, describe an oscillation between loss-oriented and restoration-oriented coping: between looking at the loss and looking away from it. This fits much better with what I see. People do not move through stages; they move back and forth, sometimes many times in a day.

IV.

What helps? In my experience, mostly simple things. Permission to talk about the person who died, using their name. Permission to stop talking about them. Practical help with the mountain of administration that follows a death. Sleep. Food. Company that does not demand cheerfulness. And, eventually, some sense that the relationship with the person who died can continue in a different form.

What does not help, in my experience, is being told that the person "is in a better place", or that "everything happens for a reason", or that one should be "over it by now". Most bereaved people have heard all of these, usually from people who love them and do not know what else to say. I try to help clients find words for what they need from the people around them, because often those people are desperate to help and simply do not know how.

V.

I want to say something about hope, because it is a word I use carefully. In early grief, hope can feel like a betrayal: to hope for a better future seems to imply that one can have a good life without the person who died, and that can feel unbearable. I do not push hope on people. But I do notice when it comes back, usually in small ways: a laugh at something on television, a meal enjoyed, a plan made for next month. I point these out gently. Often people feel guilty about them. I tell them that joy returning is not forgetting.

VI.

A composite example, not any real person: a woman in her sixties whose husband died suddenly. For the first months she could not go into the room where he had died. She came to therapy because her daughter was worried. We did not do anything clever. We talked about him, a lot. She brought photographs. Over time she began to talk about the marriage as it had actually been, not as a saint's life, and that seemed to free something. One week she told me she had been into the room and opened the window. That was the whole session, and it was enough.

VII.

There is a line by the poet Mary Oliver that I keep above my desk: "Someone I loved once gave me a box full of darkness. It took me years to understand that this too, was a gift." I am not sure I would say that to a newly bereaved person. But I have seen it become true for some of them, years later.

VIII.

So why is grief work still difficult for me? Because I cannot fix it, and I was trained to fix things. Because every grief I sit with touches my own. And because it asks me, again and again, to tolerate helplessness, which is the hardest thing a therapist can be asked to do. I think that is also why it matters.

If you are grieving and you are reading this: you are not doing it wrong. There is no wrong. There is only your way, and it is allowed to take as long as it takes.

- Dr. Rohan Mehta"""),

    ("team_note", "benign", "therapy_life", """EMAIL, MESSAGING AND SOCIAL MEDIA POLICY
Version 3.2 - approved by partners 23 May 2025 - review May 2026

1. Purpose

This policy sets out how staff at the practice use e-mail, messaging and social media in relation to clients, and how client information is protected when it is written down and sent. It applies to all clinical and administrative staff, locums, trainees and volunteers.

2. Principles

2.1 The minimum necessary. Share only the client information that the recipient needs for the purpose. If a first name and a time will do, do not include a surname, a date of birth or a diagnosis.

2.2 The right channel. Client-identifiable information must only be sent using the practice's secure e-mail (addresses ending in the practice domain, sent to another secure domain or using the encryption button) or the secure messaging app on practice phones.

2.3 Assume it will be forwarded. Write every message as if the client might read it, because one day they may.

3. E-mail

3.1 Subject lines must never contain a client's full name or date of birth. Use the client's initials and the practice reference number instead, for example "Ref 4471 - appointment change".

3.2 Check the "To" and "Cc" fields before sending. The most common incident in small practices is sending to the wrong person because of autocomplete. If in doubt, type the address in full.

3.3 Do not "reply all" to threads that include external parties unless every recipient needs to see your reply.

3.4 Remove quoted history from long threads before forwarding them outside the practice. Old messages in a thread often contain identifying information that the new recipient should not see.

3.5 Signatures. Your signature should include your name, role, the practice address and the standard confidentiality notice. Do not include your personal mobile number.

4. Messaging

4.1 Personal WhatsApp, Facebook Messenger, iMessage and similar apps must not be used for client-related communication, either with clients or between colleagues. This includes "just letting you know your 3pm has cancelled".

4.2 If a client contacts you on a personal account, do not reply in detail. Reply once to say that you will contact them through the practice, then do so, and record the contact in the notes.

4.3 Screenshots of client messages must not be taken or shared.

5. Social media

5.1 Staff must not post about clients on social media, including anonymised "stories", even with consent, without the written approval of a partner.

5.2 Be aware that apparently anonymous details can identify someone in a small community. A job, a town and one unusual detail are often enough. "My client the firefighter who breeds show dogs" may be perfectly recognisable to that client's neighbours.

5.3 Do not accept friend or follow requests from current or former clients.

6. Examples

The examples below use made-up details only.

Acceptable: "Ref 4502 - can we move Thursday to 3pm?"
Not acceptable: "Jane Doe (DOB 01/01/1970) - can we move Thursday to 3pm?"
Acceptable: "Your 2pm has checked in."
Not acceptable: "John Example, 07700 900123, wants a callback about his diagnosis."

6a. Transcripts, dictation and copy-paste

Dictation software, automatic transcription and copy-paste from other systems all create risks of their own. Automatic transcripts often include names spoken aloud, and they are rarely checked before being shared. Text copied from the records system may carry hidden content, such as a date of birth in a header. Before sending anything that was not typed fresh, read it all the way through, including the quoted history and the signature block.

6b. Forms and spreadsheets

Exports from the records system (CSV files, spreadsheets) must not be e-mailed outside the practice. If a report for a commissioner or insurer requires client-level data, it must be agreed in advance with the practice manager and sent through the secure portal, with the minimum fields needed.

7. Incidents

If you send client information to the wrong person or through the wrong channel, tell the practice manager the same day. Incidents are about learning, not blame. Most incidents can be contained if they are reported quickly.

7a. Worked example of an incident

A clinician forwards a long e-mail thread to an external colleague to ask for advice about a housing letter. The top message mentions only "my client". Six messages down, in the quoted history, is the client's full name, address and the name of her son's school. The external colleague now has all of this. The correct response is to tell the practice manager, ask the colleague to delete the message and confirm they have done so, and record it in the incident log. The lesson: trim the thread before forwarding.

8. Responsibilities

The practice manager maintains this policy and the incident log. Partners approve changes. All staff must read the policy on joining and confirm each year that they have re-read it.

9. Related policies

Confidentiality; Records Management; Data Protection; Lone Working; Safeguarding.

10. Questions

Speak to Grace or to any of the partners."""),

    ("team_note", "benign", "nonclient_namesake", """MINUTES - Clinical Team Meeting
Tuesday 3 June 2025, 12:30-14:00, Big Room / Teams

Present: Mark Ostrowski (chair), Grace Adeyemi, Hope Lindqvist, Will Fairbairn, Joy Nakamura, Rohan Mehta, Chloé Tremblay, Ben Adler
Apologies: Dawn Pritchard (leave)
Minutes: Joy Nakamura

1. Welcome and apologies

Mark welcomed everyone. Dawn sends apologies. Ben joined on Teams from home.

2. Minutes of the last meeting

Agreed as accurate. Actions from last time: the fire drill has been done (action closed); the new referral form is live (closed); the outcome measure reminders are still outstanding (carried forward, Joy).

3. Referrals and waiting list

Joy reported May figures: 61 new referrals, 48 first appointments offered, median wait 33 days. The adolescent waitlist is now the longest (14 young people, median 9 weeks). Will noted that the increase in his hours from September will help but not solve this. Discussion about whether to close the adolescent list temporarily; agreed not to, but to be honest with referrers about waits. Action: Joy to update the referral acknowledgement letter with current wait times.

4. Art therapy pilot

Hope presented the proposal for a twelve-week art therapy group for adults with complex trauma, co-facilitated with an external art therapist. The Art Room would need new storage and a sink repair. Grace confirmed there is budget for the storage but the sink will need the landlord. Concerns raised about group readiness screening; Hope will bring a screening protocol to the July meeting. Agreed in principle, subject to costs. Action: Hope and Grace.

5. Notes audit results

Mark summarised: 94% compliance, up from 88%. Main gaps: discharge outcome measures and updated risk assessments. Mark will run a 20-minute refresher at the next meeting. Will asked whether the template could prompt for risk review after a change in presentation. Agreed to raise with the system supplier. Action: Grace.

6. Information governance

Grace reminded everyone about the letter incident in May and the new double-check process for postcodes. Rohan asked whether the system could flag postcodes that don't match the street; Grace will ask. Reminder about personal WhatsApp. Several people admitted to having used it "just for rota stuff", which is fine as long as no client information is involved. Grace said the line is: if in doubt, don't.

7. CPD

18 June CPD afternoon, "Working with shame", led by Hope. Everyone to bring one anonymised example. Chloé asked whether trainees can attend; yes.

8. Staffing

Harriet (locum) starts 7 July. Joy's move to a trainee associate role from August; the intake coordinator post will be advertised this month. Thanks to Joy for everything she has done in the role - she will be hard to replace.

8a. Room bookings

Grace reported repeated double-bookings of Room 3 on Thursday afternoons. The room calendar and the clinical diary are not linked, so bookings made in one don't show in the other. Until the new system arrives, all room bookings must go through reception. Rohan asked whether the garden room could be used for sessions in good weather; agreed, provided the client is comfortable and nothing confidential is audible from the neighbouring gardens. Chloé pointed out that the garden room floods when it rains for more than a day, so bookings there should be provisional.

8b. Wellbeing

Hope raised the question of staff wellbeing after a difficult month, including two serious incidents in the wider county service. It was agreed that the monthly reflective practice group will restart in July, facilitated externally, and that attendance will count as protected time. Mark reminded everyone that the employee assistance line is available and confidential.

9. Any other business

- Mark: summer party quiz questions wanted. Nobody volunteered.
- Will: the bike shed lock is broken again.
- Chloé: the May newsletter had the wrong date for the group open evening; corrected version to go out.
- Ben: asked whether the practice could cover the cost of the trauma CPD course in the autumn. Grace to check budget.

9a. Feedback from clients

Joy shared the May client feedback. Themes were positive about clinicians and the waiting room, negative about parking and about the online booking link, which sends people to the wrong page on mobile phones. Grace will ask the web developer to fix it this month. One client suggested a water cooler in the waiting room; agreed, Grace to order. Another asked for more evening appointments, which echoes the referral data - to be considered when the new intake coordinator starts.

10. Date of next meeting

Tuesday 1 July 2025, 12:30, Big Room / Teams.

Actions summary
- Joy: outcome measure reminders (carried forward); update acknowledgement letter with wait times
- Hope and Grace: art therapy pilot costs and screening protocol
- Grace: risk review prompt and postcode check with system supplier; CPD budget query
- Mark: notes refresher at next meeting"""),
]
