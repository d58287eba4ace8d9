# Replies to online reviews (Google, Yelp, Facebook recommendations), the drafts a practice
# manager circulates, and the consult-group posts about them. Replying at all can confirm that
# a reviewer is a client; echoing a first name plus a detail of their life does so outright.
DOCS = [
    ("social_post", "direct", None,
     "★★★★★ Google review · Response from the owner\n"
     "Hi {{Iben|c198|GIVEN_NAME}}, thank you so much for the five stars! It was a privilege to walk "
     "alongside you through the restructuring at {{Garner Insurance|c198|EMPLOYER}}. So glad the "
     "Sunday-night panic has eased 💙 — Ottilie"),
    ("social_post", "direct", None,
     "Owner's reply (Yelp): Thanks {{Travis|c021|GIVEN_NAME}}! Catching babies on twelve-hour "
     "shifts and then doing the trauma work in here on Thursday evenings... you earned every bit "
     "of that progress. Proud of you."),
    ("social_post", "direct", None,
     "Response from Harbourlight Therapy, 2 days ago\n"
     "Dear Ms. {{Krzywonos|c013|FAMILY_NAME}}, we are sorry your intake felt rushed. Dr Vogt has "
     "your file and will ring you this week to go back over your treatment plan and the "
     "medication question you raised."),
    ("social_post", "direct", None,
     "{{Constansa|c038|MISSPELLED_NAME}}, gracias and thank you for this review!! Two years ago you "
     "couldn't say the word \"divorce\" out loud in my office and now you're writing about it "
     "on Google. Hasta el martes 🌻"),
    ("social_post", "direct", None,
     "Reply to 1★ review by {{Whitney Parker|c234|FULL_NAME}}:\n"
     "{{Whitney|c234|GIVEN_NAME}}, as your therapist I have to respectfully push back on this. The "
     "late-cancellation fee was in the consent form you signed at your first session, and we "
     "discussed it again when you missed three appointments in March."),
    ("social_post", "direct", None,
     "Thanks {{Benjy|c045|NICKNAME}}!! 🙏 The Tuesday men's group isn't the same without you. "
     "Door's always open if the grief gets loud again."),
    ("social_post", "direct", None,
     "Facebook recommendation · reply\n"
     "{{Emmanuel|c019|GIVEN_NAME}}, merci for the kind words. Please pass our love to "
     "{{Mathilde|c019|RELATIVE}} — it took real courage for your sister to come to that family "
     "session and talk about your dad."),
    ("social_post", "direct", None,
     "Hi {{Rodney|c205|GIVEN_NAME}}, I tried calling you on {{(559) 443-1274|c205|PHONE}} after seeing "
     "this review but it went to voicemail. I'd really like to talk about what happened in our "
     "last session before you decide to stop therapy. — Dr Okonkwo"),
    ("social_post", "direct", None,
     "{{Hope|c464|GIVEN_NAME}}, thank you for the lovely review! {{Coaching the Dayton Storm under-10s|c464|DISTINCTIVE|fact|Dayton Storm under-10}} "
     "while working through everything we talked about this winter takes real grit. Go "
     "Storm! 🏀"),
    ("social_post", "direct", None,
     "Thank you, {{Teo|c268|GIVEN_NAME}}. Hearing that our sessions helped with the nightmares after "
     "{{pulling that little boy out of the river|c268|DISTINCTIVE|fact|rescuing a child from the river}} "
     "means the world. You're a hero twice over."),
    ("social_post", "direct", None,
     "Reply from Dr. Pryce:\n{{Nicoline|c209|GIVEN_NAME}} — you did the work, I just held the torch. "
     "Enjoy the new term at {{Milford Community College|c209|EMPLOYER}}, and remember the 5-4-3-2-1 "
     "before lectures."),
    ("social_post", "direct", None,
     "Response from the owner: {{Joe|c106|GIVEN_NAME}}, thank you! The EMDR was hard going but you "
     "stuck with it. Good luck with the {{Georgetown Hawks|c106|DISTINCTIVE|fact|Georgetown Hawks}} "
     "this season, coach."),
    ("team_note", "direct", None,
     "Google review replies for sign-off (Leilani, pls check before I post):\n"
     "1. {{Lance Lambert|c182|FULL_NAME}} (5★) — \"Thank you {{Lance|c182|GIVEN_NAME}}, it was an honour to "
     "support you after your sister's accident.\"\n"
     "2. Anonymous (4★) — \"Thank you for your feedback about the waiting room lighting.\"\n"
     "3. G. W. (1★, parking) — standard no-comment reply.\n— Fenella, practice admin"),
    ("email", "direct", None,
     "Subject: Re: that Yelp review\n\nOttilie,\n\nPlease don't post the reply as drafted. It says "
     "\"So good to see you back on the scaffolding for {{the Savage Road mural|c347|DISTINCTIVE|fact|Savage Road}}, "
     "{{Katie|c347|GIVEN_NAME}}!\" — that confirms she's our client AND tells the whole town which mural. "
     "Use the standard template instead.\n\nThanks,\nFenella"),
    # quasi: no name, two details of one client
    ("social_post", "quasi", None,
     "★★★★★ · Owner response: Thank you for the kind words! Juggling shifts at "
     "{{Cox's Diner|c184|EMPLOYER}} while looking after your husband {{Raymond|c184|RELATIVE}} can't "
     "have been easy, and I'm so glad our sessions gave you somewhere to put it all down."),
    ("social_post", "quasi", None,
     "Response from the owner: We loved having you in the Thursday anxiety group while you "
     "were nursing at {{St. Jude's Hospital|c303|EMPLOYER}} — and congratulations on winning "
     "{{the Ward 5 seat in Clayton|c303|DISTINCTIVE|fact|Ward 5 on the Clayton}}! 🎉"),
    ("social_post", "quasi", None,
     "Aww thank you!! Tell {{Dwayne|c357|RELATIVE}} we said hi, and good luck to "
     "{{the Lebanon Wolves under-14s|c357|DISTINCTIVE|fact|Lebanon Wolves}} this season. "
     "You've come so far since that first session 💪"),
    ("social_post", "quasi", None,
     "Reply: Thank you. It's not every {{architect|c131|DISTINCTIVE|occupation}} in "
     "{{Ashland|c131|ADDRESS|city}} who would admit in a public review that they needed help after "
     "{{running for mayor of Newport|c131|DISTINCTIVE|fact|mayor of Newport in 2007}}. It took guts."),
    ("social_post", "quasi", None,
     "Response from the owner\nThank you, {{Hannah|c189|RELATIVE}}! Watching your daughter go from "
     "refusing to get out of the car to walking into {{Madison High School|c189|SCHOOL}} on her own "
     "has been one of the joys of my year."),
    ("social_post", "quasi", None,
     "Thanks for the 5 stars 🙏 Hope the tortoise is still doing numbers online — "
     "{{Nugget|c201|DISTINCTIVE|fact|tortoise named Nugget}} helped more than you know on the hard days. And "
     "say hi to everyone at {{NicholsTech|c201|EMPLOYER}}!"),
    # benign
    ("social_post", "benign", "nonclient_person",
     "Hi Perpetua, thank you for your feedback about the parking. To protect everyone's privacy we "
     "never confirm or deny whether someone has used our services, but we've passed your note "
     "about the car park signage on to our landlord."),
    ("social_post", "benign", "therapy_life",
     "Response from the owner: Thank you for taking the time to leave a review. Because of our "
     "confidentiality obligations we don't respond to the details of any review. If you'd like to "
     "talk to us, please call the office on (020) 7946 0312."),
    ("social_post", "benign", "nonclient_namesake",
     "Thanks Lance — your crew finished the wheelchair ramp and the new soundproof doors a week "
     "ahead of schedule and cleaned up after themselves. Would hire Lambourne Building again "
     "in a heartbeat. ★★★★★"),
    ("social_post", "benign", "nonclient_person",
     "Hi Keira! We think this lovely review was meant for Bean There, the café downstairs 😄 "
     "Their flat whites are indeed excellent. We'll let them know."),
    ("social_post", "benign", "weak_attribute",
     "Thank you for the review! We're really glad the new Riverside office is easier to reach by "
     "bus. The lift is fixed now too."),
    ("social_post", "benign", "single_quasi",
     "Owner reply: We're proud to be one of the EAP providers for Riverside Shipyard and their "
     "families. Any employee can self-refer through the HR portal — no manager approval needed."),
    ("social_post", "benign", "name_as_word",
     "Thank you. Hope is not a strategy, but it's a decent place to start, and you found plenty "
     "of it. Grace under pressure isn't required here; showing up is enough."),
    ("social_post", "benign", "public_figure",
     "Reply: Thank you for sharing! We agree — when Lady Gaga talked openly about her PTSD it "
     "changed how a lot of people thought about asking for help. We're here if you ever want to "
     "talk."),
    ("team_note", "benign", "nonclient_namesake",
     "Review-reply policy reminder: Jacqueline on the front desk manages the Google Business "
     "inbox but must NOT reply to reviews herself. She flags them to me; I reply within 48h using "
     "the neither-confirm-nor-deny template. — Fenella"),
    ("case_presentation", "benign", "deidentified_case",
     "Peer consult question: a former client — a woman in her forties whom I saw for about a year "
     "— has left a one-star review alleging I 'abandoned' her when I closed my evening slots. "
     "The review contains accurate clinical details. I'm inclined not to reply at all. Has "
     "anyone asked Google to remove a review on privacy grounds, and did it work?"),
]
