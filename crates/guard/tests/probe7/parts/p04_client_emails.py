# Voice: clients writing to the practice about themselves -- cancellations, address
# changes, insurance paperwork, thank-yous -- with their own names, numbers, dates of
# birth and addresses in signatures and headers. Several writers have English as a
# second language (Greek, Danish, Polish, French, Spanish, German speakers).
DOCS = [
    # ---------------------------------------------------------------- direct
    ("email", "direct", None, """Subject: cancel appointment

Dear Dr Farrant,

I am very sorry but I must cancel the appointment of Thursday. I have a recording session which was moved and I cannot refuse it, it is my work. Please can you give me a new time in the next week, any morning is good for me.

With best regards,
{{Αριστόβουλος Περουλάκη|c045|FULL_NAME}}
{{(630) 415-1529|c045|PHONE}}"""),

    ("email", "direct", None, """Subject: Form for insurance

Hello,

My insurance needs a letter from you with my date of birth written as in my passport, {{04.08.1996|c065|DOB}}. The last letter said {{08/04/1996|c065|DOB}} and they rejected it because in Denmark this is April. Sorry for the trouble!

Venlig hilsen / kind regards
{{Mie Vestergaard|c065|FULL_NAME}}"""),

    ("email", "direct", None, """From: {{cheryl470@outlook.com|c001|EMAIL}}
To: reception@northgate-psych.example
Subject: appointment

Hi it's me again, can we move Tuesday? I'm on nights on the ward all week. Any day next week after 2 is fine.
A."""),

    ("email", "direct", None, """Subject: please don't use my work email

Hi,

Could you take my work address off your system and write to me at {{austin dot alexander at hotmail dot com|c002|EMAIL}} instead? IT at the hospital can read everything and I'd rather they didn't see appointment reminders from a psychologist.

Thanks,
{{Austin|c002|GIVEN_NAME}}"""),

    ("email", "direct", None, """Subject: I want to make appointment

Good morning,

My name is {{Jędrzej Gul|c271|FULL_NAME}}, I am 74 years, I work still as {{police officer|c271|DISTINCTIVE|occupation}} in {{Dover|c271|ADDRESS|city}} but part time only. My partner {{Andrzej|c271|RELATIVE}} is saying I must talk to somebody because I do not sleep since one year. My English is not perfect but I understand good. Is possible to have Polish speaking therapist? If not, it is OK.

Thank you,
J. {{Gul|c271|FAMILY_NAME}}"""),

    ("email", "direct", None, """Subject: {{Timothy|c113|GIVEN_NAME}} - missing next two sessions

Hi Siobhán,

Just letting you know {{Timothy|c113|GIVEN_NAME}} won't be in for the next two Wednesdays - {{Riverside High School|c113|SCHOOL}} has moved his exams and he's panicking enough about those without rushing across town. He's asked if he can do a phone session instead. Is that possible?

Many thanks,
{{Brittany Schroeder|c113|RELATIVE}}"""),

    ("email", "direct", None, """Subject: new address

Hi Kelsey,

New address for letters please: {{Apt 2, 9234 River Terrace|c034|ADDRESS|street}}, Hudson. Same phone, same email. Moving in with {{Jose|c034|RELATIVE}} at last!!

Thanks,
{{Reba|c034|NICKNAME}}"""),

    ("email", "direct", None, """Subject: Re: Rendez-vous

Hello Callum,

Sorry for my late answer, I was in France for my father's funeral and I did not look my emails. I would like to continue the sessions, maybe every week for now. You can call me on my portable, it is the same number.

Cordialement,
{{Jérôme Guillot|c026|FULL_NAME}}
{{+1 352 984 8228|c026|PHONE}}"""),

    ("email", "direct", None, """Subject: Receipt for sessions

Hi there - could I get a single receipt for all sessions since January? My accountant wants it before the 15th.

Thanks!

{{Kimberly Rice|c020|FULL_NAME}}
{{Photographer|c020|DISTINCTIVE|occupation}} | {{Anthony Studio|c020|EMPLOYER}}
m. {{918.849.2734|c020|PHONE}}"""),

    ("email", "direct", None, """Subject: my date of birth on the claim

Hello,

The insurer keeps rejecting the claim because they have me as {{10/13/1953|c039|DOB}} and on your form I wrote {{13/10/1953|c039|DOB}}. It's the same day, the 13th of October! Could you resend it in their format?

Regards,
{{Lindsay Adams|c039|FULL_NAME}}"""),

    ("email", "direct", None, """Subject: thank you

Dear Imogen,

Thank you so much for yesterday. I slept properly for the first time in weeks. I didn't think talking would help and I was wrong. See you on the 9th.

{{Iris|c049|GIVEN_NAME}}"""),

    ("email", "direct", None, """Subject: Cita

Hola, good afternoon,

I am {{Maribel|c127|GIVEN_NAME}}, I see Siobhán on Mondays. I need to change to the afternoon because now I have the shop also on Saturdays and Mondays I do the accounts. Is possible 5pm? My sister {{Lourdes|c127|RELATIVE}} says hello to Siobhán, she remembers her from the first day.

Gracias,
{{Maribel Puerta|c127|FULL_NAME}}"""),

    ("email", "direct", None, """From: {{Denis François|c098|FULL_NAME}} <{{denis.francois@outlook.com|c098|EMAIL}}>
Subject: Out of office? No - just late

Sorry, running late - stuck behind an accident on the bridge. Will be 15 min late for my 6pm. Please tell Tendai."""),

    ("email", "direct", None, """Subject: Rechnung / invoice

Dear Sirs,

I am Mr. {{Schacht|c062|FAMILY_NAME}}, client of Dr Farrant. I need the invoice in my name with the address, for the reimbursement of my German insurance. Please send it to {{v.schacht@fastmail.com|c062|EMAIL}}.

With friendly greetings"""),

    ("email", "direct", None, """Subject: Can't find the link

Hi - the zoom link for 4pm doesn't work, it says the meeting hasn't started. I'm on {{(916) 744-7937|c092|PHONE}} if easier. {{Lynn|c092|NICKNAME}}"""),

    ("email", "direct", None, """Subject: re: questionnaire

Hello, I fill the questionnaire you sent but the box for birthday accepts only month/day/year, so I wrote {{03/17/2005|c150|DOB}}. Is correct? In Spain we write other order. {{Juan Bautista Ribera|c150|FULL_NAME}}"""),

    # ---------------------------------------------------------------- benign
    ("email", "benign", "nonclient_person", """Subject: enquiry - couples therapy

Hello,

My name is Orla Dunne and my partner and I are looking for couples therapy, ideally evenings. Do you have availability in the next month, and what are your fees? We'd prefer someone who has worked with blended families.

Thanks,
Orla"""),

    ("email", "benign", "nonclient_person", """Subject: Media enquiry - waiting lists

Hi,

I'm a reporter with the regional paper working on a piece about waiting times for talking therapy. Would someone from the practice be willing to talk to me about demand over the last year? No client information needed, of course - just the general picture.

Best,
Tomasz Wierzbicki"""),

    ("email", "benign", "therapy_life", """Subject: unsubscribe

Please remove me from the newsletter mailing list. Nothing wrong with it, I just get too many emails. Thank you."""),

    ("email", "benign", "name_as_word", """Subject: Re: your card

Thank you for the card and the kind words, it was a joy to read. Working with your team this spring was a real pleasure. Here's hoping the new rooms are ready by summer - fingers crossed the builders don't drag it out to autumn!

Warm wishes from all of us at the landlord's office"""),

    # ---------------------------------------------------------------- quasi
    ("email", "quasi", None, """Subject: enquiry (please keep confidential)

Hello,

I'd rather not put my name in writing yet, it's a small town. I'm a {{chef|c174|DISTINCTIVE|occupation}} in {{Glendale|c174|ADDRESS|city}} and I {{stood for mayor here a few years ago|c174|DISTINCTIVE|fact|ran for mayor of Glendale}}, and lost, which is part of why I'm writing. People still recognise me in the supermarket. Do you have a therapist who doesn't live locally? I can do video.

Thanks"""),

    ("email", "quasi", None, """Subject: Group enquiry - name withheld until first call

Hi, I saw the flyer for the evening anxiety group. I work as a physio at {{St Francis's|c235|EMPLOYER}} and I {{play timpani with the Shelby Symphony|c235|DISTINCTIVE|fact|timpani in the Shelby Symphony}}, so Tuesday evenings are rehearsals and I can't do those. Is there a Thursday group? Happy to give my details on the phone."""),
]
