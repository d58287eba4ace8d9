# URLs and handles that carry (or only seem to carry) a client's name, screenshots with names
# blurred, and therapists writing from Ireland, India, South Africa and Nigeria.
DOCS = [
    ("social_post", "direct", None,
     "New on the blog 👉 harbourlight.example/blog/how-{{ivy-moon|c254|FULL_NAME}}-learned-to-sleep\n"
     "My client {{Ivy|c254|GIVEN_NAME}}'s story of beating insomnia in her final year, shared with her "
     "blessing. Grab a tea, it's a long one ☕"),
    ("social_post", "direct", None,
     "Tag of the week 🏃 @{{valdemar|c158|GIVEN_NAME}}.runs.burlington — one of my clients — just finished "
     "his first marathon, eighteen months after he couldn't get off the sofa. Go give him some love!"),
    ("social_post", "quasi", None,
     "Grand news from the clinic this week. A client of mine — a dental hygienist at "
     "{{Lancaster General Hospital|c020|EMPLOYER}}, seeing me by video from the States — finally told her "
     "partner {{Bethany|c020|RELATIVE}} about the panic attacks. Sláinte to that. (Cork, Ireland)"),
    ("social_post", "quasi", None,
     "From my telehealth practice in Pune: one of my diaspora clients is a UX designer at "
     "{{MasonTech|c363|EMPLOYER}} who "
     "{{plays French horn in the Georgetown Symphony Orchestra|c363|DISTINCTIVE|fact|French horn in the Georgetown}}. "
     "Perfectionism doesn't care which continent you're on."),
    ("social_post", "quasi", None,
     "Jozi therapist here 🇿🇦 A client who does IT support at {{Halcyon Software|c246|EMPLOYER}} and "
     "{{competed on MasterChef (season 29)|c246|DISTINCTIVE|fact|season 29 of MasterChef}} says the "
     "kitchen was less stressful than the helpdesk. I believe her."),
    ("social_post", "benign", "therapy_life",
     "Screenshot (name and profile photo blurred): \"you changed my life and i never said thank "
     "you\" 🥹 Posting with permission, identity removed. This is the job."),
    ("social_post", "benign", "name_as_word",
     "Grand day at the Cork mental health fair — thanks to everyone who stopped by the stall. Hope "
     "to see you all at the next one! 💚"),
    ("social_post", "benign", "therapy_life",
     "Five myths about therapy, debunked 👉 stillwater.example/blog/five-myths-about-therapy "
     "(No, you don't have to lie on a couch.)"),
    ("social_post", "benign", "public_figure",
     "From Lagos with love: Chimamanda Ngozi Adichie wrote about the danger of a single story. In "
     "therapy, the single story is often the one a client tells about themselves."),
]
