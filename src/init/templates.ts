import { KINDS } from '../model/common.js';
import { renderSchemaJson, schemaFileName } from './schema-files.js';

/** One file `init` writes: a path relative to the new repository and its text. */
export interface ScaffoldFile {
  readonly path: string;
  readonly content: string;
  /**
   * Part of the example, about its made-up council (its data, and the README
   * describing them): left out where a council is already (see scaffold-plan.ts).
   */
  readonly example?: true;
}

/** Where the schemas go, and how a data file at `depth` folders down refers to one. */
const SCHEMA_FOLDER = 'schemas';

function modeline(kind: (typeof KINDS)[number], depth: number): string {
  return `# yaml-language-server: $schema=${'../'.repeat(depth)}${SCHEMA_FOLDER}/${schemaFileName(kind)}`;
}

/**
 * Every file of a new council repository: a council, one example of each
 * other kind (all marked hypothetical, all consistent with one another so
 * that `overrule validate` passes), the schemas, a GitHub workflow, a
 * pre-commit configuration, an ignore file for overrule, a `.gitignore`
 * for its look-up index and a README. Each data file is already in the
 * form `overrule fmt` gives.
 */
export function scaffoldFiles(version: string): ScaffoldFile[] {
  return [
    { path: 'council.yaml', content: councilYaml(), example: true },
    { path: 'directives/example-directive.yaml', content: directiveYaml(), example: true },
    { path: 'ordinances/example-ordinance.yaml', content: ordinanceYaml(), example: true },
    { path: 'roll-calls/example-roll-call.yaml', content: rollCallYaml(), example: true },
    { path: 'whip-counts/example-whip-count.yaml', content: whipCountYaml(), example: true },
    ...KINDS.map((kind) => ({
      path: `${SCHEMA_FOLDER}/${schemaFileName(kind)}`,
      content: renderSchemaJson(kind),
    })),
    { path: '.github/workflows/overrule.yml', content: workflowYaml(version) },
    { path: '.pre-commit-config.yaml', content: preCommitYaml(version) },
    { path: '.overruleignore', content: overruleIgnore() },
    {
      path: '.gitignore',
      content: "# overrule's look-up index: a cache, rebuilt when missing\n.overrule/\n",
    },
    { path: 'README.md', content: readme(version), example: true },
  ];
}

function overruleIgnore(): string {
  return `# Paths overrule leaves out when it walks this folder (validate, fmt, tally),
# in .gitignore's syntax: YAML here that is not council data. Dot-folders
# (.github/) and node_modules/ are never walked.
docker-compose*.yml
docker-compose*.yaml
compose.yml
compose.yaml
`;
}

function councilYaml(): string {
  return `${modeline('council', 0)}
#
# An EXAMPLE council, made up to show the format. Replace the names, dates,
# rules and citations with your council's, and check every rule against the
# text of the law before relying on it (then set \`verified: true\`).
kind: council
version: 1
id: example-city
name: Example City Council
jurisdiction: City of Example
seats: 7
executive: { title: Mayor, name: Morgan Example }
members:
  - { id: avery-adams, name: Avery Adams, district: 1, from: 2024-01-02 }
  - { id: blake-brown, name: Blake Brown, district: 2, from: 2024-01-02 }
  - { id: casey-chen, name: Casey Chen, district: 3, from: 2024-01-02, role: president }
  - { id: drew-diaz, name: Drew Diaz, district: 4, from: 2024-01-02 }
  - { id: emery-evans, name: Emery Evans, district: 5, from: 2024-01-02 }
  - { id: finley-ford, name: Finley Ford, district: 6, from: 2024-01-02 }
  - { id: gray-garcia, name: Gray Garcia, district: 7, from: 2024-01-02 }
rules:
  policy-override:
    title: Suspend or modify a department policy
    citation: Example City Charter § 4.2 (made up)
    verified: true
    effective: 2024-01-01
    threshold: { fraction: 2/3, of: seats, compare: at-least }
    quorum: { fraction: 1/2, of: seats, compare: more-than }
  passage:
    title: Adopt a resolution or pass an ordinance
    threshold: { fraction: 1/2, of: voting, compare: more-than }
    quorum: { fraction: 1/2, of: seats, compare: more-than }
drafting:
  enacting_clause: "The Council of the City of Example does ordain as follows:"
  notice_hours: 72
hypothetical: true
`;
}

function directiveYaml(): string {
  return `${modeline('directive', 1)}
#
# An EXAMPLE directive the council may act on (made up).
kind: directive
version: 1
id: example-patrol-policy
council: example-city
title: Example patrol policy
department: Example Police Department
issued_by: Chief of Police
status: issued
issued: 2025-03-03
effective: 2025-03-10
council_notified: 2025-03-04
summary: >-
  A made-up department policy, here to show how a directive is written down so
  that an ordinance can refer to it.
hypothetical: true
`;
}

function ordinanceYaml(): string {
  return `${modeline('ordinance', 1)}
#
# An EXAMPLE resolution (made up). Measure ids are the clerk's file numbers:
# quote them so that they stay text.
kind: ordinance
version: 1
id: "250001"
council: example-city
type: resolution
title: Resolution suspending the example patrol policy
sponsors: [avery-adams, blake-brown]
introduced: 2025-04-01
status: introduced
action: policy-override
directive: example-patrol-policy
whereas:
  - The Chief of Police issued the example patrol policy on 2025-03-03.
enacting_clause: "The Council of the City of Example does ordain as follows:"
sections:
  - { number: 1, text: The example patrol policy is suspended. }
hypothetical: true
`;
}

function rollCallYaml(): string {
  return `${modeline('roll-call', 1)}
#
# An EXAMPLE roll call (made up): every member in office on the date votes,
# exactly once. Try: overrule tally roll-calls/example-roll-call.yaml
kind: roll-call
version: 1
id: 2025-04-15-example
council: example-city
measure: "250001"
date: 2025-04-15
rule: policy-override
motion: Adopt the resolution suspending the example patrol policy
hypothetical: true
votes:
  avery-adams: aye
  blake-brown: aye
  casey-chen: aye
  drew-diaz: aye
  emery-evans: aye
  finley-ford: no
  gray-garcia: no
recorded: { result: passed, tally: "5-2" }
`;
}

function whipCountYaml(): string {
  return `${modeline('whip-count', 1)}
#
# An EXAMPLE whip count (made up): where the votes stood before the roll call.
# Members named in neither \`positions\` nor \`blocs\` count as undecided.
# Try: overrule whip whip-counts/example-whip-count.yaml
kind: whip-count
version: 1
id: example-suspension-whip
council: example-city
rule: policy-override
measure: "250001"
as_of: 2025-04-08
hypothetical: true
positions:
  avery-adams: yes
  blake-brown: yes
  casey-chen: lean-yes
  finley-ford: { stance: no, note: spoke against the resolution }
blocs:
  - { size: 2, stance: undecided, note: two members have not said }
`;
}

/**
 * The account that hosts the user's copy of overrule, in the workflow and the
 * pre-commit configuration: the README tells the user to replace it.
 */
export const OWNER_PLACEHOLDER = 'your-org';

function workflowYaml(version: string): string {
  return `# Checks the council data on every push and pull request. Problems appear as
# annotations on the changed lines, and all of them in the job summary.
# Replace ${OWNER_PLACEHOLDER} with the GitHub account that hosts your copy of overrule;
# after @ give a release tag (v${version}) or a commit id.
name: overrule

on:
  push:
  pull_request:

permissions:
  contents: read

jobs:
  validate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: ${OWNER_PLACEHOLDER}/overrule@v${version}
        with:
          paths: .
          check-format: true
`;
}

function preCommitYaml(version: string): string {
  return `# Runs overrule before each commit: pip install pre-commit && pre-commit install
# Replace ${OWNER_PLACEHOLDER} with the GitHub account that hosts your copy of overrule;
# rev is a release tag (v${version}) or a commit id.
repos:
  - repo: https://github.com/${OWNER_PLACEHOLDER}/overrule
    rev: v${version}
    hooks:
      - id: overrule-validate
      - id: overrule-fmt
`;
}

function readme(version: string): string {
  return `# Council data

The voting records of a council, written as YAML and checked with
overrule. Every file here is an
example made up to show the format (each says \`hypothetical: true\`): replace
them with your council's.

| folder | what it holds |
| --- | --- |
| \`council.yaml\` | the council: seats, members and their terms, voting rules |
| \`directives/\` | policies the council may act on |
| \`ordinances/\` | ordinances and resolutions |
| \`roll-calls/\` | recorded votes |
| \`whip-counts/\` | vote counts before a vote |
| \`schemas/\` | the JSON Schemas, for editors (see the \`# yaml-language-server\` line atop each file) |

## Commands

Install overrule from its repository (replace \`${OWNER_PLACEHOLDER}\` with the
account that hosts your copy; after \`#\` a release tag or a commit id):

\`\`\`sh
npm install -g git+https://github.com/${OWNER_PLACEHOLDER}/overrule.git#v${version}
\`\`\`

\`\`\`sh
overrule validate                 # check every file
overrule fmt                      # canonical key order and vote words, comments kept
overrule tally roll-calls/example-roll-call.yaml
overrule whip whip-counts/example-whip-count.yaml
overrule threshold --seats 7 --fraction 2/3 --all-readings
\`\`\`

\`.github/workflows/overrule.yml\` runs \`validate\` and \`fmt --check\` on every
push and pull request; \`.pre-commit-config.yaml\` runs them before each commit
(\`pre-commit install\`).
`;
}
