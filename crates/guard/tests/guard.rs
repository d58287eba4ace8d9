//! Behaviour of the guard, case by case: every kind of evidence it must find and every
//! use of a name it must leave alone. One table, one `check` helper.

use std::sync::LazyLock;

use sanctum_guard::{Caseload, CaseloadIndex, EvidenceKind, Findings};

static INDEX: LazyLock<CaseloadIndex> = LazyLock::new(|| {
    let json = include_str!("fixtures.json");
    CaseloadIndex::new(&Caseload::from_json("fixtures.json", json).expect("fixture caseload parses"))
});

/// Scans `text` and asserts that exactly the clients in `expected` are identified,
/// each with at least the evidence kinds listed.
fn check(text: &str, expected: &[(&str, &[EvidenceKind])]) -> Findings {
    check_with(&INDEX, text, expected)
}

/// [`check`] against another caseload's index.
fn check_with(index: &CaseloadIndex, text: &str, expected: &[(&str, &[EvidenceKind])]) -> Findings {
    let findings = index.scan(text);
    let got: Vec<&str> = findings.clients.iter().map(|c| c.client_id.as_str()).collect();
    let want: Vec<&str> = expected.iter().map(|(id, _)| *id).collect();
    assert_eq!(got, want, "clients identified in {text:?}: {findings:#?}");
    for (id, kinds) in expected {
        let client = findings.clients.iter().find(|c| c.client_id == *id).expect("present");
        for kind in *kinds {
            assert!(
                client.evidence.iter().any(|e| e.kind == *kind),
                "{id} lacks {kind:?} evidence in {text:?}: {client:#?}"
            );
        }
        assert!(!client.reason.is_empty());
    }
    findings
}

/// An index over a caseload written inline in a test.
fn inline(json: &str) -> CaseloadIndex {
    CaseloadIndex::new(&Caseload::from_json("inline", json).expect("caseload parses"))
}

/// The clients `index` identifies in `text`, in its order.
fn clients(index: &CaseloadIndex, text: &str) -> Vec<String> {
    index.scan(text).clients.into_iter().map(|c| c.client_id).collect()
}

/// The clients `index` identifies in `text`, each with the kinds of its evidence.
fn clients_with_kinds(index: &CaseloadIndex, text: &str) -> Vec<(String, Vec<EvidenceKind>)> {
    index
        .scan(text)
        .clients
        .into_iter()
        .map(|c| (c.client_id, c.evidence.into_iter().map(|e| e.kind).collect()))
        .collect()
}

/// Asserts that `index` identifies no client in any of `texts`.
fn identifies_nobody(index: &CaseloadIndex, texts: &[&str]) {
    for text in texts {
        assert_eq!(clients(index, text), Vec::<String>::new(), "{text}");
    }
}

/// Asserts that each text identifies exactly the clients listed with it, in any order.
fn identifies(index: &CaseloadIndex, cases: &[(&str, &[&str])]) {
    for (text, who) in cases {
        let mut got = clients(index, text);
        got.sort();
        let mut want: Vec<&str> = who.to_vec();
        want.sort();
        assert_eq!(got, want, "{text}");
    }
}

use EvidenceKind::*;

/// A text and the clients it must identify, each with evidence kinds it must show.
type Case = (&'static str, &'static [(&'static str, &'static [EvidenceKind])]);

#[test]
fn direct_identifiers() {
    let cases: &[Case] = &[
        ("Tough session with Nathan Robinson today.", &[("nathan", &[FullName])]),
        ("tough session with nathan robinson today", &[("nathan", &[FullName])]),
        ("ROBINSON, NATHAN — intake done", &[("nathan", &[FullName])]),
        ("So proud of Nathan today.", &[("nathan", &[GivenName])]),
        ("I'm seeing Ms. Whitfield again on Monday.", &[("grace", &[FamilyName])]),
        ("Chuck finally did his exposure homework.", &[("charles", &[Nickname])]),
        ("Chuck Benson called.", &[("charles", &[Nickname])]),
        ("Nathen cried through most of the session.", &[("nathan", &[MisspelledName])]),
        ("Natahn cried through most of the session.", &[("nathan", &[MisspelledName])]),
        ("Attaching Nathan Robinsen's intake paperwork.", &[("nathan", &[MisspelledName])]),
        ("Case: Hoa (68), referred by GP.", &[("hao", &[MisspelledName])]),
        ("His new mobile is 724.474.2865, please call.", &[("nathan", &[Phone])]),
        ("Reach him at +1 724 474 2865.", &[("nathan", &[Phone])]),
        ("New number: 724/474-2865.", &[("nathan", &[Phone])]),
        ("New number: 724 4742865.", &[("nathan", &[Phone])]),
        ("ring him on 724 474 28 65", &[("nathan", &[Phone])]),
        ("his email is n dot robinson at proton dot me", &[("nathan", &[Email])]),
        ("Email N.Robinson@proton.me about the invoice.", &[("nathan", &[Email])]),
        ("his email is n.robinson at proton dot me", &[("nathan", &[Email])]),
        ("contact: N.Robinson [at] proton [dot] me", &[("nathan", &[Email])]),
        ("contact: n.robinson @ proton.me", &[("nathan", &[Email])]),
        ("DOB 22 Jan 54, seen Friday.", &[("nathan", &[Dob])]),
        ("born January 22nd '54", &[("nathan", &[Dob])]),
        ("Sgt. Robinson - critical incident debrief", &[("nathan", &[FamilyName])]),
        // A record names its patient by family name.
        ("Pt WHITFIELD: bloods back, TSH normal.", &[("grace", &[FamilyName])]),
        ("Saw client Okafor today, low mood.", &[("june", &[FamilyName])]),
        // A full name among public-life words still counts where the talk is clinical.
        ("Nathan Robinson kept quoting a movie all session.", &[("nathan", &[FullName])]),
        ("proud of my client nathan today", &[("nathan", &[GivenName])]),
        ("pls tell nathan his slot moved to 3", &[("nathan", &[GivenName])]),
        ("Will no-showed again; call his daughter?", &[("will", &[Nickname])]),
        ("Grace denies SI. Plan unchanged.", &[("grace", &[GivenName])]),
        // …but a list of names or an apposition is still the person.
        ("Monday no-shows: Grace, Nathan. Send the letter.", &[("nathan", &[GivenName]), ("grace", &[GivenName])]),
        ("Grace, 34, presents with panic.", &[("grace", &[GivenName])]),
        (
            "I should like to speak about June, 45, whose analysis has entered its fourth year.",
            &[("june", &[GivenName])],
        ),
        // A name with a time after it is booked to be seen, famous name or not.
        (
            "Cover list Thursday:\nGrace 4pm\nTaylor Swift 11am\nnotes on shared drive",
            &[("grace", &[GivenName]), ("taylor", &[FullName])],
        ),
        // A voicemail transcript's speaker introduces themself in lower case.
        ("Voicemail (auto) 13:33 | hello it's will um i'm not coming on wednesday sorry", &[("will", &[Nickname])]),
        // A relation in the next sentence is another person's.
        ("Handover: Nathan. His partner has no idea he is in therapy.", &[("nathan", &[GivenName])]),
        ("CASE CONFERENCE\nGrace | 34 | warehouse associate\nReason for referral: panic.", &[("grace", &[GivenName])]),
        ("Grace, unfortunately, relapsed and missed her appointment.", &[("grace", &[GivenName])]),
        ("Summer, my 10am, cancelled again.", &[("summer", &[GivenName])]),
        // A hyphen before a pronoun is a dash; a quoted message or nickname is no title;
        // a court report is no street.
        ("Saw Will-he says the new meds are helping.", &[("will", &[Nickname])]),
        (
            "She texted the office: \"hi its Grace, can we move tuesday?\" Please rebook her.",
            &[("grace", &[GivenName])],
        ),
        ("He asked to be called \"Chuck\" in group from now on.", &[("charles", &[Nickname])]),
        ("Subject: Nathan Court Report - draft for your review", &[("nathan", &[GivenName])]),
        ("Please review Grace Intake Form before Monday's MDT.", &[("grace", &[GivenName])]),
        ("Found Grace in reception, tearful, 20 min before her session.", &[("grace", &[GivenName])]),
        ("Crisis line rang at 2am; it was June, distraught, asking for a call back.", &[("june", &[GivenName])]),
        ("Will will be late Tuesday; please warn the front desk.", &[("will", &[Nickname])]),
        ("Grace met her sister after group.", &[("grace", &[GivenName])]),
        // A famous name with an age after it is a case described, public words or not.
        ("Case: Taylor Swift, 26, barista. Panic attacks since the album tour crowds.", &[("taylor", &[FullName])]),
        // …and so is one the sentence speaks of in clinical words, however far, and
        // one the text gives another detail of (the singer is no barista in Salem).
        ("Taylor Swift said the exact same thing about her mother in session today.", &[("taylor", &[FullName])]),
        ("Please find attached the discharge summary for Taylor Swift.", &[("taylor", &[FullName])]),
        (
            "That's the short version for Taylor Swift, a barista living in Salem.",
            &[("taylor", &[FullName, Occupation])],
        ),
        // A quoted phrase in lower case after a possessive is no title.
        ("In session, Nathan Robinson's \"safe place\" exercise helped.", &[("nathan", &[FullName])]),
        // A capitalised word opening the sentence makes no title of a word-name.
        ("Poor Grace cried through most of the session.", &[("grace", &[GivenName])]),
        // In a rota, a name in clinical talk is still the client, and so is one in a
        // sentence of its own.
        ("Rota swap agreed. Grace was tearful again and asked about medication.", &[("grace", &[GivenName])]),
        (
            "The holiday rota is attached. Also, could someone call Nathan back? He sounded very low.",
            &[("nathan", &[GivenName])],
        ),
        ("Rota change: Nathan's session moves to Thursday.", &[("nathan", &[GivenName])]),
        (
            "Rota for Tuesday: please see Nathan at 10am and Grace at 2pm.",
            &[("nathan", &[GivenName]), ("grace", &[GivenName])],
        ),
        // Dictated, all in lower case: a phone number read out, a misspelt full name, a
        // title spoken in full.
        ("the number he gave is seven two four four seven four two eight six five thanks", &[("nathan", &[Phone])]),
        ("voice memo nathan robinsen cancelled again full stop", &[("nathan", &[MisspelledName])]),
        ("ok so doctor robinson rang back to move his session", &[("nathan", &[FamilyName])]),
        ("Anyone else's client cry-laugh through a session? Summer did today.", &[("summer", &[GivenName])]),
        ("Mr Robinson DNA'd again; discharge letter to GP.", &[("nathan", &[FamilyName])]),
        ("Notes for Nathan J. Robinson attached.", &[("nathan", &[FullName])]),
        // A given name and the family name's initial, as rosters shorten a client.
        ("Group roster: Grace W. (nights), two open spots", &[("grace", &[GivenName])]),
        ("On call: Grace W. may ring about her sister", &[("grace", &[GivenName])]),
        // Words of public life that clinical notes use too do not hide a client.
        ("Grace Whitfield had a manic episode over the weekend.", &[("grace", &[FullName])]),
        // Everyday life is no public life; "the doctor" is no title; a weekday after a
        // title is no surname.
        ("Nathan Robinson watches TV all day and won't leave the house.", &[("nathan", &[FullName])]),
        ("The doctor Nathan saw in March doubled his sertraline.", &[("nathan", &[GivenName])]),
        ("Spoke with Mrs Robinsen Monday about her husband.", &[("nathan", &[MisspelledName])]),
        ("Summer is struggling with sleep since the move.", &[("summer", &[GivenName])]),
        // A record or an interview of hers, without "new" or "latest", is the client's.
        ("Nathan Robinson's interview is Tuesday; he is anxious about it.", &[("nathan", &[FullName])]),
        ("Nathan Robinson has a job interview tomorrow and is anxious.", &[("nathan", &[FullName])]),
        ("His doctor called Nathan about the blood results.", &[("nathan", &[GivenName])]),
        ("Can you see Nathan Robinson-Intake form attached?", &[("nathan", &[FullName])]),
        ("Dr. Robinsen was referred after two panic attacks.", &[("nathan", &[MisspelledName])]),
        ("Hi Nathan, just confirming your counselling appointment on Monday.", &[("nathan", &[GivenName])]),
        ("Dr. Robinson was referred after two panic attacks at work.", &[("nathan", &[FamilyName])]),
        ("DOB 01/22/1954, intake Friday.", &[("nathan", &[Dob])]),
        ("Born 22 January 1954.", &[("nathan", &[Dob])]),
        ("Born January 22nd, 1954.", &[("nathan", &[Dob])]),
        ("He lives at 7105 Salazar Dr., Milford 15451.", &[("nathan", &[Address])]),
        ("Client ZOE BRONTE is doing better.", &[("zoe", &[FullName])]),
        ("Client Zoe Brönte is doing better.", &[("zoe", &[FullName])]),
        // Written with its diacritics, a name is the client who spells it so; without
        // them, the client who writes it so, Zoe Marsh.
        ("Session with Zoë went well today.", &[("zoe", &[GivenName])]),
        ("Session with Zoe went well today.", &[("zoe-marsh", &[GivenName])]),
        ("Client: Taylor Swift, 31, presenting with panic.", &[("taylor", &[FullName])]),
        ("Case: Grace (33), alcohol relapse.", &[("grace", &[GivenName])]),
        ("June — is having nightmares again. F/u Wednesday.", &[("june", &[GivenName])]),
        ("June's session ran over; she is dreading the hearing.", &[("june", &[GivenName])]),
        (
            "Swap: Grace \u{2192} Friday 10am; Nathan \u{2192} Wednesday 4pm.",
            &[("nathan", &[GivenName]), ("grace", &[GivenName])],
        ),
        ("Wednesday 1pm: Grace DNA'd. Second time. Letter sent.", &[("grace", &[GivenName])]),
        ("Grace and her mum came in together today.", &[("grace", &[GivenName])]),
        ("Will signed the release.", &[("will", &[Nickname])]),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

#[test]
fn quasi_identifiers_need_two_of_the_same_client() {
    let cases: &[Case] = &[
        ("My client who works at Cain Insurance has a wife named Lisa.", &[("nathan", &[Employer, Relative])]),
        (
            "The new client has been with Cain Insurance for years and is engaged to Lisa.",
            &[("nathan", &[Employer, Relative])],
        ),
        ("A paralegal in Hudson whose father Joseph just retired.", &[("charles", &[Occupation, City, Relative])]),
        (
            "Works for Mclaughlin Law LLP and is a cellist with the Dover Symphony.",
            &[("charles", &[Employer, Distinctive])],
        ),
        (
            // The fact's proper name, however the rest of it is worded.
            "Works for Mclaughlin Law LLP; you may have heard him with the Dover Symphony.",
            &[("charles", &[Employer, Distinctive])],
        ),
        (
            "She is the artist behind the Birch Place mural and works for Cain Insurance.",
            &[("nathan", &[Distinctive, Employer])],
        ),
        (
            "Re S. W.: as you know, she is head coach of the under-14 Milford Wolves.",
            &[("sarah", &[Initials, Distinctive])],
        ),
        ("Case presentation: N.R., who works at Cain Insurance.", &[("nathan", &[Initials, Employer])]),
        ("Client NR, who works at Cain Insurance, is struggling.", &[("nathan", &[Initials, Employer])]),
        ("Three nurses in Hudson; one works at Hudson General Hospital.", &[("grace", &[Employer])]),
        // A two-digit year stands for the fact's year.
        ("Works at Kingsley Bakery; a mayoral run in '18.", &[("thursa", &[Employer, Distinctive])]),
        // A state's letters after a city leave it the city.
        ("A nurse in Hudson MA; her daughter Emily visits weekly.", &[("grace", &[Occupation, City, Relative])]),
        // An occupation by another common name of the same job.
        ("A realtor in Milford whose wife Lisa is unwell.", &[("nathan", &[Occupation, City, Relative])]),
        ("An estate agent from Milford; his wife Lisa called.", &[("nathan", &[Occupation, City, Relative])]),
        // Employers and schools by their short names.
        ("Paralegal at Mclaughlin Law, studying at Hudson State.", &[("charles", &[Employer, School])]),
        ("Re G.W. (Hudson General, nights)", &[("grace", &[Initials, Employer])]),
        ("With Dover FD for years; a contestant on season 15 of The Voice.", &[("will", &[Employer, Distinctive])]),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

#[test]
fn must_not_flag() {
    let cases = [
        "I hope the new intake forms are easier to read.",
        "The Dover Symphony plays on Sunday; a fact's proper name alone is one weak detail.",
        // A fact's proper name counts only capitalised and side by side in one sentence.
        "Works for Mclaughlin Law LLP; you may have heard him with the dover symphony.",
        "Works for Mclaughlin Law LLP. He grew up in Dover. Symphony tickets are his treat.",
        "Give yourself some grace this week.",
        "Will someone grab the extra chairs for group?",
        "Hope everyone had a restful weekend!",
        "Office closed the second week of June.",
        "June is always our busiest month.",
        "It's June, the days are long: take a walk before work.",
        "My niece Grace turned five today.",
        // The initial is someone else's family name's.
        "Group roster: Nathan K. (bank teller), two open spots",
        // Short weekdays are no misspelt names; a famous name among words of public
        // life is the famous one, clinical talk or not.
        "Evening slots on Tues/Thurs; DBT group (Weds).",
        "My teens keep quoting Taylor Swift lyrics in session and it is great CBT material.",
        "Found the article where Taylor Swift talks about therapy; could be a good hook for the teen group.",
        // The writer's own people, named before the relation.
        "Could we move supervision? Nathan (my son) has sports day on Monday.",
        "Charles, my godson, just lost a first tooth and wants a full ceremony.",
        "My old supervisor Nathan Robinson used to say: trust the process.",
        "My old supervisor Nathen Robinson used to say: check the process.",
        "Seminar housekeeping: June's CPD day is fully booked.",
        "June's training session is on eating disorders.",
        "Grace and gratitude are this month's journaling prompts.",
        "Will-Power workshop moved to Friday.",
        "Amazing Grace was the closing hymn at the memorial.",
        "My mother-in-law, Grace, is staying with us this week.",
        "Grace, humor, and a shared calendar. That's the whole secret.",
        "MDT agenda\n1. Apologies: Nathen (leave), Grace (training)\n2. New referrals",
        "Summer is nearly here, clients: I'm back on the 3rd!",
        // A street named after someone, the writer's own family by a kinship title, and
        // a compound of the word are not the client.
        "Heads up: the city is repaving Grace Street, so use the side door for group.",
        "Grandma June would have been 100 today; she taught me to listen.",
        "Niece Grace lost her first tooth and asked if the tooth fairy has boundaries.",
        // An addressee on the first line, and a therapist of theirs that is a kind of thing.
        "Sarah,\n\nCould you cover my 3pm on Thursday? Thanks,\nAnn",
        "Hi Grace,\nLovely to meet you at your therapist peer group last week. Coffee soon?\nAnn",
        "Dear Dr. Robinson,\n\nThank you for the referral; sessions start in March.",
        "Dear Ms. Benson,\n\nRe your request for my client's records: her sessions are confidential.",
        // A chat's mention of someone in the conversation.
        "@Will can you swap Friday PM with me? I've got the dentist.",
        "Huge congratulations to @Grace on passing her viva this morning!!",
        // A month's business (but "move June sessions to Thursdays" may be hers).
        "Remember to invoice the insurers for June sessions before the audit.",
        "Grace Adeyemi said the June stats are in the drive.",
        // The writer's own, with the relation mistyped.
        "my daugther June is sick so i work from home tmrw, can do telehealth only",
        "Grace (my collegue) is covering the phones.",
        // Given names in a rota of the practice's staff are colleagues.
        "On-call rota for March\n1-7 Nathan\n8-14 Grace\n15-21 Taylor\nSwaps via the shared sheet, please.",
        "Nathan and Grace are on the front-desk rota this week.",
        "ROTA, WEEK OF 11/11\nMon: Taylor (9-5), Grace (12-8)\nTue: Nathan (9-5), Taylor (9-1)",
        "Summer-school referrals are open until Friday.",
        // A word-name in lower case is no part of a misspelt full name: a family name
        // alone is one weak detail.
        "Ashcroft will call the office about the invoice.",
        // A word-name in a title: beside a capitalised word, or in double quotes.
        "Subject: Practice News, Summer Edition. The phones divert to the answering service.",
        "Training slide 4, \"A Fall from Grace\": working with shame after a public failure.",
        // A word-name before a comma and a word in lower case is the word.
        "Grace, patience and a sense of humour: what this job takes.",
        // A city inside another name is no place of residence.
        "A nurse who plays in the Hudson Symphony; her daughter Emily visits.",
        // Everyday words for a job are someone in the client's life.
        "Her carer in Hudson visits twice a week; her daughter Emily helps.",
        // The second of two relatives named together.
        "My sons Robert and Nathan are home for the holidays.",
        // Colleagues by their role in the practice.
        "Summer (reception) is off Friday; please cover the phones between sessions.",
        "Nathan from IT fixed the printer before my first session.",
        "Can someone tell Grace in billing the superbill template changed?",
        // A name whose book, album or show the text speaks of is an author's.
        "Just finished Nathan Robinson's new book and I want every client to read it.",
        "Grace Whitfield’s old show was on at the gym today.",
        "In session we listened to Taylor Swift's \"Anti-Hero\" together.",
        "For the men's group session: Nathan Robinson's 'Lamb', the chapter on grief.",
        // So is a misspelt full name's, as a full name's would be.
        "Just finished Nathan Robinsen's new memoir; what a read.",
        "Nathen Robinson on that podcast this week was so good.",
        // Once the text says whose a name is, its other mentions are that person too.
        "Dear Coach, my daughter Grace won't make practice, she has a dentist appointment. — Leonie (Grace's mom)",
        // Nor is a proper noun of the dictionary: Michelin is not Michelle.
        "After the session my client said the Michelin guide is her bible.",
        // A real given name is nobody's misspelling: Meagan is not Megan.
        "Meagan from accounts booked the room for Thursday's session.",
        // A short word is measured by its own length: "Mit" is no misspelt "Misty".
        "The client asked me to send her report to you. Mit freundlichen Grüßen, Dr. Brandt",
        // No vowel, no name: "Msg" is no misspelt "Meg".
        "Msg from the front desk: the printer is fixed.",
        // A near miss of a family name after a title, with a surname after it: a
        // colleague's full name.
        "Thanks for the referral,\nDr. Robinsen Marsh, PsyD\nLicensed Psychologist",
        // The last words of a titled name, and authors cited, are no misspelt names.
        "Read about rupture and repair (Robinsen and Muran) before supervision.",
        "Teaching my son Nathan to ride a bike.",
        "Voicemail (auto) 15:12 | hi it's will from copyfast about your toner order, thursday morning",
        // A name owned by the writer is the writer's own.
        "my Grace is off school with chickenpox so I'm working from home tomorrow.",
        "Watching the documentary again. Taylor Swift's work ethic is a case formulation in itself.",
        "Listening to Taylor Swift on my commute. So good.",
        "Did you see Taylor Swift on that podcast talking about anxiety? One for the men's group.",
        "The CPD day is fully booked. Will someone bring the spare chairs?",
        // The stage and the press speak of the famous, and so does another public
        // figure beside the name, even in a sentence about sessions.
        "Taylor Swift tickets sold out in four minutes and my teen clients were devastated in session.",
        "Taylor Swift and Michael Phelps did more to get young people into therapy than any campaign.",
        "Compare how Michael Phelps, Taylor Swift describe therapy sessions; public sources only.",
        "Did you see the Michael Phelps interview on depression?",
        "Larry Robinson from the crisis team joins Friday.",
        "Nathan Fairweather is our new intern.",
        "Hi Nathan,\n\nThe room is booked.\n\nThanks,\nCindy",
        "A client who works at Cain Insurance reminded me why I love this work.",
        "Three paralegals on my caseload mentioned burnout.",
        "Moving my Monday clinic to Hudson next month.",
        "Thinking of a nurse who said the silence is the hardest part.",
        "Ring 555-201-3344 to book the room.",
        "Client A, a woman in her thirties, presenting with panic attacks.",
        "The art therapy group needs more paper.",
        "Hudson General is hiring nurses again.",
        "Reminder: the Grace and gratitude group moves to room 3.",
        "my client will need a letter for court",
        // Colleagues by a professional title, months in a rota, other people's names.
        "Dr. Robinson on leave this week, Dr. Frost covering.",
        "Thanks Dr Robinsen for covering Friday.",
        "Dear Dr Robinson,\n\nThank you for the referral.",
        "Leave: April 3rd, June 2nd, and the May and June rota is up.",
        "Welcome Nathan-Lee, our new locum!",
        "Book via calendly.com/nathan-intake or @nathan_rota",
        "Hi Grace, your 3pm client cancelled, the room is free.",
        "Will reports be ready by Friday?",
        "Nathan Robinson on that podcast this morning was great.",
        // Somebody famous the guard has never heard of, by what is said around them.
        "Grace Whitfield in that documentary is my comfort rewatch.",
        "Reading list: the memoir Nathan Robinson wrote about his rowing years.",
        "Our receptionist Grace is on leave until March.",
        "Met a lovely barista named Nathan this morning.",
        "I'm seeing Ms. Moreno again on Monday.",
    ];
    for text in cases {
        let expected: &[(&str, &[EvidenceKind])] =
            if text.contains("Ms. Moreno") { &[("michelle", &[FamilyName])] } else { &[] };
        check(text, expected);
    }
}

#[test]
fn unlinked_contacts_are_warnings_not_clients() {
    let f = check("Ring 555-201-3344 or mail front.desk@clinic.example.org.", &[]);
    assert_eq!(f.warnings.len(), 2, "{f:#?}");
}

/// One thread scanning against two caseloads in turn (the app builds one per
/// therapist): what the scanner remembers of one caseload's names never answers for
/// the other's.
#[test]
fn one_thread_two_caseloads_keep_their_own_misspellings() {
    // Each caseload numbers its name words from its first client, so the same number
    // stands for a different name in each.
    let index = |clients: &[(&str, &str)]| {
        let clients: Vec<String> = clients
            .iter()
            .map(|(id, given)| format!(r#"{{"id": "{id}", "given_name": "{given}", "family_name": "Okafor"}}"#))
            .collect();
        let json = format!(r#"{{"clients": [{}]}}"#, clients.join(","));
        inline(&json)
    };
    let katherine = index(&[("katherine", "Katherine")]);
    let kathryn = index(&[("maria", "Maria"), ("kathryn", "Kathryn")]);
    let text = "Katharyne cried through most of the session.";
    for _ in 0..2 {
        let first: Vec<String> = katherine.scan(text).clients.into_iter().map(|c| c.client_id).collect();
        let second: Vec<String> = kathryn.scan(text).clients.into_iter().map(|c| c.client_id).collect();
        assert_eq!(first, ["katherine"]);
        assert_eq!(second, ["kathryn"]);
    }
    // A caseload with nobody near the word finds nobody, however often it was seen.
    let other = index(&[("maria", "Maria")]);
    assert!(other.scan(text).clients.is_empty());
}

/// A fact met whole once and a word of it met again nearby: the evidence is the passage
/// that states it, words in the fact's own order, not a window that merely holds the
/// same words.
#[test]
fn a_facts_evidence_is_the_passage_in_its_own_order() {
    let json = r#"{"clients": [{"id": "c1", "given_name": "Nell", "family_name": "Arkwright",
        "address": {"city": "Oakland"}, "occupation": "student",
        "distinctive": ["breeds champion Samoyeds in Oakland"]}]}"#;
    let index = inline(json);
    let text =
        "Shoutout to the client who is a student in Oakland, breeds champion Samoyeds in Oakland and is doing the work";
    let findings = index.scan(text);
    let client = findings.clients.first().expect("the client is identified");
    let facts: Vec<&str> =
        client.evidence.iter().filter(|e| e.kind == Distinctive).map(|e| &text[e.start..e.end]).collect();
    assert_eq!(facts, ["breeds champion Samoyeds in Oakland"]);
}

/// A fact matched in part yields to another client's fact that explains the same words
/// better, even when nothing else in the text points to that other client, but not to
/// one that explains them only as well; two facts of one client are enough by
/// themselves.
#[test]
fn facts_compete_across_clients_and_two_facts_identify() {
    let json = r#"{"clients": [
        {"id": "cellist", "given_name": "Nell", "family_name": "Arkwright", "employer": "Cain Insurance",
         "distinctive": ["plays cello in the Dover Symphony Orchestra"]},
        {"id": "violist", "given_name": "Ottilie", "family_name": "Quarrie",
         "distinctive": ["plays viola in the Dover Symphony Orchestra"]},
        {"id": "sailor", "given_name": "Perpetua", "family_name": "Vane",
         "distinctive": ["breeds champion Samoyeds", "restores wooden sailboats"]}]}"#;
    let index = inline(json);
    let found = |text: &str| clients_with_kinds(&index, text);
    assert_eq!(
        found("My client at Cain Insurance plays cello in the Dover Symphony Orchestra."),
        [("cellist".to_owned(), vec![Employer, Distinctive])]
    );
    // The violist's fact explains "plays viola in the Dover Symphony Orchestra" whole;
    // the cellist has only the employer left, one weak detail.
    assert_eq!(found("My client at Cain Insurance plays viola in the Dover Symphony Orchestra."), []);
    // Where both facts hold the words the text has ("the Dover Symphony" of a cellist
    // and a violist), the client the text describes otherwise keeps the fact.
    assert_eq!(
        found("My client at Cain Insurance is a regular with the Dover Symphony these days."),
        [("cellist".to_owned(), vec![Employer, Distinctive])]
    );
    assert_eq!(
        found("She breeds champion Samoyeds and, in the winter, restores wooden sailboats."),
        [("sailor".to_owned(), vec![Distinctive, Distinctive])]
    );
    assert_eq!(found("She breeds champion Samoyeds."), []);
}

/// Facts that differ only in words the text does not have are matched alike: a text
/// that says "breeds Salukis" does not choose the breeder in the commoner city, so the
/// client the other details point to keeps the fact. Two facts of one client matched by
/// the same words are one detail, not two.
#[test]
fn facts_differing_in_unsaid_words_both_stand() {
    let json = r#"{"clients": [
        {"id": "newport", "given_name": "Nell", "family_name": "Arkwright", "employer": "Ironwood Software",
         "distinctive": ["breeds champion Salukis in Newport"]},
        {"id": "springfield", "given_name": "Ottilie", "family_name": "Quarrie",
         "distinctive": ["breeds champion Salukis in Springfield"]},
        {"id": "a", "given_name": "Perpetua", "family_name": "Vane", "distinctive": ["breeds champion Corgis in Springfield"]},
        {"id": "b", "given_name": "Quentin", "family_name": "Marsh", "distinctive": ["breeds champion Whippets in Springfield"]},
        {"id": "c", "given_name": "Rhoda", "family_name": "Teague", "distinctive": ["teaches yoga in Springfield"]},
        {"id": "twice", "given_name": "Sidony", "family_name": "Pell",
         "distinctive": ["found a Civil War sword at a garage sale in Dover",
                         "found a Civil War sword at a garage sale in Troy"]}]}"#;
    let index = inline(json);
    let found = |text: &str| clients(&index, text);
    assert_eq!(found("My client breeds champion Salukis and works at Ironwood Software."), ["newport"]);
    assert_eq!(
        found("My client breeds champion Salukis in Springfield and works at Ironwood Software."),
        Vec::<String>::new()
    );
    assert_eq!(found("A client told me about finding a Civil War sword at a garage sale."), Vec::<String>::new());
    // Two facts of one client told in one breath, each with words of its own, are two.
    assert_eq!(
        found("A client who found a Civil War sword at a garage sale in Dover, and another in Troy."),
        Vec::<String>::new()
    );
}

/// Two facts of one client told in one breath, sharing their verb, each with words of its
/// own, are two details, not one.
#[test]
fn two_facts_told_in_one_breath() {
    let json = r#"{"clients": [
        {"id": "coach", "given_name": "Samantha", "family_name": "Kline",
         "distinctive": ["coaches the Brookfield Tigers under-14 soccer team",
                         "coaches the Brookfield Falcons under-14 lacrosse team"]},
        {"id": "other", "given_name": "Ria", "family_name": "Stone",
         "distinctive": ["coaches the Brookfield Hawks under-12 hockey team"]}]}"#;
    let index = inline(json);
    let text = "A roofer who coaches the Brookfield Tigers under-14 soccer team and the Brookfield Falcons under-14 lacrosse side.";
    assert_eq!(clients(&index, text), ["coach"], "{text}");
}

/// A misspelt half of a full name can be an everyday word ("Crystal Harden" for
/// Crystal Hardin) or somebody else's real name ("pt Yvone"): beside the rest of the
/// name, or after a record's word for a client, it is still the client. A street is not
/// ("Laurel Lane", "Henry Place"), and a real name alone is nobody's misspelling.
#[test]
fn misspelt_names_that_are_words_or_other_names() {
    let json = r#"{"clients": [
        {"id": "crystal", "given_name": "Crystal", "family_name": "Hardin"},
        {"id": "yvonne", "given_name": "Yvonne", "family_name": "Wiggins"},
        {"id": "laura", "given_name": "Laura", "family_name": "Lane"},
        {"id": "henry", "given_name": "Henry", "family_name": "Pace"},
        {"id": "rita", "given_name": "Rita", "family_name": "Watts"},
        {"id": "bernabe", "given_name": "Bernabé", "family_name": "Huertas"},
        {"id": "briana", "given_name": "Briana", "family_name": "Kelly"}]}"#;
    let index = inline(json);
    let found = |text: &str| clients_with_kinds(&index, text);
    assert_eq!(found("Did not attend: Rira, Thursday 9am."), [("rita".to_owned(), vec![MisspelledName])]);
    assert_eq!(
        found("Crystal Harden gave me permission to share this."),
        [("crystal".to_owned(), vec![MisspelledName])]
    );
    assert_eq!(found("c/o pt Yvone - requesting sick note, low mood."), [("yvonne".to_owned(), vec![MisspelledName])]);
    identifies_nobody(
        &index,
        &[
            "Yvone from the bakery sends her regards.",
            "My client owns the yoga studio on Laurel Lane.",
            "The shop on Henry Place reopened.",
            // A proper noun of the larger lists is no misspelt name: "Bernese" is no
            // Bernabé.
            "A client who shows prize-winning Bernese mountain dogs.",
            // The last words of a professional's titled name are no misspelt names.
            "Her patients will transfer to Dr Colm Ó Briain from 1 July.",
            // A word of the larger word lists ("rota") is no misspelt name.
            "Subject: Rota\n\nDear Geoffrey, the heating is off until Friday.",
        ],
    );
    // Nor with an initial between the title and the name.
    let naldo = inline(
        r#"{"clients": [{"id": "r", "given_name": "Ronald", "family_name": "Hudson", "preferred_name": "Naldo"}]}"#,
    );
    identifies_nobody(&naldo, &["Supervisor signed off: Dr. P. Naidoo"]);
    assert_eq!(clients(&naldo, "Naidoo cancelled again; second time this month."), ["r"]);
}

/// Notes and schedules shorten names to an initial: "R. Collins" is the Collins whose
/// given name starts with R, and "Mrs H" beside her employer is the client named H…
/// who works there; another initial is somebody else.
#[test]
fn an_initial_shortens_the_other_half_of_a_name() {
    let json = r#"{"clients": [
        {"id": "robert", "given_name": "Robert", "family_name": "Collins"},
        {"id": "helen", "given_name": "Helen", "family_name": "Hughes", "employer": "Hale Dental Group"}]}"#;
    let index = inline(json);
    let found = |text: &str| clients_with_kinds(&index, text);
    assert_eq!(found("| 09:00 | R. Collins | 2 | bring PCL-5 |"), [("robert".to_owned(), vec![Initials])]);
    // The initial after, as lists write it.
    let listed = index.scan("Collins, R. – 6-session review – bring CORE-10");
    assert_eq!(listed.clients.len(), 1);
    let initials = listed.clients[0].evidence.iter().find(|e| e.kind == Initials).expect("initials");
    assert_eq!(initials.start..initials.end, 0..11);
    assert_eq!(
        found("Mrs H (the radiographer at Hale Dental Group, 42) is in the waiting room crying."),
        [("helen".to_owned(), vec![Initials, Employer])]
    );
    identifies_nobody(
        &index,
        &[
            "| 09:00 | J. Collins | 2 | bring PCL-5 |",
            "Collins, J. – 6-session review",
            "Collins, R. J. (2019) on trauma.",
            "Dr. R. Collins is covering the clinic today.",
            "Mrs K (the radiographer at Hale Dental Group) is in the waiting room.",
            "Mrs H. Smith from Hale Dental Group called about the invoice.",
        ],
    );
}

/// A misspelt name beside another word of a name is read with it: beside someone's
/// exact name it is theirs ("Wilaim Shepherd" is William Shepherd, not William
/// Sheppard; "Davvid Day" is David Day, not every David), but a near miss beside a
/// client's exact name is still that client ("Michael Robinson" for Micheal Robinson).
/// A lone misspelt given name is shared only with other given names, as an exact one
/// is. Acronyms, streets and a name already found in the text are not misspellings.
#[test]
fn initials_that_are_an_acronym_count_where_they_read_as_a_person() {
    let json = r#"{"clients": [
        {"id": "dc", "given_name": "Dana", "family_name": "Cole", "occupation": "school counselor",
         "address": {"city": "Shelby"}},
        {"id": "ma", "given_name": "Mona", "family_name": "Alder", "occupation": "chef",
         "address": {"city": "Springfield"}},
        {"id": "jane", "given_name": "Jane", "family_name": "Olsen", "occupation": "nurse",
         "address": {"city": "Troy"}},
        {"id": "jo", "given_name": "Jo", "family_name": "Baker"}]}"#;
    let index = inline(json);
    for text in [
        "DC: he is a school counselor from Shelby. Review Wednesday.",
        "A quick thought on DC, the one who is a school counselor, living in Shelby.",
        "DC is a school counselor and lives out Shelby way.",
        "Client DC (she is a school counselor in Shelby) rang in tearful.",
        "Re DC: as you know, she is a school counselor in Shelby.",
    ] {
        assert_eq!(clients_with_kinds(&index, text), [("dc".to_owned(), vec![Initials, Occupation, City])], "{text}");
    }
    // Two capitals that spell a client's name may be another's initials.
    assert_eq!(
        clients(&index, "Thinking about JO today: she is a nurse in Troy and finally did the homework."),
        ["jane"]
    );
    // A state's letters beside the city, or an acronym in its own sense, are no one's
    // initials: the occupation and city alone identify nobody.
    identifies_nobody(
        &index,
        &[
            "A chef from Springfield, MA and two others joined the group.",
            "Our DC office has a school counselor from Shelby on the panel.",
        ],
    );
}

#[test]
fn a_partner_is_named_by_the_words_before_them() {
    let json = r#"{"clients": [
        {"id": "ann", "given_name": "Ann", "family_name": "Reyes", "employer": "Centerville Bowling Lanes",
         "relatives": [{"name": "Kevin Reyes", "relation": "partner"}]},
        {"id": "kevin", "given_name": "Kevin", "family_name": "Love"}]}"#;
    let index = inline(json);
    for text in [
        "A client who is in a relationship with Kevin and has a job at Centerville Bowling Lanes.",
        "A client who is married to Kevin and has a job at Centerville Bowling Lanes.",
        "A client who is dating Kevin and has a job at Centerville Bowling Lanes.",
    ] {
        assert_eq!(clients_with_kinds(&index, text), [("ann".to_owned(), vec![Relative, Employer])], "{text}");
    }
}

#[test]
fn a_relatives_given_name_of_two_words_is_all_but_the_family_name() {
    let json = r#"{"clients": [
        {"id": "yan", "given_name": "Yan", "family_name": "Xu", "employer": "Allen & Sons Plumbing",
         "relatives": [{"name": "Li Na Simpson", "relation": "wife"}]},
        {"id": "lina", "given_name": "Li Na", "family_name": "Wu"}]}"#;
    let index = inline(json);
    let text = "New intake: shares a home with her wife Li Na and works at Allen & Sons Plumbing.";
    let findings = index.scan(text);
    assert_eq!(clients(&index, text), ["yan"]);
    let relative = findings.clients[0].evidence.iter().find(|e| e.kind == Relative).expect("relative");
    assert_eq!(&text[relative.start..relative.end], "Li Na");
}

#[test]
fn a_name_that_is_a_clients_city_is_the_place_where_used_as_one() {
    let json = r#"{"clients": [
        {"id": "clinton", "given_name": "Clinton", "family_name": "Hale"},
        {"id": "ava", "given_name": "Ava", "family_name": "Ortiz", "address": {"city": "Clinton"}}]}"#;
    let index = inline(json);
    identifies_nobody(
        &index,
        &[
            "So many clients in Clinton can't find a psychiatrist. The waitlists are brutal.",
            "Home visit at 6115 Harvey Avenue, Clinton 67242 today.",
            "The client who was a Clinton mayoral candidate is moving to Tuesdays.",
            "Moving my Friday clinic to Clinton next month: same hours, new view.",
        ],
    );
    assert_eq!(clients(&index, "I spoke to Clinton about moving his session."), ["clinton"]);
    assert_eq!(clients(&index, "Clinton cancelled his session again; please rebook."), ["clinton"]);
}

#[test]
fn a_declared_pseudonym_counts_only_beside_another_detail() {
    let json = r#"{"clients": [
        {"id": "chase", "given_name": "Chase", "family_name": "Mills", "employer": "Harbour Freight Depot"},
        {"id": "ana", "given_name": "Ana", "family_name": "Ruiz"},
        {"id": "sam", "given_name": "Sam", "family_name": "Okafor"},
        {"id": "tom", "given_name": "Tom", "family_name": "Baines"},
        {"id": "eugene", "given_name": "Eugene", "family_name": "Pratt"}]}"#;
    let index = inline(json);
    identifies_nobody(
        &index,
        &[
            "Case presentation: I'll call him 'Chase'. 30s, tradesman. 'Chase' described the pub as home.",
            "'Ana' (not her real name), late twenties, works in a hospital.",
            "Client 7 (pseudonym 'Sam'): older adult, lives alone.",
            "Ana (a pseudonym) has been low since the winter.",
            "A man referred to here as Tom came to me after his divorce.",
            "Vignette (fully disguised; the name \"Ana\" is a pseudonym). \"Ana\" is 34 and a solicitor.",
        ],
    );
    // A real name slipped in as the disguise still leaks with another detail of theirs.
    assert_eq!(clients(&index, "Let's call him Chase: he drives for Harbour Freight Depot."), ["chase"]);
    // The writer says it is the name; and a call is no pseudonym.
    assert_eq!(clients(&index, "I'll call him Eugene, because that is, in fact, his name."), ["eugene"]);
    assert_eq!(clients(&index, "Tom missed his session; I'll call him back."), ["tom"]);
    assert_eq!(clients(&index, "Can someone call Ana about Thursday?"), ["ana"]);
    // The name a client asks to go by is no disguise.
    assert_eq!(
        clients(&index, "Front desk: the new client prefers we call him Chase. Chase arrives at 3pm."),
        ["chase"]
    );
    assert_eq!(
        clients(&index, "Note: she has asked to be referred to as Sam. Sam's next session is Tuesday."),
        ["sam"]
    );
}

#[test]
fn a_name_set_beside_a_trade_is_the_tradespersons() {
    let json = r#"{"clients": [
        {"id": "ray", "given_name": "Ray", "family_name": "Kowalski"},
        {"id": "hope", "given_name": "Hope", "family_name": "Adeyemi"},
        {"id": "ashley", "given_name": "Ashley", "family_name": "Nguyen"},
        {"id": "davidson", "given_name": "Carla", "family_name": "Davidson"}]}"#;
    let index = inline(json);
    identifies_nobody(
        &index,
        &[
            "Hi all, the builder (Ray, from Connolly's) is starting on the bathroom on Monday.",
            "Shoutout to Hope, the barista at the corner café, who remembers my order.",
            "Our plumber, Ray, fixed the boiler at last.",
            "Met a lovely barista, Ashley, who remembered my name.",
        ],
    );
    // An occupation after the name describes the person; and talk of care is of a client.
    assert_eq!(clients(&index, "That's the short version for Ms. Davidson, a barista in Jackson."), ["davidson"]);
    assert_eq!(clients(&index, "The plumber, Ray, cancelled his session again."), ["ray"]);
    // The trade of a client who has the name is theirs.
    let json =
        r#"{"clients": [{"id": "ray", "given_name": "Ray", "family_name": "Kowalski", "occupation": "plumber"}]}"#;
    let plumber = inline(json);
    assert_eq!(clients(&plumber, "Funny week. The plumber, Ray, came to fix our boiler at home."), ["ray"]);
}

#[test]
fn a_famous_name_is_not_its_own_other_detail() {
    // The client's husband has the client's (and the famous one's) full name: the name
    // read again as his is no second detail of the client.
    let json = r#"{"clients": [{"id": "mj", "given_name": "Michael", "family_name": "Jordan",
        "occupation": "librarian", "relatives": [{"name": "Michael Jordan", "relation": "husband"}]}]}"#;
    let index = inline(json);
    identifies_nobody(&index, &["Margin note: the Michael Jordan anecdote about the flu game, is that verified?"]);
    identifies(&index, &[("Michael Jordan, our librarian client, cried in session about his husband.", &["mj"][..])]);
}

#[test]
fn the_writers_person_the_reader_sees_is_their_client() {
    let json = r#"{"clients": [
        {"id": "ann", "given_name": "Ann", "family_name": "Norris"},
        {"id": "ashley", "given_name": "Ashley", "family_name": "Garcia"}]}"#;
    let index = inline(json);
    identifies(
        &index,
        &[
            ("'My neighbour Ann Norris told me she sees you. I'd like an appointment too.'", &["ann"][..]),
            ("My sister Ashley Garcia sees you and she says you talk about her on the podcast.", &["ashley"]),
        ],
    );
    identifies_nobody(
        &index,
        &["My neighbour Ann Norris lent us her ladder.", "Seeing my sister Ashley Garcia at Easter."],
    );
}

#[test]
fn an_audiobooks_narrator_is_the_famous_one() {
    let json = r#"{"clients": [{"id": "amy", "given_name": "Amy", "family_name": "Ryan"}]}"#;
    let index = inline(json);
    identifies_nobody(
        &index,
        &["The audiobook is narrated by the wonderful Amy Ryan! She read the chapter on grief in one take."],
    );
    identifies(&index, &[("Amy Ryan cried in session about the audiobook she can't finish.", &["amy"][..])]);
}

#[test]
fn a_family_initial_in_the_possessive_tells_whose_name() {
    let json = r#"{"clients": [
        {"id": "hope_c", "given_name": "Hope", "family_name": "Clark"},
        {"id": "hope_m", "given_name": "Hope", "family_name": "Mills"}]}"#;
    let index = inline(json);
    identifies(
        &index,
        &[
            ("to do mon\n- call back Hope C's wife re: hosp discharge", &["hope_c"][..]),
            ("Hope M\u{2019}s sister rang about Thursday's session.", &["hope_m"]),
        ],
    );
}

#[test]
fn a_baby_named_is_no_client() {
    let json = r#"{"clients": [
        {"id": "ivy", "given_name": "Ivy", "family_name": "Buchanan"},
        {"id": "hope", "given_name": "Hope", "family_name": "Choi"},
        {"id": "arlo", "given_name": "Arlo", "family_name": "Dunn"}]}"#;
    let index = inline(json);
    identifies_nobody(
        &index,
        &[
            "Congratulations wall - going home this month: baby Ivy (cot 2) and twins Faith and Hope (cots 10/11).",
            "Home visit went well, our newborn Arlo slept through it.",
        ],
    );
    identifies(&index, &[("Ivy came to the antenatal group with her partner, anxious about the birth.", &["ivy"][..])]);
}

#[test]
fn a_staff_chats_poster_is_a_colleague() {
    let json = r#"{"clients": [
        {"id": "terry", "given_name": "Terry", "family_name": "Rodriguez"},
        {"id": "holly", "given_name": "Holly", "family_name": "Guerrero"}]}"#;
    let index = inline(json);
    identifies_nobody(
        &index,
        &[
            "#front-desk  Terry 1:05 PM\nFYI the school counselor called asking if we take referrals",
            "#clinical-ops  Terry\nwe've had 4 calls this wk from Lancaster - worth a satellite day there?",
            "#general  Holly 08:45\nmorning all, the copier is fixed",
        ],
    );
    identifies(
        &index,
        &[
            // A channel's line that says more than who posted, or a name in the message.
            ("#front-desk  Terry is in the lobby, booked 3:30 but I have him at 4", &["terry"][..]),
            ("#front-desk  Holly 3:33 PM\nTerry Rodriguez in the lobby, says he's booked 3:30", &["terry"]),
        ],
    );
}

#[test]
fn a_name_with_a_role_in_brackets_is_that_persons() {
    let json = r#"{"clients": [
        {"id": "faith", "given_name": "Faith", "family_name": "Wong"},
        {"id": "chase", "given_name": "Chase", "family_name": "Gibson"},
        {"id": "summer", "given_name": "Summer", "family_name": "Valenzuela"},
        {"id": "ivy", "given_name": "Ivy", "family_name": "Marsh", "occupation": "accountant"}]}"#;
    let index = inline(json);
    identifies_nobody(
        &index,
        &[
            "Fri\n9 Faith (accountant) – quarterly tax call\n11 team mtg",
            "to do\n- send Chase (the new intern) the onboarding docs",
            "- Summer (HR consultant) – policy review draft due 6/30",
            "Kevin and Faith (BookWell support) say the outage is over.",
        ],
    );
    identifies(
        &index,
        &[
            // A case described in brackets, or in talk of care, is a client's.
            ("Faith (nurse, 34) presented with panic attacks.", &["faith"][..]),
            ("Chase (accountant) cried in session about his dad.", &["chase"]),
            // The role of a client who has the name is theirs.
            ("Ivy (accountant) rang about Thursday.", &["ivy"]),
            // Brackets that are no role.
            ("Summer (back from leave) will call you.", &["summer"]),
        ],
    );
}

#[test]
fn a_given_name_with_another_family_name_is_that_person_throughout() {
    let json = r#"{"clients": [
        {"id": "grace", "given_name": "Grace", "family_name": "Whitfield"},
        {"id": "neil", "given_name": "Neil", "family_name": "Schultz"}]}"#;
    let index = inline(json);
    identifies_nobody(
        &index,
        &["Present: Mark Ostrowski (chair), Grace Adeyemi, Ben Adler.\n\n1. Grace welcomed everyone and Grace took the minutes."],
    );
    // So is a name written after another given name ("Bret Ellis … Ellis").
    let json = r#"{"clients": [{"id": "ellis", "given_name": "Ellis", "family_name": "Moore"}]}"#;
    let others = inline(json);
    identifies_nobody(&others, &["We read a novel by Bret Ellis. Ellis writes about numbness like nobody else."]);
    assert_eq!(clients(&others, "Ellis called to move his session to Friday."), ["ellis"]);
    // A middle name between is no other person.
    assert_eq!(
        clients(&index, "Subject: Intake\n\nNew client Neil Patrick Schultz - goes by Neil - prefers afternoons."),
        ["neil"]
    );
    assert_eq!(clients(&index, "Grace cancelled again; please rebook her for Tuesday."), ["grace"]);
    // Only likely: a mention set down as the writer's client is still theirs.
    assert_eq!(clients(&index, "Grace Adeyemi from reception says Grace, my 3pm, called to cancel."), ["grace"]);
    let json = r#"{"clients": [{"id": "grace", "given_name": "Grace", "family_name": "Whitfield", "employer": "Acme Foods"}]}"#;
    let married = inline(json);
    assert_eq!(
        clients(
            &married,
            "Grace (now Grace Adeyemi since the wedding) says nights at Acme Foods are wrecking her sleep."
        ),
        ["grace"]
    );
}

#[test]
fn a_common_acronym_in_capitals_is_no_nickname() {
    let json = r#"{"clients": [
        {"id": "robert", "given_name": "Robert", "family_name": "Roberts", "preferred_name": "Dob"}]}"#;
    let index = inline(json);
    identifies_nobody(
        &index,
        &["Re: a new referral -- DOB 29 Jan 2007 -- ID on file.", "| Participant | DOB | PHQ-9 |"],
    );
    assert_eq!(clients(&index, "Dob cancelled his session again; please rebook."), ["robert"]);
}

#[test]
fn authors_in_a_reference_are_no_clients() {
    let json = r#"{"clients": [
        {"id": "ellis", "given_name": "Ellis", "family_name": "Moore"},
        {"id": "murat", "given_name": "Murat", "family_name": "Demir"}]}"#;
    let index = inline(json);
    identifies_nobody(
        &index,
        &[
            "References\nEllis, A. (1962). Reason and emotion in psychotherapy. Lyle Stuart.",
            "Next month: Safran, J. D., Muran, J. C., & Eubanks-Carter, C. (2011). Repairing alliance ruptures.",
            "Also recommend Eubanks, Muran & Safran (2018) if you want the numbers.",
        ],
    );
    // A date in parentheses after a list of names is no citation.
    assert_eq!(clients(&index, "No-shows this week: Ellis, Murat (2024-03-04)."), ["ellis", "murat"]);
    // A year in parentheses alone makes no citation.
    assert_eq!(clients(&index, "Ellis, the client I mentioned (2019 intake), is back."), ["ellis"]);
}

#[test]
fn a_famous_namesake_played_or_in_office_is_the_famous_one() {
    let json = r#"{"clients": [
        {"id": "brown", "given_name": "James", "family_name": "Brown"},
        {"id": "johnson", "given_name": "Gary", "family_name": "Johnson"}]}"#;
    let index = inline(json);
    identifies_nobody(
        &index,
        &[
            "Playing James Brown in the car on the way to work. Behavioural activation at its finest.",
            "Listening to James Brown on the drive home.",
            "Former New Mexico governor Gary Johnson spoke openly about his two presidential runs.",
        ],
    );
    assert_eq!(clients(&index, "James Brown was playing up in group again; we need a plan."), ["brown"]);
    assert_eq!(
        clients(&index, "Listening to James Brown describe his panic attacks today, I felt the pull to rescue."),
        ["brown"]
    );
}

#[test]
fn a_family_name_after_its_particle_is_the_rest_of_a_name() {
    let json = r#"{"clients": [
        {"id": "dan", "given_name": "Daniel", "family_name": "Kelly", "preferred_name": "Dan"},
        {"id": "brian", "given_name": "Brian", "family_name": "Walsh"},
        {"id": "sinead", "given_name": "Sinead", "family_name": "O'Brien"},
        {"id": "siobhan", "given_name": "Siobhan", "family_name": "O'Callaghan"}]}"#;
    let index = inline(json);
    identifies_nobody(
        &index,
        &[
            "**Dan O'Brien** posted in the peer group at 20:14.",
            "To: Mr. Cathal Ó Briain, Principal, Lincoln High School",
        ],
    );
    assert_eq!(clients(&index, "Sinead O'Brien cancelled her session again."), ["sinead"]);
    assert_eq!(clients(&index, "Dan cancelled his session again."), ["dan"]);
    // A client's family name misspelt after its particle is still theirs.
    assert_eq!(clients(&index, "Ms. O'Calaghan cancelled her session again."), ["siobhan"]);
}

#[test]
fn a_postcode_with_digits_among_letters_is_part_of_the_address() {
    let json = r#"{"clients": [{"id": "june", "given_name": "June", "family_name": "Hamilton",
        "address": {"street": "2 Elm Rd", "city": "London", "postcode": "SW1A1AA"}}]}"#;
    let index = inline(json);
    for text in ["She lives at 2 Elm Rd, London SW1A1AA.", "She lives at 2 Elm Rd, London sw1a1aa."] {
        let found = index.scan(text);
        let address = found.clients[0].evidence.iter().find(|e| e.kind == Address).expect("address");
        assert_eq!(&text[address.start..address.end], &text[13..text.len() - 1], "{text}");
    }
}

#[test]
fn a_word_name_is_the_word_by_its_company() {
    let json = r#"{"clients": [
        {"id": "ivy", "given_name": "Ivy", "family_name": "Moss"},
        {"id": "dean", "given_name": "Dean", "family_name": "Ortiz"},
        {"id": "patience", "given_name": "Patience", "family_name": "Obi"},
        {"id": "april", "given_name": "April", "family_name": "Shaw"},
        {"id": "joy", "given_name": "Joy", "family_name": "Lund"},
        {"id": "rose", "given_name": "Rose", "family_name": "Tan"},
        {"id": "bill", "given_name": "William", "family_name": "Hart", "preferred_name": "Bill"}]}"#;
    let index = inline(json);
    identifies_nobody(
        &index,
        &[
            "Ivy is creeping over the clinic sign again.",
            "Dean's list results for our trainees are out.",
            "Patience is a clinical skill, not a personality trait.",
            "Joy is not a feeling you wait for; it's something you practise.",
            "Patience is the most underrated clinical skill. It isn't taught.",
            "Joy isn't something you either have or don't.",
            "Workshop notes\n- Patience is a behaviour, not a mood (Snyder)",
            "Joy is more than a feeling, it's a practice.",
            "Invoices for April are overdue.",
            "Bill sent to Aviva for the March sessions, awaiting payment.",
        ],
    );
    for (text, who) in [
        ("Ivy is anxious about the move and creeping back into old habits.", "ivy"),
        ("Dean's mother rang to cancel his session.", "dean"),
        ("Patience is a nurse at the county hospital and burnt out.", "patience"),
        ("Patience is a practice nurse at the county hospital.", "patience"),
        ("Joy is not a morning person; we moved her to 2pm.", "joy"),
        ("Joy is something else, honestly. Ten sessions and still no homework.", "joy"),
        ("Joy is a quality analyst who hates her job.", "joy"),
        ("Joy is not feeling great about the move.", "joy"),
        ("Please send the letter for April to her GP.", "april"),
        // The second review's cases: what a person is, feels or does.
        ("Joy was feeling hopeless again this week; we made a safety plan.", "joy"),
        ("Joy was a gift to work with. She finished therapy today.", "joy"),
        ("Patient: Joy was feeling hopeless.", "joy"),
        ("Rose is really blooming since she left him. So proud.", "rose"),
        ("Ivy has been climbing the walls since the diagnosis.", "ivy"),
        ("Dean's office called to say he won't make his appointment.", "dean"),
        ("Blood results for April came back clear, which calmed her panic.", "april"),
        ("Bill sent me a card after our last session.", "bill"),
    ] {
        assert_eq!(clients(&index, text), [who], "{text}");
    }
    // A virtue the text defines is the word where it heads a line too; a season among
    // the seasons heading lines is the season; mid-sentence, a person.
    let index_words = inline(
        r#"{"clients": [{"id": "patience", "given_name": "Patience", "family_name": "Obi"},
        {"id": "summer", "given_name": "Summer", "family_name": "Baker"}]}"#,
    );
    identifies_nobody(
        &index_words,
        &[
            "Patience (a short essay for the newsletter)\n\nPatience is the most underrated clinical skill.",
            "Spring: a drop-in for anyone feeling low.\nSummer: painting in the park.\nAutumn: a choir.\nWinter: a walk.",
        ],
    );
    assert_eq!(
        clients(
            &index_words,
            "1. Patience is a practice, not a feeling.\n2. In March, Patience sat for eleven minutes before she spoke."
        ),
        ["patience"]
    );
    assert_eq!(clients(&index_words, "Summer: cancelled again, third time.\nSpring term starts Monday."), ["summer"]);
    // A word numbered, or in an institution's name, is the word.
    let index = inline(
        r#"{"clients": [{"id": "line", "given_name": "Line", "family_name": "Eliassen"},
        {"id": "court", "given_name": "Courtney", "family_name": "Taylor", "preferred_name": "Court"}]}"#,
    );
    identifies_nobody(
        &index,
        &[
            "[Voicemail transcription - Line 2 - 09:14] Hi, calling to move my Thursday appointment.",
            "To the Clerk of Court, Jury Management: please excuse Mr. Campos from jury service.",
        ],
    );
    assert_eq!(clients(&index, "Spoke with Court about her sleep; she is trying the diary."), ["court"]);
}

#[test]
fn a_relative_recorded_twice_is_one_detail() {
    let json = r#"{"clients": [
        {"id": "michelle", "given_name": "Michelle", "family_name": "Willis", "employer": "Gordon Creative",
         "relatives": [{"name": "Amanda Willis", "relation": "daughter"}, {"name": "Amanda Willis", "relation": "daughter"},
                       {"name": "Pia Willis", "relation": "wife"}, {"name": "Pia Willis", "relation": "mother"}]}]}"#;
    let index = inline(json);
    identifies_nobody(&index, &["I have a client who has a daughter named Amanda; any tips?"]);
    // Either relation fits the name, and still counts once.
    assert_eq!(clients(&index, "A client whose mother Pia works at Gordon Creative too."), ["michelle"]);
    identifies_nobody(&index, &["My client lost her mother Pia last spring."]);
}

#[test]
fn an_age_says_which_of_the_clients_sharing_a_name_is_meant() {
    let json = r#"{"reference_date": "2025-06-01", "clients": [
        {"id": "young", "given_name": "Frank", "family_name": "Stevens", "date_of_birth": "2003-09-14"},
        {"id": "old", "given_name": "Frank", "family_name": "Ortiz", "date_of_birth": "1985-05-30"}]}"#;
    let index = inline(json);
    // 21 on the reference day: the birthday in September is still to come.
    assert_eq!(clients(&index, "my client Frank (21) keeps asking whether I voted for him."), ["young"]);
    assert_eq!(clients(&index, "Case: Frank, 40, referred by his GP for panic."), ["old"]);
    // No one of that age, or no age: the name stays shared.
    identifies_nobody(&index, &["Case: Frank, 33, referred by his GP.", "Frank cancelled again."]);
}

#[test]
fn a_fact_is_matched_in_one_place_not_stretched_over_a_clause_or_a_heading() {
    let json = r#"{"clients": [
        {"id": "springfield", "given_name": "Crystal", "family_name": "Olson", "occupation": "warehouse associate",
         "address": {"city": "Kingston"}, "distinctive": ["represents Ward 6 on the Springfield city council"]},
        {"id": "kingston", "given_name": "Amy", "family_name": "Ruiz",
         "distinctive": ["represents Ward 6 on the Kingston city council"]},
        {"id": "tattoo", "given_name": "Martin", "family_name": "Beard",
         "relatives": [{"name": "Robert Beard", "relation": "husband"}],
         "distinctive": ["owns the tattoo studio on Roberts Court"]}]}"#;
    let index = inline(json);
    // Kingston, eight words on, does not make the councillor in Springfield Kingston's.
    assert_eq!(
        clients(&index, "The client who is the Ward 6 councillor in Springfield and is a warehouse associate, living in Kingston, rang."),
        ["springfield"]
    );
    // "Robert" and the next line's "course" are no tattoo studio on Roberts Court.
    identifies_nobody(
        &index,
        &["Case presentation: a client who is married to Robert.\nHistory: Previous course of CBT."],
    );
}

#[test]
fn a_famous_name_is_the_clients_in_a_list_of_clients_or_booked_or_aged() {
    let json = r#"{"clients": [
        {"id": "green", "given_name": "Peter", "family_name": "Green"},
        {"id": "lopez", "given_name": "Jennifer", "family_name": "Lopez"},
        {"id": "bradley", "given_name": "Dorothy", "family_name": "Bradley"}]}"#;
    let index = inline(json);
    identifies_nobody(
        &index,
        &[
            // A name many private people share is the famous one where words of fame
            // are near.
            "Peter Green on that podcast this week was so raw about psychosis.",
            "She grew up listening to Peter Green songs, like the rest of us.",
            "Rewatching the Peter Green documentary tonight.",
            "Jennifer Lopez and Michael Phelps on the same bill? I'd pay to see that.",
        ],
    );
    assert_eq!(
        clients(&index, "While I'm on leave, could you cover Dorothy Bradley and Jennifer Lopez?"),
        ["lopez", "bradley"]
    );
    assert_eq!(
        clients(&index, "Coverage while I'm out: Peter Green (Monday 4pm) and Dorothy Bradley (Wednesday 10am)."),
        ["green", "bradley"]
    );
    assert_eq!(clients(&index, "Re: Peter Green (age 69)\nI am writing to summarise my assessment."), ["green"]);
    // The writer sets the client apart from the famous one.
    for text in [
        "Closing summary. Jennifer Lopez (the client, not the actress) completed eight sessions.",
        "JENNIFER LOPEZ (yes, really) is in the waiting room, 40 min early.",
        "Big shoutout to Jennifer Lopez from my Thursday group - no, not the singer - for leading the breathing.",
        "Jennifer Lopez's in the waiting room again (our Jennifer Lopez. not that one.)",
    ] {
        assert_eq!(clients(&index, text), ["lopez"], "{text}");
    }
    identifies_nobody(
        &index,
        &[
            "Staff quiz answer: Jennifer Lopez. Yes, really.",
            // An institution named after someone.
            "Our CE workshop will be held at the Dorothy Bradley School of Policy Studies this year.",
        ],
    );
}

/// Cases a review of the famous-namesake, place, age, citation, initials and fact rules
/// found hidden or wrongly flagged.
#[test]
fn the_second_reviews_cases() {
    let json = r#"{"reference_date": "2025-06-01", "clients": [
        {"id": "smith", "given_name": "Robert", "family_name": "Smith"},
        {"id": "scott", "given_name": "Michael", "family_name": "Scott"},
        {"id": "jones", "given_name": "Tom", "family_name": "Jones"},
        {"id": "clinton", "given_name": "Clinton", "family_name": "Hayes"},
        {"id": "ava", "given_name": "Ava", "family_name": "Ortiz", "address": {"city": "Clinton"}},
        {"id": "frank21", "given_name": "Frank", "family_name": "Stevens", "date_of_birth": "2003-09-14"},
        {"id": "frank40", "given_name": "Frank", "family_name": "Ortiz", "date_of_birth": "1985-05-30"},
        {"id": "chris", "given_name": "Chris", "family_name": "Jones"},
        {"id": "amy", "given_name": "Amy", "family_name": "Lee"},
        {"id": "mark", "given_name": "Mark", "family_name": "Hill"},
        {"id": "dc", "given_name": "Dana", "family_name": "Cole", "school": "Dover High School"},
        {"id": "baker", "given_name": "Nell", "family_name": "Quint", "employer": "Cox Auto Repair",
         "distinctive": ["managed the bakery on Elm Street"]}]}"#;
    let index = inline(json);
    let found = |text: &str| clients(&index, text);
    // A client who shares a known person's common name is still found in a note.
    assert_eq!(found("Robert Smith disclosed self-harm; I have informed his GP."), ["smith"]);
    assert_eq!(found("In session today Tom Jones said he keeps watching the door."), ["jones"]);
    assert_eq!(found("Michael Scott and Robert Smith both missed group this week."), ["smith", "scott"]);
    // A client's name that is another's city, used of the person.
    assert_eq!(found("Got a voicemail from Clinton about Thursday."), ["clinton"]);
    assert_eq!(found("I drove to Clinton's place after the session."), ["clinton"]);
    // A house number is no age.
    identifies_nobody(&index, &["Please send the letter to Frank, 21 Oak Street."]);
    // A client named in brackets makes them no citation.
    assert_eq!(found("Group attendees (Chirs and Amy Lee) both spoke today."), ["chris", "amy"]);
    // "its" introduces no one; a trip is to a place.
    identifies_nobody(
        &index,
        &["The divorce has left its mark on him.", "Trip to DC: she works at Dover High School now."],
    );
    assert_eq!(found("Shoutout to DC, who is doing so well at Dover High School."), ["dc"]);
    // A fact hard-wrapped over two lines is still one fact.
    assert_eq!(
        found("A client who was the manager of the\nbakery on Elm Street and works at Cox Auto Repair."),
        ["baker"]
    );
}

#[test]
fn misspellings_read_with_their_neighbours() {
    let json = r#"{"clients": [
        {"id": "shepherd", "given_name": "William", "family_name": "Shepherd"},
        {"id": "sheppard", "given_name": "William", "family_name": "Sheppard"},
        {"id": "day", "given_name": "David", "family_name": "Day"},
        {"id": "moss", "given_name": "David", "family_name": "Moss"},
        {"id": "micheal", "given_name": "Micheal", "family_name": "Robinson"},
        {"id": "michael", "given_name": "Michael", "family_name": "Stone"},
        {"id": "russell", "given_name": "Russell", "family_name": "Mack"},
        {"id": "pamela", "given_name": "Pamela", "family_name": "Russell"},
        {"id": "may", "given_name": "Robert", "family_name": "May", "preferred_name": "Rob"},
        {"id": "lana", "given_name": "Lana", "family_name": "Escobar"},
        {"id": "peter", "given_name": "Peter", "family_name": "Kjeldsen"},
        {"id": "joy", "given_name": "Joy", "family_name": "Mitchell"},
        {"id": "ying", "given_name": "Ying", "family_name": "Huang"},
        {"id": "yan", "given_name": "Yan", "family_name": "Huang"},
        {"id": "andre", "given_name": "Andre", "family_name": "Cole"},
        {"id": "andré", "given_name": "André", "family_name": "Masson"},
        {"id": "chris", "given_name": "Chris", "family_name": "Jones"},
        {"id": "christopher", "given_name": "Christopher", "family_name": "Jones"},
        {"id": "barker", "given_name": "Matthew", "family_name": "Barker"},
        {"id": "booker", "given_name": "Matthew", "family_name": "Booker"},
        {"id": "fox", "given_name": "Bruce", "family_name": "Fox"},
        {"id": "wayne", "given_name": "Bruce", "family_name": "Wayne"}]}"#;
    let index = inline(json);
    let found = |text: &str| clients(&index, text);
    assert_eq!(found("Wild session with Wilaim Shepherd today."), ["shepherd"]);
    // Beside the other half of a client's name, two edits of a short name are still
    // theirs, the nearest alone; a real given name is nobody's misspelling.
    assert_eq!(found("Anyone else get attached? Juuy Mitchell is moving away next month."), ["joy"]);
    assert_eq!(found("Yign Huang: cancelled Wednesday session."), ["ying"]);
    // A short everyday word can be the rest of a name misspelt.
    assert_eq!(found("Sending good vibes to Bruce Fix, whose custody hearing is on Wednesday."), ["fox"]);
    // A misspelt full name that fits several clients is the nearest's.
    assert_eq!(found("Chris Jnes signed the release, so I can send you the summary."), ["chris"]);
    assert_eq!(found("Heads up: Matthew Brker may call the front desk this afternoon."), ["barker"]);
    // A near miss written with a letter beyond ASCII is the one client spelled with it.
    assert_eq!(found("Not naming names but ok, one name: Aindré. He signed up for a class."), ["andré"]);
    // A name written as one client writes it and another does not is the first's.
    assert_eq!(found("Could you see Andre while I'm away next week?"), ["andre"]);
    assert_eq!(found("Could you see André while I'm away next week?"), ["andré"]);
    // Of names as many edits away, the one that slips of the fingers type it from.
    let near = inline(
        r#"{"clients": [{"id": "white", "given_name": "Laura", "family_name": "White"},
                        {"id": "ware", "given_name": "Laura", "family_name": "Ware"},
                        {"id": "walters", "given_name": "David", "family_name": "Walters"},
                        {"id": "waters", "given_name": "David", "family_name": "Waters"},
                        {"id": "hays", "given_name": "Michael", "family_name": "Hays"}]}"#,
    );
    // A professional whose name is near a client's is a colleague.
    identifies_nobody(&near, &["On-call handover: Dr. Michael Hayes covers the weekend, pager 4471."]);
    assert_eq!(clients(&near, "Michael Hayes cancelled again, second time this month."), ["hays"]);
    assert_eq!(clients(&near, "Wild session with Laura Wjte today."), ["white"]);
    assert_eq!(clients(&near, "I'd value your input on David Wlters."), ["walters"]);
    // Written without its accent, a name nobody writes so is still the one client's.
    let accented = inline(r#"{"clients": [{"id": "theo", "given_name": "Théodore", "family_name": "Bouvier"}]}"#);
    assert_eq!(clients(&accented, "Could you see Theodore while I'm away next week?"), ["theo"]);
    assert_eq!(found("Blue by Joni Mitchell on vinyl + rain = perfect morning."), Vec::<String>::new());
    assert_eq!(found("Case presentation: Davvid Day, 16, student."), ["day"]);
    assert_eq!(found("Thanks for the referral for Michael Robinson."), ["micheal"]);
    assert_eq!(found("Russlel cried through most of the session."), ["russell"]);
    identifies_nobody(
        &index,
        &[
            "New intake, DOB May 29, 2004: panic attacks, referred by GP.",
            "She is the artist behind the Escobar Lane mural.",
            "Reading group: Mating in Captivity (Esther Perel). Perel's argument is that desire needs distance.",
        ],
    );
}

/// A script without capitals writes every name as a capitalised one would be: a
/// relative named in Chinese counts like one named in Latin letters.
#[test]
fn relatives_named_in_a_script_without_capitals() {
    let json = r#"{"clients": [
        {"id": "li", "given_name": "Wei", "family_name": "Li", "employer": "Cox Auto Repair",
         "relatives": [{"name": "宇", "relation": "partner"}]}]}"#;
    let index = inline(json);
    let found = |text: &str| clients_with_kinds(&index, text);
    assert_eq!(
        found("The client who works for Cox Auto Repair \u{2014} he also lives with his partner, 宇 \u{2014} is dreading the hearing."),
        [("li".to_owned(), vec![Employer, Relative])]
    );
    // A given name of two ideographs is all but the family name's one.
    let json = r#"{"clients": [
        {"id": "wang", "given_name": "Wei", "family_name": "Wang", "employer": "Waverly Bowling Lanes",
         "relatives": [{"name": "王秀梅", "relation": "wife"}]}]}"#;
    let index = inline(json);
    let text = "My client who is married to 秀梅 and works for Waverly Bowling Lanes had a breakthrough.";
    let findings = index.scan(text);
    assert_eq!(clients(&index, text), ["wang"]);
    let relative = findings.clients[0].evidence.iter().find(|e| e.kind == Relative).expect("relative");
    assert_eq!(&text[relative.start..relative.end], "秀梅");
}

/// What a fresh-eyes review found the round's rules would hide: each a real mention of
/// a client that must stay found, and texts that once panicked.
#[test]
fn the_rounds_rules_do_not_hide_clients() {
    let json = r#"{"clients": [
        {"id": "nathan", "given_name": "Nathan", "family_name": "Robinson"},
        {"id": "june", "given_name": "June", "family_name": "Thomas"},
        {"id": "grace", "given_name": "Grace", "family_name": "Hall"},
        {"id": "jack", "given_name": "Jack", "family_name": "Miller"},
        {"id": "penny", "given_name": "Penny", "family_name": "Lane"},
        {"id": "sarah", "given_name": "Sarah", "family_name": "Court"},
        {"id": "sage", "given_name": "Sage", "family_name": "Morgan"}]}"#;
    let index = inline(json);
    let found = |text: &str| clients(&index, text);
    for (text, who) in [
        ("Her mental state. Grace reports low mood.", "grace"),
        ("Jack, Daniel and Mia attended group.", "jack"),
        ("Sage, advice given re sleep hygiene.", "sage"),
        ("Grace and husband attended the couples session.", "grace"),
        ("June's bills are overwhelming her again.", "june"),
        ("June's first day back at work went badly.", "june"),
        ("Please reschedule Nathan, my son is sick today.", "nathan"),
        ("Covering Nathan (my colleague's client) today.", "nathan"),
        ("Nathan Robinson wrote an article about his divorce for the local paper.", "nathan"),
        ("PT NATHAN WILL RTC IN 2 WEEKS.", "nathan"),
        ("Sarrah Court came in today.", "sarah"),
        ("Peny Lane came in today, tearful.", "penny"),
        ("今天 Nathan 来了，情绪低落。", "nathan"),
        // The third review's cases: a dash at a line's end, a month before "sessions".
        ("Quick note re Grace-\nshe called to cancel, her husband is in hospital.", "grace"),
        ("Can we move June sessions to Thursdays? She has started nights.", "june"),
        // The fourth bank's: a letter to a client about their own care.
        ("Dear Nathan, if this ever reaches you: you did the brave thing today. Your counsellor is proud.", "nathan"),
        // …or about their own people: the addressee is the client.
        ("Dear Grace,\n\nOur receptionist left a message on your home phone and your wife heard it.", "grace"),
        ("Hi Nathan,\n\nI'm so sorry - the reminder text meant for you went to your mum.", "nathan"),
        // …or of sessions, greeted by a courtesy title as clients are and colleagues are not.
        (
            "Dear Mr. Robinson,\n\nOur records show a balance of $240 for sessions in March. If you have paid, ignore this.",
            "nathan",
        ),
        // A name heading what follows is no signer.
        ("## Nathan\n\n**Presenting:** low mood since the spring.", "nathan"),
        ("Grace\nPresenting: low mood since the spring.", "grace"),
        // A record's field for the client's name.
        ("LIAISON CONSULT\nPatient: June    Age: 40\nReason for referral: work stress.", "june"),
        // A word-name that sends or wants something is a person.
        ("Anyone else get memes from clients? Grace sent me one after a sober fortnight.", "grace"),
    ] {
        assert_eq!(found(text), [who], "{text}");
    }
    // Once an index out of bounds: a word-name last in the text after a sentence's end.
    for text in ["Bye. Grace\u{2026}", "Saw her. Grace \u{1F642}", "Tople.\u{ea}Terry"] {
        let _ = found(text);
    }
}

/// A fact's proper name counts only where it is no part of another name: "Clinton" of
/// "Clinton State University" does not make the Clinton Otters' coach a better match
/// than the Riverside Otters' one.
#[test]
fn a_facts_proper_name_is_not_borrowed_from_another_name() {
    let json = r#"{"clients": [
        {"id": "coach", "given_name": "Nell", "family_name": "Arkwright", "school": "Clinton State University",
         "distinctive": ["coaches the Riverside Otters under-10 basketball team"]},
        {"id": "rival", "given_name": "Ottilie", "family_name": "Quarrie",
         "distinctive": ["coaches the Clinton Otters under-10 team"]}]}"#;
    let index = inline(json);
    let findings = index.scan(
        "My client is head coach of the under-10 Riverside Otters team and a student at Clinton State University.",
    );
    let found: Vec<_> = findings
        .clients
        .iter()
        .map(|c| (c.client_id.as_str(), c.evidence.iter().map(|e| e.kind).collect::<Vec<_>>()))
        .collect();
    assert_eq!(found, [("coach", vec![Distinctive, School])]);
}

/// The one-line reason: the strongest evidence quoted, or the details that add up.
#[test]
fn reasons_quote_the_evidence() {
    let reason = |text: &str| INDEX.scan(text).clients.into_iter().map(|c| c.reason).collect::<Vec<_>>();
    assert_eq!(reason("Tough session with Nathan Robinson today."), ["full name \u{201c}Nathan Robinson\u{201d}"]);
    assert_eq!(
        reason("Nathan Robinson, who works at Cain Insurance, came in late."),
        ["full name \u{201c}Nathan Robinson\u{201d} (and 1 more detail)"]
    );
    assert_eq!(
        reason("Nathan Robinson, who works at Cain Insurance, has a wife named Lisa."),
        ["full name \u{201c}Nathan Robinson\u{201d} (and 2 more details)"]
    );
    assert_eq!(
        reason("My client who works at Cain Insurance has a wife named Lisa."),
        ["2 details of one client together: employer \u{201c}Cain Insurance\u{201d}, relative \u{201c}Lisa\u{201d}"]
    );
}

/// What the eleventh probe (small communities, where details name people) taught.
#[test]
fn small_communities() {
    let json = r#"{"clients": [
        {"id": "quiz", "given_name": "Tamsin", "family_name": "Orr", "school": "Lebanon CC",
         "relatives": [{"name": "Joanne Orr", "relation": "sister"}],
         "distinctive": ["was on Wheel of Fortune, season 28"]},
        {"id": "cc", "given_name": "Chase", "family_name": "Cruz", "school": "Lebanon CC"},
        {"id": "mayor", "given_name": "Ilse", "family_name": "Brandt", "school": "University of Marion",
         "distinctive": ["ran for mayor of Kingston in 2021"]},
        {"id": "student", "given_name": "Dev", "family_name": "Amin", "school": "University of Marion",
         "occupation": "student", "address": {"city": "Kingston"}},
        {"id": "driver", "given_name": "Omar", "family_name": "Haddad", "occupation": "delivery driver",
         "address": {"city": "Clinton"}, "relatives": [{"name": "Samira Haddad", "relation": "wife"}]},
        {"id": "clinton", "given_name": "Clinton", "family_name": "Schultz"},
        {"id": "dean", "given_name": "Dean", "family_name": "Robertson"},
        {"id": "hr1", "given_name": "Ann", "family_name": "Lowe", "occupation": "HR manager",
         "employer": "Oxford Credit Union", "address": {"city": "Plymouth"}},
        {"id": "hr2", "given_name": "Bea", "family_name": "Moss", "occupation": "HR manager",
         "employer": "Oxford Credit Union", "address": {"city": "Plymouth"}},
        {"id": "dawn1", "given_name": "Dawn", "family_name": "Murphy", "occupation": "physical therapist"},
        {"id": "dawn2", "given_name": "Dawn", "family_name": "Stevens", "occupation": "HR manager"}]}"#;
    let index = inline(json);
    // Capitals inside a school's name are its letters, nobody's initials.
    assert_eq!(
        clients(
            &index,
            "Walk-in: Lebanon CC student, the one who was on Wheel of Fortune, season 28. Sister Joanne is ill."
        ),
        ["quiz"]
    );
    // A city that is a word of another client's fact is the fact's, not where a
    // student of the same school lives.
    assert_eq!(
        clients(&index, "University of Marion transfer student, the one who ran for mayor of Kingston in 2021."),
        ["mayor"]
    );
    // A dash after the last sentence, then a name ending the text: the writer signs.
    identifies_nobody(&index, &["Joanne, could you cover my 3pm? Molly has a temperature. Thanks! - Tamsin"]);
    assert_eq!(clients(&index, "Joanne, could you see Tamsin at 3pm? Thanks! - Rachel"), ["quiz"]);
    // Not inside a message quoted.
    assert_eq!(
        clients(&index, "Pasting the text my 3pm sent last night: \"I can't do this anymore, I'm sorry. - Tamsin\""),
        ["quiz"]
    );
    // A word read with an occupation as a city, after a word of place, is the place.
    assert_eq!(
        clients(&index, "Notes: delivery driver from Clinton, lost his job. His wife Samira worries."),
        ["driver"]
    );
    assert_eq!(clients(&index, "I'd like to present Clinton at the case review; he is struggling."), ["clinton"]);
    assert_eq!(
        clients(&index, "Got a text from Clinton last night: he lost his job as a delivery driver and wants to die."),
        ["clinton"]
    );
    // An institution named after a word: "Dean Hall" would be a place, "Grace Assembly"
    // a church.
    identifies_nobody(&index, &["Counselling Ministry, Redeemed Dean Assembly.\nPlease keep this between us."]);
    // A name two clients share, and the occupation of one of them near it in the same
    // paragraph, is that one's; either alone is not.
    assert_eq!(
        clients(&index, "Session 9 w/ Dawn. Grief work re: her mum. Back at the clinic doing physio three days."),
        ["dawn1"]
    );
    identifies_nobody(
        &index,
        &["Session 9 w/ Dawn. Grief work re: her mum.", "Session 9 w/ Dawn.\nRota: physio on Tuesdays."],
    );
    // Recorded details that fit two clients alike still point at one of two: both are
    // told.
    assert_eq!(
        clients(&index, "HR manager at Oxford Credit Union, lives in Plymouth. Work stress after restructure."),
        ["hr1", "hr2"]
    );
    // An office's title after "the", and every mention after it.
    identifies_nobody(&index, &["Her mother emailed the Dean asking about her. Dean forwarded it to us."]);
    assert_eq!(clients(&index, "Session with Dean today. He was tearful."), ["dean"]);
    // Not an office of something named after it, nor another name's word.
    assert_eq!(
        clients(
            &index,
            "Dean was tearful in session: the Dean of his college put him on probation. Dean may drop out."
        ),
        ["dean"]
    );
    // Without the fact, the city is the student's.
    assert_eq!(clients(&index, "A University of Marion student from Kingston asked for a referral."), ["student"]);
}

/// What the tenth probe (families, couples, children and groups) taught.
#[test]
fn families_couples_and_groups() {
    let json = r#"{"clients": [
        {"id": "jonathan", "given_name": "Jonathan", "family_name": "Stewart", "preferred_name": "Jonnie",
         "relatives": [{"name": "Eric Stewart", "relation": "husband"}]},
        {"id": "eric", "given_name": "Eric", "family_name": "Miller"},
        {"id": "nadia", "given_name": "Nadia", "family_name": "Torrecilla",
         "relatives": [{"name": "Albina Torrecilla", "relation": "daughter"},
                       {"name": "Sosimo Torrecilla", "relation": "father"}]},
        {"id": "klara", "given_name": "Klara", "family_name": "Kaczka"},
        {"id": "evans", "given_name": "Chris", "family_name": "Evans"},
        {"id": "joy", "given_name": "Joy", "family_name": "Nelson"},
        {"id": "ying", "given_name": "Ying", "family_name": "Xu",
         "relatives": [{"name": "Jing Xu", "relation": "mother"}, {"name": "Xiaoming Xu", "relation": "father"}]},
        {"id": "jing", "given_name": "Jing", "family_name": "Huang",
         "relatives": [{"name": "Xiaoming Huang", "relation": "father"}]},
        {"id": "melissa", "given_name": "Melissa", "family_name": "Holmes",
         "relatives": [{"name": "Deborah Holmes", "relation": "sister"}]},
        {"id": "deborah", "given_name": "Deborah", "family_name": "Quint"},
        {"id": "catrin", "given_name": "Catrin", "family_name": "Bolzmann"},
        {"id": "don", "given_name": "Don", "family_name": "Pike"}]}"#;
    let index = inline(json);
    // A given name that a client named in the text has a relative by is that relative,
    // not another client who has it; it is the named client's detail.
    assert_eq!(
        clients_with_kinds(&index, "Jonnie brought Eric's watch and passed it round."),
        [("jonathan".to_owned(), vec![Nickname, Relative])]
    );
    // In the same sentence only: the client's own relative, not another client who
    // has the name ("Jing" of Ying Xu's mother Jing, not the client Jing Huang).
    assert_eq!(
        clients(&index, "Hi Xiaoming,\n\nThe session for Ying Xu is at 5pm, and if Jing can't make it, fine."),
        ["ying"]
    );
    assert_eq!(clients(&index, "The session for Ying Xu is at 5pm. Jing can't make Tuesdays."), ["ying", "jing"]);
    // Not where the sentence lists other clients.
    assert_eq!(
        clients(&index, "Proud of my crew: Catrin Bolzmann, Melissa Holmes and Deborah all finished."),
        ["melissa", "deborah", "catrin"]
    );
    // A family's story told from another member's place: the client's father is "the
    // grandfather", her daughter his "granddaughter".
    assert_eq!(
        clients(
            &index,
            "Three generations: the grandfather, Sosimo, moved in. The eldest granddaughter, Albina, is six."
        ),
        ["nadia"]
    );
    // A family named by its name.
    assert_eq!(clients(&index, "The Kaczka family made me cry today."), ["klara"]);
    // The writer's booking before the name: a client, not the actor.
    assert_eq!(
        clients(&index, "No, not the one from the Avengers. My 2pm Chris Evans finally booked the trip."),
        ["evans"]
    );
    // A session spoken of in another language is clinical as in English: the client,
    // not the actor.
    assert_eq!(clients(&index, "Sesión difícil hoy con Chris Evans. Mucho duelo."), ["evans"]);
    assert_eq!(clients(&index, "Séance avec Chris Evans ce matin, beaucoup de colère."), ["evans"]);
    identifies_nobody(&index, &["Viendo la película de Chris Evans otra vez."]);
    // A rank or another language's courtesy title before a name, as a community uses
    // them.
    assert_eq!(clients(&index, "Specialist Evans walk-in. Not a crisis, wants someone to talk to."), ["evans"]);
    assert_eq!(clients(&index, "Counselling notes. Pani Nadia came after Sunday mass, very tired."), ["nadia"]);
    // A calling's title before a family name names the person, who may be a client.
    assert_eq!(clients(&index, "I'd rather not do the baptism prep with them. Could Deacon Evans take it?"), ["evans"]);
    // A rank that is also an everyday word is a title only when capitalised.
    assert_eq!(clients(&index, "Session notes. In private Chris admitted he has been drinking again."), ["evans"]);
    // An age turned is a person's, a feeling's turn is not.
    assert_eq!(clients(&index, "Big day in group! Joy turns 70 on Friday."), ["joy"]);
    identifies_nobody(&index, &["Such a good group. Joy turns to grief so fast some weeks.", "Don't tell the others."]);
}

/// A fact told in part counts beside another detail of the same client that few share,
/// if a proper name of it is written as one; never alone, and never on the other
/// detail's own words.
#[test]
fn a_fact_told_in_part_corroborates_another_detail() {
    let json = r#"{"clients": [
        {"id": "c1", "given_name": "Aaron", "family_name": "Lyle", "employer": "Whitman Academy",
         "distinctive": ["represents Ward 4 on the Florence city council"]},
        {"id": "c2", "given_name": "Bea", "family_name": "Moss", "employer": "Dayton Family Clinic",
         "distinctive": ["breeds champion Samoyeds in Dayton"]},
        {"id": "c3", "given_name": "Cal", "family_name": "Nye", "employer": "Oakridge Mills",
         "distinctive": ["represents Ward 2 on the Salem city council"]}]}"#;
    let index = inline(json);
    assert_eq!(
        clients_with_kinds(&index, "He teaches at Whitman Academy and is the member for Ward 4, as it happens."),
        [("c1".to_owned(), vec![Employer, Distinctive])]
    );
    identifies_nobody(
        &index,
        &[
            "He teaches at Whitman Academy.",
            "He is the member for Ward 4, as it happens.",
            // (The fact's proper name in lower case, or only at a sentence's start.)
            "He teaches at Whitman Academy and is the member for ward 4.",
            // The employer's own word is no word of the fact.
            "She works at Dayton Family Clinic and breeds dogs.",
        ],
    );
}

/// What a fifth template bank taught: typography, record systems and other languages.
#[test]
fn typography_record_systems_and_other_languages() {
    let json = r#"{"clients": [
        {"id": "kristin", "given_name": "Kristin", "family_name": "Peters", "phone": "(262) 531-9295"},
        {"id": "calvin", "given_name": "Calvin", "family_name": "Black", "date_of_birth": "1972-03-21"},
        {"id": "brandon", "given_name": "Brandon", "family_name": "Wilson", "date_of_birth": "1962-07-18"},
        {"id": "pichon", "given_name": "Alexandre", "family_name": "Pichon"},
        {"id": "nicholas", "given_name": "Nicholas", "family_name": "Miranda"},
        {"id": "miranda", "given_name": "Miranda", "family_name": "Atkins"},
        {"id": "hailey", "given_name": "Hailey", "family_name": "Crane"},
        {"id": "sage", "given_name": "Sage", "family_name": "Martinez"},
        {"id": "crystal", "given_name": "Crystal", "family_name": "Perez"},
        {"id": "levine", "given_name": "Ada", "family_name": "Quist",
         "address": {"street": "777 Levine Street", "city": "Troy"}},
        {"id": "troy", "given_name": "Troy", "family_name": "Holder"}]}"#;
    let index = inline(json);
    let cases: &[Case] = &[
        // A dash where the hyphen was.
        ("To whoever keeps DMing me from (262) 531–9295: please use the portal.", &[("kristin", &[Phone])]),
        // A date with the time a system stamps on it.
        ("Dependent intake, DOB 1972-03-21T00:00:00 — needs an evening slot.", &[("calvin", &[Dob])]),
        // Another language's date.
        ("Nueva admisión: fecha de nacimiento 18 de julio de 1962; burnout at work.", &[("brandon", &[Dob])]),
        // Another language's courtesy title makes the name a family name.
        ("Qué orgullo. Sr. Pichon went to a recovery meeting on his own.", &[("pichon", &[FamilyName])]),
        ("Qué orgullo. Sr. Miranda reconnected with an old friend.", &[("nicholas", &[FamilyName])]),
        // An accent is written on purpose: "Hablé" is Spanish, no misspelt Hailey.
        ("Cora: sleeping in her car. Hablé con la familia; todo bien.", &[]),
        // Due in at a time; a verb of four letters.
        ("Sage in at 3pm; she scored 22 on the PHQ-9.", &[("sage", &[GivenName])]),
        ("Crystal used opioids again after a long stretch clean.", &[("crystal", &[GivenName])]),
        // A flat's number between the street and the city: the city is the address's.
        ("A visit to the residence at 777 Levine Street, Unit 8, Troy went well.", &[("levine", &[Address])]),
    ];
    for (text, expected) in cases {
        check_with(&index, text, expected);
    }
    // Still the word: "Dawn walks before clinic".
    identifies_nobody(
        &inline(r#"{"clients": [{"id": "d", "given_name": "Dawn", "family_name": "Ray"}]}"#),
        &["Dawn walks before clinic are my non-negotiable."],
    );
    // Another language's family words name a relative; clinical shorthand in capitals
    // and another language's doctor are nobody's name.
    let index = inline(
        r#"{"clients": [
        {"id": "rosendo", "given_name": "Rosendo", "family_name": "Vendrell", "employer": "Harbor Grill",
         "relatives": [{"name": "Calista Vendrell", "relation": "wife"}]},
        {"id": "genevieve", "given_name": "Geneviève", "family_name": "Nicolas", "employer": "St. Jude's Hospital",
         "relatives": [{"name": "Aurore Petit", "relation": "partner"}]},
        {"id": "simon", "given_name": "Simon", "family_name": "Steckel", "preferred_name": "Si"},
        {"id": "dora", "given_name": "Dora", "family_name": "Lind"},
        {"id": "daniel", "given_name": "Daniel", "family_name": "Lindsey"},
        {"id": "june", "given_name": "June", "family_name": "Jackson"},
        {"id": "mason", "given_name": "Mason", "family_name": "White", "preferred_name": "Mahon"},
        {"id": "calista", "given_name": "Calista", "family_name": "Correa",
         "relatives": [{"name": "Alba Quintana", "relation": "partner"}]},
        {"id": "fernandes", "given_name": "Rita", "family_name": "Fernandes"}]}"#,
    );
    for (text, who) in [
        ("Nota de la intérprete: el cliente trabaja en Harbor Grill y vino con su esposa Calista.", "rosendo"),
        ("Notre cliente commune, à St. Jude's Hospital : sa compagne Aurore l'accompagne aux séances.", "genevieve"),
        // Greeted in another language, and spoken to of her own people or her care.
        ("Hola Calista:\n\nPara hablar con tu pareja, marca la casilla 3.", "calista"),
        ("Cara Sra. Fernandes,\n\nUm e-mail com a data da sua próxima consulta foi enviado por engano.", "fernandes"),
        ("Si was low today and said work is hard.", "simon"),
    ] {
        assert_eq!(clients(&index, text), [who], "{text}");
    }
    identifies_nobody(
        &index,
        &[
            "pt J.P. 29F, c/o panic x3/wk, hx EtOH. no SI/HI. plan: interoceptive exp, f/u 1/52.",
            "Te confirmo la cita el martes a las 10 con la psicóloga Dra. Sanz.",
            "Je vous confirme, Madame la Juge, avoir reçu la réquisition.",
            "DC Mahony phoned again re alibi confirmation; declined.",
            "Phone message from Officer Dora Lindh re the witness statement. Not about any client.",
            // A short word opening a sentence of another language is no nickname.
            "Si el cliente no viene, llame a su madre.",
            // Thanks in another language is no misspelt name.
            "The group on Thursday will be run by Frau Dr. Kowalczyk this week. Danke!",
            // A colleague greeted in another language.
            "Hola Calista:\n\n¿Puedes cubrir mi turno del martes? Gracias.",
        ],
    );
}

/// A name inside another client's fact is the fact's word, not that client.
#[test]
fn a_name_inside_another_clients_fact_is_the_facts() {
    let json = r#"{"clients": [
        {"id": "mayor", "given_name": "Glen", "family_name": "Sayre",
         "relatives": [{"name": "Matthew Sayre", "relation": "husband"}],
         "distinctive": ["ran for mayor of Troy in 2006"]},
        {"id": "troy", "given_name": "Troy", "family_name": "Harrison"}]}"#;
    let index = inline(json);
    assert_eq!(
        clients(
            &index,
            "Someone who lives with his husband Matthew and ran for mayor of Troy in 2006 got through dinner."
        ),
        ["mayor"]
    );
    // Outside the fact, Troy is Troy.
    assert_eq!(clients(&index, "Troy got through dinner."), ["troy"]);
}

/// A show of the screen is a word of public life; a show of feeling is not.
#[test]
fn a_talk_show_speaks_of_the_famous() {
    let index = inline(r#"{"clients": [{"id": "will", "given_name": "Will", "family_name": "Smith"}]}"#);
    identifies_nobody(&index, &["Will Smith talking about therapy on a late-night show?? We love to see it."]);
    assert_eq!(clients(&index, "Will Smith's anxiety was on show in session today."), ["will"]);
}

/// Exports of record systems: a compact date of birth month first, and a name in a
/// table row beside its booking.
#[test]
fn record_exports_dates_and_booking_tables() {
    let json = r#"{"clients": [
        {"id": "rita", "given_name": "Rita", "family_name": "Montoya", "date_of_birth": "2002-06-26"},
        {"id": "hope", "given_name": "Hope", "family_name": "Smith"}]}"#;
    let index = inline(json);
    assert_eq!(clients(&index, "Case review\nDate of birth: 06262002\nService era: post-9/11"), ["rita"]);
    assert_eq!(clients(&index, "| Client | Slot |\n|---|---|\n| Hope | Thursday 2pm |"), ["hope"]);
    // Hope as a word in a table is still the word.
    identifies_nobody(&index, &["| Goal | Note |\n|---|---|\n| Hope | a feeling we practise |"]);
}

/// Cases a review of this round's rules found hidden or wrongly flagged.
#[test]
fn the_third_reviews_cases() {
    let relatives = inline(
        r#"{"clients": [
        {"id": "jonnie", "given_name": "Jonnie", "family_name": "Marsh",
         "relatives": [{"name": "Eric Marsh", "relation": "husband"}]},
        {"id": "eric", "given_name": "Eric", "family_name": "Lindqvist"}]}"#,
    );
    // Another client of the same name, in a sentence of their own, booked, or listed.
    for text in [
        "Jonnie Marsh was tearful about the move. Eric came in at 3pm and talked about his divorce.",
        "Group today: Jonnie and Eric both arrived late.",
        "Jonnie Marsh cancelled her 2pm. Eric (3pm) talked about the custody hearing.",
    ] {
        assert_eq!(clients(&relatives, text), ["jonnie", "eric"], "{text}");
    }
    let others = inline(
        r#"{"clients": [
        {"id": "amy", "given_name": "Amelia", "family_name": "Fortescue", "employer": "Whitman Academy",
         "distinctive": ["represents Ward 4 on the Dover city council"]},
        {"id": "tom", "given_name": "Tomasz", "family_name": "Wierzbicki",
         "distinctive": ["plays viola in the Dover Symphony Orchestra"]},
        {"id": "ade", "given_name": "Adaeze", "family_name": "Okafor"},
        {"id": "maura", "given_name": "Maura", "family_name": "Kennedy"},
        {"id": "hope", "given_name": "Hope", "family_name": "Adeyemi"},
        {"id": "crystal", "given_name": "Crystal", "family_name": "Hardin"},
        {"id": "ren", "given_name": "Renata", "family_name": "Muller"},
        {"id": "jose", "given_name": "Jose", "family_name": "Nunez"},
        {"id": "chris", "given_name": "Chris", "family_name": "Evans"}]}"#,
    );
    identifies_nobody(
        &others,
        &[
            // A town and its council are where, not what the client did.
            "The Whitman Academy choir sang at the Dover city council meeting.",
            "The Whitman Academy choir performed at the Dover city hall.",
            // The writer's neighbours, a famous family.
            "My own week: the Okafor kids next door had a party until 2am.",
            "She watched a documentary about the Kennedy family last night.",
            // "Used to" is the word's.
            "Hope used to feel out of reach for him; this week he named one thing he looks forward to.",
            "Crystal used to be his drug of choice; he is now 90 days clean.",
            // The radio's show, not the writer's booking.
            "Listening to the 7am Chris Evans show on the drive in.",
        ],
    );
    // "Sr." after a name is its suffix, no title of the next.
    assert_eq!(
        clients(&others, "Family session with the grandfather, Walter Kaczka Sr. Hope joined at the end and cried."),
        ["hope"]
    );
    assert_eq!(clients(&others, "Attendees: Walter Kaczka Sr, Hope, and the school nurse."), ["hope"]);
    // A record may strip a client's accents: the accented word is still their name misspelt.
    assert_eq!(clients(&others, "Mrs Müler phoned about her bill."), ["ren"]);
    assert_eq!(clients(&others, "Mr Núñes missed his appointment."), ["jose"]);
}

/// In a text written all in lower case (dictation, captions) a city and a relative's
/// name count as if capitalised; an ordinary word still does not.
#[test]
fn places_and_relatives_dictated_in_lower_case() {
    let json = r#"{"clients": [
        {"id": "dean", "given_name": "Dean", "family_name": "Marsh", "occupation": "data analyst",
         "address": {"street": "1 Elm Rd", "city": "Springfield"},
         "relatives": [{"name": "Maureen Marsh", "relation": "wife"}]},
        {"id": "hope", "given_name": "Rosa", "family_name": "Diaz", "occupation": "data analyst",
         "address": {"street": "2 Oak Rd", "city": "Reading"}}]}"#;
    let index = inline(json);
    assert_eq!(
        clients(&index, "dictated data analyst springfield wife maureen attended couples component today"),
        ["dean"]
    );
    // "reading" is a word, not the city, and a relative needs a relation word near.
    identifies_nobody(
        &index,
        &[
            "note for file data analyst reading a lot lately plan two more joint sessions",
            "maureen rang about the invoice",
        ],
    );
}

/// Staff the practice introduces are colleagues, not clients; a client who meets them
/// is still a client.
#[test]
fn staff_introduced_are_colleagues() {
    let json = r#"{"clients": [
        {"id": "holly", "given_name": "Holly", "family_name": "Campos"},
        {"id": "heather", "given_name": "Heather", "family_name": "Brown"},
        {"id": "brenda", "given_name": "Brenda", "family_name": "Davis"}]}"#;
    let index = inline(json);
    identifies_nobody(
        &index,
        &[
            "Our new receptionist is Heather Brown - please say hi and show her where the kettle is!",
            "Please say hello to Holly, who's joining us on the front desk on Saturdays.",
            "Heather Brown, our new practice manager, starts Monday.",
            "Brenda from facilities will move the chairs on Saturday.",
            "Nurse Brenda will take the BP readings before group on Tuesday. Thanks Brenda, you're a star.",
            // A list headed as the staff's.
            "Birthday list (staff):\n• Brenda — Jan 4\n• Heather — Mar 2",
        ],
    );
    for (text, who) in [
        ("Holly is seeing our new therapist from next week; she asked for evenings.", "holly"),
        ("Heather Brown cancelled again; the new intake form confused her.", "heather"),
        // A department in brackets is the client's job.
        ("Mrs. Davis (HR, law firm), second session. Sleeping better.", "brenda"),
    ] {
        assert_eq!(clients(&index, text), [who], "{text}");
    }
}

/// A meeting's roll that names a chair or a minute-taker lists the practice's staff,
/// there and wherever else the text names them; a group's roll lists its members.
#[test]
fn a_chaired_meetings_roll_lists_staff() {
    let json = r#"{"clients": [
        {"id": "faith", "given_name": "Faith", "family_name": "Howard"},
        {"id": "derek", "given_name": "Derek", "family_name": "Olsen"}]}"#;
    let index = inline(json);
    identifies_nobody(
        &index,
        &[
            "Referrals meeting 14/05. Present: Mark (chair), Faith, Joy, Ray (minutes).\nActions: Faith to chase the GP letters.",
            "Team meeting\nAttendees: Dr Adeyemi (Chair), Derek, Ngozi\nApologies: Faith (leave)",
        ],
    );
    for (text, who) in [
        ("Group 6, Tuesday. Present: Caitlyn, Derek, Hector. Derek spoke first about his shifts.", "derek"),
        // The chair is the meeting's; a client named after the roll is still a client.
        ("Present: Mark (chair), Joy (minutes).\nCase 1: Faith cancelled twice; her mother phoned.", "faith"),
    ] {
        assert_eq!(clients(&index, text), [who], "{text}");
    }
}

/// A name in lower case among words of another language is that language's word
/// ("dit anders doen": otherwise); among English words, or a texter's shorthand, it is
/// still the name.
#[test]
fn a_lower_case_name_among_another_languages_words() {
    let json = r#"{"clients": [
        {"id": "anders", "given_name": "Anders", "family_name": "Bech"},
        {"id": "yvonne", "given_name": "Yvonne", "family_name": "Abara"}]}"#;
    let index = inline(json);
    identifies_nobody(
        &index,
        &[
            "Annelie, ons moet dit anders doen with the waiting list. Kom ons praat Maandag.",
            "Das machen wir ab jetzt anders mit der Warteliste.",
        ],
    );
    for (text, who) in [
        ("we saw anders on tuesday, very low", "anders"),
        ("pls tell yvonne tdy abt the room change", "yvonne"),
        ("appt w yvonne tmrw abt meds", "yvonne"),
    ] {
        assert_eq!(clients(&index, text), [who], "{text}");
    }
}

/// The addressee of a message is a colleague, unless the message gives another detail
/// of the client whose name it is: then it is written to that client.
#[test]
fn an_addressee_with_a_detail_of_their_own_is_a_client() {
    let json = r#"{"clients": [
        {"id": "rusty", "given_name": "Russell", "family_name": "Middleton", "preferred_name": "Rusty",
         "employer": "Northwind Software"},
        {"id": "dana", "given_name": "Dana", "family_name": "Fox", "employer": "Harbour Foods"}]}"#;
    let index = inline(json);
    let text = "Hi Rusty,\n\nThe voicemail I left on your work line at Northwind Software was heard by a colleague.";
    assert_eq!(clients(&index, text), ["rusty"], "{text}");
    // Or one of their relatives, where only one client of the name has a relative so named.
    let families = inline(
        r#"{"clients": [
        {"id": "dawn", "given_name": "Dawn", "family_name": "Cox", "relatives": [{"name": "Randy Cox", "relation": "son"}]},
        {"id": "other", "given_name": "Dawn", "family_name": "Lee"}]}"#,
    );
    let text = "Hi Dawn,\n\nThank you for the update about Randy's nightmares. Keep the sticker chart going.";
    assert_eq!(clients(&families, text), ["dawn"], "{text}");
    identifies_nobody(&families, &["Hi Dawn,\n\nCould you cover my 3pm on Thursday? Thanks"]);
    // Another client's detail makes the addressee no client.
    identifies_nobody(
        &index,
        &[
            "Hi Rusty,\n\nCould you cover my 3pm on Thursday? Thanks",
            "Hi Rusty,\n\nThe Harbour Foods referral came through; I will book them in.",
            // A passage quoted for others speaks to them, not to the addressee.
            "Hi Rusty,\n\nMy paragraph for the newsletter: \"Exam season is hard on the whole house. If your child \
             will talk at all, it will probably be in the car or late at night, so be ready.\"",
        ],
    );
}

/// Children told of by the parent's therapist: a relation word counts across their
/// ages and a colon, not across a sentence's end; "boys" and "girls" are children.
#[test]
fn children_named_with_their_ages() {
    let json = r#"{"clients": [
        {"id": "logan", "given_name": "Logan", "family_name": "King", "occupation": "mechanic",
         "employer": "Sullivan Auto Repair",
         "relatives": [{"name": "Blake King", "relation": "son"}, {"name": "George King", "relation": "son"}]},
        {"id": "steven", "given_name": "Steven", "family_name": "Horton",
         "relatives": [{"name": "Monica Horton", "relation": "daughter"}, {"name": "Amy Horton", "relation": "daughter"}]},
        {"id": "monica", "given_name": "Monica", "family_name": "Simpson"},
        {"id": "blake", "given_name": "Blake", "family_name": "Moss"}]}"#;
    let index = inline(json);
    for (text, who) in [
        ("Parent session (dad). Sons Blake (8) and George (5). Dad works long hours as a mechanic.", "logan"),
        ("Dad came alone. The boys Blake and George are with their gran this week.", "logan"),
        ("Dad works at Sullivan Auto Repair; the only slot for his little boy Blake is Saturday.", "logan"),
        // His son, who hugged his dad: not the client Blake.
        (
            "I've been working with Mr. King and his boys for a year, and today Blake hugged his dad at the door.",
            "logan",
        ),
    ] {
        assert_eq!(clients(&index, text), [who], "{text}");
    }
    // A daughter after a colon is a daughter, not the client of that name.
    identifies_nobody(&index, &["She talked about her girls: Monica, the elder, is doing her exams."]);
}

/// Where a client is named outright, a given name one of their relatives has is that
/// relative rather than another client who has it, unless it is listed with clients.
#[test]
fn a_named_clients_relative_before_a_namesake() {
    let json = r#"{"clients": [
        {"id": "becca", "given_name": "Rebecca", "family_name": "Hale", "preferred_name": "Becca",
         "relatives": [{"name": "Elizabeth Hale", "relation": "daughter"}, {"name": "Shannon Hale", "relation": "daughter"}]},
        {"id": "shannon", "given_name": "Shannon", "family_name": "Rosales"},
        {"id": "dana", "given_name": "Dana", "family_name": "Cole",
         "relatives": [{"name": "Tom Cole", "relation": "father"}, {"name": "Shannon Cole", "relation": "mother"}]},
        {"id": "tom", "given_name": "Tom", "family_name": "Reed",
         "relatives": [{"name": "Elizabeth Reed", "relation": "daughter"}, {"name": "Shannon Reed", "relation": "daughter"}]}]}"#;
    let index = inline(json);
    identifies(
        &index,
        &[
            (
                "Dear Ms Pilkington,\n\nWith Becca's consent, I can confirm she has attended eleven sessions. \
             I'd ask that my notes on Elizabeth and Shannon not be requested; \
             the girls were seen only twice, with their mum.",
                &["becca"][..],
            ),
            (
                "Proud of my Tuesday crew: Rebecca Hale, Tom Reed and Shannon all finished the programme.",
                &["becca", "shannon", "tom"],
            ),
            // Named in a misspelling, and "mother of" her child.
            (
                "Peer supervision: Rebeca Hale, 33, mother of Shannon (5). Shannon's nursery raised concerns.",
                &["becca"],
            ),
            ("Mr. Reed, a lecturer, father of Elizabeth (13) and Shannon (10), asks me to fix her anger.", &["tom"]),
            ("Young person: Dana Cole, 15. Parents Tom and Shannon are separating.", &["dana"]),
        ],
    );
}

/// In a text that mixes in another language, a capitalised word near a given name is
/// as likely that language's word, unless the words around it make it someone.
#[test]
fn misspelt_names_in_a_text_of_two_languages() {
    let json = r#"{"clients": [
        {"id": "sage", "given_name": "Sage", "family_name": "Wright"},
        {"id": "judith", "given_name": "Judith", "family_name": "Mora"},
        {"id": "henry", "given_name": "Henry", "family_name": "Lau"},
        {"id": "sara", "given_name": "Sara", "family_name": "Sanford"},
        {"id": "carmelita", "given_name": "Carmelita", "family_name": "Ramis"}]}"#;
    let index = inline(json);
    identifies_nobody(
        &index,
        &["Ate Lorna po called, she can't make it today kasi may duty siya sa ospital. Sige, I'll block the slot na lang."],
    );
    for (text, who) in [
        ("Qué orgullo. Judath reached six months without self-harm — poco a poco, pero sí se puede.", "judith"),
        ("Kaso ng linggo: Hwnry, 72, retired po siya at mag-isa na lang sa bahay.", "henry"),
        // A courtesy title before a full name is that title, not a misspelt Sara.
        ("Nombre: Sra. Carmelita Ramis\nMotivo de consulta: insomnio.", "carmelita"),
    ] {
        assert_eq!(clients(&index, text), [who], "{text}");
    }
}

/// Where many write "Aunty" or "Tannie" for any older woman, the title before a name
/// in clinical talk is respect, not the writer's family.
#[test]
fn an_elders_title_in_clinical_talk_is_respect() {
    let json = r#"{"clients": [
        {"id": "hui", "given_name": "Hui", "family_name": "Zhou"},
        {"id": "tamara", "given_name": "Tamara", "family_name": "Carter", "employer": "Moran Foods"}]}"#;
    let index = inline(json);
    for (text, who) in [
        ("Auntie Hui told me today in session she finally sleeps through the night!", "hui"),
        ("Tannie Tamara from Moran Foods brought koeksisters for reception. Review in 4 weeks.", "tamara"),
    ] {
        assert_eq!(clients(&index, text), [who], "{text}");
    }
    // The writer's own aunt, outside clinical talk.
    identifies_nobody(&index, &["Auntie Hui is visiting from Penang so I am on leave Friday."]);
}

/// Cricket and politics as the news tells them speak of the famous; in clinical talk the
/// same words are a client's.
#[test]
fn sport_in_the_news_speaks_of_the_famous() {
    let json = r#"{"clients": [
        {"id": "aaron", "given_name": "Aaron", "family_name": "Ramsey"},
        {"id": "james", "given_name": "James", "family_name": "Foster"}]}"#;
    let index = inline(json);
    identifies_nobody(
        &index,
        &[
            "Watching old highlights of James Foster keeping wicket for Essex, those stumpings!",
            "Rewatched an old clip of Aaron Ramsey talking about his comeback. Good story.",
            "The cricketer with three double centuries is James Foster, apparently.",
            // A band named after its leader.
            "Listening to James Foster Trio on the drive to work. A whole therapy session in 12 minutes.",
        ],
    );
    let text = "James Foster said in session that he has stopped scoring his mood diary.";
    assert_eq!(clients(&index, text), ["james"], "{text}");
}

/// "Parents" are a mother or a father: two of a client's named so describe them.
#[test]
fn parents_are_a_mother_or_a_father() {
    let json = r#"{"clients": [
        {"id": "dana", "given_name": "Dana", "family_name": "Cole",
         "relatives": [{"name": "Tom Cole", "relation": "father"}, {"name": "Shannon Cole", "relation": "mother"}]}]}"#;
    let index = inline(json);
    let text = "Parents Tom and Shannon came in to talk about the move.";
    assert_eq!(clients(&index, text), ["dana"], "{text}");
}

/// Two given names of one client's relatives, near each other in a text that speaks of
/// family, describe that client when no other client has relatives by both names.
#[test]
fn two_of_one_clients_relatives_describe_them() {
    let json = r#"{"clients": [
        {"id": "zachary", "given_name": "Zachary", "family_name": "Herrera",
         "relatives": [{"name": "Kristin Herrera", "relation": "daughter"}, {"name": "Rebekah Herrera", "relation": "daughter"},
                       {"name": "Anthony Herrera", "relation": "brother"}]},
        {"id": "dana", "given_name": "Dana", "family_name": "Moss",
         "relatives": [{"name": "Kristin Moss", "relation": "daughter"}, {"name": "Alexander Moss", "relation": "son"}]}]}"#;
    let index = inline(json);
    let text = "Sibling session: sisters Kristin (10) and Rebekah (7). Dad (bank teller) brought them.";
    assert_eq!(clients(&index, text), ["zachary"], "{text}");
    identifies_nobody(
        &index,
        &[
            // No family talk.
            "Kristin and Rebekah dropped off the raffle prizes at the office.",
            // A name joined to a place is the place's.
            "A client who lives with her sister Kristin and painted the Alexander Place mural.",
        ],
    );
}

/// A day named after an everyday word ("Sports Day") is no one's nickname Day; a family
/// name Day after a given name is still a name.
#[test]
fn a_day_named_is_no_nickname() {
    let json = r#"{"clients": [
        {"id": "david", "given_name": "David", "family_name": "Levy", "preferred_name": "Day"},
        {"id": "day", "given_name": "Maeve", "family_name": "Day"}]}"#;
    let index = inline(json);
    identifies_nobody(&index, &["Staff notes. Sports Day moved to 14 June; Inset Day on the 3rd means no sessions."]);
    let text = "Case presentation: Maeve Day, 16, student.";
    assert_eq!(clients(&index, text), ["day"], "{text}");
}

/// A name that is a word, listed with everyday words capitalised, is the word; listed
/// with names it is the client.
#[test]
fn a_list_of_everyday_words() {
    let json = r#"{"clients": [{"id": "joy", "given_name": "Joy", "family_name": "Fuller"}]}"#;
    let index = inline(json);
    identifies_nobody(
        &index,
        &["Took the group to Inside Out 2. Joy, Sadness and Anxiety did more for them than any worksheet."],
    );
    let text = "Group today: Joy, Samir and Tom attended; Joy spoke first.";
    assert_eq!(clients(&index, text), ["joy"], "{text}");
}

/// The speakers of a chat among the practice's staff are colleagues; a chat with a
/// therapist or a doctor among its speakers may be a session's, its speakers clients.
#[test]
fn speakers_of_a_staff_chat_are_colleagues() {
    let json = r#"{"clients": [{"id": "grace", "given_name": "Grace", "family_name": "Shepard"}]}"#;
    let index = inline(json);
    identifies_nobody(
        &index,
        &["[11/05/2025, 10:02] Grace: Happy Mother's Day to all the mums in the team\n[11/05/2025, 10:10] Joy: lovely!"],
    );
    for text in [
        "[00:01:10] Therapist: how was the week?\n[00:01:15] Grace: hard, I barely slept.",
        "[10:01] Dr Niamh Keane: welcome back.\n[10:02] Grace: thanks, it's been a rough month.",
    ] {
        assert_eq!(clients(&index, text), ["grace"], "{text}");
    }
}

/// Cases the fifth review found hidden or wrongly flagged by the first forms of the
/// rules that probes 14 and 15 taught: each rule stands back here.
#[test]
fn the_fifth_reviews_cases() {
    let json = r#"{"clients": [
        {"id": "becca", "given_name": "Becca", "family_name": "Lane",
         "relatives": [{"name": "Emily Lane", "relation": "daughter"}, {"name": "Shannon Lane", "relation": "daughter"}]},
        {"id": "emily", "given_name": "Emily", "family_name": "Stone"},
        {"id": "maria", "given_name": "Maria", "family_name": "Lopez"},
        {"id": "ana", "given_name": "Ana", "family_name": "Ferreira"},
        {"id": "tamsin", "given_name": "Tamsin", "family_name": "Hale"},
        {"id": "jordan", "given_name": "Jordan", "family_name": "Reyes",
         "relatives": [{"name": "Kristin Reyes", "relation": "daughter"}, {"name": "Rebekah Reyes", "relation": "daughter"}]},
        {"id": "nathan", "given_name": "Nathan", "family_name": "Robinson"},
        {"id": "katrina", "given_name": "Katrina", "family_name": "Santos"},
        {"id": "tom", "given_name": "Tom", "family_name": "Baker"}]}"#;
    let index = inline(json);
    identifies(
        &index,
        &[
            // Office words and questionnaires are no sport of the famous.
            ("Can you assist Maria Lopez with her housing forms tomorrow?", &["maria"][..]),
            ("Jordan Reyes was scoring high on the PHQ-9 again, 19 this week.", &["jordan"]),
            // A client of the text's own stands, whoever's relative shares the name.
            (
                "Becca Lane's family session moved to Friday. My client Emily said she wants to stop meds.",
                &["becca", "emily"],
            ),
            ("Becca Lane: family work going well.\n\nEmily reports panic attacks at work.", &["becca", "emily"]),
            // A name opening a sentence of another language; shorthand is no language.
            ("Ana llegó tarde a la sesión. Dijo que su madre está enferma.", &["ana"]),
            ("pt tdy: spk wth nathan abt hs mum, v low mood", &["nathan"]),
            ("Nag-message si Katrena kanina, sobrang anxious daw siya about the court date.", &["katrina"]),
            // "(minutes late)" names no minute-taker.
            ("Group 3 roll. Present: Tamsin, Nathan, Kim (minutes late again).", &["tamsin", "nathan"]),
            // A short quote, or a quote mark left open, is still said to the addressee.
            ("Hi Tom, as per the booking system: \"Your next session is Tuesday 10am.\" See you then.", &["tom"]),
            ("Hi Tom, 5'10\" is the height on the form. Your appointment on Tuesday still stands.", &["tom"]),
        ],
    );
    identifies_nobody(
        &index,
        &[
            // The practice's own sessions, in a letter to its landlord.
            "Dear Mr. Baker,\nThank you for renting us the upstairs room. Our group therapy sessions will run on Tuesdays.",
            // The writer's own nieces, and staff.
            "Lovely weekend with my nieces Kristin and Rebekah at the beach. Family time is the best self-care!",
            "Family picnic! Kristin and Rebekah from reception organised everything.",
        ],
    );
}

/// Cases a review of this round's rules found hidden or wrongly flagged: where a rule
/// that reads a name as someone or something else must stand back.
#[test]
fn the_fourth_reviews_cases() {
    let json = r#"{"clients": [
        {"id": "brown", "given_name": "James", "family_name": "Brown"},
        {"id": "green", "given_name": "Peter", "family_name": "Green"},
        {"id": "smith", "given_name": "Will", "family_name": "Smith"},
        {"id": "mari", "given_name": "Mari", "family_name": "Tanaka"},
        {"id": "kyle", "given_name": "Kyle", "family_name": "Brandt"},
        {"id": "luis", "given_name": "Luis", "family_name": "Ferreira"},
        {"id": "joy", "given_name": "Joy", "family_name": "Lund"},
        {"id": "grace", "given_name": "Grace", "family_name": "Obi"},
        {"id": "hope", "given_name": "Hope", "family_name": "Adair"},
        {"id": "patel", "given_name": "Maya", "family_name": "Patel"},
        {"id": "hays", "given_name": "Michael", "family_name": "Hays"},
        {"id": "kevin", "given_name": "Kevin", "family_name": "O’Brien"},
        {"id": "siobhan", "given_name": "Siobhan", "family_name": "O'Brien"}]}"#;
    let index = inline(json);
    for (text, who) in [
        // Everyday words that are also words of fame, in clinical talk.
        ("James Brown asked for a quote for ten more sessions; sent it today.", &["brown"][..]),
        ("Peter Green brought a song he wrote about his late father to session.", &["green"]),
        // A family word of another language that is also a name does not make the next
        // name a relative.
        ("Group today: Mari, Kyle and Luis; Kyle left early.", &["mari", "kyle", "luis"]),
        // A count after a word-name; a document "of" a client; a client's full name
        // before a word of institutions in a subject line.
        ("Saw Joy 3 times this week, she is struggling with the move.", &["joy"]),
        ("Attached is the Risk Assessment of Grace you asked for.", &["grace"]),
        ("Re: Maya Patel School letter - can you countersign by Friday?", &["patel"]),
        // A professional's title on a client's misspelt name, in talk of sessions.
        ("Prof. Michael Hayes cancelled his session again.", &["hays"]),
        // A virtue chosen is a person.
        ("Hope is the obvious choice for the group; she asked to join.", &["hope"]),
        // One apostrophe or another is one name (and "Mr" is not Siobhan).
        ("Mr O'Brien was tearful in session today.", &["kevin"]),
    ] {
        let mut want: Vec<&str> = who.to_vec();
        want.sort_unstable();
        let mut got = clients(&index, text);
        got.sort_unstable();
        assert_eq!(got, want, "{text}");
    }
    identifies_nobody(
        &index,
        &[
            // Set apart from nothing: "not the real issue" is no namesake's.
            "Watched Will Smith in that film about the slap last night; not the real issue, his apology was.",
            "The Will Smith interview was on again. Not that one though, the older one.",
        ],
    );
}

/// A coach is named by a given name as often as a family name, and a council's members
/// by a title of their own.
#[test]
fn a_coach_and_a_councillor_are_named_by_their_titles() {
    let json = r#"{"clients": [
        {"id": "dana", "given_name": "Dana", "family_name": "Brown",
         "distinctive": ["coaches the Auburn Bears under-14 softball team"]},
        {"id": "collins", "given_name": "Shelley", "family_name": "Collins"},
        {"id": "wohl", "given_name": "Pietro", "family_name": "Wohlgemut"}]}"#;
    let index = inline(json);
    for (text, who) in [
        (
            "Coach Dana, you told me in session you'd never cry. Then the Auburn Bears under-14 softball team won.",
            "dana",
        ),
        ("Supervision notes. Cllr Collins: online harassment ongoing; watch for sleep.", "collins"),
        ("I can't comment on whether Councillor Wohlgemuth is receiving support from our practice.", "wohl"),
    ] {
        assert_eq!(clients(&index, text), [who], "{text}");
    }
}

/// Sentences opened alike by everyday words are sayings about the words.
#[test]
fn words_opening_sentences_alike_are_sayings() {
    let json = r#"{"clients": [
        {"id": "faith", "given_name": "Faith", "family_name": "Kennedy"},
        {"id": "hope", "given_name": "Hope", "family_name": "Arnold"},
        {"id": "grace", "given_name": "Grace", "family_name": "Walker"},
        {"id": "patience", "given_name": "Patience", "family_name": "Odum"}]}"#;
    let index = inline(json);
    identifies_nobody(
        &index,
        &[
            "Life insurance, unpacked: Faith is not a financial product. Hope is not a claims procedure. Both help.",
            "From the carers' evening: Grace when they repeat the question. Patience when they forget your name.",
        ],
    );
    // One word alike, or news of what people do, is people's news.
    identifies(
        &index,
        &[
            ("Session notes. Faith is late again. Hope is early for once.", &["faith", "hope"][..]),
            ("Faith is not sleeping. Hope is not eating.", &["faith", "hope"]),
            ("Monday DNAs:\nFaith did not attend.\nHope did not attend.", &["faith", "hope"]),
            ("Grace is not sleeping. She is not eating.", &["grace"]),
        ],
    );
}

/// A nickname quoted between a given and a family name is that person's.
#[test]
fn a_nickname_quoted_inside_a_name_is_that_persons() {
    let json = r#"{"clients": [
        {"id": "connie", "given_name": "Connie", "family_name": "Jackson"},
        {"id": "mac", "given_name": "Mackenzie", "family_name": "Gardner", "preferred_name": "Mac"},
        {"id": "mickey", "given_name": "Michelle", "family_name": "Nelson", "preferred_name": "Mickey"}]}"#;
    let index = inline(json);
    identifies_nobody(
        &index,
        &[
            "Obituary: Constance \"Connie\" Fairweather (née Blythe), of Hebden Bridge. Session room closed Friday.",
            "Thanks to Marcus \u{201c}Big Mac\u{201d} O'Leary for having me on the podcast to talk about my clients.",
        ],
    );
    // A client's own names around their nickname.
    assert_eq!(clients(&index, "Session with Michelle \"Mickey\" Nelson moved to Friday."), ["mickey"]);
}

/// An acronym's plural is no misspelt name.
#[test]
fn an_acronyms_plural_is_no_misspelt_name() {
    let index = inline(
        r#"{"clients": [{"id": "tal", "given_name": "Crystal", "family_name": "Bradley", "preferred_name": "Tal"}]}"#,
    );
    identifies_nobody(
        &index,
        &["A teaching assistant told me she's never once been asked how she is. Schools, ask your TAs."],
    );
    assert_eq!(clients(&index, "In session today Tak said the move went well."), ["tal"]);
}

/// A person the text says died is no client, outside clinical talk.
#[test]
fn the_dead_are_no_clients() {
    let json = r#"{"clients": [
        {"id": "james", "given_name": "James", "family_name": "Brown"},
        {"id": "grace", "given_name": "Grace", "family_name": "Walker"}]}"#;
    let index = inline(json);
    identifies_nobody(
        &index,
        &[
            "James Brown died on Christmas Day 2006, and every year since my brother has played his records.",
            "Thirty-odd years since James Brown, who died in 1994, and folk still quote him.",
            "Grief group sign-in: Tricia (Grace, d. January), Logan (Lisa, d. 2024).",
            "For the remembrance board:\n\nBROWN, James. Peacefully, at home, on 30 May, aged 73.",
        ],
    );
    for text in [
        "My client James Brown died last week; I have told the team.",
        "Grace's mum died last year and Grace still can't sleep.",
        "James Brown missed his appointment again.",
        "The bus was late. James Brown still came in at ten.",
    ] {
        assert_eq!(clients(&index, text).len(), 1, "{text}");
    }
}

/// "Sister" and "Father" capitalised before a family name are titles, not relations.
#[test]
fn a_sister_or_father_by_title() {
    let json = r#"{"clients": [
        {"id": "acosta", "given_name": "Kari", "family_name": "Acosta"},
        {"id": "byrne", "given_name": "Liam", "family_name": "Byrne"},
        {"id": "jane", "given_name": "Jane", "family_name": "Doe"}]}"#;
    let index = inline(json);
    for (text, who) in [
        ("Clinical note. Sister Acosta (ward sister, my client since spring) came straight from a shift.", "acosta"),
        ("Father Byrne arrived early for his session and talked about the parish.", "byrne"),
    ] {
        assert_eq!(clients(&index, text), [who], "{text}");
    }
    identifies_nobody(&index, &["My sister Jane is visiting, so no sessions on Friday."]);
}

/// A professional's titled name near a client's is a colleague's, unless the text gives
/// another detail of that client.
#[test]
fn a_titled_name_near_a_clients_counts_beside_their_detail() {
    let json = r#"{"clients": [{"id": "andrea", "given_name": "Andrea", "family_name": "Iversen",
        "distinctive": ["hosts the Small Town Gardener podcast about sourdough"]}]}"#;
    let index = inline(json);
    identifies_nobody(&index, &["Dr Andrea Iverson covers the weekend rota; page her for admissions."]);
    let text = "Peer review: Dr Andrea Iverson, surgeon, late seventies. Co-hosts the Small Town Gardener podcast.";
    assert_eq!(clients(&index, text), ["andrea"]);
}

/// A family name two clients share is a detail of each; another detail tells whose.
#[test]
fn a_shared_family_name_and_one_holders_detail() {
    let json = r#"{"clients": [
        {"id": "russell", "given_name": "Russell", "family_name": "Schmidt",
         "relatives": [{"name": "John Miller", "relation": "brother"}]},
        {"id": "george", "given_name": "George", "family_name": "Schmidt"}]}"#;
    let index = inline(json);
    identifies_nobody(&index, &["Dr Schmidt returned from four weeks' sick leave and resumes the rota."]);
    let text = "Dr Schmidt returned from sick leave. His brother John Miller has been staying with him.";
    assert_eq!(clients(&index, text), ["russell"]);
}

/// A word the words around it make a place is no misspelt name.
#[test]
fn a_place_is_no_misspelt_name() {
    let index = inline(r#"{"clients": [{"id": "calvin", "given_name": "Calvin", "family_name": "Mcdonald"}]}"#);
    identifies_nobody(&index, &["Her da was moved to the nursing home in Callan on Monday; no session this week."]);
    assert_eq!(clients(&index, "Callan missed his session again on Monday."), ["calvin"]);
}

/// A knight or dame named by title is a public figure.
#[test]
fn a_knight_or_dame_is_no_client() {
    let json = r#"{"clients": [
        {"id": "patrick", "given_name": "Patrick", "family_name": "Chavez"},
        {"id": "judi", "given_name": "Judi", "family_name": "Lane"}]}"#;
    let index = inline(json);
    identifies_nobody(
        &index,
        &["My dad now quotes Sonnet 73 at the nurses. Thank you, Sir Patrick.", "Dame Judi was wonderful."],
    );
    assert_eq!(clients(&index, "Thank you, Patrick, for a brave session today."), ["patrick"]);
}

/// A greeting is no misspelt half of the name it greets.
#[test]
fn a_greeting_is_no_half_of_a_name() {
    let json = r#"{"clients": [
        {"id": "jones", "given_name": "Steven", "family_name": "Jones", "address": {"street": "5905 Cherry Avenue"}},
        {"id": "diaz", "given_name": "Steven", "family_name": "Diaz"}]}"#;
    let index = inline(json);
    let text = "Dear Steven,\n\nI'm posting the letter for your headteacher to 5905 Cherry Avenue today.";
    assert_eq!(clients(&index, text), ["jones"]);
}

/// The one a relative's message opens on or greets is family.
#[test]
fn a_message_signed_by_a_relative_is_to_family() {
    let index = inline(r#"{"clients": [{"id": "luis", "given_name": "Luis", "family_name": "Lee"}]}"#);
    identifies_nobody(
        &index,
        &[
            "Luis — thanks for coming to dinner Saturday. Mum loved your stories.\nLove, your big sis",
            "Hi Luis, the lasagne dish is still here!\nyour mum xx",
        ],
    );
    assert_eq!(clients(&index, "Luis — thanks for a brave session on Saturday.\nBest, Dr Kaur"), ["luis"]);
}

/// A name in a storyline rewatched is a character's or an actor's.
#[test]
fn a_storyline_rewatched_is_public_life() {
    let index = inline(r#"{"clients": [{"id": "emma", "given_name": "Emma", "family_name": "Stone"}]}"#);
    identifies_nobody(&index, &["Anyone else rewatching La La Land? Emma Stone's timing is perfect."]);
    // In clinical talk the same words are a client's.
    for text in [
        "In session Emma Stone rewrote the storyline of her marriage.",
        "My client Emma Stone won an award at work and still feels like a fraud.",
    ] {
        assert_eq!(clients(&index, text), ["emma"], "{text}");
    }
}

/// A name owned by a common noun is a thing; "it's Deb" is Deb.
#[test]
fn a_name_a_common_noun_owns_is_a_thing() {
    let index = inline(
        r#"{"clients": [{"id": "mercedes", "given_name": "Mercedes", "family_name": "Coleman"},
        {"id": "deb", "given_name": "Deborah", "family_name": "Ortiz", "preferred_name": "Deb"}]}"#,
    );
    identifies_nobody(
        &index,
        &["A widow in my group can't sell her husband's Mercedes and can't bring herself to drive it."],
    );
    assert_eq!(clients(&index, "Got a text at 2am from my client: \"it's Deb, I can't do this anymore\"."), ["deb"]);
    assert_eq!(clients(&index, "My client Mercedes can't sell the car."), ["mercedes"]);
}

/// Cases a fresh-eyes review of the sixth round's rules found hiding a client, each
/// since narrowed.
#[test]
fn the_sixth_reviews_cases() {
    let json = r#"{"clients": [
        {"id": "luis", "given_name": "Luis", "family_name": "Lee"},
        {"id": "grace", "given_name": "Grace", "family_name": "Walker"},
        {"id": "tom", "given_name": "Tom", "family_name": "Brennan"},
        {"id": "wallace", "given_name": "Margaret", "family_name": "Wallace", "occupation": "doctor"},
        {"id": "calvin", "given_name": "Calvin", "family_name": "Mcdonald"},
        {"id": "patrick", "given_name": "Patrick", "family_name": "Chavez"},
        {"id": "peggy", "given_name": "Margaret", "family_name": "Walsh", "preferred_name": "Peggy"},
        {"id": "robinson", "given_name": "Nathan", "family_name": "Robinson"}]}"#;
    let index = inline(json);
    for (text, who) in [
        // A therapist's message that asks after the reader's family.
        ("Hi Luis, hope your mum's surgery went OK. See you Thursday at 4.", "luis"),
        ("Dear Luis,\nOur next appointment is Thursday at 4pm.\nP.S. I hope your mum is feeling better.", "luis"),
        // Late, suddenly, and a client's death the therapist reports.
        ("My 3pm ran late. Grace Walker was in tears about her divorce.", "grace"),
        ("Tom Brennan suddenly stood up and walked out.", "tom"),
        ("Grace Walker died by suicide on Sunday. I keep replaying our last conversation.", "grace"),
        // "'s" as "is".
        ("Her name's Grace and she's a teacher at Hillview Primary.", "grace"),
        // A doctor brought to supervision.
        ("Brought Dr Wallace to supervision today; I'm worried about her drinking.", "wallace"),
        // "in" before a misspelt name.
        ("I see a lot of myself in Calvn; he's 19 and so angry.", "calvin"),
        // "sir" ending a sentence.
        ("He always calls me sir. Patrick, I said, just call me Sam.", "patrick"),
        // A quoted nickname before an initial.
        ("Mags \"Peggy\" W. was in tears all session.", "peggy"),
        // A slip of the shift key.
        ("Mr RObinsen missed his appointment again.", "robinson"),
    ] {
        assert_eq!(clients(&index, text), [who], "{text}");
    }
}

/// A text signed by a client's relative, naming the client as their own, is about the
/// client.
#[test]
fn a_relative_signing_of_their_own() {
    let json = r#"{"clients": [
        {"id": "jermaine", "given_name": "Jermaine", "family_name": "Chen",
         "relatives": [{"name": "Heather Chen", "relation": "mother"}]},
        {"id": "heather", "given_name": "Heather", "family_name": "Smith"},
        {"id": "mandy", "given_name": "Amanda", "family_name": "Reyes", "preferred_name": "Mandy",
         "relatives": [{"name": "Steven Reyes", "relation": "father"}]},
        {"id": "steven", "given_name": "Steven", "family_name": "Miller"},
        {"id": "katrine", "given_name": "Katrine", "family_name": "Brandt", "school": "Hamilton High School",
         "relatives": [{"name": "Kirstine Brandt", "relation": "mother"}]}]}"#;
    let index = inline(json);
    for (text, who) in [
        (
            "To whom it may concern, my son Jermaine was admitted to the detox unit last night. Thank you. Heather",
            "jermaine",
        ),
        ("Hi, Mandy's dad here. Please send copies of anything to her personal address. Steven", "mandy"),
        ("Hello, this is Kirstine. My daughter attends Hamilton High School and was referred to you.", "katrine"),
    ] {
        assert_eq!(clients(&index, text), [who], "{text}");
    }
    identifies_nobody(
        &index,
        &[
            // Signed by nobody's relative: the writer's own son.
            "My son Jermaine has a fever, so I'm off today. Thank you. Louise",
            // A writer who says they are no parent, and one detail.
            "Hello, this is Kirstine from the counselling team. The Hamilton High School assembly is on Friday.",
        ],
    );
}

/// The name a text is signed with, and closings in other languages, are no misspelt
/// names.
#[test]
fn a_signature_is_no_misspelt_name() {
    let json = r#"{"clients": [
        {"id": "felicia", "given_name": "Felicia", "family_name": "Hendricks", "preferred_name": "Fei"},
        {"id": "mitch", "given_name": "Mitchell", "family_name": "Morris", "preferred_name": "Mix"}]}"#;
    let index = inline(json);
    identifies_nobody(
        &index,
        &[
            "The student is happy to be phoned directly about the certificate. Best, Femi",
            "Bitte um Rückruf.\n\nMit freundlichen Grüßen",
        ],
    );
    assert_eq!(clients(&index, "Femi was tearful in session and left early."), ["felicia"]);
}

/// The writer's sponsor is the writer's own person.
#[test]
fn the_writers_sponsor_is_their_own() {
    let index = inline(
        r#"{"clients": [{"id": "chuck", "given_name": "Charles", "family_name": "Gregory", "preferred_name": "Chuck"}]}"#,
    );
    identifies_nobody(&index, &["Personal note in the staff diary: my sponsor Chuck celebrates 30 years on Friday."]);
    assert_eq!(clients(&index, "My client Chuck celebrates 30 years sober on Friday."), ["chuck"]);
}

/// A signature that misspells a client the text names otherwise is theirs, and
/// redaction takes it (cases proptest found).
#[test]
fn a_signature_misspelling_a_named_client_is_theirs() {
    for text in ["Nathan Robinson ! Nathen", "(724) 474-2865 N.R. Nathen"] {
        let found = check(text, &[("nathan", &[])]);
        let clean = sanctum_guard::redact(text, &found);
        assert!(INDEX.scan(&clean).clients.is_empty(), "{text:?} → {clean:?}");
    }
}

/// Cases a second fresh-eyes review found the writer and signature rules hiding a
/// client by, each since narrowed (the forms with a role after the signature, "from the
/// union" and the roll of roles were dropped).
#[test]
fn the_seventh_reviews_cases() {
    let json = r#"{"clients": [
        {"id": "jermaine", "given_name": "Jermaine", "family_name": "Hall", "employer": "Tesco",
         "relatives": [{"name": "Heather Hall", "relation": "mother"}, {"name": "Grace Hall", "relation": "sister"}]},
        {"id": "grace", "given_name": "Grace", "family_name": "Kim", "employer": "Barclays",
         "relatives": [{"name": "Tom Kim", "relation": "husband"}]},
        {"id": "tom", "given_name": "Tom", "family_name": "Baker", "employer": "Hillside Primary",
         "relatives": [{"name": "Sarah Baker", "relation": "wife"}]},
        {"id": "sarah", "given_name": "Sarah", "family_name": "Obi"},
        {"id": "rachel", "given_name": "Rachel", "family_name": "Lewis"}]}"#;
    let index = inline(json);
    for (text, who) in [
        // A name and words after a comma on the last line are no signature with a role.
        ("Rescheduled. Grace, Tuesday 3pm", &["grace"][..]),
        ("Hi, can I move Tuesday's session to 4pm? Thanks, Jermaine (Tesco)", &["jermaine"]),
        // A possessive is no self-introduction, nor a client introduced.
        ("I'm Grace's partner. Grace had a panic attack last night.", &["grace"]),
        ("Jermaine's group went well. This is Grace, she's new to group and very anxious.", &["grace", "jermaine"]),
        // A client signing about their own care stays a client, even misspelt.
        ("Hi, can I bring my friend Tom to my next session? Thanks, Sarah", &["sarah"]),
        ("Hi, can I move my session to Thursday? Thanks, Jermain", &["jermaine"]),
        // A group of workers with their departments, and a client from the union.
        ("Burnout group. Attendance: Grace (payroll), Tom (facilities).\nGrace disclosed self-harm.", &["grace"]),
        ("Rachel from the union came to her session late again and was tearful.", &["rachel"]),
    ] {
        let mut got = clients(&index, text);
        got.sort();
        assert!(who.iter().all(|w| got.iter().any(|g| g == w)), "{text}: {got:?}");
    }
}

/// A name that another country gives ("Aoife", "Benedikt") is somebody's own, not a
/// client's misspelt, unless the sentence speaks of their care.
#[test]
fn other_countries_names_are_nobodys_misspelling() {
    let json = r#"{"clients": [
        {"id": "alice", "given_name": "Alice", "family_name": "Stark"},
        {"id": "benedict", "given_name": "Benedict", "family_name": "Owens"},
        {"id": "sofia", "given_name": "Sofía", "family_name": "Reyes"}]}"#;
    let index = inline(json);
    identifies(
        &index,
        &[
            ("Bríd rang about a talk for the nurses. Aoife, could you look at dates in September?", &[][..]),
            ("My flatmates Aisling, Kofi and Benedikt and I had a big argument.", &[]),
            // In a sentence about care, a slip of a client's name is still theirs.
            ("Soffía cancelled her session again and the referral is on hold.", &["sofia"]),
        ],
    );
}

/// A relative of the writer's is the writer's own person, unless the sentence says they
/// are in care: then the writer is telling of a client ("My sister Kelsey Woods has been
/// so brave in therapy this year").
#[test]
fn a_relative_in_care_is_a_client() {
    let json = r#"{"clients": [{"id": "kelsey", "given_name": "Kelsey", "family_name": "Woods"}]}"#;
    let index = inline(json);
    assert_eq!(clients(&index, "My sister Kelsey Woods has been so brave in therapy this year."), ["kelsey"]);
    assert_eq!(clients(&index, "My dad Kelsey Woods is a client of yours and loves the group."), ["kelsey"]);
    assert!(clients(&index, "My sister Kelsey Woods ran the marathon this year.").is_empty());
}

/// A handle that spells a client's full name is their name ("@gurli.karlsen").
#[test]
fn a_handle_that_spells_a_clients_name_is_theirs() {
    let json = r#"{"clients": [{"id": "gurli", "given_name": "Gurli", "family_name": "Karlsen"}]}"#;
    let index = inline(json);
    assert_eq!(clients(&index, "@gurli.karlsen so proud of you. see you tues at 6!"), ["gurli"]);
}

/// Staff welcomed to the team or named by their role after "our" or "my" are
/// colleagues, not clients; a client welcomed back to group is still a client.
#[test]
fn staff_welcomed_or_named_by_role_are_colleagues() {
    let json = r#"{"clients": [
        {"id": "preben", "given_name": "Preben", "family_name": "Jacobsen"},
        {"id": "kornelia", "given_name": "Kornelia", "family_name": "Maksym"},
        {"id": "dawn", "given_name": "Dawn", "family_name": "Riley"},
        {"id": "lydia", "given_name": "Lydia", "family_name": "Schacht"},
        {"id": "agustina", "given_name": "Agustina", "family_name": "Becerra"}]}"#;
    let index = inline(json);
    identifies(
        &index,
        &[
            ("Say hello to Preben 👋, our new receptionist on Tuesdays!", &[][..]),
            ("Please welcome Agustina, our new administrator.", &[]),
            ("Thrilled to welcome Kornelia to our team as a trainee counsellor!", &[]),
            ("Quick update: our therapist Dawn is on maternity leave until January.", &[]),
            ("Shoutout to my old supervisor Lydia, who taught me to listen.", &[]),
            ("Thanks to Lydia from the admin team for sorting the room bookings.", &[]),
            ("Please welcome Kornelia back to group after her break.", &["kornelia"]),
            ("Our receptionist says Dawn cancelled her session again.", &["dawn"]),
        ],
    );
}

/// No misspelt name is read in a professional's titled name, wherever else its words
/// recur, nor in a relation written before a name ("Wife Jessica").
#[test]
fn colleagues_and_relations_are_no_misspelt_names() {
    let json = r#"{"clients": [
        {"id": "lupe", "given_name": "Guadalupe", "family_name": "Hernández",
         "relatives": [{"name": "Jessica", "relation": "wife"}]},
        {"id": "jessica", "given_name": "Jessica", "family_name": "White"},
        {"id": "dariush", "given_name": "Dariush", "family_name": "Tehrani"},
        {"id": "alejandra", "given_name": "Alejandra", "family_name": "Huffman"}]}"#;
    let index = inline(json);
    identifies(
        &index,
        &[
            ("Huddle: Guadalupe Hernández, grief work. Wife Jessica asked about couples sessions.", &["lupe"][..]),
            ("Please welcome Dr Dariusz Kowalczyk, who joins the team. Dariusz trained in Kraków.", &[]),
            ("Referral: anger after divorce, GP letter attached.\n— Dr Hoffmann", &[]),
        ],
    );
}

/// A name of several words is found written as one ("al-Rashid" as "Alrashid").
#[test]
fn a_name_of_several_words_is_found_written_as_one() {
    let json = r#"{"clients": [
        {"id": "mohammed", "given_name": "Mohammed", "family_name": "al-Rashid"},
        {"id": "pieter", "given_name": "Pieter", "family_name": "van der Berg"}]}"#;
    let index = inline(json);
    assert_eq!(clients(&index, "I am Khalid, brother of Mohammed Alrashid. He has an appointment."), ["mohammed"]);
    assert_eq!(clients(&index, "Mr Vanderberg rang to move his session."), ["pieter"]);
}

/// A letter to someone who sees the writer ("when you first came to see me") speaks
/// to a client; a colleague asked to see the writer is greeted as one.
#[test]
fn a_letter_to_someone_who_sees_the_writer_is_to_a_client() {
    let json = r#"{"clients": [{"id": "woldemar", "given_name": "Woldemar", "family_name": "Mühle"}]}"#;
    let index = inline(json);
    let letter = "Dear Woldemar,\nYou were nearly eighty when you first came to see me, and you had never cried.";
    assert_eq!(clients(&index, letter), ["woldemar"]);
    assert!(clients(&index, "Hi Woldemar,\nCould you see me at 3 about the rota?").is_empty());
}

/// A client handed on to a colleague ("take over Michael Jordan while I'm on leave",
/// "cover Andy") is booked to be seen, a famous name or not.
#[test]
fn a_client_handed_on_is_booked() {
    let json =
        r#"{"clients": [{"id": "mj", "given_name": "Michael", "family_name": "Jordan", "occupation": "paramedic"}]}"#;
    let index = inline(json);
    assert_eq!(clients(&index, "Hi Sam,\n\nCould you take over Michael Jordan while I'm on leave?"), ["mj"]);
    assert!(clients(&index, "Michael Jordan's last season is still the greatest.").is_empty());
}

/// A client's full name after a professional title, outside talk of care, is an
/// official's or a colleague's ("Judge Rebecca Hill is sitting on the family list"):
/// a detail of the client, not the client; in talk of care it is theirs.
#[test]
fn a_full_name_with_a_professional_title_is_an_officials() {
    let json = r#"{"clients": [
        {"id": "rebecca", "given_name": "Rebecca", "family_name": "Hill", "employer": "Arlington Family Court"},
        {"id": "daniel", "given_name": "Daniel", "family_name": "Thomas"}]}"#;
    let index = inline(json);
    identifies(
        &index,
        &[
            ("Judge Rebecca Hill is sitting on the family list until September.", &[][..]),
            ("PC Daniel Thomas (youth diversion) will present at our team meeting.", &[]),
            ("Judge Rebecca Hill of Arlington Family Court wrote to us.", &["rebecca"]),
            ("Dr Daniel Thomas cancelled his session again and sounded low.", &["daniel"]),
        ],
    );
}

/// Other languages' header words, pronouns and courtesy titles are no names: "Temat:"
/// is no misspelt Tomás, "ella" no Ella, "Sra." no misspelt Sara; "mevrouw Bauer" is
/// titled as "Mrs Bauer" is.
#[test]
fn other_languages_little_words_are_no_names() {
    let json = r#"{"clients": [
        {"id": "tomas", "given_name": "Tomás", "family_name": "Borja"},
        {"id": "ella", "given_name": "Gabriella", "family_name": "Allen", "preferred_name": "Ella"},
        {"id": "sara", "given_name": "Sara", "family_name": "Harper"},
        {"id": "rachel", "given_name": "Rachel", "family_name": "Silva"},
        {"id": "amy", "given_name": "Amy", "family_name": "Bauer"}]}"#;
    let index = inline(json);
    identifies(
        &index,
        &[
            ("Temat: tłumaczenie we wtorek\n\nPani Ewo, w przyszły wtorek o 14:00 tłumaczymy.", &[][..]),
            ("Viene con su esposa, pero ella no debe traducir en la sesión.", &[]),
            ("Precisamos de você na sexta às 15h para a Sra. Silva, sessão de casal.", &["rachel"]),
            ("Beste mevrouw Bauer,\n\nHierbij een herinnering aan uw afspraak op dinsdag.", &["amy"]),
            // An interpreter named by that role is booked by the practice, no client.
            ("Séance avec le groupe ce matin, j'ai traduit au plus près.\n\nTomás, interprète", &[]),
            ("Sara (intérprete) llega tarde. Empezad sin ella.", &[]),
        ],
    );
}

/// Cases a fresh-eyes review of the ninth round's rules found them hiding a client by,
/// or flagging a stranger, each since narrowed.
#[test]
fn the_eighth_reviews_cases() {
    let json = r#"{"clients": [
        {"id": "ella", "given_name": "Ella", "family_name": "Martin", "employer": "Oakfield Primary"},
        {"id": "natalie", "given_name": "Natalie", "family_name": "Byrne"},
        {"id": "priya", "given_name": "Priya", "family_name": "Shah", "occupation": "GP"},
        {"id": "daniel", "given_name": "Daniel", "family_name": "Thomas", "occupation": "police officer"},
        {"id": "tom", "given_name": "Tom", "family_name": "Baker"},
        {"id": "dawn", "given_name": "Dawn", "family_name": "Fletcher", "occupation": "counsellor"},
        {"id": "jessica", "given_name": "Jessica", "family_name": "Ruiz"},
        {"id": "sarah", "given_name": "Sarah", "family_name": "Khan", "occupation": "interpreter"},
        {"id": "andy", "given_name": "Andy", "family_name": "Cole"},
        {"id": "kelsey", "given_name": "Kelsey", "family_name": "Woods"},
        {"id": "hughes", "given_name": "Tom", "family_name": "Hughes", "occupation": "cricketer"},
        {"id": "marcus", "given_name": "Marcus", "family_name": "Reid",
         "distinctive": ["hosts the Honest Gardener podcast about minor league baseball"]}]}"#;
    let index = inline(json);
    identifies(
        &index,
        &[
            // Lower-case "ella" in English is the client; among Spanish words, the pronoun.
            ("ella cancelled her session today, so im free at 3", &["ella"][..]),
            ("viene con su esposa, pero ella no debe traducir", &[]),
            // Another country's name, one slip from a client's, in talk of care or booked.
            ("Progress note: Natalee reports better sleep. Mood 6/10.", &["natalie"]),
            ("Reminder: Natalee at 10am tomorrow.", &["natalie"]),
            // A client with their own professional title, or named so in talk of care.
            ("Dr Priya Shah rang to move Thursday to 4pm.", &["priya"]),
            ("PC Daniel Thomas has been signed off with PTSD after the crash.", &["daniel"]),
            // Clients welcomed to the practice, or with the word "assistant" in their job.
            ("Please welcome Tom Baker to the practice, first session Monday 10am.", &["tom"]),
            ("New referral: Ella Martin, a new teaching assistant at Oakfield Primary, panic attacks.", &["ella"]),
            // A client described by a role, three words from "my".
            ("Saw my new client, counsellor Dawn Fletcher, for the first time today.", &["dawn"]),
            // A client from a department, or an interpreter by trade, in talk of care.
            ("Jessica from the accounts team left a voicemail asking to rebook her session.", &["jessica"]),
            ("Sarah, interpreter, was tearful in session about the tribunal cases.", &["sarah"]),
            // Thanking someone for seeing the writer is no sign they are a client.
            ("Hi Andy, thank you for seeing me about the quote.", &[]),
            // A name after a time in a room rota is booked.
            ("Room rota\nRoom 1: 9:00 Ella, 10:00 Kelsey\nRoom 2: 9:00 Andy", &["andy", "ella", "kelsey"]),
            // A client whose own trade is the sentence's word of public life.
            ("Tom Hughes, the Yorkshire cricketer, is struggling with the retirement.", &["hughes"]),
            // Or whose own distinctive fact the sentence tells; not a stranger's podcast.
            ("Marcus Reid co-hosts the Honest Gardener podcast with his brother.", &["marcus"]),
            ("Listening to Marcus Reid on a podcast about gardening.", &[]),
        ],
    );
}

/// An occupation told in another language counts as the client's, with their city
/// ("bombera en Oakland", "infirmière à Marion").
#[test]
fn occupations_in_other_languages_are_details() {
    let json = r#"{"clients": [
        {"id": "rachel", "given_name": "Rachel", "family_name": "Silva", "occupation": "firefighter",
         "address": {"street": "1 Main Street", "city": "Oakland", "postcode": "94601"},
         "distinctive": ["plays bass in the Lazy Ghosts"]},
        {"id": "tom", "given_name": "Tom", "family_name": "Reyes", "occupation": "nurse",
         "address": {"street": "2 Oak Lane", "city": "Marion", "postcode": "43302"},
         "distinctive": ["coaches the Marion Rockets under-12 hockey team"]}]}"#;
    let index = inline(json);
    identifies(
        &index,
        &[
            ("La paciente es bombera en Oakland y toca el bajo en los Lazy Ghosts.", &["rachel"]),
            ("Mon client est infirmier à Marion and coaches the Marion Rockets under-12 hockey team.", &["tom"]),
            ("Un infirmier de Lyon a appelé pour un rendez-vous.", &[]),
        ],
    );
}

#[test]
fn given_names_listed_in_a_text_of_no_care_are_details() {
    let json = r#"{"clients": [
        {"id": "patience", "given_name": "Patience", "family_name": "Powell"},
        {"id": "hope", "given_name": "Hope", "family_name": "Mason", "employer": "Riverside Library"},
        {"id": "shannon", "given_name": "Shannon", "family_name": "Reyes"},
        {"id": "bailey", "given_name": "Bailey", "family_name": "Johnson"}]}"#;
    let index = inline(json);
    identifies(
        &index,
        &[
            // One of a list of people thanked, in a text of no care.
            ("Thanks to Father Paul for the quiz and to Patience and Victor on the raffle!", &[][..]),
            ("Massive thanks to Dawn (DJ), Rusty (glow sticks) and Hope (door).", &[]),
            ("Huge congratulations to Patience, Ross and Caitlyn on passing their vivas!", &[]),
            // Only a list's joints between the names: an addressee is no list.
            ("Morning Randy, before I forget — Patience reconnected with her brother.", &["patience"]),
            // A name alone, not listed, is still the client's.
            ("So proud of Patience today, she finally spoke up.", &["patience"]),
            // A list in talk of care or of the practice's work, or one that names a
            // client in full, is of clients.
            ("Patience and Victor both cried in session today.", &["patience"]),
            ("Group night! Patience and Victor both shared for the first time.", &["patience"]),
            ("Updating the list: Bailey Johnson, Victor and Shannon start on Monday.", &["bailey", "shannon"]),
            // Listed, the name is still a detail: with another of the client's, it counts.
            ("Thanks to Hope and Victor from Riverside Library for the book stall!", &["hope"]),
        ],
    );
}

#[test]
fn a_courtesy_title_tells_which_holder_of_a_family_name_is_meant() {
    let json = r#"{"clients": [
        {"id": "teresa", "given_name": "Teresa", "family_name": "Hubbard"},
        {"id": "stephen", "given_name": "Stephen", "family_name": "Hubbard"},
        {"id": "ruth", "given_name": "Ruth", "family_name": "Perry"},
        {"id": "jan", "given_name": "Jan", "family_name": "Perry"},
        {"id": "kate", "given_name": "Kate", "family_name": "Perry"}]}"#;
    let index = inline(json);
    identifies(
        &index,
        &[
            // The title's sex leaves one holder.
            ("Dear Mrs. Hubbard, your next appointment is on the 12th.", &["teresa"][..]),
            ("Mr Hubbard called to move his session to Friday.", &["stephen"]),
            // Two holders fit ("Jan" may be either): the name is still shared; one does.
            ("Mrs Perry called to move her session to Friday.", &[]),
            ("Mr Perry called to move his session to Friday.", &["jan"]),
            // A title with no sex tells nothing.
            ("Dr Hubbard called to move the session to Friday.", &[]),
        ],
    );
}

#[test]
fn a_name_speaking_for_an_organisation_is_its_person() {
    let json = r#"{"clients": [
        {"id": "robin", "given_name": "Robin", "family_name": "Brown"},
        {"id": "keith", "given_name": "Keith", "family_name": "Wolfe"},
        {"id": "tamara", "given_name": "Tamara", "family_name": "Okoro", "employer": "Moran Foods"},
        {"id": "sandra", "given_name": "Sandra", "family_name": "Wells"}]}"#;
    let index = inline(json);
    identifies(
        &index,
        &[
            // A caller for a payer or a vendor, in a text of no care.
            ("Robin from Harborview Billing Office called about our EOB dispute. Robin's line is ext 3302.", &[][..]),
            ("Keith from the clearinghouse called: resubmit the claims from 2-4pm.", &[]),
            // In talk of care, or seen at a place, the client.
            ("Keith from Harborview called to cancel his session.", &["keith"]),
            ("I interviewed Sandra at the county jail on Thursday.", &["sandra"]),
            // The client's own employer: another detail of theirs reclaims the name.
            ("Tamara from Moran Foods brought biscuits for reception!", &["tamara"]),
        ],
    );
}

#[test]
fn a_month_that_ends_a_heading_dates_it() {
    let index = inline(r#"{"clients": [{"id": "may", "given_name": "May", "family_name": "Ross"}]}"#);
    identifies(
        &index,
        &[
            ("Subject: month-end billing report - May (long, sorry)\n\nHi all, 412 sessions billed.", &[][..]),
            ("Outcome measures - May\n\nBoth clients still above threshold, discuss at MDT.", &[]),
            // After a colon, or mid-line, the heading may name her.
            ("Subject: May\n\nShe cancelled her session again.", &["may"]),
            ("Subject: update - May cancelled her session again", &["may"]),
        ],
    );
}

#[test]
fn a_line_listing_trainees_or_mentees_names_them() {
    let json = r#"{"clients": [
        {"id": "ruth", "given_name": "Ruth", "family_name": "Stroh"},
        {"id": "henry", "given_name": "Henry", "family_name": "Nguyen"}]}"#;
    let index = inline(json);
    identifies(
        &index,
        &[
            ("Trainees: Siobhan (Mon), Ruth (Wed), Walter (Thurs).", &[][..]),
            ("Mentees this term: Henry (Mon), Ross (Wed). Please book rooms through admin.", &[]),
            // A line of such a list that speaks of care names a client.
            ("Trainees: Ruth presents her panic attacks in group today.", &["ruth"]),
            // A list headed by no such role may be of clients.
            ("Clients: Henry (Mon), Ross (Wed).", &["henry"]),
        ],
    );
}

#[test]
fn a_family_name_of_the_world_after_a_given_name_makes_someone_else() {
    let json = r#"{"clients": [
        {"id": "stephen", "given_name": "Stephen", "family_name": "Johnson"},
        {"id": "hope", "given_name": "Hope", "family_name": "Mathis"}]}"#;
    let index = inline(json);
    identifies(
        &index,
        &[
            ("Chaplain Stephen Marsh led the blessing at the end of the debrief.", &[][..]),
            ("Stephen Morrow joined the crew this week.", &[]),
            // Not a street, nor the client's own family name.
            ("Confirming Hope has moved to Thursday.\nHarbourside Psychology, 14 Hope Street", &["hope"]),
            ("Stephen Johnson cancelled his session.", &["stephen"]),
        ],
    );
}

#[test]
fn the_writers_caseload_in_general_does_not_make_a_famous_name_a_client() {
    let json = r#"{"clients": [
        {"id": "will", "given_name": "Will", "family_name": "Smith"},
        {"id": "emma", "given_name": "Emma", "family_name": "Stone"}]}"#;
    let index = inline(json);
    identifies(
        &index,
        &[
            ("The Will Smith slap was years ago and my clients still bring it up when we talk about anger.", &[][..]),
            ("Emma Stone talking openly about her panic attacks did more for my adolescent clients than any pamphlet.", &[]),
            // Talk of the one named is still a client's.
            ("Will Smith cancelled his session again.", &["will"]),
            ("Emma Stone and two other clients missed group today.", &["emma"]),
        ],
    );
}

#[test]
fn a_double_barrelled_name_is_its_bearers_throughout() {
    let index = inline(r#"{"clients": [{"id": "ruth", "given_name": "Ruth", "family_name": "Walton"}]}"#);
    identifies(
        &index,
        &[
            ("Welcome to the Revd Ruth Walton-Price, who joins us from Durham! Ruth is a keen cyclist.", &[][..]),
            ("Ruth Walton cancelled her session; Ruth is struggling.", &["ruth"]),
        ],
    );
}

/// The ninth fresh-eyes review: the cases where this round's rules first hid a client.
#[test]
fn the_ninth_reviews_cases() {
    let json = r#"{"clients": [
        {"id": "teresa", "given_name": "Teresa", "family_name": "Hubbard"},
        {"id": "kevin", "given_name": "Kevin", "family_name": "Wu"},
        {"id": "grace", "given_name": "Grace", "family_name": "Wu"},
        {"id": "liam", "given_name": "Liam", "family_name": "Chen"},
        {"id": "sofia", "given_name": "Sofia", "family_name": "Brennan"},
        {"id": "robin", "given_name": "Robin", "family_name": "Castillo"},
        {"id": "ruth", "given_name": "Ruth", "family_name": "Walton"},
        {"id": "june", "given_name": "June", "family_name": "Ellery"},
        {"id": "emma", "given_name": "Emma", "family_name": "Stone"},
        {"id": "michelle", "given_name": "Michael", "preferred_name": "Michelle", "family_name": "Garner"},
        {"id": "david", "given_name": "David", "family_name": "Garner"}]}"#;
    let index = inline(json);
    identifies(
        &index,
        &[
            // A list of clients for the admin, with no thanks in it.
            ("Could you pull the files for Kevin, Sofia and Robin before 9?", &["kevin", "sofia", "robin"][..]),
            ("Monday: Teresa, Liam and Sofia.", &["teresa", "liam", "sofia"]),
            // A family name of the world after a given name, in talk of care.
            ("I saw Kevin Strong again today, his panic is worse.", &["kevin"]),
            ("Teresa Sunday session was rough, she cried about the miscarriage.", &["teresa"]),
            ("Spoke to Teresa Hubbard-Price about her panic attacks.", &["teresa"]),
            // A month that ends a heading of care, not of business.
            ("Subject: Session notes - June\nShe talked about her panic attacks again.", &["june"]),
            ("Re: safety plan - June (please read)", &["june"]),
            // The caseload counted with the famous name: one of them.
            ("One of our patients, Emma Stone, asked for her records.", &["emma"]),
            ("I told Emma Stone what I tell all my clients: the anxiety will pass.", &["emma"]),
            ("Emma Stone joined my clients' Thursday walk.", &["emma"]),
            // A roll headed by students, or with care on the next line.
            ("Students: Liam (Mon), Sofia (Wed)", &["liam", "sofia"]),
            ("Volunteers – Liam, Sofia\nBoth struggling since the lockdown.", &["liam", "sofia"]),
            // Clients who call, or are met somewhere.
            ("Ruth from St Luke's called back, she can do Friday at 2.", &["ruth"]),
            ("Ran into Teresa at Costco, she looked awful. Should I reach out?", &["teresa"]),
            // A title's sex read from the name a client goes by; a titled name described.
            ("Ms Garner left a voicemail, the panic attacks are back.", &["michelle"]),
            ("Mrs Wu, Liam's teacher, emailed about the school referral.", &["liam"]),
            ("Ms Wu came in crying about her divorce.", &["grace"]),
        ],
    );
}

/// The tenth fresh-eyes review: the cases where this round's rules first hid a client,
/// or flagged the writer's own people.
#[test]
fn the_tenth_reviews_cases() {
    let json = r#"{"clients": [
        {"id": "chase", "given_name": "Chase", "family_name": "Gibson", "occupation": "student"},
        {"id": "ted", "given_name": "Ted", "family_name": "Lowe", "occupation": "plumber"},
        {"id": "hope", "given_name": "Hope", "family_name": "Daniels", "occupation": "accountant"},
        {"id": "terry", "given_name": "Terry", "family_name": "Nolan"},
        {"id": "holly", "given_name": "Holly", "family_name": "Berry"},
        {"id": "ivy", "given_name": "Ivy", "family_name": "Marsh"},
        {"id": "esther", "given_name": "Esther", "family_name": "Kowalczyk"},
        {"id": "taylor", "given_name": "Taylor", "family_name": "Brooks"},
        {"id": "ann", "given_name": "Ann", "family_name": "Norris"},
        {"id": "mark", "given_name": "Mark", "family_name": "Smith", "employer": "Glendale Fire Department"}]}"#;
    let index = inline(json);
    identifies(
        &index,
        &[
            // A client described by a job in brackets.
            ("Chase (student nurse) DNA'd again this morning, second time this month.", &["chase"][..]),
            ("Ted (builder) came in looking exhausted, marriage falling apart.", &["ted"]),
            ("Hope (bookkeeper) rang in tears, can you call her back?", &["hope"]),
            // A chat whose members or entries may be clients.
            ("#peer-support  Terry 7:02 PM\nhad a rough night, the drinking thing again", &["terry"]),
            ("#1 Holly 9:00 AM\n#2 Terry 10:00 AM", &["holly", "terry"]),
            ("#waitlist Hope", &["hope"]),
            // A client who shares the poster's name, booked.
            ("#general  Holly 10:02 AM\nreminder that Holly's 2pm is moved to 3pm", &["holly"]),
            ("#general  Holly 10:02 AM\nreminder that Holly's 10:30 is moved", &["holly"]),
            // The mother, not the baby.
            ("Since having the baby Ivy has been really low, not sleeping even when the baby sleeps.", &["ivy"]),
            ("After losing the baby Hope stopped coming to sessions.", &["hope"]),
            ("New baby Esther says she is fine but her partner is worried.", &["esther"]),
            // A client who shares a famous one's given name.
            ("Taylor Swift tickets sold out in minutes. Taylor was devastated and had a panic attack.", &["taylor"]),
            ("Esther brought in Esther Perel's book to session and we talked about her marriage.", &["esther"]),
            // A client's full name with an organisation.
            ("Mark Smith from the fire department called, please ring him back on his mobile.", &["mark"]),
        ],
    );
    identifies_nobody(
        &index,
        &[
            // Met, not seen as a therapist sees.
            "My friend Ann said she saw you on the local news talking about grief.",
            "My cousin Terry said he sees you at the gym most mornings.",
        ],
    );
}
