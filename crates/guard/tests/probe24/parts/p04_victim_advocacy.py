# Victim services, domestic-abuse advocacy (IDVA), MARAC, restraining / protective orders.
DOCS = [
("email", "direct", None,
 "Subject: Protective order hearing — support letter\n\nDear Advocate Morales,\n\nAt her request, I confirm that {{Vanessa Jordan|c012|FULL_NAME}} has been attending trauma-focused therapy "
 "with me since February. The hearing on the final protective order is listed for 16 June, 2:00 pm, Lancaster County Courthouse, Dept. 7 (case PO-25-00412). "
 "{{Ms Jordan|c012|FAMILY_NAME}} has asked me not to attend in person; this letter is all I am able to provide.\n\nSincerely,\nDr. Naomi Achterberg"),
("team_note", "direct", None,
 "{{Becca|c110|NICKNAME}} came straight from the police station — gave her statement about {{Sergio|c110|RELATIVE}} this morning. Shaking, but clear she wants the "
 "restraining order. Safety plan updated: code word with her sister, go-bag at work. IDVA (Lou) informed with consent."),
("email", "direct", None,
 "Subject: safe number\n\nHi Lou,\n\nThe only safe number for {{Kim|c166|NICKNAME}} is her work mobile, {{(806) 703-9556|c166|PHONE}}. Do NOT call the landline — he still has access to it. "
 "She's happy for texts but no voicemails please.\n\nThanks,\nPriscilla (therapist)"),
("email", "direct", None,
 "Subject: RE: draft protective order\n\nLou — before this goes to the court clerk: the draft lists the petitioner's address as {{9327 Spring Avenue|c196|ADDRESS|street}}, Marion. "
 "{{Nicole Smith|c196|FULL_NAME}} has specifically asked for the address to be kept confidential (she's applying to the address-confidentiality programme). "
 "Please get it redacted before the respondent is served.\n\nJ."),
("email", "direct", None,
 "Subject: Re: victim statement help\n\nHi,\n\nThis is {{Melinda|c217|GIVEN_NAME}}. I'm writing from {{melindav88@icloud.com|c217|EMAIL}} because my husband reads my other email. The victim-witness coordinator said "
 "you could help me write the impact statement before sentencing on the 27th. Can we use our Thursday session for it?\n\n{{Melinda|c217|GIVEN_NAME}}"),
("team_note", "direct", None,
 "{{Hetty|c257|NICKNAME}} (78) — financial abuse by her grandson; adult protective services now involved and police have opened a case (ref 25-11874). "
 "She's frightened the court will make her testify. Explained victim advocate role; consented to referral."),
("team_note", "direct", None,
 "MARAC prep: Ms {{Browning|c321|FAMILY_NAME}}, high risk on DASH (17 ticks). Perpetrator released on bail with conditions. Police (DC Holloway) to do a welfare check tonight. "
 "Disclosed strangulation last weekend — first time she's said it aloud."),
("team_note", "direct", None,
 "{{Serafina|c352|GIVEN_NAME}} asked me to read her restraining-order application with her. Brave session. She chose not to include the incident from 2021 — her choice, "
 "documented. Follow-up with legal aid clinic Monday."),
("email", "direct", None,
 "Subject: Crime victim compensation form\n\nDear Victim Services,\n\nPlease find attached the treatment verification for {{Caroline Tran|c409|FULL_NAME}}, date of birth {{April 10, 1987|c409|DOB}}. "
 "{{Caroline Tran|c409|FULL_NAME}} has attended 14 sessions since the assault. Invoices are attached separately.\n\nRegards,\nBilling, Westside Counselling"),
("team_note", "direct", None,
 "{{Toni Reynols|c447|MISSPELLED_NAME}} — order granted!! Judge Kowalski extended it to 3 years. {{Toni|c447|GIVEN_NAME}}'s partner {{Kayla|c447|RELATIVE}} came to the courthouse with her. Session focused on what 'safe' "
 "feels like in the body. Still hypervigilant at night."),
("team_note", "direct", None,
 "DA advocacy referral accepted: {{Bianca Moore|c490|FULL_NAME}}, lecturer. Her partner {{Nancy Green|c490|RELATIVE}} is the one who made the 911 call; police attended but no arrest. "
 "{{Bianca|c490|GIVEN_NAME}} wants couples work; I've explained we don't do couples work when there's active abuse."),
("team_note", "direct", None,
 "{{Zac|c232|NICKNAME}} — male DA victim, says the officers at the scene 'laughed'. Complaint to the police standards unit drafted together. "
 "He is worried his son will be called as a witness in the protective-order hearing (listed 2 July, 10:00)."),
("email", "direct", None,
 "Subject: letter for the victim advocate\n\nHi Mariah,\n\nJust confirming for the file: {{J.V.|c286|INITIALS}} (photographer at {{Curry Creative|c286|EMPLOYER}}) is my client and has consented "
 "to me speaking with you about the stalking case. Her wife will come to the next appointment.\n\nBest,\nOscar"),
# quasi
("team_note", "quasi", None,
 "IDVA referral: survivor is a {{welder|c091|DISTINCTIVE|occupation}} in {{Lancaster|c091|ADDRESS|city}} at {{Baker Auto Repair|c091|EMPLOYER}}. Ex-partner turns up at the garage. "
 "Restraining order application in progress; wants therapy to start now, not after court."),
("email", "quasi", None,
 "Subject: Referral — stalking victim\n\nHi,\n\nThe client works at {{St. Agnes's Hospital|c068|EMPLOYER}} and {{drums in the Neon Pines|c068|DISTINCTIVE|fact|Neon Pines}}; the stalker has been turning up at gigs. "
 "Police are aware (crime ref 44/99813/25). Could you offer him an evening slot?\n\nRosa, Victim Support"),
("team_note", "quasi", None,
 "New DA referral — {{plumber|c131|DISTINCTIVE|occupation}}, {{Waverly|c131|ADDRESS|city}}, works at {{Marion Shipyard|c131|EMPLOYER}}. Partner has been taking her wages. Very private; asked that nothing be sent to the yard."),
("email", "quasi", None,
 "Subject: protective order — letter?\n\nShe's a {{midwife|c159|DISTINCTIVE|occupation}} in {{Richmond|c159|ADDRESS|city}} and {{coaches the Richmond Falcons under-12 hockey team|c159|DISTINCTIVE|fact|Richmond Falcons under-12 hockey}}. "
 "The respondent has been showing up to practice. Could the service write to the league? She's given consent in writing."),
("team_note", "quasi", None,
 "Victim-services referral: {{nurse|c262|DISTINCTIVE|occupation}} in {{Jackson|c262|ADDRESS|city}}, {{owns the barbershop on Bell Drive|c262|DISTINCTIVE|fact|barbershop on Bell Drive}}. "
 "Ex-husband vandalised the shop twice; protective order granted 28 May. Requesting trauma therapy."),
("email", "quasi", None,
 "Subject: victim referral\n\nClient is a {{plumber|c493|DISTINCTIVE|occupation}} in {{Arlington|c493|ADDRESS|city}}; she {{hosts the Sunday Detective podcast about urban gardening|c493|DISTINCTIVE|fact|Sunday Detective podcast about urban gardening}}. "
 "Harassment from a listener has escalated to threats. Police have a case open.\n\nThanks, Ade"),
# benign
("social_post", "benign", "name_as_word",
 "Love is not control. Jealousy is not proof of love. If your partner tracks your phone, that's not romance — that's a red flag. #DVawareness"),
("email", "benign", "nonclient_person",
 "Subject: MARAC list\n\nHi all, agenda for Thursday attached. DC Emily Warren will chair in place of DI Okafor. Please bring your DASH forms; cases will be referred to by MARAC number only.\n\nHope (MARAC coordinator)"),
("team_note", "benign", "public_figure",
 "Several survivors in group mentioned the Gabby Petito documentary. Talked about how the police bodycam footage made people question 'who looked like the victim'."),
("case_presentation", "benign", "deidentified",
 "Case presentation (de-identified): adult survivor of coercive control, referred by an IDVA after a protective order was granted. Presenting: hypervigilance, sleep disturbance, "
 "shame. Two children, contact arrangements unresolved. Question for the group: how to pace trauma work while court proceedings are still live."),
("team_note", "benign", "single_quasi",
 "DA referral: survivor works at Walls Pharmacy, no other details. The IDVA will bring the risk assessment to Tuesday's meeting."),
("email", "benign", "nonclient_person",
 "Subject: Respondent served\n\nFYI — the respondent, Derek Hollister, was served at 18:20 last night. The order is now in force. He has a hearing on 1 July to contest it.\n\nSgt. Paula Reyes"),
("team_note", "benign", "weak_attribute",
 "Referral from the hospital IDVA: woman in her fifties, care assistant, lives in Georgetown. Wants to talk before deciding whether to make a statement."),
("social_post", "benign", "public_figure",
 "Ten years since the Sarah Everard vigil and I still think about how many women texted each other 'home safe?' that night. Victim services are still underfunded."),
("email", "benign", "name_as_word",
 "Subject: Protective order — Will be late\n\nWill be late to the court-support rota on Tuesday, traffic permitting. Joy from the clerk's office says the list is light.\n\nSam"),
("team_note", "benign", "nonclient_person",
 "Advocate Kristen Harvey (victim-witness unit) called to say the trial date moved to 9 September. She'll let the client know directly."),
("email", "benign", "nonclient_person",
 "Subject: volunteer cover\n\nHi Dawn, can you cover the helpline 6–10 on Friday? My husband Gabriel is working late and I've got the kids. Thanks!\nTanya"),
]
