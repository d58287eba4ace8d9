# Online forums: Reddit-style therapist and ask-a-therapist boards, usernames, throwaways,
# and clients asking strangers about their own therapist's posts.
DOCS = [
    ("social_post", "direct", None,
     "r/therapists · Posted by u/throwaway_lcsw_22\nThrowaway for obvious reasons. My client (M, 60s, "
     "goes by {{Vic|c469|NICKNAME}}, a {{roofer|c469|DISTINCTIVE|occupation}} in "
     "{{Lebanon|c469|ADDRESS|city}}) told me in session he's been driving after drinking. No one else "
     "at risk that I know of yet. Where's your line for breaking confidentiality?"),
    ("social_post", "direct", None,
     "Reply from u/dr_fairbairn_psych:\nI had a client exactly like this — {{Nathaniel|c333|GIVEN_NAME}}, "
     "a librarian who {{ran for mayor of Centerville|c333|DISTINCTIVE|fact|mayor of Centerville in 2019}} "
     "and lost badly. The shame was the whole presentation. What helped him was..."),
    ("social_post", "direct", None,
     "AMA: I'm a couples therapist, ask me anything!\n\n> u/{{kelly_cochran|c357|FULL_NAME}}_97: how do you "
     "know when a marriage is over?\n\nhaha as your actual therapist I'm going to answer this one in "
     "session on Thursday 😂"),
    ("social_post", "direct", None,
     "[DBT groups — regional forum]\nPosting for a client with their permission: "
     "{{Christoffer Kjær|c062|FULL_NAME}} (23) is looking for a DBT skills group in or near Mount "
     "Vernon, ideally evenings. He's done individual work with me and is ready for group. PM me."),
    ("social_post", "direct", None,
     "r/AskTherapists · comment\nMy client said almost exactly this yesterday. {{Joy|c222|GIVEN_NAME}} (70s, "
     "retired data analyst) told me \"I spent my whole life being useful and now nobody needs me to "
     "be.\" Retirement grief is real and under-discussed."),
    ("social_post", "direct", None,
     "r/therapists: My supervisee posted on here last week about her client \"{{Stephany|c318|NICKNAME}} "
     "R.\" with enough detail that I recognised her. Please, people, these threads are public and "
     "indexed by Google."),
    ("social_post", "direct", None,
     "[Landlord & tenant forum]\nI'm a therapist. My client lives at "
     "{{8888 Bentley Drive, Clayton|c193|ADDRESS|street}} and the landlord keeps entering without "
     "notice, which is wrecking her progress. Is there anything I can do professionally, or is this "
     "purely her battle?"),
    ("social_post", "direct", None,
     "r/therapists: venting. {{Britany Lopez|c434|MISSPELLED_NAME}} has cancelled on me five weeks "
     "running and I'm so tired of holding the slot. I know, I know, \"explore the resistance\". "
     "I'm exploring my own resistance at this point."),
    ("social_post", "direct", None,
     "r/legaladvice · Posted by u/feud_guy\nMy therapist replied to my Google review and used my full "
     "name — {{Roy Jones|c041|FULL_NAME}} — AND mentioned {{my Family Feud episode|c041|DISTINCTIVE|fact|Family Feud}}, "
     "so now anyone googling me knows I'm in therapy. Is that even allowed?"),
    ("social_post", "direct", None,
     "[Parents' forum → Teen mental health]\nTherapist here. I work with {{Holly|c223|GIVEN_NAME}} at "
     "{{Clinton High School|c223|SCHOOL}} — her mum {{Ashley|c223|RELATIVE}} asked me to post this — she's "
     "looking for other teens who {{play trombone|c223|DISTINCTIVE|fact|trombone in the Hamilton}} for a "
     "low-pressure jam group."),
    # quasi
    ("social_post", "quasi", None,
     "r/therapists: Client is a {{welder|c362|DISTINCTIVE|occupation}} in {{Mount Vernon|c362|ADDRESS|city}} "
     "who also {{plays harp in the Jackson Symphony|c362|DISTINCTIVE|fact|harp in the Jackson}}. She "
     "says the harp is the only thing that stops the flashbacks. How would you build on that?"),
    ("social_post", "quasi", None,
     "r/AskTherapists reply: I see a teen at {{North Dayton High School|c292|SCHOOL}} whose mom "
     "{{Tracey|c292|RELATIVE}} emails me after every session asking what was said. Teens need "
     "privacy. Here's how I set that boundary with parents."),
    ("social_post", "quasi", None,
     "Forum: student client works evenings at {{Hubbard Foods|c320|EMPLOYER}} and is in first year "
     "at {{Florence State University|c320|SCHOOL}}. Exhaustion, low mood, no appetite. Screening "
     "for depression vs. just being nineteen — how do you tell?"),
    ("social_post", "quasi", None,
     "r/therapists: a {{bartender|c240|DISTINCTIVE|occupation}} in {{Fairview|c240|ADDRESS|city}} "
     "whose son {{Alvin|c240|RELATIVE}} just got sentenced. She wants me to write to the judge. "
     "Have any of you done this? Ethics board thoughts?"),
    # benign
    ("social_post", "benign", "therapy_life",
     "r/therapists: How do you all handle clients who follow you on Instagram? I went private, but "
     "now I'm worried it looks like I'm hiding something."),
    ("social_post", "benign", "public_figure",
     "Reply: Viktor Frankl wrote that between stimulus and response there is a space. Your whole "
     "job with this client is to help them find the space. Start smaller than you think."),
    ("social_post", "benign", "nonclient_namesake",
     "Grace here, LMFT in Oregon, twelve years in private practice. Happy to answer questions "
     "about what couples therapy actually looks like. Nothing about my clients, obviously."),
    ("social_post", "benign", "name_as_word",
     "Will power is a myth, or at least a very small battery. Design the environment so you need "
     "less of it. (Not a therapist, just a recovering perfectionist.)"),
    ("social_post", "benign", "weak_attribute",
     "Does anyone know a Polish-speaking therapist near Brookfield? Asking for my mum, who's in "
     "her seventies and won't do telehealth."),
    ("social_post", "benign", "weak_attribute",
     "I'm a paramedic and I finally started therapy this year. Best thing I've done for my "
     "marriage. If you're on the fence, this is your sign."),
    ("social_post", "benign", "celebrity_namesake",
     "r/TaylorSwift: therapist here, and yes, post-Eras-Tour grief is real. Taylor Swift gave "
     "people a three-hour container for big feelings. Of course the end of it hurts."),
    ("social_post", "benign", "deidentified_case",
     "r/therapists: Anonymised consult — adult client, long-term work, recently found my personal "
     "Instagram and started commenting on family photos. Not hostile, just... there. How would you "
     "raise it?"),
    ("social_post", "benign", "name_as_word",
     "u/summer_rain_88: thanks everyone for the replies, I booked a consult! Feeling a mix of "
     "hope and dread but mostly hope."),
    ("social_post", "benign", "nonclient_namesake",
     "Shoutout to my old clinical supervisor Lydia, who taught me that the most important sentence "
     "in therapy is \"tell me more\". Twenty years on, still true."),
]
