"""Non-native English, regional Englishes (US/UK/Irish/Canadian/South-African), code-switching,
typos, missing capitals, run-on sentences and emoji."""

DOCS = []


def D(kind, cat, text, sub=None):
    DOCS.append((kind, cat, sub, text))


# --- direct -----------------------------------------------------------------------------
D("email", "direct",
  "Hello colleague,\n\nI am writing for ask if you can take over the sessions of mister "
  "{{José Manuel Casas|c256|FULL_NAME}} during my holidays in august. He is corrections officer and very "
  "stressed in this moment. His phone is {{309 671 8684|c256|PHONE}}, he prefer whatsapp.\n\n"
  "Thank you so much and regards,\nAna")

D("team_note", "direct",
  "Howzit all — Mrs {{Johnston|c259|FAMILY_NAME}} phoned, she's stuck in traffic on the N1, ag shame. "
  "She'll be 20 min late. Can someone make her a rooibos when she arrives, she's had a rough week with her "
  "brother {{Fred|c259|RELATIVE}}.")

D("team_note", "direct",
  "Ah {{Veronica|c231|GIVEN_NAME}} was in flying form today, giving out about the bus but grand otherwise. "
  "Her son {{Christian|c231|RELATIVE}} is after getting engaged so she's delighted with herself.")

D("team_note", "direct",
  "Bonjour/hi — {{Benoit Monier|c080|MISSPELLED_NAME}} called, wants to move his appt to after the Habs "
  "game lol. Said his husband {{Alain|c080|RELATIVE}} will drive him, eh.")

D("team_note", "direct",
  "so i saw {{jason grene|c037|MISSPELLED_NAME}} today and honestly he is doing so much better the teaching "
  "job at {{shelby cc|c037|EMPLOYER}} is still stressful but his wife {{brooke|c037|RELATIVE}} has been "
  "amazing and i think we can go biweekly soon maybe after spring break idk")

D("social_post", "direct",
  "🎉🎉 {{Sammy|c042|NICKNAME}} passed his paralegal certification!!! 🎉🎉 (ok I know I know, but he "
  "literally asked me to post it 🙈)")

D("team_note", "direct",
  "Hola equipo — {{Alejandro|c210|GIVEN_NAME}} no vino hoy otra vez. Le mandé mensaje al "
  "{{(970) 847-2569|c210|PHONE}} pero nada. Su hermana {{Christina|c210|RELATIVE}} dice que está bien, "
  "solo cansado del trabajo. Lo vemos el jueves. 🙏")

D("email", "direct",
  "Hallo zusammen,\n\n{{Karin Olsen|c268|FULL_NAME}} hat angerufen — she will not come on Tuesday because "
  "her mother {{Freja|c268|RELATIVE}} is in the hospital. Please call back on {{631-972-2760|c268|PHONE}}.\n\n"
  "LG, Jana")

D("team_note", "direct",
  "reminder {{susan harris|c016|FULL_NAME}} is moving to fortnightly from next wk, shes at the "
  "{{riverside library|c016|EMPLOYER}} till 5 so late slots only cheers")

D("email", "direct",
  "Hello,\n\nI write you about Madame {{Neveu|c147|FAMILY_NAME}}, she has called this morning very "
  "anxious. Her son {{Théodore|c147|RELATIVE}} will bring her on Thursday because she cannot drive since "
  "the operation. Can you confirm the hour?\n\nBest regards,\nÉmilie (secretariat)")

D("team_note", "direct",
  "Hi, I am not sure if I can write this here but {{Ernest|c027|GIVEN_NAME}} told me his husband "
  "{{Robert|c027|RELATIVE}} will come with him next time, is it ok for a couple session? Thanks, Kasia "
  "(reception)")

D("team_note", "direct",
  "new pt {{Amy Cuningham|c106|MISSPELLED_NAME}} dob {{3-10-02|c106|DOB}} — journalist, says she can only do "
  "lunchtimes")

D("email", "direct",
  "Hey — could you pencil in {{Scott|c141|GIVEN_NAME}} for Tuesday at 4? His husband {{Brendan|c141|RELATIVE}} "
  "called to say the colour-coded calendar thing is working, eh. Cheers, M.")

# --- quasi ------------------------------------------------------------------------------
D("team_note", "quasi",
  "pls can sum1 cover the {{Friedman|c071|EMPLOYER}} warehouse guy who {{plays bassoon in Shelby's "
  "orchestra|c071|DISTINCTIVE|fact|bassoon in the shelby}} — im off sick 🤒 notes r in the drive")

D("email", "quasi",
  "Hola, a question about a client: the boy is a {{student|c200|DISTINCTIVE|occupation}} in "
  "{{Eastport|c200|ADDRESS|city}} and he {{breeds Shiba Inus there, champions|c200|DISTINCTIVE|fact|"
  "shiba inus in eastport}}. He wants to stop therapy before the dog show season, what do you think? Gracias.")

D("team_note", "quasi",
  "Howzit — the oke from {{Grand Eastport|c260|EMPLOYER}} who {{did the big mural on Spring Street|c260|"
  "DISTINCTIVE|fact|mural on spring street}} phoned, his bakkie broke down, he'll come next week.")

D("team_note", "quasi",
  "Grand, so — the guard (well, {{police officer|c097|DISTINCTIVE|occupation}}, {{Manchester|c097|ADDRESS|city}}) "
  "who {{coaches the under-12 Storm|c097|DISTINCTIVE|fact|manchester storm under-12}} is after cancelling "
  "again. Third time. Will I ring him or will you?")

D("team_note", "quasi",
  "the lady who {{owns the barbershop on simon lane|c135|DISTINCTIVE|fact|barbershop on simon lane}} and "
  "{{plays bass in the copper satellites|c135|DISTINCTIVE|fact|copper satellites}} left her scarf in rm 2, "
  "its on the hook")

D("email", "quasi",
  "Bonjour, small question: the client who works at the {{Grand Dayton Hotel|c224|EMPLOYER}} and who "
  "{{has the famous iguana Baron from Instagram|c224|DISTINCTIVE|fact|iguana named baron}} asks if he can "
  "bring the iguana to session. I said I ask you first 😅")

D("team_note", "quasi",
  "Oye, the {{police officer|c021|DISTINCTIVE|occupation}} from {{Florence|c021|ADDRESS|city}} — married to "
  "{{Hugo|c021|RELATIVE}} — quiere cambiar a los viernes. ok?")

D("team_note", "quasi",
  "FYI the {{Ward 2 councillor from Eastport|c090|DISTINCTIVE|fact|ward 2 on the eastport}} (the one with "
  "{{the llama Pancake|c090|DISTINCTIVE|fact|llama named pancake}}) is asking for a letter for work, told "
  "her I'd check policy first")

D("social_post", "quasi",
  "saw a client {{playing bass w the Midnight Ghosts|c263|DISTINCTIVE|fact|midnight ghosts}} last nite 🤘 "
  "hes a {{lecturer|c263|DISTINCTIVE|occupation}} in {{auburn|c263|ADDRESS|city}} by day lol the duality")

D("team_note", "quasi",
  "Can someone swap w me thurs? the {{carpenter|c062|DISTINCTIVE|occupation}} from {{Franklin|c062|ADDRESS|city}} "
  "who's {{on the Auburn council (ward 8)|c062|DISTINCTIVE|fact|ward 8 on the auburn}} has a council vote "
  "and can only do 8am")

# --- benign -----------------------------------------------------------------------------
D("team_note", "benign", "Grand so, will ye be in for the team meeting or are ye working from home?",
  "ordinary_word")

D("team_note", "benign",
  "Ag shame, the kettle's broken again. Sue from reception says she'll sort it now-now.", "colleague")

D("email", "benign",
  "Dear colleagues,\n\nPlease to welcome Mister Frank Nolan, our new accountant from next month. He will "
  "sit in the small office.\n\nRegards, Ana", "non_client")

D("team_note", "benign", "VM from Gemma Hartly again (couples group) — pls call bk, 555 0137", "non_client")

D("team_note", "benign", "my daugther June is sick so i work from home tmrw, can do telehealth only",
  "writers_relative")

D("team_note", "benign",
  "new client (lady in her 50s, working in a library) asks for sessions in Spanish — who can take?",
  "deidentified")

D("social_post", "benign", "Feliz cumpleaños a mi hija Sofía 🎂 15 años ya! 💕", "writers_relative")

D("email", "benign",
  "Hallo Team,\n\nunser Kollege Mark ist heute krank. Seine Gruppe um 17 Uhr fällt aus.\n\nLG, Jana",
  "colleague")

D("team_note", "benign",
  "hey the Dawn dish soap in the kitchen is finished eh, can someone grab more at Costco", "ordinary_word")

D("team_note", "benign",
  "had a rly tough session w a teenager today cant stop thinking abt it, anyone free for a debrief at 5? "
  "no details needed just need to talk", "deidentified")

D("team_note", "benign", "someone from carrol logistics called abt the EAP contract, said theyd email",
  "single_quasi")

D("email", "benign",
  "Kindly do the needful and update the rota as Bill is on leave from 12th to 19th.\n\nThanks & regards",
  "colleague")

D("social_post", "benign",
  "Have you seen the interview of Emma Stone about her anxiety? Very good for discussion in the group 👍",
  "public_figure")

D("social_post", "benign",
  "Since Thomas Cook went bust my mum's still fighting for her holiday refund. Financial stress is real "
  "stress. 😩", "organisation")

D("social_post", "benign",
  "Anyone else rewatching Cheers? Shelley Long's comic timing is perfect. Comfort TV is self-care. 📺",
  "public_figure")

D("team_note", "benign",
  "Himself (my husband Dean) is off to the match so I'm free for the late slot if anyone needs cover",
  "writers_relative")

D("social_post", "benign",
  "robin wiliams said everyone you meet is fighting a battle you know nothing about. be kind. 💙",
  "public_figure")

D("team_note", "benign",
  "Lekker braai at the practice on Friday! Grace is bringing the boerewors, Chase is on salads 🔥",
  "colleague")
