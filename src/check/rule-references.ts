import { didYouMean } from '../basics/suggest.js';
import type { DataPath } from '../diagnostics/address.js';
import { diagnosticAt } from '../diagnostics/diagnostic-at.js';
import type { ParsedDocument } from '../load/parsed-document.js';
import type { Council } from '../model/council.js';
import type { Check, CheckContext } from './check.js';

/** Roll calls and whip counts (`rule`) and ordinances (`action`) name a rule of their council. */
export const ruleReferencesCheck: Check = {
  name: 'rule-references',
  reads: { 'roll-call': ['rule'], 'whip-count': ['rule'], council: ['rules'] },
  run(context) {
    const { project } = context;
    for (const document of project.documents) {
      switch (document.kind) {
        case 'roll-call':
        case 'whip-count': {
          const council = project.find('council', document.value.council)?.value;
          if (council === undefined) continue;
          reportUnknownRule(context, council, document.doc, ['rule'], document.value.rule);
          break;
        }
        case 'ordinance': {
          const council = project.find('council', document.value.council)?.value;
          const action = document.value.action;
          if (council === undefined || action === undefined) continue;
          reportUnknownRule(context, council, document.doc, ['action'], action);
          break;
        }
        case 'council':
        case 'directive':
          break;
      }
    }
  },
};

function reportUnknownRule(
  { report }: CheckContext,
  council: Council,
  doc: ParsedDocument,
  path: DataPath,
  rule: string,
): void {
  if (Object.hasOwn(council.rules, rule)) return;
  const known = Object.keys(council.rules);
  report(
    diagnosticAt(doc, path, {
      code: 'ref/unknown-rule',
      message: `the council ${council.id} has no rule "${rule}"`,
      hint:
        didYouMean(rule, known) ??
        (known.length === 0 ? `${council.id} defines no rules` : `its rules: ${known.join(', ')}`),
      params: { rule, council: council.id, known },
    }),
  );
}
