//! Adding up: evidence per client and facet, the score, the one-line reason, and the
//! findings in a stable order.

use super::{Raw, Scan, Tally, IDENTIFIES};
use crate::findings::{ClientFinding, Evidence, Findings};

impl Scan<'_> {
    #[inline(never)]
    pub(super) fn finish(mut self) -> Findings {
        // Only the clients identified are reported, and what identifies them is their
        // evidence that weighs anything, a few pieces where a common name leaves a zero
        // for each of its many owners: they are found from those, and only their
        // evidence is sorted. (A client's score is the same sum either way: evidence of
        // no weight adds 0.0 to it, facet by facet in the same order.)
        let Tally { epoch, counts, positive, identified } = &mut *self.tally;
        // A client with one piece of evidence that does not identify alone is not
        // identified: counted first, without sorting, such clients (most owners of a
        // common name) are left out.
        if counts.len() < self.index.clients.len() {
            counts.resize(self.index.clients.len(), (0, 0));
        }
        *epoch = epoch.wrapping_add(1);
        if *epoch == 0 {
            counts.iter_mut().for_each(|c| c.0 = 0);
            *epoch = 1;
        }
        for r in self.raw.iter().filter(|r| r.weight > 0.0) {
            let c = &mut counts[r.client as usize];
            if c.0 != *epoch {
                *c = (*epoch, 0);
            }
            c.1 += 1 + u32::from(r.weight >= IDENTIFIES);
        }
        positive.clear();
        positive.extend(
            self.raw
                .iter()
                .filter(|r| r.weight > 0.0 && counts[r.client as usize].1 >= 2)
                .map(|r| (r.client, r.facet, r.weight)),
        );
        positive.sort_unstable_by_key(|p| (p.0, p.1));
        identified.clear();
        for group in positive.chunk_by(|a, b| a.0 == b.0) {
            let mut score = 0.0;
            for same in group.chunk_by(|a, b| a.1 == b.1) {
                score += same.iter().map(|p| p.2).fold(0.0, f32::max);
            }
            if score >= IDENTIFIES {
                identified.push(group[0].0);
            }
        }
        self.raw.retain(|r| identified.binary_search(&r.client).is_ok());
        self.raw.sort_by_key(|r| (r.client, r.facet, r.start));
        let (mut clients, mut direct) = (Vec::new(), Vec::new());
        for group in self.raw.chunk_by(|a, b| a.client == b.client) {
            let mut score = 0.0;
            for same in group.chunk_by(|a, b| a.facet == b.facet) {
                let top = same.iter().map(|r| r.weight).fold(0.0, f32::max);
                score += top;
            }
            if score < IDENTIFIES {
                continue;
            }
            let client = group[0].client;
            // Doubted mentions (weight zero) ride along: once the client is identified,
            // every mention of them is theirs to redact.
            let mut evidence: Vec<Evidence> =
                group.iter().map(|r| Evidence { start: r.start, end: r.end, kind: r.kind, weight: r.weight }).collect();
            evidence.sort_by_key(|e| (e.start, e.end, e.kind));
            evidence.dedup_by(|a, b| a.start == b.start && a.end == b.end);
            let reason = self.reason(group);
            direct.push(group.iter().any(|r| r.weight >= IDENTIFIES));
            clients.push(ClientFinding {
                client_id: self.index.clients[client as usize].id.clone(),
                client_index: client as usize,
                score,
                evidence,
                reason,
            });
        }
        let clients = drop_partial_descriptions(clients, &direct);
        self.warnings.sort_by_key(|w| (w.start, w.end));
        Findings { clients, warnings: self.warnings }
    }

    /// One line: the strongest piece of evidence, or the details that add up.
    pub(super) fn reason(&self, group: &[Raw]) -> String {
        let mut best: Vec<&Raw> = Vec::new();
        for same in group.chunk_by(|a, b| a.facet == b.facet) {
            if let Some(top) = same.iter().filter(|r| r.weight > 0.0).max_by(|a, b| a.weight.total_cmp(&b.weight)) {
                best.push(top);
            }
        }
        best.sort_by(|a, b| b.weight.total_cmp(&a.weight).then(a.start.cmp(&b.start)));
        // Built with pushes, not `format!`: a reason is written for every client found.
        let mut out = String::with_capacity(64);
        let quote = |out: &mut String, r: &Raw| {
            out.push_str(r.kind.describe());
            out.push_str(" \u{201c}");
            out.push_str(&self.text[r.start..r.end]);
            out.push('\u{201d}');
        };
        match best.first() {
            Some(top) if top.weight >= IDENTIFIES => {
                quote(&mut out, top);
                let more = best.len() - 1;
                if more > 0 {
                    out.push_str(" (and ");
                    out.push_str(&more.to_string());
                    out.push_str(if more == 1 { " more detail)" } else { " more details)" });
                }
            }
            _ => {
                out.push_str(&best.len().to_string());
                out.push_str(" details of one client together: ");
                for (k, r) in best.iter().enumerate() {
                    if k > 0 {
                        out.push_str(", ");
                    }
                    quote(&mut out, r);
                }
            }
        }
        out
    }
}

/// A text describes one person by several details: a client identified only by
/// quasi-identifiers that are a strict subset of another identified client's (the
/// other also has the sister named Laurie) is not the person described.
/// `direct` says of each client found whether a detail identifies them alone.
pub(super) fn drop_partial_descriptions(found: Vec<ClientFinding>, direct: &[bool]) -> Vec<ClientFinding> {
    // (Most texts identify one client or none: nothing to compare, nothing to build.)
    if found.len() < 2 || direct.iter().all(|&d| d) {
        return found;
    }
    let spans = |c: &ClientFinding| -> Vec<(usize, usize)> {
        let mut v: Vec<_> = c.evidence.iter().map(|e| (e.start, e.end)).collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let all: Vec<Vec<(usize, usize)>> = found.iter().map(spans).collect();
    found
        .into_iter()
        .enumerate()
        .filter(|(k, _)| {
            direct[*k]
                || !all.iter().enumerate().any(|(j, other)| {
                    j != *k && other.len() > all[*k].len() && all[*k].iter().all(|s| other.contains(s))
                })
        })
        .map(|(_, c)| c)
        .collect()
}
