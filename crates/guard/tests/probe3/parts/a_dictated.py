# Voice-dictated notes: little punctuation, numbers as words, "full stop" / "new line" artefacts
DOCS = []
def D(kind, cat, text, sub=None): DOCS.append((kind, cat, sub, text))
S, T, E, C = "social_post", "team_note", "email", "case_presentation"

# ---- direct
D(T, "direct", "note for file {{renee casey|c005|FULL_NAME}} seen today ten a m full stop reports sleep a bit better since the night shifts stopped full stop husband {{melvin|c005|RELATIVE}} waited in the car full stop plan continue weekly new line", "FULL_NAME")
D(T, "direct", "dictation begins session four with {{ray|c042|NICKNAME}} {{carter|c042|FAMILY_NAME}} mum came to the first ten minutes comma {{ray|c042|NICKNAME}} quieter than usual full stop talked about the band and about school full stop no safety concerns today full stop dictation ends", "NICKNAME")
D(T, "direct", "intake summary for {{james dixon|c001|FULL_NAME}} date of birth {{tenth of april nineteen sixty seven|c001|DOB}} referred by his G P for low mood after the hospital restructure full stop", "DOB")
D(T, "direct", "please call back {{tanya|c018|GIVEN_NAME}} she left a message about moving her thursday slot the number she gave is {{five oh seven two one oh double oh one three|c018|PHONE}} thanks", "PHONE")
D(T, "direct", "quick voice memo {{tammy murry|c129|MISSPELLED_NAME}} cancelled again third time this month full stop will send the no show letter full stop", "MISSPELLED_NAME")
D(T, "direct", "new line session note {{nicky washington|c146|NICKNAME}} came in straight from a double shift at the lanes full stop exhausted irritable full stop we did grounding and a sleep plan full stop", "NICKNAME")
D(T, "direct", "home visit booked for wednesday at {{242 poplar way|c059|ADDRESS|street}} clayton full stop {{mister wood|c059|FAMILY_NAME|title}} prefers mornings full stop bring the consent forms", "ADDRESS")
D(T, "direct", "reminder re {{candy guzman|c180|NICKNAME}} d o b {{twenty ninth february two thousand and eight|c180|DOB}} the leap year one full stop her mum needs the school letter by friday", "DOB")
D(T, "direct", "ok so um {{doctor bech|c234|FAMILY_NAME|title}} rang back comma he wants to move to fortnightly because theatre lists are brutal right now full stop fine by me full stop", "FAMILY_NAME")
D(T, "direct", "transcribed from phone memo colon client {{wiktor|c232|GIVEN_NAME}} says the warehouse manager at {{schaefers|c232|EMPLOYER}} has been on his case since the election full stop wants to talk about quitting full stop", "GIVEN_NAME")
D(T, "direct", "voice note for the team {{eli sorensen|c262|MISSPELLED_NAME}} asked if we can email the letter instead of post full stop address is {{elisorensen71 at fastmail dot com|c262|EMAIL}} full stop", "EMAIL")
D(T, "direct", "session eleven {{kreszentia|c123|GIVEN_NAME}} brought up her sister {{hülya|c123|RELATIVE}} again comma the wedding seating thing comma big rupture there full stop homework thought record", "GIVEN_NAME")
D(T, "direct", "dictated on the drive back {{misses fuentes|c142|FAMILY_NAME|title}} no sorry mister {{jody fuentes|c142|NICKNAME}} the teacher from {{carver elementary|c142|EMPLOYER}} wants a letter for his principal full stop do tomorrow", "NICKNAME")
D(T, "direct", "client {{geri hernandez|c017|NICKNAME}} phone {{four one three two five nine two nine three five|c017|PHONE}} wants a call before nine full stop something about the council meeting", "PHONE")
D(T, "direct", "supervisee dictation colon discussed {{mrs randall|c051|FAMILY_NAME|title}} the corrections officer comma husband {{logan|c051|RELATIVE}} is now refusing couples work full stop", "FAMILY_NAME")
D(T, "direct", "fax cover to the psychiatrist new line re {{dominga pazos|c138|FULL_NAME}} born {{fifteenth august eighty five|c138|DOB}} please see attached medication history full stop", "FULL_NAME")
D(T, "direct", "call log colon returned call for {{patricia fisher|c127|FULL_NAME}} comma her brother {{john watson|c127|RELATIVE}} rang about the bowling alley shift comma she is OK to come tomorrow full stop", "FULL_NAME")

# ---- quasi
D(T, "quasi", "referral in from the ER doc colon line cook at the {{bowling alley in auburn|c020|EMPLOYER}} who {{ran for mayor of franklin back in twenty thirteen|c020|DISTINCTIVE|fact|mayor of Franklin in 2013}} full stop presenting with panic full stop allocate please", "quasi_2attr")
D(T, "quasi", "new line the school librarian from {{hamilton elementary|c133|EMPLOYER}} who also {{sits on lancaster council for ward seven|c133|DISTINCTIVE|fact|Ward 7 on the Lancaster}} wants evening slots only full stop", "quasi_2attr")
D(T, "quasi", "voice memo colon the teenager who {{keeps the viral alpaca called nugget|c019|DISTINCTIVE|fact|alpaca named Nugget}} is also {{playing bassoon with the clayton symphony|c019|DISTINCTIVE|fact|bassoon in the Clayton}} now comma big performance anxiety before the spring concert full stop", "quasi_2attr")
D(T, "quasi", "note colon his dad {{andrew|c019|RELATIVE}} called about the kid with the {{famous alpaca|c019|DISTINCTIVE|fact|alpaca}} comma asking for a parent session full stop", "quasi_2attr")
D(T, "quasi", "dictation colon the firefighter who had the {{pet pig that went viral kevin the second|c002|DISTINCTIVE|fact|Kevin the Second}} came with his wife {{sara|c002|RELATIVE}} today full stop grief work around retirement full stop", "quasi_2attr")

# ---- benign
D(T, "benign", "note to self full stop pick up the kids at three full stop ring mum about sunday lunch full stop renew car rego before the fifteenth", "everyday_note")
D(T, "benign", "session note client A reports more hope this week comma less dread in the mornings full stop continue behavioural activation full stop", "name_as_word")
D(T, "benign", "please mark the file closed and archive the paper notes full stop discharge summary to follow full stop", "name_as_word")
D(T, "benign", "new referral colon a paramedic working for the Kim Dental Group clinic comma mid fifties comma grief after a patient death full stop", "single_quasi")
D(T, "benign", "memo colon thirty four year old nurse from fairview comma no other details yet comma triage call tomorrow at two full stop", "weak_attributes")
D(T, "benign", "dictation test one two three the quick brown fox full stop testing new line testing comma comma full stop", "everyday_note")
D(T, "benign", "reminder to self full stop supervision moved to friday because june is away full stop", "writer_colleague")
