import { diagnosticAt } from '../diagnostics/diagnostic-at.js';
import type { Check } from './check.js';

/**
 * Where the council sets `drafting.notice_hours`, it was notified of a
 * directive (`council_notified`) within that many hours of `issued`. Dates are
 * days, so the hours are the days between them times 24 (`directive/notice-hours`).
 */
export const directiveNoticeCheck: Check = {
  name: 'directive-notice',
  reads: {},
  run({ project, report }) {
    for (const directive of project.ofKind('directive')) {
      const { issued, council_notified: notified } = directive.value;
      const limit = project.find('council', directive.value.council)?.value.drafting?.notice_hours;
      if (limit === undefined || issued === undefined || notified === undefined) continue;
      const hours = daysBetween(issued, notified) * 24;
      if (hours <= limit) continue;
      report(
        diagnosticAt(directive.doc, ['council_notified'], {
          code: 'directive/notice-hours',
          message: `the council was notified ${hours} hours after the directive was issued (${issued} to ${notified}); it must be within ${limit} hours`,
          hint: 'check `council_notified` and `issued`',
          params: { hours, limit, issued, notified },
        }),
      );
    }
  },
};

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
