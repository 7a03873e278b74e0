import { describe, expect, it } from 'vitest';
import { validateText } from './helpers.js';

// The examples of SPEC.md section 1, one per kind (and the `counts` and `blocs` variants).
const EXAMPLES: Record<string, string> = {
  council: `kind: council
version: 1
id: milwaukee
name: Milwaukee Common Council
jurisdiction: City of Milwaukee, Wisconsin
seats: 15                      # authorized seats
executive: { title: Mayor, name: Cavalier Johnson }   # optional
members:
  - { id: andrea-pratt, name: Andrea Pratt, district: 1, from: 2024-04-16, to: 2028-04-18 }
  - { id: jonathan-brostoff, name: Jonathan Brostoff, district: 3, from: 2024-04-16, to: 2024-11-04 }
  - { id: alex-brower, name: Alex Brower, district: 3, from: 2025-04-04, to: 2028-04-18 }
  - { id: jose-perez, name: José G. Pérez, district: 12, from: 2024-04-16, role: president }
rules:
  policy-override:             # one rule, or a list of dated versions of it
    - title: Suspend or modify a police or fire department policy
      citation: Wis. Stat. § 62.50(1m), created by 2023 Wisconsin Act 12
      source: https://docs.legis.wisconsin.gov/statutes/statutes/62/ii/50
      verified: false          # nobody has checked the base against the statute text
      effective: 2023-06-20
      threshold: { fraction: 2/3, of: seats, compare: at-least }
      quorum: { fraction: 2/3, of: seats, compare: at-least }
  veto-override:
    citation: Wis. Stat. § 62.09(8)(c)
    threshold: { fraction: 2/3, of: seats, compare: at-least }
  passage:
    threshold: { fraction: 1/2, of: voting, compare: more-than }
drafting:                      # optional house style checked on ordinances
  enacting_clause: "The Mayor and Common Council of the City of Milwaukee do ordain as follows:"
`,
  directive: `kind: directive
version: 1
id: mpd-frt-moratorium-2026
council: milwaukee
title: Moratorium on the use of facial recognition technology
department: Milwaukee Police Department
issued_by: Chief of Police
status: issued            # proposed | issued | suspended | modified | rescinded | withdrawn
proposed: 2025-05-01      # optional dates
issued: 2026-02-06
effective: 2026-02-06
council_notified: 2026-02-06
summary: >-
  Department-wide moratorium on any and all facial recognition technology
  while a formal policy is written with the Fire and Police Commission,
  the Common Council, the mayor and the community.
sources: [https://example.org/...]
`,
  ordinance: `kind: ordinance
version: 1
id: "251850"
council: milwaukee
type: resolution          # ordinance | resolution | substitute-ordinance | substitute-resolution
title: Resolution suspending the Police Department's facial recognition policy
sponsors: [marina-dimitrijevic]
introduced: 2026-02-17
status: draft             # draft | introduced | adopted | failed | withdrawn
action: policy-override   # the council rule that decides it
directive: mpd-frt-policy-2026
whereas: ["...", "..."]
enacting_clause: "..."
sections:
  - { number: 1, text: "..." }
`,
  'roll-call': `kind: roll-call
version: 1
id: 2026-03-03-frt-suspend
council: milwaukee
measure: "251850"         # optional ordinance id
date: 2026-03-03
rule: policy-override
motion: Suspend the facial recognition policy
hypothetical: true        # a scenario, not an official record; reports say so loudly
votes:
  andrea-pratt: aye
  mark-chambers: no
  # ... every member in office on the date, exactly once
executive: aye            # only for a tie-break, only where the rule allows it
recorded: { result: passed, tally: "11-4" }   # optional: the official record
sources: [https://example.org/...]
`,
  'roll-call with counts': `kind: roll-call
version: 1
id: 2026-03-03-frt-suspend
council: milwaukee
date: 2026-03-03
rule: policy-override
counts: { aye: 10, no: 5 }   # values not given are 0
`,
  'whip-count': `kind: whip-count
version: 1
id: frt-suspend-whip
council: milwaukee
rule: policy-override
measure: "251850"
as_of: 2026-02-10
hypothetical: true
attendance: 0.95          # default chance each member is present
positions:
  marina-dimitrijevic: yes                 # yes | lean-yes | undecided | lean-no | no
  robert-bauman: { stance: undecided, probability: 0.4, note: "..." }
blocs:
  - { size: 11, stance: yes, note: co-signed the May 2025 letter }
`,
};

describe('the SPEC.md examples', () => {
  for (const [name, text] of Object.entries(EXAMPLES)) {
    it(`${name} validates clean and comes back typed`, () => {
      const { results, problems } = validateText(text);
      expect(problems).toEqual([]);
      const kind = name.split(' ')[0];
      expect(results[0]?.document?.kind).toBe(kind);
    });
  }
});
