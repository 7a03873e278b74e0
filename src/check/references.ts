import { didYouMean } from '../basics/suggest.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import { diagnosticAt } from '../diagnostics/diagnostic-at.js';
import { referencesOf, type ReferencedKind } from '../model/references.js';
import type { Check } from './check.js';

/** How a reference that cannot be followed is reported, per kind referred to. */
const WORDING: {
  readonly [K in ReferencedKind]: {
    readonly code: DiagnosticCode;
    readonly noun: string;
    readonly missing: (id: string, known: readonly string[]) => string;
    readonly otherCouncil: (id: string, council: string, own: string) => string;
  };
} = {
  council: {
    code: 'ref/unknown-council',
    noun: 'council',
    missing: (_, known) =>
      known.length === 0
        ? 'no council file was checked: include the folder holding the `kind: council` file'
        : `known councils: ${known.join(', ')}`,
    otherCouncil: () => '',
  },
  ordinance: {
    code: 'ref/unknown-measure',
    noun: 'ordinance or resolution',
    missing: () => 'add the measure as a `kind: ordinance` file, or remove `measure:`',
    otherCouncil: (id, council, own) =>
      `the measure "${id}" belongs to the council ${council}, not ${own}`,
  },
  directive: {
    code: 'ref/unknown-directive',
    noun: 'directive',
    missing: () => 'add the directive as a `kind: directive` file, or remove `directive:`',
    otherCouncil: (id, council, own) =>
      `the directive "${id}" is addressed to the council ${council}, not ${own}`,
  },
};

/**
 * Every reference declared in `REFERENCES` names a document that was
 * checked (`ref/unknown-council`, `ref/unknown-measure`,
 * `ref/unknown-directive`, with the closest id), and one of the same council.
 * A document with schema errors is followed too: its id names it.
 */
export const referencesCheck: Check = {
  name: 'references',
  // a reference field with errors is absent, and is not followed
  reads: {},
  run({ project, report }) {
    for (const document of project.documents) {
      const references = referencesOf(document);
      const own = references.find((r) => r.kind === 'council')?.id;
      for (const { field, kind, id } of references) {
        const wording = WORDING[kind];
        const param = kind === 'ordinance' ? 'measure' : kind;
        const found = project.find(kind, id);
        if (found === undefined) {
          // one of that kind was read whose id could not be: its errors are the finding
          if (project.hasUnidentified?.(kind) === true) continue;
          const known = project.ids(kind);
          report(
            diagnosticAt(document.doc, [field], {
              code: wording.code,
              message: `no ${wording.noun} with the id "${id}" was found`,
              hint: didYouMean(id, known) ?? wording.missing(id, known),
              params: kind === 'council' ? { council: id, known: [...known] } : { [param]: id },
            }),
          );
          continue;
        }
        if (kind === 'council' || own === undefined) continue;
        const council = (found.value as { readonly council?: string }).council;
        if (council === undefined || council === own) continue;
        report(
          diagnosticAt(document.doc, [field], {
            code: wording.code,
            message: wording.otherCouncil(id, council, own),
            params: { [param]: id, council },
          }),
        );
      }
    }
  },
};
