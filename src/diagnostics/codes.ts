/**
 * Every diagnostic code overrule can emit, with a one-line description.
 * Codes are stable: tools (SARIF, CI annotations, JSON consumers) key on them.
 * Adding a check means adding its code here first.
 */
export const DIAGNOSTIC_CODES = {
  // reading files
  'io/not-found': 'The path does not exist',
  'io/unreadable': 'The file or folder cannot be read',
  'io/too-large': 'The file is larger than the size cap',
  'io/no-yaml': 'No YAML files were found under the path',
  'io/symlink-loop': 'A symbolic link leads back into a folder already being walked',
  'io/symlink-outside': 'A symbolic link points outside the folder being walked',
  'encoding/invalid-utf8': 'The file is not valid UTF-8',
  'encoding/utf16': 'The file is UTF-16; overrule reads UTF-8 only',
  // YAML syntax and the restricted YAML subset
  'yaml/empty-document': 'The file or document holds no data',
  'yaml/syntax': 'The YAML cannot be parsed',
  'yaml/tab-indent': 'Tabs cannot indent YAML',
  'yaml/implicit-key': 'A value contains ": " and must be quoted',
  'yaml/duplicate-key': 'A key appears twice in one mapping',
  'yaml/collection-key': 'A mapping or sequence is used as a key',
  'yaml/directive-1.1': 'A %YAML 1.1 directive is ignored: files are read as YAML 1.2',
  'yaml/unknown-directive': 'An unsupported directive',
  'yaml/alias-limit': 'Too many aliases (possible "billion laughs" document)',
  'yaml/too-deep': 'The document is nested too deeply',
  'yaml/tag': 'Custom tags are not supported',
  'yaml/merge-key': 'Merge keys (<<) are not supported',
  'yaml/key-too-long': 'A key longer than 1024 characters',
  'yaml/control-character': 'A control character YAML or overrule does not allow',
  // schema
  'schema/kind': 'The document has no known kind',
  'schema/version': 'Unsupported file format version',
  'schema/required': 'A required key is missing',
  'schema/unknown-key': 'A key that this kind of document does not have',
  'schema/type': 'A value of the wrong type',
  'schema/enum': 'A value that is not one of the allowed words',
  'schema/pattern': 'A value that does not have the required form',
  'schema/range': 'A number outside its allowed range',
  'schema/number-form': 'A count written other than as a plain decimal integer',
  'schema/format': 'A value that is not a valid date or address',
  'schema/length': 'A list or text that is too short or too long',
  'schema/invalid': 'A value that does not match the schema',
  // identity and references
  'id/duplicate': 'Two documents of one kind share an id',
  'id/possible-duplicate': 'Two ids that differ only in letter case',
  'ref/unknown-council': 'A reference to a council that does not exist',
  'ref/unknown-member': 'A reference to a member who is not on the roster',
  'ref/unknown-rule': 'A reference to a rule the council does not have',
  'ref/unknown-measure': 'A reference to a measure that does not exist',
  'ref/unknown-directive': 'A reference to a directive that does not exist',
  // councils
  'council/term-order': 'A term that ends before it begins',
  'council/over-seats': 'More members in office than seats',
  'council/district-overlap': 'Two members in office for one district at once',
  'council/executive-vote': 'The executive voted where the rule does not allow it',
  // rules
  'rule/no-version-in-force': 'No version of the rule is in force on the date',
  'rule/overlapping-versions': 'Two versions of a rule are in force on one day',
  'rule/unverified': 'The rule has not been checked against its source',
  // roll calls
  'roll-call/not-in-office': 'A vote by a member who is not in office on the date',
  'roll-call/missing-member': 'A member in office has no vote',
  'roll-call/counts-total': 'The counts do not add up to the members in office',
  'roll-call/vacant-seat': 'A vote recorded for a vacant seat',
  'roll-call/boolean-vote': 'A vote written as true/false',
  'tally/recorded-mismatch': 'The recorded result disagrees with the computed one',
  // whip counts
  'whip/over-members': 'Positions and blocs exceed the members in office',
  'whip/not-in-office': 'A position for a member who is not in office',
  'whip/executive-tie-vote':
    "An executive's stance where the rule gives the executive no tie-breaking vote",
  // ordinances
  'ordinance/sponsor-not-in-office': 'A sponsor who is not in office on the introduction date',
  'ordinance/section-numbering': 'Sections are not numbered 1..n',
  'ordinance/directive-status': "The directive's status does not allow the action",
  'ordinance/drafting-style': "The ordinance does not follow the council's drafting style",
  // directives
  'directive/date-order': 'Dates out of order (proposed, issued, effective)',
  'directive/notice-hours': 'The council was not notified within the required hours',
  // import and export (overrule import, overrule export)
  'interop/json': 'The file is not valid JSON',
  'interop/unknown-records': 'The file holds records overrule does not read',
  'interop/field': 'A record lacks a field overrule needs, or the field has the wrong type',
  'interop/vote-label': 'A vote label with no mapping to a vote value',
  'interop/no-votes': 'A file of votes in which no vote is recorded',
  'interop/unknown-voter': 'A voter who matches no member in office',
  'interop/ambiguous-voter': 'A voter who matches more than one member in office',
  'interop/voter-twice': 'Two vote rows for one member',
  'interop/missing-voter': 'A member in office with no vote row',
  'interop/no-date': 'The date of a vote is not known',
  'interop/no-roster': 'No office records to build a roster from',
  'interop/roster': 'The roster cannot be built as the records say',
  'interop/tally-text': 'A published tally that cannot be read',
  'interop/matched-by-name': 'A voter matched to a member by last name only',
  'interop/skipped': 'A record left out of the import',
  // fmt
  'fmt/unsupported': 'A construct fmt cannot put in canonical form; the file is left as it is',
  'fmt/round-trip':
    'Formatting would change the data, comments or blank lines; the file is left as it is',
  // reading files (after the others, so that the SARIF rule indexes of the others stay as they were)
  'io/not-regular': 'A FIFO, socket or device where a file was expected; it is not read',
} as const satisfies Record<string, string>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
