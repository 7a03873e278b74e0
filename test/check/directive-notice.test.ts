import { describe, expect, it } from 'vitest';
import { directiveNoticeCheck } from '../../src/check/directive-notice.js';
import { findingsOf } from '../support/project-from-text.js';
import { TESTVILLE, directiveText } from '../support/testville.js';

describe('directive-notice', () => {
  it('reports a notification later than notice_hours after issue (48 hours: 3 days is late)', () => {
    const findings = findingsOf(
      {
        'c.yaml': TESTVILLE,
        'd.yaml': directiveText('issued: 2026-02-06\ncouncil_notified: 2026-02-09\n'),
      },
      directiveNoticeCheck,
    );
    expect(findings.map((f) => [f.code, f.at])).toEqual([
      ['directive/notice-hours', 'd.yaml:8:19'],
    ]);
    expect(findings[0]?.message).toContain('72 hours');
  });

  it('accepts exactly notice_hours (2 days for 48 hours)', () => {
    const text = directiveText('issued: 2026-02-06\ncouncil_notified: 2026-02-08\n');
    expect(findingsOf({ 'c.yaml': TESTVILLE, 'd.yaml': text }, directiveNoticeCheck)).toEqual([]);
  });

  it('does not check councils without notice_hours', () => {
    const council = TESTVILLE.replace('  notice_hours: 48\n', '');
    const text = directiveText('issued: 2026-02-06\ncouncil_notified: 2026-03-09\n');
    expect(findingsOf({ 'c.yaml': council, 'd.yaml': text }, directiveNoticeCheck)).toEqual([]);
  });
});
