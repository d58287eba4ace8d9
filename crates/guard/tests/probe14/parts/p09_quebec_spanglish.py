# Quebec French/English and US Spanglish: "Bonjour-Hi", "canceller", "rebooker", "tsé", "pis", "ma blonde",
# "le 27 mars 1996", "219 734-0823", M./Mme; Spanglish with Doña/Don, "8 de diciembre de 1950", accented client
# names (Geneviève, Émilie, Rosa María Cuéllar, Agapito Gámez); a hockey legend and a rock singer who share
# clients' given names.
DOCS = [
    # ---------------- direct ----------------
    ("team_note", "direct", None,
     "{{Geneviève|c139|GIVEN_NAME}} a appelé pour canceller son rendez-vous de jeudi – she's on nights at "
     "{{Hudson General|c139|EMPLOYER}} this week. Peux-tu la rebooker pour lundi? Merci!"),
    ("email", "direct", None,
     "Salut Marc,\n\nMme {{Guichard|c100|FAMILY_NAME}} (la TA au {{Glendale Community College|c100|EMPLOYER}}, pas l'autre) "
     "voudrait passer aux sessions virtuelles. Tsé, avec la neige pis toute. Can you send her the Zoom link?\n\n"
     "Merci,\nJosée"),
    ("case_presentation", "direct", None,
     "Présentation de cas / Case presentation – CIUSSS rounds\n\nClient: {{Franck François|c196|FULL_NAME}}, né le "
     "{{27 mars 1996|c196|DOB}}\nEmploi: firefighter, {{Madison Emergency Communications|c196|EMPLOYER}}\nMotif: "
     "cauchemars, hypervigilance after a fatal fire call. Proche: frère {{André|c196|RELATIVE}}.\nQuestion: PE vs. CPT?"),
    ("social_post", "direct", None,
     "Tellement fière de {{Émilie|c439|GIVEN_NAME}} aujourd'hui 🥹 After months of our sessions she went back to work and "
     "told me « j'ai enfin ma vie ». C'est pour ça que je fais ce métier ❤️"),
    ("team_note", "direct", None,
     "Rappelle {{Zacharie|c415|GIVEN_NAME}} au {{219 734-0823|c415|PHONE}} – il veut déplacer mardi, he has a recording "
     "session at the studio."),
    ("email", "direct", None,
     "Bonjour-Hi,\n\nM. {{Letellier|c361|FAMILY_NAME}} nous demande d'envoyer ses reçus à {{b.letellier@yahoo.com|c361|EMAIL}} "
     "au lieu de la poste. Pouvez-vous mettre le dossier à jour?\n\nBonne journée,\nSylvie"),
    ("team_note", "direct", None,
     "Home visit: Doña {{Rosa María|c260|GIVEN_NAME}} se mudó – new address {{4211 Nguyen Lane, Oakland|c260|ADDRESS|street}}. "
     "Her daughter {{Custodia|c260|RELATIVE}} will translate, pero bring the Spanish consent form anyway."),
    ("team_note", "direct", None,
     "Consulta de pares: {{L.M.|c172|INITIALS}}, maestra de química at {{Hamilton Community College|c172|EMPLOYER}}. Mucho "
     "estrés con los estudiantes, not sleeping. Group suggested behavioural activation primero."),
    ("social_post", "direct", None,
     "Don {{Agapito Games|c383|MISSPELLED_NAME}} told me in session today: 'Mija, at 73 I learned to cry.' Ay, my heart 💔 "
     "Never too late for therapy."),
    ("email", "direct", None,
     "Hola doctora,\n\nSoy {{Mariana|c462|RELATIVE}}, la mamá de {{Lucio Alcolea|c462|FULL_NAME}}. Perdón my English. My "
     "son is not sleeping since he lost the job at the bar y no quiere hablar con nadie. Can you see him this week? "
     "Gracias, Dios la bendiga.\n\n{{Mariana|c462|RELATIVE}}"),
    ("case_presentation", "direct", None,
     "INTAKE (traducido del español / translated from Spanish)\nNombre: Sra. {{Carmelita Ramis|c479|FULL_NAME}}\n"
     "Fecha de nacimiento: {{8 de diciembre de 1950|c479|DOB}}\nOcupación: police officer (retiring)\nMotivo de consulta: "
     "'No duermo, pienso mucho.' Lives alone; daughter {{Maristela|c479|RELATIVE}} visits on weekends."),
    ("team_note", "direct", None,
     "Horaire de demain: {{Morey|c072|NICKNAME}} à 10h, {{Gabe|c284|NICKNAME}} à 11h (first session, il est un peu "
     "nerveux), pis la réunion d'équipe à 13h."),
    # ---------------- quasi ----------------
    ("social_post", "quasi", None,
     "Ma cliente est {{infirmière|c139|DISTINCTIVE|occupation}} à {{Marion|c139|ADDRESS|city}} and she "
     "{{coaches the Marion Rockets under-12 hockey team|c139|DISTINCTIVE|fact|Marion Rockets under-12}} on weekends. "
     "Night shifts and a rink at 6am – c'est une machine 🏒"),
    ("team_note", "quasi", None,
     "La TA qui anime {{le podcast Stubborn Parent|c100|DISTINCTIVE|fact|Stubborn Parent}} – the one whose "
     "{{llama Turnip went viral|c100|DISTINCTIVE|fact|llama named Turnip}} – veut un horaire fixe le mercredi."),
    ("email", "quasi", None,
     "Salut Julie,\n\nNouveau client: harpist with {{the Centerville Symphony|c415|DISTINCTIVE|fact|harp in the Centerville}}, "
     "and he was {{in the Quincy Herald for handing back a wallet with $10,000 in it|c415|DISTINCTIVE|fact|Quincy Herald for returning}}. "
     "Anxiété de performance. Peux-tu le prendre?\n\nMerci,\nÉtienne"),
    ("team_note", "quasi", None,
     "La señora que trabaja en {{Howard Logistics|c260|EMPLOYER}} – the one who "
     "{{painted the big mural on Granite Road|c260|DISTINCTIVE|fact|mural on Granite Road}} – quiere cambiar a los viernes."),
    ("social_post", "quasi", None,
     "My client coaches {{the Georgetown Pioneers under-10 basketball|c463|DISTINCTIVE|fact|Georgetown Pioneers under-10}} "
     "y también {{owns the barbería on Townsend Way|c463|DISTINCTIVE|fact|barbershop on Townsend Way}}. ¡Qué mujer! 💪🏽"),
    ("team_note", "quasi", None,
     "The HR girl from {{Hamilton Insurance|c414|EMPLOYER}} whose {{ferret Pretzel|c414|DISTINCTIVE|fact|ferret named Pretzel}} "
     "went viral – pidió sesiones por video. OK with me."),
    # ---------------- benign ----------------
    ("social_post", "benign", "writer_family",
     "Bonne fête à ma blonde Chantal! 🎂 Dix ans ensemble, pis tu me fais encore rire tous les jours ❤️"),
    ("social_post", "benign", "public_figure",
     "Rewatching the Maurice Richard documentary with my dad – le Rocket! And Céline on the radio after. Very "
     "Québécois evening 🏒🎶"),
    ("social_post", "benign", "writer_family",
     "Mi abuela Rosa always said: 'paciencia y fe, mija.' Esperanza too. She'd have made a great therapist 🌹"),
    ("email", "benign", "nonclient_contact",
     "Bonjour à tous,\n\nRessources à inclure dans les lettres: Info-Santé/Info-Social 811, Tel-Aide 514 935-1101, "
     "1 866 APPELLE (1 866 277-3553). En español: 988, opción 2.\n\nMerci"),
    ("team_note", "benign", "colleague_staff",
     "Dr Philippe Bouchard va superviser les internes cet été. Welcome aboard, Philippe!"),
    ("case_presentation", "benign", "deidentified",
     "Caso (sin datos identificables): A 45-year-old woman from Central America, undocumented, cleaning offices at "
     "night, presented with nervios, headaches and fear of leaving home after a raid in her neighbourhood. "
     "Discussion: ataques de nervios as an idiom of distress and safety planning under legal precarity."),
    ("social_post", "benign", "single_quasi",
     "Petite journée: un client qui travaille chez EstesTech m'a expliqué l'IA pendant 20 minutes. J'ai rien compris 😂"),
    ("social_post", "benign", "public_figure",
     "Fito Páez en concierto anoche 🎹 'Mariposa Tecknicolor' me hizo llorar. Celia Cruz on the way home – ¡azúcar!"),
    ("team_note", "benign", "nonclient_person",
     "Monsieur Bertrand, le concierge, dit que le stationnement sera fermé samedi. Avertir les clients, svp."),
]
