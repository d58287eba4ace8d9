# Direct identifiers in many written forms: DOBs, phones, e-mails, partial addresses, misspellings, titles, initials
DOCS = []
def D(kind, cat, text, sub=None): DOCS.append((kind, cat, sub, text))
S, T, E, C = "social_post", "team_note", "email", "case_presentation"

D(T, "direct", "Verified identity at check-in: born on the {{25th of September 1953|c002|DOB}}, last four of phone 9507. OK to proceed.", "DOB")
D(T, "direct", "Chart merge request — two records, same person? Record A: DOB {{20.06.84|c283|DOB}} (DD.MM.YY, entered by the UK locum); Record B: {{Ivy Murphy|c283|FULL_NAME}}, DOB {{06/20/1984|c283|DOB}}.", "FULL_NAME")
D(T, "direct", "ph: {{479.941.4427|c284|PHONE}} — barista, wants Sat slots. Asked to be called {{Rosie|c284|NICKNAME}}, not {{Rose|c284|GIVEN_NAME}}.", "PHONE")
D(E, "direct", "Subject: can't open the portal\n\nhi its me, my email is {{juliestewart37 at proton|c110|EMAIL}} i think you have the old one, can you resend the link? thx", "EMAIL")
D(T, "direct", "Msg from answering service: 'Please call {{Tim Doyle|c288|NICKNAME}} at {{947-662-7567|c288|PHONE}}, re: Thursday. Says it is not urgent.'", "PHONE")
D(T, "direct", "Client updated her address: apt 2, {{1795 Terry Terr.|c072|ADDRESS|street}}, Marion. Statement to follow.", "ADDRESS")
D(T, "direct", "Intake form (handwritten, transcribed): Name: {{Raymond Rush|c266|FULL_NAME}}. D.O.B. {{III/11/2005|c266|DOB}} (wrote the month in roman numerals?). Mother: {{Jacqueline|c266|RELATIVE}}.", "DOB")
D(T, "direct", "Note: Mr {{Whitehaed|c274|MISSPELLED_NAME}} (sp?) — hotel manager — asked for a letter for his employer. Will draft Mon.", "MISSPELLED_NAME")
D(T, "direct", "Left VM for {{Ms. Dixon|c001|FAMILY_NAME|title}}— no wait, {{Dr. Dixon|c001|FAMILY_NAME|title}}, the surgeon. He prefers 'Dr.' Call back {{516 882 6219|c001|PHONE}}.", "FAMILY_NAME")
D(E, "direct", "Subject: emergency contact\n\nFor {{E.W.|c070|INITIALS}} (IT support, {{Tessera Software|c070|EMPLOYER}}), the emergency contact is now her wife {{Lisa Thompson|c070|RELATIVE}}.", "INITIALS")
D(T, "direct", "{{Cintha|c250|NICKNAME}} (spelled that way on purpose) is the delivery driver from the {{Grand Hudson|c250|EMPLOYER}} — rang to say she's stuck on a route, 20 min late.", "NICKNAME")
D(T, "direct", "Text received 7:42am from {{(650) 544-1362|c250|PHONE}}: 'running late sorry!!'", "PHONE")
D(T, "direct", "client email bounced: {{n.richards@hotmail.com|c252|EMAIL}} — try again or call", "EMAIL")
D(T, "direct", "Home visit address: {{6053 Robinson Pl|c055|ADDRESS|street}}, Richmond (ring bell twice, dog).", "ADDRESS")
D(T, "direct", "Session note {{Kay Brown|c223|NICKNAME}}: school counselor, wife {{Monica|c223|RELATIVE}}. Discussed llama incident. Next week.", "NICKNAME")
D(T, "direct", "DOB on the referral says {{1/23/74|c296|DOB}} — that's {{Jill Williams|c296|FULL_NAME}}, the chef at {{Bridges's|c296|EMPLOYER}}, not her sister {{Holly|c296|RELATIVE}}.", "DOB")
D(T, "direct", "Born {{nineteen eighty-two, December twenty-fifth|c290|DOB}} — Christmas baby, she mentioned it twice. {{Brittany K.|c290|GIVEN_NAME}}, UX at BrooksTech.".replace("UX at BrooksTech", "UX at {{BrooksTech|c290|EMPLOYER}}"), "DOB")
D(T, "direct", "Reminder: {{Maria Sorensen|c262|RELATIVE}} called for her daughter; {{Eli|c262|GIVEN_NAME}} has given consent for mum to be told appointment times only.", "GIVEN_NAME")
