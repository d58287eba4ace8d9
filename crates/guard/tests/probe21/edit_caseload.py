"""Applied once to the generated caseload (gen_corpus.py --seed 2111 --clients 500 --style dev):
hand edits of 60 clients' names so the caseload holds names the way the world has them.
Each entry: id -> (given, family, full_name, preferred, email, [relative names in caseload order]).
Everything else about the client (DOB, phone, address, employer, occupation, school, relation
labels, distinctive facts) is kept. Idempotent: a client already carrying the new name is skipped."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
E = {
 "c001": ("Siobhán", "O'Connor", "Siobhán O'Connor", None, "siobhanoconnor9@hotmail.com", ["Declan O'Connor"]),
 "c002": ("An", "Nguyen", "Nguyen Van An", None, "a.nguyen@hotmail.com", ["Mai Tran", "Bao Nguyen", "Linh Nguyen"]),
 "c003": ("María José", "García Márquez", "María José García Márquez", "Majo", "mariajoseg89@fastmail.com", ["Alejandro García Ruiz", "Andrés García Márquez"]),
 "c004": ("Aoife", "O'Sullivan", "Aoife O'Sullivan", None, "aoifeosullivan53@aol.com", ["Kevin O'Sullivan", "Niamh Kelleher"]),
 "c006": ("Dafydd", "Llywelyn", "Dafydd Llywelyn", "Dai", "d.llywelyn@yahoo.com", ["Laura Evans"]),
 "c007": ("Oluwaseun", "Adeyemi", "Oluwaseun Adeyemi", "Seun", "oluwaseuna86@yahoo.com", ["Babatunde Adeyemi", "Tobi Adeyemi", "Folake Adeyemi"]),
 "c008": ("Chukwuemeka", "Okafor", "Chukwuemeka Okafor", "Emeka", "chukwuemekaokafor44@gmail.com", ["Devon Salas", "Adaeze Okafor", "Ngozi Okafor"]),
 "c012": ("Akosua", "Mensah", "Akosua Mensah", None, "akosua.mensah@proton.me", ["Kwame Mensah"]),
 "c013": ("Miguel Ángel", "Ponce de León", "Miguel Ángel Ponce de León", "Migue", "miguelangel.poncedeleon@outlook.com", ["Zachary Whitfield"]),
 "c014": ("Ji-woo", "Park", "Ji-woo Park", None, "jiwoop85@yahoo.com", ["Taylor Simpson"]),
 "c015": ("Harpreet", "Kaur", "Harpreet Kaur", "Preeti", "harpreet.kaur@outlook.com", ["Jaskaran Singh"]),
 "c016": ("Aleksandr", "Volkov", "Aleksandr Volkov", "Sasha", "a.volkov@outlook.com", ["William Brandt", "Misha Volkov"]),
 "c017": ("Emre", "Yıldız", "Emre Yıldız", None, "e.yildiz@yahoo.com", ["Mehmet Yıldız"]),
 "c018": ("Dariush", "Tehrani", "Dariush Tehrani", "Dara", "dariushtehrani4@outlook.com", ["Robert Kaplan", "Kian Tehrani", "Shirin Tehrani"]),
 "c019": ("Zsófia", "Kovács", "Zsófia Kovács", "Zsófi", "z.kovacs@proton.me", ["Shelby Carroll"]),
 "c021": ("Tamar", "Ben-David", "Tamar Ben-David", None, "tamar.bendavid@hotmail.com", ["Avraham Ben-David"]),
 "c022": ("Mohammed", "al-Rashid", "Mohammed al-Rashid", None, "mohammeda97@fastmail.com", ["Khalid al-Rashid"]),
 "c023": ("Dawit", "Tesfaye", "Dawit Tesfaye", None, "dawittesfaye62@proton.me", ["Yonas Tesfaye"]),
 "c024": ("Wei", "Zhang", "Wei Zhang", None, "weiz96@gmail.com", ["Emily Zhang", "Kevin Zhang", "Lei Zhang"]),
 "c026": ("Ana Paula", "Silva Santos", "Ana Paula Silva Santos", "Paulinha", "anapaulas71@gmail.com", ["Sarah Romero", "João Santos", "Beatriz Santos"]),
 "c027": ("Guðrún", "Jónsdóttir", "Guðrún Jónsdóttir", None, "gudrunjonsdottir29@fastmail.com", ["Sólveig Einarsdóttir", "Ari Einarsson", "Sigurður Jónsson"]),
 "c028": ("Anneke", "van der Berg", "Anneke van der Berg", "Anne", "a.vanderberg@hotmail.com", ["Pieter van der Berg", "Daan van der Berg", "Joost Bakker"]),
 "c029": ("Rodrigo", "de la Cruz", "Rodrigo de la Cruz", "Rod", "rodrigo.delacruz@gmail.com", ["Marites de la Cruz", "Paolo de la Cruz", "Angelica de la Cruz", "Ernesto de la Cruz"]),
 "c030": ("Srinivas", "Vemuri", "Srinivas Vemuri", "Srini", "srinivas.vemuri@outlook.com", ["Lakshmi Vemuri", "Keerthi Vemuri"]),
 "c031": ("Małgorzata", "Wiśniewska", "Małgorzata Wiśniewska", "Gosia", "m.wisniewska@aol.com", ["Amy May", "Tomasz Wiśniewski"]),
 "c032": ("Jürgen", "Müller", "Jürgen Müller", None, "j.mueller@gmail.com", ["Lena Müller"]),
 "c033": ("Kateřina", "Dvořáková", "Kateřina Dvořáková", "Katka", "katerinad77@fastmail.com", ["Jonathan Watts"]),
 "c034": ("Ruaraidh", "Mac an tSaoir", "Ruaraidh Mac an tSaoir", "Rory", "r.macantsaoir@aol.com", ["Mòrag Mac an tSaoir"]),
 "c035": ("Guadalupe", "Hernández Ortiz", "Guadalupe Hernández Ortiz", "Lupita", "guadalupeh94@hotmail.com", ["Jessica Maldonado", "Carlos Hernández", "Alicia Hernández", "Natán Hernández Ortiz"]),
 "c036": ("Soo-jin", "Kim", "Soo-jin Kim", None, "soojinkim91@hotmail.com", ["Madeline Shaw", "Daniel Kim", "Joshua Kim"]),
 "c037": ("Patience", "Owusu-Ansah", "Patience Owusu-Ansah", "Abena", "patienceo95@proton.me", ["Efua Owusu-Ansah", "Kofi Owusu-Ansah", "Kwabena Owusu"]),
 "c038": ("Priya", "Patel", "Priya Patel", None, "priyap74@fastmail.com", ["Rajesh Patel", "Nisha Desai"]),
 "c039": ("Nikhil", "Patel", "Nikhil Patel", "Nik", "nikhil.patel@outlook.com", ["Sanjana Patel"]),
 "c040": ("Gurpreet", "Singh", "Gurpreet Singh", None, "gurpreets74@aol.com", ["Kuldeep Singh"]),
 "c041": ("Manpreet", "Kaur", "Manpreet Kaur", None, "manpreet.kaur@outlook.com", ["Felicia Deleon", "Arjun Singh", "Tejbir Singh"]),
 "c043": ("Mohamed", "Haddad", "Mohamed Haddad", None, "m.haddad@yahoo.com", ["Donald Blackburn", "Salma Haddad", "Rania Haddad"]),
 "c045": ("Eilidh", "MacLeod", "Eilidh MacLeod", None, "eilidhmacleod75@hotmail.com", ["Calum MacLeod", "Catriona MacLeod"]),
 "c047": ("Maricel", "Santos", "Maricel Santos", None, "maricel.santos@yahoo.com", ["Ronaldo Santos"]),
 "c048": ("Jan-Erik", "Andersen", "Jan-Erik Andersen", None, "janerik.andersen@icloud.com", ["Michael Turner", "Henrik Andersen", "Gunnar Andersen"]),
 "c049": ("Adeola", "Adebayo", "Adeola Adebayo", "Joy", "adeola.adebayo@aol.com", ["Timilehin Adebayo"]),
 "c050": ("Dmitri", "Sokolov", "Dmitri Sokolov", "Dima", "dmitris70@yahoo.com", ["Kimberly Beck", "Artyom Sokolov", "Katya Sokolova", "Pavel Sokolov"]),
 "c051": ("Hoa", "Nguyen", "Hoa Nguyen", None, "hoanguyen81@yahoo.com", ["Lacey Wells", "Minh Nguyen", "Christopher Nguyen"]),
 "c052": ("Keiko", "Tanaka", "Keiko Tanaka", None, "keikot80@proton.me", ["Andrea Clark"]),
 "c053": ("Min-jun", "Kim", "Kim Min-jun", "Chris", "minjun.kim@fastmail.com", ["Lee Hye-jin", "Kim Seo-yeon"]),
 "c054": ("Niamh", "Gallagher", "Niamh Gallagher", None, "niamhg93@hotmail.com", ["Gráinne Gallagher"]),
 "c057": ("Kavitha", "Subramanian", "Kavitha Subramanian", "Kavi", "k.subramanian@hotmail.com", ["Ramesh Natarajan"]),
 "c058": ("Konstantinos", "Alexandrou", "Konstantinos Alexandrou", "Kostas", "konstantinosa85@gmail.com", ["Terry Lamb", "Yannis Alexandrou", "Nikos Alexandrou"]),
 "c061": ("Rohit", "Sharma", "Rohit Sharma", None, "r.sharma@yahoo.com", ["Rebecca Gibson", "Meera Sharma", "Suresh Sharma"]),
 "c062": ("Eun-ji", "Kim", "Eun-ji Kim", None, "eunjik87@icloud.com", ["Kenneth Kim", "Jae-won Kim"]),
 "c063": ("Harjit", "Singh", "Harjit Singh", "Harry", "harjitsingh54@icloud.com", ["Simran Kaur"]),
 "c065": ("Amit", "Patel", "Amit Patel", None, "a.patel@proton.me", ["Diya Patel", "Geeta Patel", "Meghna Patel"]),
 "c066": ("Donnchadh", "Ó Briain", "Donnchadh Ó Briain", "Danny", "donnchadho76@yahoo.com", ["David Johnson", "Aoibhinn Ní Bhriain"]),
 "c068": ("Patricia", "Tapia Villanueva", "Patricia Tapia Villanueva", "Paty", "patricia.tapia@yahoo.com", ["Amanda Montgomery", "Ximena Tapia", "Renata Tapia"]),
 "c069": ("Maryam", "Hosseini", "Maryam Hosseini", None, "maryamhosseini95@aol.com", ["Yasmin Hosseini", "Leila Hosseini", "Parvin Ahmadi"]),
 "c072": ("Yaakov", "Friedman", "Yaakov Friedman", "Yanky", "y.friedman@yahoo.com", ["Shmuel Friedman"]),
 "c073": ("Rhodri", "Morgan", "Rhodri Morgan", "Rhod", "rhodrimorgan64@icloud.com", ["Jason Morales", "Seren Morgan"]),
 "c075": ("Nur Aisyah", "binti Ahmad", "Nur Aisyah binti Ahmad", "Aisyah", "n.ahmad@gmail.com", ["Adam Haziq bin Rahman"]),
 "c076": ("Thắng", "Nguyễn", "Thắng Nguyễn", None, "thangnguyen39@hotmail.com", ["Anthony Zuniga", "Hải Nguyễn", "Tuấn Nguyễn"]),
 "c077": ("Meskerem", "Alemu", "Meskerem Alemu", "Meski", "meskeremalemu59@aol.com", ["Tigist Alemu"]),
 "c079": ("Vítor", "Costa Ferreira", "Vítor Costa Ferreira", "Vic", "vitor.costa@hotmail.com", ["Robin Brewer", "Nathan Costa", "Mariana Costa", "Eduardo Costa Ferreira"]),
}
assert len(E) == 60, len(E)
if __name__ == "__main__":
    path = os.path.join(HERE, "caseload.json")
    cl = json.load(open(path, encoding="utf-8"))
    by = {c["id"]: c for c in cl["clients"]}
    for cid, (g, f, full, pref, email, rels) in E.items():
        c = by[cid]
        if c["full_name"] == full:
            continue
        assert len(rels) == len(c["relatives"]), (cid, rels, c["relatives"])
        c.update(given_name=g, family_name=f, full_name=full, preferred_name=pref, email=email)
        for r, n in zip(c["relatives"], rels):
            r["name"] = n
    json.dump(cl, open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print("edited", len(E))
