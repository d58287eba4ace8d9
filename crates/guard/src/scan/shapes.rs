//! Pass 1: e-mail addresses, phone numbers and dates, parsed from the text and looked
//! up in the index; a phone or e-mail that belongs to no client is a warning.

use super::{recognize, Facet, Scan};
use crate::findings::{EvidenceKind, Warning, WarningKind};

impl Scan<'_> {
    #[inline(never)]
    pub(super) fn shapes(&mut self) {
        // (Most texts have no '@', counted as they were split.)
        let emails = if self.words.at_signs() > 0 { recognize::emails(self.text) } else { Vec::new() };
        for hit in emails {
            self.claim_bytes(hit.start, hit.end);
            match self.index.emails.get(hit.value.as_str()) {
                Some(owners) => {
                    for &c in owners {
                        self.push(c, Facet::Email, (hit.start, hit.end), EvidenceKind::Email, 1.0);
                    }
                }
                None => {
                    self.warnings.push(Warning { start: hit.start, end: hit.end, kind: WarningKind::UnlinkedEmail })
                }
            }
        }
        // Spelled out ("jo at gmail dot com"), an address counts only if it is someone's:
        // prose has "at" and "dot" too.
        for hit in recognize::spelled_out_emails(self.text, self.words) {
            if let Some(owners) = self.index.emails.get(hit.value.as_str()) {
                self.claim_bytes(hit.start, hit.end);
                for &c in owners {
                    self.push(c, Facet::Email, (hit.start, hit.end), EvidenceKind::Email, 1.0);
                }
            }
        }
        for hit in recognize::phones(self.text, self.words) {
            if self.claimed[hit.words.0] {
                continue;
            }
            self.claim_bytes(hit.start, hit.end);
            match self.index.phones.get(&hit.value) {
                Some(owners) => {
                    for &c in owners {
                        self.push(c, Facet::Phone, (hit.start, hit.end), EvidenceKind::Phone, 1.0);
                    }
                }
                None => {
                    self.warnings.push(Warning { start: hit.start, end: hit.end, kind: WarningKind::UnlinkedPhone })
                }
            }
        }
        // Read aloud ("five oh seven…"), a number counts only if it is someone's.
        for hit in recognize::spoken_phones(self.text, self.words) {
            if let Some(owners) = self.index.phones.get(&hit.value) {
                self.claim_bytes(hit.start, hit.end);
                for &c in owners {
                    self.push(c, Facet::Phone, (hit.start, hit.end), EvidenceKind::Phone, 1.0);
                }
            }
        }
        for hit in recognize::dates(self.text, self.words, &self.keys) {
            if self.claimed[hit.words.0] {
                continue;
            }
            for key in &hit.value {
                for &c in self.index.dobs.get(key).map_or(&[][..], Vec::as_slice) {
                    self.push(c, Facet::Dob, (hit.start, hit.end), EvidenceKind::Dob, 1.0);
                }
            }
            // A date claims its words either way: "June 5, 2024" is never the client June.
            self.claim_bytes(hit.start, hit.end);
        }
    }
}
