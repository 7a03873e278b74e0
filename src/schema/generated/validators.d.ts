// Hand-written types for validators.js, which scripts/compile-schemas.js generates.
import type { ErrorObject } from 'ajv';
import type { Council } from '../../model/council.js';
import type { Directive } from '../../model/directive.js';
import type { Ordinance } from '../../model/ordinance.js';
import type { RollCall } from '../../model/roll-call.js';
import type { WhipCount } from '../../model/whip-count.js';

/** A standalone Ajv validator: a type guard that leaves its errors on itself. */
export interface CompiledValidator<T> {
  (data: unknown): data is T;
  errors?: ErrorObject[] | null;
}

export declare const validateCouncil: CompiledValidator<Council>;
export declare const validateDirective: CompiledValidator<Directive>;
export declare const validateOrdinance: CompiledValidator<Ordinance>;
export declare const validateRollCall: CompiledValidator<RollCall>;
export declare const validateWhipCount: CompiledValidator<WhipCount>;
