# Booking-system notifications, no-show and cancellation logs.
DOCS = [
("email", "direct", None, """From: no-reply@bookwell.io
Subject: New booking: Initial consult (60 min)
Client: {{William Walter|c010|FULL_NAME}}
Email: {{william.walter@icloud.com|c010|EMAIL}}
Phone: {{8174212035|c010|PHONE}}
Date: Thu 26 Jun 2025, 10:00
Intake form: completed"""),
("email", "direct", None, """From: notifications@simplepractice-mail.com
Subject: Intake documents submitted
{{R. Romero|c016|INITIALS}} (DOB {{11/28/2009|c016|DOB}}) has submitted 4 of 5 intake documents. Missing: Minor consent (guardian).
Log in to review."""),
("email", "benign", "nonclient_person", """From: no-reply@bookwell.io
Subject: Staff account created
A new staff login was created for Terry Oyelaran (terry@riverbendcounseling.net). Role: Clinician. Calendar sync: on."""),
("team_note", "direct", None, """no-show log – June
06/02 {{Collins, Maureen|c017|FULL_NAME}} – 2nd no-show, fee charged per policy
06/04 (blank)
06/05 {{Collins, M|c017|INITIALS}} – called after, says {{Suarez Construction|c017|EMPLOYER}} had her on a roof till 6, fee waived"""),
("team_note", "quasi", None, """cancellation log wk 24
- Tue 9am: late cx (<24h), reason: "{{Vazquez Architects|c021|EMPLOYER}} deadline". architect, {{ran for mayor of Clinton|c021|DISTINCTIVE|fact|mayor of Clinton in 2015}} back in '15 per intake – ask about stress re: that
- Wed 2pm: cx, illness"""),
("email", "benign", "name_as_word", """Subject: Your June availability has been published
Hi, your availability for June is live. Clients can now book Mon–Thu 8am–6pm. Will you also be offering Friday slots? Reply to this email or update in Settings."""),
("email", "direct", None, """From: no-reply@bookwell.io
Subject: Booking cancelled by client
{{Pamela Holland|c023|FULL_NAME}} cancelled "Teen session (45)" on Mon 23 Jun at 4:00 PM.
Reason given: "school thing"
Guardian contact: Hannah Holland, {{(351) 650-1085|c023|PHONE}}"""),
("team_note", "benign", "deidentified", """no-show rate, Q2: 8.4% (down from 11.2%). cx <24h: 5.1%. most no-shows Mon am. recommend 48h reminders + second SMS. no client identifiers in this report."""),
("email", "quasi", None, """From: no-reply@bookwell.io
Subject: Waitlist request
Name: (withheld by client)
Notes: "IT support tech at {{Kestrel Systems|c028|EMPLOYER}}, my partner {{Robert|c028|RELATIVE}} found you. evenings pls" """),
("email", "direct", None, """Subject: Appointment reminder not delivered
We could not deliver an email reminder to {{michaelperry37@fastmail.com|c029|EMAIL}} (mailbox full). Appointment: Fri 27 Jun 3:00 PM with A. Osei."""),
("team_note", "direct", None, """cx log 6/19
{{Ivy G.|c031|INITIALS}} – cx 8am, {{Greenville Community College|c031|SCHOOL}} exam moved. rebooked 6/26
{{Ivy|c031|GIVEN_NAME}} says she'll pay the late fee, told her no need"""),
("email", "benign", "single_quasi", """Subject: Booking page traffic
Your booking page had 212 visits this week. Top referrer: Jackson Brewing Company wellness newsletter (they list us as a local provider)."""),
("email", "direct", None, """From: no-reply@bookwell.io
Subject: New booking: Couples session (80 min)
Client: {{Julia Wright|c033|FULL_NAME}} + 1 guest ({{Emily Wright|c033|RELATIVE}})
Date: Sat 28 Jun, 9:00
Payment: card on file ****4471"""),
("team_note", "quasi", None, """no-show f/u notes
- the {{UX designer|c035|DISTINCTIVE|occupation}} from {{Centerville|c035|ADDRESS|city}} – 2nd miss. works at {{Kestrel Labs|c035|EMPLOYER}}, said the release slipped. sent the policy letter
- others ok"""),
("email", "benign", "nonclient_person", """Subject: Your practice's invoice from BookWell
Hi Grace, your BookWell Pro subscription renewed on 6/1 ($89.00). Thanks for being a customer! – Kelly, BookWell billing"""),
("team_note", "direct", None, """late cx 6/20
client: {{Kelly Mitchell|c037|FULL_NAME}}
phone on file: {{702/951/3105|c037|PHONE}}
charged $60 – disputes it, says she never got the reminder. check SMS log"""),
("email", "direct", None, """Subject: Intake form – new submission
Full name: {{Li Na Huang|c038|FULL_NAME}}
Date of birth: {{09 Feb 1953|c038|DOB}}
Preferred contact: email
Emergency contact: Lei Howell (partner)
Reason for visit: "grief, daughter moved away" """),
("team_note", "benign", "name_as_word", """to-do from booking reports: chase the 3 unpaid no-show fees, will send reminders tmrw. frank convo w/ Grace about the policy"""),
("email", "quasi", None, """From: no-reply@bookwell.io
Subject: Booking request needs review
Client wrote: "i'm a paralegal ({{Brookfield Credit Union|c043|EMPLOYER}} legal dept), brother {{Tadeo|c043|RELATIVE}} is also looking for someone, can we share a slot?" """),
("email", "direct", None, """Subject: Payment failed
We couldn't charge the card for {{N. Boyer|c044|INITIALS}} ({{nancyb99@icloud.com|c044|EMAIL}}) – invoice #2291, $140. The client has been notified."""),
("team_note", "benign", "nonclient_person", """booking system outage 6/18 10–11am. Kevin (BookWell support) says their DB failover. 3 clients couldn't book, all called in and were booked by April manually"""),
("email", "quasi", None, """Subject: New waitlist entry
Occupation: accountant
Employer: {{Troy Credit Union|c047|EMPLOYER}}
Notes: "coach the {{Milford Wolves under-14 soccer|c047|DISTINCTIVE|fact|Milford Wolves}}, so after 7 only" """),
("email", "direct", None, """From: noreply@janeapp.com
Subject: Online booking – {{Candace Austin|c049|FULL_NAME}} ("{{Dacey|c049|NICKNAME}}")
Individual therapy (50 min), Tue 1 Jul 18:00. First visit. Address on file: {{6274 Ruiz Road|c049|ADDRESS|street}}, Florence"""),
("team_note", "benign", "weak_attribute", """cx log – 1 late cx from a new client in Georgetown, bridge closure. no fee"""),
("team_note", "benign", "public_figure", """booking test: made a fake client "Roy Horn" to test the tiger-themed waiting room lol – deleted it after. don't panic if u see it in the audit log"""),
("email", "quasi", None, """Subject: Group interest form
"hi, im the {{retail manager|c050|DISTINCTIVE|occupation}} at the {{Jackson Brewing Company|c050|EMPLOYER}} taproom in {{Georgetown|c050|ADDRESS|city}}, interested in the men's grief group. evenings are tricky, i {{drum in the Paper Foxes|c050|DISTINCTIVE|fact|Paper Foxes}}" """),
("email", "direct", None, """From: no-reply@bookwell.io
Subject: Reschedule
{{Julie Martinez|c051|FULL_NAME}} moved "Follow-up (50)" from Wed 25 Jun 2pm to Thu 26 Jun 2pm."""),
("email", "benign", "nonclient_person", """Subject: Booking confirmation (internal)
Room 3 booked by Dr. Julie Frankel for peer consultation, 6/27 12–1. Julie asked for the whiteboard."""),
]
