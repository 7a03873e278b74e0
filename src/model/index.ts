export * from './common.js';
export * from './council.js';
export * from './directive.js';
export * from './ordinance.js';
export * from './roll-call.js';
export * from './whip-count.js';

import type { Council } from './council.js';
import type { Directive } from './directive.js';
import type { Ordinance } from './ordinance.js';
import type { RollCall } from './roll-call.js';
import type { WhipCount } from './whip-count.js';

export type AnyDocument = Council | Directive | Ordinance | RollCall | WhipCount;
export * from './typed-document.js';
export * from './roster.js';
