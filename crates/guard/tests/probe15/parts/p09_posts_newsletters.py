"""Child therapists' social posts, blog drafts and newsletters for parents."""
DOCS = [
("social_post", "direct", None, """Blog draft, not for posting yet: When Dr. {{Bender|c255|FAMILY_NAME}} first brought her daughter to my playroom, she apologised for "wasting my time" on a seven-year-old who "just worries a bit". Surgeons, it turns out, are terrible at letting themselves be parents. #childtherapy #blogdraft"""),

("social_post", "direct", None, """I've been working with Mrs. {{Blevins|c477|FAMILY_NAME}} and her boys for a year now, and today {{Shane|c477|RELATIVE}} hugged his mum at the door without being asked. Police officer by day, softie by night. I'm so proud of this family. #familytherapy"""),

("social_post", "direct", None, """Happy 15th birthday, {{Lizzie|c209|NICKNAME}} 🎂 ({{17.04.2010|c209|DOB}} — never forgetting it, you reminded me every session for a month). You came to me scared of your own voice and now look at you. #proudtherapist"""),

("social_post", "direct", None, """Went to see {{Bri Barera|c079|MISSPELLED_NAME}} sing with her band last night. Two years ago she couldn't say her own name in group. Last night she sang to 300 people. I stood at the back and cried into my lemonade. 🎤 #teentherapy"""),

("social_post", "direct", None, """Drove past {{7291 Harbor Lane|c195|ADDRESS|street}} on my way home and there was {{Kit|c195|NICKNAME}}'s famous tortoise sunbathing on the lawn. 😂 Some of my clients are more famous than I'll ever be. #therapistlife"""),

("social_post", "direct", None, """Proud of {{L.Y.|c283|INITIALS}} from {{Franklin High|c283|SCHOOL}} who gave her first class presentation today after a year of panic attacks. She asked me to share this (initials only). Brave kids make brave adults. 💪 #schoolcounseling"""),

("email", "direct", None, """Subject: Spring newsletter – Parent Corner

Dear families,

Welcome to spring! This term's Parent Corner features our young volunteer of the year, {{Sabrina Collier|c364|FULL_NAME}}, who has helped run our Saturday sibling group since January. Thank you, {{Sabrina|c364|GIVEN_NAME}}!

Upcoming: Parenting Teens workshop (12 April), Sleep Clinic for under-5s (3 May).

Warm wishes,
The team at Little Oaks Family Therapy"""),

("social_post", "direct", None, """{{Kristie|c060|GIVEN_NAME}}, you know who you are. You told me today that therapy was "the first room where nobody expected me to be fine." I'm keeping that sentence forever. Go smash your first college exams. 📚 #youngadults #therapy"""),

("social_post", "direct", None, """Guest post on our blog this week from {{Becky Woods|c258|NICKNAME|nickname_full}}, who finished therapy with us last month and wanted to write about what she wishes her 15-year-old self had known. Link in bio. 💛"""),

("email", "direct", None, """Subject: Parent Corner – testimonials

Dear families,

With permission, a few words from parents who finished our programme this term:

"I finally understand why my son melts down at 4pm." — {{Jacqui Clark|c272|NICKNAME|nickname_full}}, mum of two
"Ten minutes of play a day changed our house." — a dad from the Tuesday group

Next intake: September.
Little Oaks Family Therapy"""),

("social_post", "quasi", None, """Huge respect to a mum I work with who {{hosts the Overthinking Parent podcast|c473|DISTINCTIVE|fact|Overthinking Parent}} and also works as a {{plumber|c473|DISTINCTIVE|occupation}} in {{Clayton|c473|ADDRESS|city}}. She told me her daughter {{Joan|c473|RELATIVE}} says "Mum fixes toilets AND people's feelings". 😂 #workingmums"""),

("social_post", "quasi", None, """Dads, listen to this one: a 911 dispatcher I work with, on shift for the {{Kingston County Sheriff's Office|c491|EMPLOYER}}, takes calls about the worst moments of strangers' lives all day, then goes home and reads bedtime stories to {{Jeffery|c491|RELATIVE}}. Compartmentalising is a skill. So is unpacking it. #firstresponders #dads"""),

("email", "quasi", None, """Subject: Dads' breakfast – thank you!

Dear families,

A big thank-you to the dad who cooked for our Dads' Breakfast this month; he's a chef at {{Kingston Bowling Lanes|c448|EMPLOYER}} and {{was actually on Survivor (season 5)|c448|DISTINCTIVE|fact|season 5 of Survivor}}, which the kids found far more impressive than the pancakes. 🥞

See you next month,
Little Oaks Family Therapy"""),

("social_post", "quasi", None, """A mum in my practice who {{owns the little record shop on Chestnut Terrace|c375|DISTINCTIVE|fact|record shop on Chestnut Terrace}} brought her daughter {{Sheryl|c375|RELATIVE}} to session with a stack of vinyl "for the playroom". We now have a Fleetwood Mac corner. Best. Gift. Ever. 🎶"""),

("social_post", "quasi", None, """A young adult I see, a student at {{Clayton State|c205|SCHOOL}}, {{made the Hudson Herald for climbing every peak in the state in one summer|c205|DISTINCTIVE|fact|Hudson Herald for climbing every peak}}. She told me the mountains were easier than asking for help. Sit with that one. ⛰️ #therapy"""),

("social_post", "quasi", None, """Teen I work with {{painted the mural on Brown Way|c246|DISTINCTIVE|fact|mural on Brown Way}}, the one everyone photographs, and was also {{on Big Brother season 16|c246|DISTINCTIVE|fact|season 16 of Big Brother}} as a kid with her family. Imagine being fifteen and that visible. Privacy is a mental-health issue. #teens"""),

("email", "quasi", None, """Subject: Art Week – our young artists

Dear families,

During Art Week our Year 8 visitor from {{Franklin Middle School|c329|SCHOOL}}, who {{painted the giant mural on Maple Avenue|c329|DISTINCTIVE|fact|mural on Maple Avenue}}, ran a workshop for the younger children. Thank you to her and her mum for giving up a Saturday!

Little Oaks Family Therapy"""),

("social_post", "benign", "public_figure", """Took my 9-year-olds to see Inside Out 2 as a group outing. Joy, Sadness and Anxiety have done more for emotional literacy in my playroom than any worksheet I own. Anxiety's "I'm just trying to protect her!" got a round of applause. 🎬 #playtherapy"""),

("social_post", "benign", "therapy_life", """A little one in my playroom today drew me a picture of "the feeling that lives in my tummy before school". It was purple, had six legs and was wearing a hat. We named it and it got smaller. This job. 💜 #childtherapist"""),

("social_post", "benign", "nonclient_namesake", """Blog post this week: why we call our kids Bug, Bean, Peanut and Pickle. My own two have been "Bug" and "Bean" since birth. Nicknames are attachment in miniature: a name that only family uses. #parenting #attachment"""),

("email", "benign", "therapy_life", """Subject: April newsletter

Dear families,

April showers and Easter holidays! A reminder that sessions continue over the break except bank holidays. This month's tip: when your child says "I'm bored", resist fixing it. Boredom is where imagination lives.

Warm wishes,
Little Oaks Family Therapy"""),

("social_post", "benign", "public_figure", """Prince Harry writing about not crying at his mother's funeral is the clearest example I know of how children learn that grief isn't allowed. If you're supporting a bereaved child, let them see you cry. #griefsupport #childhoodgrief"""),

("social_post", "benign", "name_as_word", """Family dinner game we swear by: "rose, thorn, bud". Rose = best bit of your day, thorn = hardest bit, bud = something you're looking forward to. Even teenagers play along. Eventually. 🌹 #familytime"""),

("social_post", "benign", "single_quasi", """Spent the morning training Washington College's student counselling team on supporting first-years who were care-experienced. Brilliant, thoughtful group. #careleavers"""),

("social_post", "benign", "celebrity_namesake", """Showing The Pursuit of Happyness to the dads' group next week. Will Smith's "don't ever let somebody tell you you can't do something" scene gets them every time. 🎬 #dadsgroup"""),

("social_post", "benign", "nonclient_namesake", """My niece Amber just started her first year of teaching and called me in tears about a kid who hides under his desk. Proud aunt, also secretly delighted to give free consultation. 😅"""),

("social_post", "benign", "weak_attribute", """One of my teens plays in a youth orchestra and told me the silence before the first note is "the loudest thing in the world". Performance anxiety is real, and very common in young musicians. #teens #anxiety"""),
]
