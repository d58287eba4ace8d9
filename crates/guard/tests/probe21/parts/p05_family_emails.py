# Emails from relatives (and a few from clients) to the practice.
DOCS = [
("email", "direct", None,
 "Hello,\nI am the daughter of {{Hoa Nguyen|c051|FULL_NAME}}. My mother has an appointment on Tuesday but she does not read English well. "
 "Can someone call her at {{513-671-2114|c051|PHONE}} in the morning? My brother {{Minh|c051|RELATIVE}} will be there to help.\nThank you"),
("email", "direct", None,
 "Dear Sir/Madam,\n\nI write about my father, Mr {{Jónsdóttir|c027|FAMILY_NAME}}… I apologise, that is my mother's name: {{Guðrún Jónsdóttir|c027|FULL_NAME}}. In Iceland we do not "
 "share a family name, so my name is {{Sólveig Einarsdóttir|c027|RELATIVE}} and my brother is {{Ari Einarsson|c027|RELATIVE}}. Our mother is very low since the winter. "
 "Can we come with her?\n\n{{Sólveig|c027|RELATIVE}}"),
("email", "direct", None,
 "hi its {{Folake|c007|RELATIVE}}, Mummy ({{Oluwaseun Adeyemi|c007|FULL_NAME}}) asked me to email. she lost her appointment card. is it still wednesday 4pm?? "
 "her number changed to {{+1 347 353 1893|c007|PHONE}}. thank u"),
("email", "direct", None,
 "To whom it may concern — my son {{Emeka|c008|NICKNAME}} is your patient. I am his mother. I only want to say thank you. He is sleeping again. "
 "God bless you. — {{Ngozi|c008|RELATIVE}}"),
("email", "direct", None,
 "Subject: my husband {{Sasha|c016|NICKNAME}}\n\nHello, I'm {{William|c016|RELATIVE}}, {{Sasha Volkov|c016|NICKNAME|nickname_full}}'s husband. He asked me to confirm he'll be 10 min late today — "
 "the bus from Franklin Place is slow. Sorry for the short notice."),
("email", "direct", None,
 "Dear therapist,\nmy sister {{Meski|c077|NICKNAME}} ({{Meskerem|c077|GIVEN_NAME}}) is seeing you. I am {{Tigist|c077|RELATIVE}}. Please tell her I am arriving on the 12th. "
 "Her phone is broken. She is at {{Eastport Public Library|c077|EMPLOYER}} all day, you can leave a message there.\n{{Tigist Alemu|c077|RELATIVE}}"),
("email", "direct", None,
 "Hello, this is {{Kian|c018|RELATIVE}} — Dad ({{Dariush Tehrani|c018|FULL_NAME}}) wants to add me as a contact. His DOB is {{May 22, 1986|c018|DOB}} if you need it. "
 "Thanks."),
("email", "direct", None,
 "Hi there, {{Seren|c073|RELATIVE}} here (17). Dad — {{Rhod|c073|NICKNAME}} — says I can come to one session. Is that okay? Don't tell him I asked first lol"),
("email", "direct", None,
 "Sehr geehrte Damen und Herren, ich bin die Tochter von Herrn {{Müller|c032|FAMILY_NAME}}, {{Jürgen|c032|GIVEN_NAME}}. Papa bittet um einen neuen Termin. "
 "Mit freundlichen Grüßen, {{Lena Müller|c032|RELATIVE}}"),
("email", "direct", None,
 "Assalamu alaikum, I am {{Khalid|c022|RELATIVE}}, brother of {{Mohammed|c022|GIVEN_NAME}} {{Alrashid|c022|FAMILY_NAME}}. He told me he has an appointment, I want to "
 "know if family can come. Our mother is worried. Please email me back."),
("email", "direct", None,
 "hello it's Auntie {{Geeta|c065|RELATIVE}}, {{Amit|c065|GIVEN_NAME}}'s mother. {{Amit|c065|GIVEN_NAME}} beta is not answering his phone, he said he was coming to you today, did he come? "
 "His email is {{a.patel@proton.me|c065|EMAIL}} if you can remind him."),
("email", "direct", None,
 "Good morning, writing on behalf of my wife {{Marites|c029|RELATIVE}} and myself. My son {{Rodrigo de la Cruz|c029|FULL_NAME}} is your client. I am his father, {{Ernesto|c029|RELATIVE}} — "
 "no jokes about the movie please, I have heard them all. We are worried about him."),
# quasi
("email", "quasi", None,
 "Hello, my mum works as a {{care assistant|c047|DISTINCTIVE|occupation}} in {{Eastport|c047|ADDRESS|city}} and {{ran for mayor of Bristol last year|c047|DISTINCTIVE|fact|mayor of Bristol in 2024}}. "
 "She is your client I think. She is not eating. Please help."),
("email", "quasi", None,
 "From a worried sister: my little brother goes to {{Madison State University|c017|SCHOOL}} and "
 "{{painted the big mural on Collins Court|c017|DISTINCTIVE|fact|Collins Court}}. Our older brother {{Mehmet|c017|RELATIVE}} says he sees someone at your place. Is he okay?"),
("email", "quasi", None,
 "Hello, I am the mother of a {{Whitman High School|c053|SCHOOL}} boy who {{was in the Burlington Herald for delivering a baby on the highway|c053|DISTINCTIVE|fact|Burlington Herald}} — he talks to a counsellor at your clinic. Can I be informed?"),
("email", "quasi", None,
 "My daughter {{Adaeze|c008|RELATIVE}} says her father is seeing someone there. He is a {{nurse|c008|DISTINCTIVE|occupation}} in {{Manchester|c008|ADDRESS|city}}. "
 "I am his ex. I need to know if he is fit to have her this weekend."),
("email", "quasi", None,
 "hi, my husband works at {{Kestrel Labs|c060|EMPLOYER}} and our son {{Émile|c060|RELATIVE}} is worried about him. can we book a family session? — Sophie"),
# benign
("email", "benign", "nonclient_person",
 "Hello, my name is Dmitri and I'm looking for a Russian-speaking therapist for my grandmother, Lyudmila. She's 81. Do you have anyone?"),
("email", "benign", "nonclient_person",
 "Hi, my son Kwame (16) has been struggling since his dad left. Do you see teenagers? We live in Lexington. — Ama"),
("email", "benign", "nonclient_person",
 "Dear clinic, I am Priya, I saw your flyer at the temple. My father-in-law Mahesh won't talk to anyone about his wife's death. Do you do home visits?"),
("email", "benign", "name_as_word",
 "Thank you all for your patience during the move. Seeing my mother smile again is pure joy. A grateful family."),
("email", "benign", "nonclient_person",
 "Hello, I'm Ernesto, from the parish. Father Wiśniewski asked me to drop off the donation for the waiting room toys. When is the office open?"),
("email", "benign", "public_figure",
 "Hi! Random question from a parent — my daughter wants to be Ernesto de la Cruz for Halloween (from Coco). Are costumes okay for the kids' group party? 😄"),
("email", "benign", "shared_family_name",
 "Hello, this is Mrs Santos. I had an appointment letter but it doesn't have my first name on it and I'm not sure it's mine — my sister-in-law is also a Santos and also comes to you. Can you check?"),
("email", "benign", "single_quasi",
 "Hi, my husband works at Milford Shipyard — does your EAP cover shipyard staff or only office staff?"),
("email", "benign", "nonclient_person",
 "hi it's Tobi from the youth football club, we're collecting for Coach Adeyemi's retirement gift (Coach Femi, not anyone you'd know). want to chip in?"),
("email", "benign", "nonclient_person",
 "Hello, I'm Soo-jin, I clean the office on Fridays. I found a scarf in room 2. I left it with the guard. Thank you."),
("email", "benign", "weak_attribute",
 "My brother is a firefighter in Clayton and he's not coping since the fire last month. I don't think he's a client anywhere. What can we do?"),
]
