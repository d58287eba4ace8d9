# Part 7: LGBTQ+ clients — chosen names vs legal names, pronouns, gender-affirming care letters,
# name-change paperwork, older LGBTQ+ widowhood.
DOCS = [
("email", "direct", None, """To the Gender Identity Clinic

Re: {{Leah Flores|c018|NICKNAME|nickname_full}} (legal name on NHS record: {{Ashley Flores|c018|FULL_NAME}}), date of birth {{6 October 1993|c018|DOB}}. Pronouns she/her.

I have worked with Leah in weekly psychotherapy since January 2024. I am writing in support of her referral for gender-affirming hormone treatment.

{{Leah|c018|NICKNAME}} first came to therapy after the death of her father, and for the first months our work was about bereavement. As that grief settled, she began to talk about a grief of a different kind: for the years she had lived under a name that was never hers. She has described a consistent and long-standing understanding of herself as a woman, going back to early childhood, and she has lived full-time in her affirmed gender at work and at home since last summer.

She has good support from her two children, who have adapted to her name and pronouns with the ease that only children manage, and from a small circle of friends. Her workplace has updated its records. She has no current mental health condition that would prevent her from giving informed consent; the low mood that brought her to therapy has lifted, and she has a realistic understanding of what hormone treatment can and cannot do, including its effects on fertility.

I would be grateful if the clinic could use her chosen name and pronouns in all correspondence, including appointment letters, which are often seen by others in the household. I am happy to provide any further information, with her consent.

Yours sincerely,
Dr Niamh Costigan, Counselling Psychologist""".replace("I have worked with Leah", "I have worked with {{Leah|c018|NICKNAME}}")),

("case_presentation", "direct", None, """PETITION FOR CHANGE OF NAME (adult) — draft reviewed in session at client's request
Petitioner's current legal name: {{Cameron Perry|c121|FULL_NAME}}
Proposed name: {{Ronny Perry|c121|NICKNAME|nickname_full}}
Date of birth: {{02/14/1978|c121|DOB}}
Residence: {{3569 Poplar Street|c121|ADDRESS|street}}, Auburn
Reason: "to match the name I have used since I was nineteen"
Note: client wants to tell mother {{Cynthia|c121|RELATIVE}} before the hearing is published."""),

("email", "direct", None, """Hi Marta,

Quick records update: {{Day|c133|NICKNAME}} ({{David Tran|c133|FULL_NAME}} on the insurance) uses they/them. Please don't put "{{David|c133|GIVEN_NAME}}" on the appointment reminder texts — they go to a shared phone and Day's partner {{Steven|c133|RELATIVE}} isn't the only one who sees them.

Thanks,
Chidi""".replace("and Day's partner", "and {{Day|c133|NICKNAME}}'s partner")),

("social_post", "direct", None, """{{Claas|c469|NICKNAME}} told me today that his husband {{Joshua|c469|RELATIVE}} cried when the new passport arrived with the right name on it. Paperwork is not trivial. Paperwork is the state saying "yes, you". 🏳️‍🌈"""),

("team_note", "direct", None, """{{Ian David|c120|FULL_NAME}} — first session since his husband {{Steven David|c120|RELATIVE}} died in March. The funeral director called Steven his "friend" twice at the arrangement meeting. He is 77 and says he did not fight for fifty years to be somebody's friend at a funeral. Rage is healthy here.""".replace('called Steven his', 'called {{Steven|c120|RELATIVE}} his')),

("email", "direct", None, """Subject: insurer still using legal name

Hello,

My client's policy is still under {{Gerhardt Kruschwitz|c099|FULL_NAME}}. He has gone by {{Gay Kruschwitz|c099|NICKNAME|nickname_full}} since his teens ("after Gay Byrne, my mother's idea") and would like correspondence addressed to that name. His partner {{Inken Kraushaar|c099|RELATIVE}} is the named contact.

Kind regards,
Ruairí Dempsey, psychotherapist"""),

("team_note", "direct", None, """{{Ren|c157|NICKNAME}} (chart reads "{{Lauren Espinosa|c157|MISSPELLED_NAME}}" — wrong on two counts) asked again that we fix both the name and the spelling. They/them. Daughter {{Brandi|c157|RELATIVE}} is now the emergency contact. Done today; apologised."""),

("email", "direct", None, """Hi team,

{{Hetty|c350|NICKNAME}} ({{Heather Fry|c350|FULL_NAME}} on the file) has asked us to text rather than ring. Her number is {{505-743-2456|c350|PHONE}}. Please use "Hetty" in the text — "Heather" is what her family call her when they are angry with her.

Cheers, Sunniva""".replace('use "Hetty" in', 'use "{{Hetty|c350|NICKNAME}}" in').replace('— "Heather" is', '— "{{Heather|c350|GIVEN_NAME}}" is')),

("case_presentation", "direct", None, """Consultation: {{J.O.|c305|INITIALS}}, 60, whose husband {{Woldemar|c305|RELATIVE}} is in hospital after a stroke. Ward staff would not let J.O. into the ICU until a daughter confirmed the marriage. Presenting with rage, shame, and old memories from the eighties that he thought were finished."""),

("team_note", "direct", None, """Silver Rainbows (LGBTQ+ over-60s) — Thursday
Attended: {{Juanita Delgado|c040|FULL_NAME}} with {{Yolanda|c040|RELATIVE}}; {{John Martinez|c409|FULL_NAME}}; {{Stephen Duncan|c394|FULL_NAME}} (his husband {{Thomas|c394|RELATIVE}} joined for the last half hour).
Topic: coming out again, to carers and care homes. {{John|c409|GIVEN_NAME}} said "I've done it four hundred times; I'm not doing it to a hoist." Much laughter."""),

("email", "direct", None, """Hi,

{{Beck|c383|NICKNAME}} asked me to pass this on: please send the confirmation for the name-change letter to {{r.parker@icloud.com|c383|EMAIL}}. Her partner {{Tiffany|c383|RELATIVE}} will collect the signed copy.

Thanks!"""),

("social_post", "quasi", None, """Got to meet the husband of a client today, {{Brandon|c088|RELATIVE}}, at the clinic door. My client hosts {{the Overthinking Mechanic podcast|c088|DISTINCTIVE|fact|Overthinking Mechanic podcast}} and has talked about him on air more than he has in therapy. They have been through a great deal this year and they are still holding hands."""),

("team_note", "quasi", None, """Note: client's partner {{Jacqueline|c248|RELATIVE}} has been misgendered by the care agency three times this month. Client runs the {{dog-grooming salon on Walnut Terrace|c248|DISTINCTIVE|fact|dog-grooming salon on Walnut Terrace}} and is thinking of putting up a sign about it there too. Supported to write a complaint."""),

("case_presentation", "quasi", None, """Older gay man, 60, formerly a contestant on {{Big Brother, season 3|c431|DISTINCTIVE|fact|season 3 of Big Brother}}. His husband {{Carl|c431|RELATIVE}} has a new diagnosis of Parkinson's. Presenting: fear of care homes "going back in the closet". Plan: visit two LGBTQ+-affirming homes together."""),

("team_note", "quasi", None, """She {{plays harp in the Lebanon Symphony Orchestra|c213|DISTINCTIVE|fact|harp in the Lebanon Symphony}} and her partner {{Anne|c213|RELATIVE}} is in hospital. Registrar asked whether she was "the sister". Twenty-six years together. Offered extra session Friday."""),

("email", "quasi", None, """Subject: referral

He's a lecturer at {{Jefferson Academy|c042|EMPLOYER}}, 58, married to {{Jon|c042|RELATIVE}}, and {{breeds Bernese mountain dogs in Manchester|c042|DISTINCTIVE|fact|Bernese mountain dogs in Manchester}}. His father died last month having never once said his husband's name. He would like a gay therapist. Do you have space?"""),

("social_post", "quasi", None, """Sometimes the grief is for the family you were denied. A client — a librarian at {{Jefferson Academy|c027|EMPLOYER}}, the one who {{returned a wallet with $10,000 in it and made the Newport Herald|c027|DISTINCTIVE|fact|Newport Herald for returning a lost wallet}} — learned this month that her wife {{Melissa|c027|RELATIVE}} can't be named on her late mother's death notice. We wrote a second notice together."""),

("social_post", "benign", "public_figure", """Gay Byrne, who died in November 2019, hosted The Late Late Show for 37 years, and more than one of my older Irish clients says his programme was the first place they heard the word "gay" said kindly on television. My older LGBTQ+ clients still talk about that."""),

("social_post", "benign", "name_as_word", """At the Gay and Grey afternoon tea today, a man of 82 told me it was the first day in his life he'd said "my husband" to a stranger. Happy Pride, everyone. Hail Mary, full of grace, and pass the scones."""),

("social_post", "benign", "public_figure", """History for the over-60s group: the Stonewall uprising began on 28 June 1969. Marsha P. Johnson died in 1992; Sylvia Rivera in February 2002. Some of our members were there, or somewhere like it. Ask them. Write it down."""),

("social_post", "benign", "therapy_life", """Intake form change this month: "Name you'd like us to use" comes first, "Legal name (for billing only)" comes second, and the second one never appears on a reminder text. Small thing. Not a small thing."""),

("case_presentation", "benign", "deidentified_case", """De-identified for teaching: a trans woman in her seventies transitioned at 68 after her wife's death. Her adult son uses her old name in front of the grandchildren. Work: grief for the marriage, grief for the years, and a letter to the son she hasn't sent yet. Therapist's task: hold both losses without ranking them."""),

("social_post", "benign", "nonclient_namesake", """My nephew came out to the family at Sunday lunch and told us her name is Leah now. My mother, who is 84, said "Leah, pass the gravy" without missing a beat. Best Sunday lunch we've ever had."""),

("team_note", "benign", "single_quasi", """Note for the group facilitators: one member sings lead in the Paper Orchards and will miss the next two sessions for a tour. Please don't mention the band in the circle — she's private about it."""),

("team_note", "benign", "weak_attribute", """Waiting list: 67-year-old trans woman, retired, lives in Hamilton, recently bereaved. Requested a trans therapist if possible."""),

("case_presentation", "benign", "nonclient_person", """Template for the name-change workshop (fictional example): "I, Alexander James Moffat, now known as Alexandra Jane Moffat, of 9 Wren Close, Leeds, born 30 April 1958, absolutely and entirely renounce my former name." Witness: Mrs Pauline Greatorex. Replace every detail with your own."""),

("social_post", "benign", "public_figure", """Jan Morris, the travel writer, died in November 2020 at 94. She and Elizabeth stayed together after her transition, divorced as the law then required, and entered a civil partnership in 2008. Love outlasting the paperwork."""),

("case_presentation", "quasi", None, """Case discussion — queer grief and the family of origin

My client is 28 and works as a receptionist at {{Lancaster Medical Center|c065|EMPLOYER}}. She came out at 19 and most of her family stopped speaking to her, with one exception: her grandmother, who came to her wedding to {{Lisa|c065|RELATIVE}} three years ago, sat in the front row, and told the registrar she'd "waited eighty-one years to see a wedding she actually enjoyed".

Her grandmother died in March. My client was not told until after the funeral; her mother said the family "didn't want a scene". She found out from a cousin's Facebook post.

What she brings to sessions is a grief with no ritual and no witnesses. She wasn't at the funeral, she isn't in the death notice, and her aunts send flowers to her mother, not to her. She has started making a small memorial in the window of the {{florist on Hernandez Avenue|c065|DISTINCTIVE|fact|florist on Hernandez Avenue}} that she and Lisa run at weekends: her grandmother's favourite sweet peas, changed every Saturday.

Questions for the group:
1. How do we help someone mourn a person who was her only ally in a family that rejected her — without turning the session into a referendum on the family?
2. She wants to write to her mother. Is it too soon?
3. What are the disenfranchised-grief resources for LGBTQ+ people that you actually rate? I know of the Albert Kennedy Trust's work and some of the Switchboard material, but not much for grief specifically.""".replace("that she and Lisa run", "that she and {{Lisa|c065|RELATIVE}} run")),
]
