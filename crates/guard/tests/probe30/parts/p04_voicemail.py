# Voicemail transcriptions (machine-made, no punctuation, numbers read out).
DOCS = [
("team_note", "direct", None, """voicemail 6/10 9:14am 0:42
hi this is {{randall butler|c008|FULL_NAME}} calling about my appointment on thursday i need to move it if i can my number is {{nine oh four three four four five nine one eight|c008|PHONE}} thanks bye"""),
("team_note", "benign", "nonclient_person", """voicemail 6/10 10:02am 0:19
hey it's terry from the landlord's office the plumber is coming friday between eight and noon call me back thanks"""),
("team_note", "direct", None, """vm transcription (confidence low)
hi um its {{june garrett|c118|FULL_NAME}}s mom {{kimberly|c118|RELATIVE}} calling about {{june|c118|GIVEN_NAME}} s session i think she has a test that day can you call me back thank you"""),
("team_note", "quasi", None, """vm 6/11 4:47pm 1:02
hi yes this is the mother my son is a {{student at north greenville|c003|SCHOOL}} no sorry my daughter she's a student there and {{katherine|c003|RELATIVE}} her sister said you had an opening on tuesdays please call back"""),
("team_note", "benign", "name_as_word", """voicemail 0:11
hi just calling to say i will be there at four hope that's still ok bye"""),
("team_note", "direct", None, """voicemail from {{(360) 298-8588|c013|PHONE}} 6/12 6:02am
hey its {{chris|c013|NICKNAME}} im sorry i cant make it today i got called in for a double at dispatch ill call later"""),
("team_note", "benign", "nonclient_person", """voicemail 0:33
good morning this is rose at blue cross provider services returning your call about claim number four four one two zero nine please call us at one eight hundred five five five zero one nine nine"""),
("team_note", "direct", None, """vm transcript 6/13 11:20pm 0:58
this is {{destiny pitts|c022|RELATIVE}} {{kayla pitts|c022|FULL_NAME}}s mom she's not doing good tonight i dont know if i should bring her in tomorrow please call {{six five oh three oh seven eight six four nine|c022|PHONE}}"""),
("team_note", "benign", "nonclient_person", """vm 6/14 0:21
hi it's april from doctor patel's office we received the records request it'll go out monday by fax"""),
("team_note", "direct", None, """voicemail 6/16 8:03am 0:47
hello its {{mister roth|c015|FAMILY_NAME}} jason i had the eleven o clock i wanted to ask about the bill you can reach me at {{two one oh five nine one one eight one three|c015|PHONE}}"""),
("team_note", "quasi", None, """vm 6/16 12:12pm
hi this is a message for the counselor i was referred by my union at {{charles auto repair|c015|EMPLOYER}} im a welder um my brother {{steven|c015|RELATIVE}} gave me your number please call back"""),
("team_note", "benign", "weak_attribute", """voicemail 0:29
hi im a nurse in milford looking for a therapist for myself do you take aetna please call back at the number on the caller id thanks"""),
("team_note", "direct", None, """vm transcript
hi this is {{susan day|c026|FULL_NAME}} date of birth {{november thirteenth nineteen sixty five|c026|DOB}} i'm calling to request my records be sent to my new psychiatrist thank you"""),
("team_note", "benign", "name_as_word", """vm 0:14
hi its the pharmacy your order will be ready in may or june depending on the supplier bye"""),
("team_note", "direct", None, """vm 6/17 7:44pm 0:36
its {{gary montgomery|c073|FULL_NAME}} i need to cancel tomorrow the station has me on a callout"""),
("team_note", "quasi", None, """voicemail 6/17 2:05pm 0:50
hi i'm calling on behalf of my husband {{james|c053|RELATIVE}} no sorry for me but james said to call um i work at {{taylor insurance|c053|EMPLOYER}} as a lawyer looking for evening appointments"""),
("team_note", "benign", "nonclient_person", """vm 0:40
hey it's holly from medit the server patch is done you might need to restart the front desk machine call if anything's weird"""),
("team_note", "direct", None, """vm transcription 6/18 09:31
yeah hi its {{jack dalton|c048|FULL_NAME}} returning your call my email is {{jackdalton61 at gmail dot com|c048|EMAIL}} send the forms there"""),
("team_note", "direct", None, """vm 6/18 3:15pm
hi its {{mei|c034|GIVEN_NAME}} from the tuesday group um i can't do tuesdays anymore because of my son {{wei|c034|RELATIVE}}'s schedule can i switch to one on ones"""),
("team_note", "benign", "public_figure", """vm 0:12
hi its dad did you see gina rodriguez is in that new show call me"""),
("team_note", "quasi", None, """voicemail transcript 6/19
hello i'm a {{radiographer|c039|DISTINCTIVE|occupation}} in {{hudson|c039|ADDRESS|city}} my husband {{daniel|c039|RELATIVE}} found you online i work at {{st luke's hospital|c039|EMPLOYER}} please call me back"""),
("team_note", "direct", None, """vm from unknown 6/19 10:10am
hi this is about {{hope clark|c093|FULL_NAME}} i'm her wife {{elizabeth|c093|RELATIVE}} she asked me to call and say she's in the hospital and will miss next week"""),
("team_note", "benign", "nonclient_person", """vm 0:25
hi it's mark smith from the alarm company your system reported a low battery at the back door sensor no rush"""),
("team_note", "direct", None, """vm 6/20 6:58am
hi its {{ricky christensen|c269|FULL_NAME}} calling back my number is {{five eight five five eight five four oh two six|c269|PHONE}} thanks"""),
("team_note", "benign", "deidentified", """voicemail audit june: 61 vms, 54 transcribed ok, 7 unintelligible, avg callback 3.1 hrs. no client details in this summary"""),
("team_note", "quasi", None, """vm 6/20 1:30pm
hi my mom {{kimberly|c118|RELATIVE}} said to call i'm at {{whitman prep|c118|SCHOOL}} and i want to switch to after school times thanks"""),
("team_note", "benign", "name_as_word", """vm 0:09
hi yeah will do thanks bye"""),
]
