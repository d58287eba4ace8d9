# Zoom-link emails, out-of-office replies, and practice social posts.
DOCS = [
("email", "direct", None, """To: {{k.york@aol.com|c126|EMAIL}}
Subject: Zoom link for tomorrow
Hi {{Kim|c126|GIVEN_NAME}}, here's the link for 6/24 at 5pm: https://zoom.us/j/95511203318 (passcode 4471). Same as always. – Dr O"""),
("email", "benign", "nonclient_person", """Automatic reply: Out of office
I'm out 6/23–6/27 with limited access. For scheduling contact Grace (grace@riverbendcounseling.net). For clinical emergencies call 988. – Dr. Amara Osei"""),
("email", "direct", None, """Subject: Re: link not working
Hi {{Jennifer|c127|GIVEN_NAME}} – sorry! Use this one: https://doxy.me/drosei. If it fails again I'll call you at {{608-704-0200|c127|PHONE}}."""),
("email", "benign", "name_as_word", """Automatic reply: I'm on leave until June 30. Will respond when back. Hope all is well!"""),
("email", "quasi", None, """Subject: Zoom for group – new member
Hi all (bcc), welcome to our newest member, a {{data analyst|c128|DISTINCTIVE|occupation}} from {{Franklin|c128|ADDRESS|city}} who {{ran for mayor of Lexington in 2024|c128|DISTINCTIVE|fact|mayor of Lexington in 2024}}. Link below."""),
("email", "direct", None, """To: {{luke.brady@gmail.com|c129|EMAIL}}
Subject: Your session link
{{Luke|c129|GIVEN_NAME}}, link for Thurs: meet.google.com/kcd-xmqo-tnr. If the warehouse wifi's bad just call in."""),
("social_post", "benign", "public_figure", """Practice blog post: "What Taylor Swift's lyrics teach us about rumination" – out now on our site! (No client stories, promise.)"""),
("email", "direct", None, """Automatic reply: out of office
I'm on leave until 7/7. Clients of mine can contact Dr. Osei. Note to front desk: please call {{Cosme Mendoza|c130|FULL_NAME}} ({{616.859.1468|c130|PHONE}}) to move his 7/1 appt."""),
("email", "benign", "nonclient_person", """Subject: Zoom license renewal
Hi Grace, your Zoom Healthcare license (5 seats) renews 7/1. Reply if you want to change seats. – Terry Nolan, account rep"""),
("email", "quasi", None, """Subject: link + a note
Hi, link for tomorrow below. Re: your question – yes we can keep {{Springfield Public Radio|c131|EMPLOYER}} off the paperwork. And congrats on the {{ferret named Professor Snuggles|c131|DISTINCTIVE|fact|ferret named Professor Snuggles}} going viral 😄"""),
("email", "direct", None, """To: {{ericj86@yahoo.com|c132|EMAIL}}
Subject: Zoom
{{Eric|c132|GIVEN_NAME}}, same link as last week. See you at 9. – A"""),
("social_post", "benign", "name_as_word", """Happy first day of summer from the Riverbend team! 🌞 Our doors (and Zoom rooms) are open. Will we see you at the Juneteenth fair?"""),
("email", "direct", None, """Subject: Telehealth link – {{Dean Ruiz|c133|FULL_NAME}}
When: Mon 30 Jun 6:00pm
Join: https://zoom.us/j/81220394411
Note to self: he coaches lacrosse till 5:30, start on time"""),
("email", "benign", "weak_attribute", """Automatic reply: I'm at a conference in Florence (Italy, not Alabama!) until 6/28. Back soon. – Terry"""),
("email", "quasi", None, """Subject: Video link for parent meeting
Hi, link below for the parent check-in. Since your son is at {{Jefferson Middle School|c134|SCHOOL}} and {{Jeffrey|c134|RELATIVE}} will join from work, I set it for 4:30."""),
("email", "direct", None, """To: {{davidflores55@aol.com|c135|EMAIL}}
Subject: Your link (and a question)
Hi {{Day|c135|NICKNAME}}, link attached. Do you still want the 6/27 slot or does the station need you?"""),
("email", "benign", "nonclient_person", """Automatic reply: Holly Chen is away. For billing questions contact Amanda at billing@riverbendcounseling.net."""),
("email", "direct", None, """Subject: Zoom for Tuesday
To: {{nicholas.white@yahoo.com|c136|EMAIL}}
Hi {{Nick|c136|NICKNAME}}, here's your link. Good luck with finals at {{Hawthorne College|c136|SCHOOL}}!"""),
("email", "quasi", None, """Subject: Re: link for session
"Thanks – i'll join from the {{Robinson Realty|c137|EMPLOYER}} office conference room. my wife {{Tracy|c137|RELATIVE}} might pop in at the end if that's ok" """),
("social_post", "benign", "deidentified", """Grateful for a client who said this week: "I finally slept through the night." (shared with permission, details changed) 💙 #therapistlife"""),
("email", "direct", None, """Automatic reply: out of office
Back Monday. If you're {{Deborah Becker|c138|FULL_NAME}} asking about the {{Wood & Hoffman Accounting|c138|EMPLOYER}} letter – it's done, check the portal."""),
("email", "benign", "single_quasi", """Subject: Zoom webinar – "Burnout in healthcare" for Lebanon Medical Center staff
Thanks for registering! Link below. 45 min + Q&A."""),
("email", "direct", None, """To: {{rodneys80@hotmail.com|c139|EMAIL}}
Subject: link
{{Rodney|c139|GIVEN_NAME}} – zoom.us/j/99012844412. Can you also send your new address for the superbill?"""),
("email", "quasi", None, """Subject: session link (new client)
Welcome! Your link is below. Noted from your form: pharmacist at {{Hudson Family Clinic|c140|EMPLOYER}}, brother {{Mark|c140|RELATIVE}} referred you."""),
("email", "benign", "nonclient_person", """Automatic reply: Dr. Michael Tran starts 7/1. Until then please email grace@riverbendcounseling.net."""),
("social_post", "benign", "name_as_word", """Clinic closed Fri June 20 for staff training. Hope you all have a restful weekend – and remember, grace over perfection. 💛"""),
("email", "direct", None, """Subject: Zoom link + forms
To: {{sabine.poirier@gmail.com|c141|EMAIL}}
Hi {{Sabine|c141|GIVEN_NAME}}, here's tomorrow's link. Please bring the mood log."""),
("email", "benign", "nonclient_person", """Automatic reply: April (front desk) is out today. Call (555) 010-2200 and Holly will help."""),
("email", "direct", None, """Automatic reply from {{matthew.gentry@yahoo.com|c143|EMAIL}}:
"I'm at softball all weekend, will reply Monday. – {{Thias|c143|NICKNAME}}"
(re: your session link for Sat)"""),
]
