# Extra natural examples in the families where the first run showed failures
DOCS = []
def D(kind, cat, text, sub=None): DOCS.append((kind, cat, sub, text))
S, T, E, C = "social_post", "team_note", "email", "case_presentation"
# quasi: employer short forms, paraphrased facts
D(T, "quasi", "Librarian-turned-counsellor at {{Eastport Library|c012|EMPLOYER}}; her {{tortoise Biscuit is internet-famous|c012|DISTINCTIVE|fact|tortoise named Biscuit}}. Low mood since brother's illness.")
D(S, "quasi", "My client {{was on Big Brother (season 15!)|c061|DISTINCTIVE|fact|season 15 of Big Brother}} and now does UX at {{DavidsonTech|c061|EMPLOYER}}. Reality TV aftercare is a whole clinical specialty nobody trains you for 📺")
D(E, "quasi", "Subject: consult\n\nHR manager at {{Eastport Credit Union|c179|EMPLOYER}} who {{stood for mayor in Kingston a few years back|c179|DISTINCTIVE|fact|mayor of Kingston in 2017}}; wife {{Evelyn|c179|RELATIVE}} is pregnant. Wants help with work-life boundaries.")
D(T, "quasi", "Firefighter, {{Clayton PD|c216|EMPLOYER}} (their fire unit), {{coaches Kingston Storm U10 softball|c216|DISTINCTIVE|fact|Kingston Storm}}. Two daughters. Critical-incident debrief requested.")
# direct: lowercase names, interjections, middle names, abbreviation context, salutations
D(T, "direct", "pls remind {{dietlinde|c142|GIVEN_NAME}} abt the consent form, she's in at 3")
D(T, "direct", "{{marek|c291|GIVEN_NAME}}'s wife rang, he's in hospital, cancel his thurs")
D(S, "direct", "Omg {{Brittney|c132|GIVEN_NAME}} finally booked the flight she's been avoiding for three years 😭✈️ exposure therapy WORKS")
D(T, "direct", "Update {{Stig|c048|GIVEN_NAME}} sleeping better, mood 6/10. Cont.")
D(C, "direct", "Case Presentation\n\nClient: {{Savannah J. Maxwell|c017|FULL_NAME}}, 41, graphic designer.\nPresenting problem: burnout and panic.")
D(E, "direct", "Subject: Intake\n\nNew client {{Neil Patrick Schultz|c010|FULL_NAME}} - goes by Neil - prefers afternoons.".replace("goes by Neil", "goes by {{Neil|c010|GIVEN_NAME}}"))
D(T, "direct", "Ms {{Lutz|c231|FAMILY_NAME}} FTA x2 - discharge per policy unless she calls by Fri.")
D(T, "direct", "Mr {{Kramer|c045|FAMILY_NAME}} c/o SOB & palpitations, ?panic vs cardiac - GP to r/o first.")
D(E, "direct", "Subject: Appointment reminder\n\nHi {{Misty|c075|GIVEN_NAME}}, just confirming your counselling appointment on Thursday at 2pm. Reply C to confirm or R to reschedule.")
# benign: clinician names in salutations/signatures, celebrities, months
D(E, "benign", "Subject: Referral\n\nDear Dr Nash,\n\nThank you for your referral of the young man with OCD. I have offered him an assessment on the 14th.\n\nKind regards,\nDr P. Webber", "colleague_namesake")
D(E, "benign", "Subject: Re: supervision\n\nThanks Dr Hale - Tuesday works for me.\n\nBest,\nSam", "colleague_namesake")
D(S, "benign", "Taylor Swift tickets sold out in four minutes and my teen clients are DEVASTATED. Grief work, but make it pop 🎤", "celebrity_namesake")
D(S, "benign", "Watching an old Dennis Morgan musical with my mum. Wholesome Sunday 🎬", "celebrity_namesake")
D(T, "benign", "See you all in April! Enjoy the break.", "name_as_word")
