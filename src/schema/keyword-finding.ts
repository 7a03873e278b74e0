import { didYouMean } from '../basics/suggest.js';
import { valueText } from '../basics/value-text.js';
import type { DataPath } from '../diagnostics/address.js';
import { VOTE_SYNONYMS } from '../model/roll-call.js';
import { labelOf, quotedAndList, type Finding, type SchemaContext } from './finding.js';
import { describeForm, FRACTION_HINT, FRACTION_PATTERN, fractionMessage } from './forms.js';
import { schemaAt, selectBranch, valueAt } from './schema-walk.js';
import type { JsonType } from './schemas.js';
import { typeFinding } from './type-finding.js';

/** An ajv error with its instance path turned into a data path. */
export interface SchemaError {
  readonly keyword: string;
  readonly path: DataPath;
  readonly schemaPath: string;
  readonly params: Readonly<Record<string, unknown>>;
  /** Set when the error is about a key (`propertyNames`), not a value. */
  readonly propertyName?: string;
}

/**
 * One ajv error as a finding, by keyword: `required` at the map missing the
 * key, `additionalProperties` at the unknown key, a `propertyNames` failure
 * at the key, everything else at the value.
 */
export function findingFromError(error: SchemaError, context: SchemaContext): Finding {
  const { root, data } = context;
  const { keyword, params } = error;
  const isKey = error.propertyName !== undefined;
  const path = isKey ? [...error.path, error.propertyName ?? ''] : error.path;
  const part = isKey ? 'key' : 'value';
  const label = labelOf(path);
  const value = isKey ? error.propertyName : valueAt(data, path);
  const at = { path, part, params: {} } as const;

  switch (keyword) {
    case 'type': {
      const expected = String(params.type).split(',') as JsonType[];
      return typeFinding({ ...context, path, expected, node: schemaAt(root, data, path) });
    }
    case 'required':
      return requiredFinding(error.path, [String(params.missingProperty)]);
    case 'additionalProperties':
      return unknownKeyFinding(error.path, String(params.additionalProperty), context);
    case 'enum':
    case 'const': {
      const allowed = (
        Array.isArray(params.allowedValues) ? params.allowedValues : [params.allowedValue]
      ).map(valueText);
      const hint = typeof value === 'string' ? didYouMean(value, allowed) : undefined;
      return {
        ...at,
        code: 'schema/enum',
        message: `${label} must be ${allowed.length === 1 ? '' : 'one of '}${allowed.join(', ')}`,
        ...(hint === undefined ? {} : { hint }),
        params: { value: valueText(value), allowed },
      };
    }
    case 'pattern': {
      const pattern = String(params.pattern);
      const form = describeForm(pattern, label, value);
      return {
        ...at,
        code: 'schema/pattern',
        ...form,
        params: { value: valueText(value), pattern },
      };
    }
    case 'format':
      return formatFinding(path, String(params.format), value);
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const limit = Number(params.limit);
      const words = {
        minimum: 'at least',
        maximum: 'at most',
        exclusiveMinimum: 'more than',
        exclusiveMaximum: 'less than',
      }[keyword];
      return {
        ...at,
        code: 'schema/range',
        message: `${label} must be ${words} ${limit}`,
        params: { value: typeof value === 'number' ? value : NaN, limit, comparison: keyword },
      };
    }
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
    case 'minProperties':
    case 'maxProperties':
      return lengthFinding(path, part, keyword, Number(params.limit));
    case 'uniqueItems': {
      const later = Math.max(Number(params.i), Number(params.j));
      return {
        path: [...path, later],
        part: 'value',
        code: 'schema/invalid',
        message: `${label} lists the same value twice`,
        hint: 'remove the repeated item',
        params: { first: Math.min(Number(params.i), Number(params.j)), repeated: later },
      };
    }
    default:
      return {
        ...at,
        code: 'schema/invalid',
        message: `${label} does not match the schema (${keyword})`,
        params: { keyword },
      };
  }
}

export function requiredFinding(path: DataPath, missing: readonly string[]): Finding {
  const where = path.length === 0 ? '' : ` from ${labelOf(path)}`;
  const verb = missing.length === 1 ? 'is' : 'are';
  return {
    code: 'schema/required',
    path,
    part: 'value',
    message: `${quotedAndList(missing)} ${verb} missing${where}`,
    params: { missing: [...missing] },
  };
}

export function mergeRequired(a: Finding, b: Finding): Finding {
  const listed = (f: Finding): readonly string[] =>
    Array.isArray(f.params.missing) ? (f.params.missing as readonly string[]) : [];
  if (a.params.oneOf === true) return a;
  if (b.params.oneOf === true) return b;
  return requiredFinding(a.path, [...new Set([...listed(a), ...listed(b)])]);
}

function unknownKeyFinding(path: DataPath, key: string, context: SchemaContext): Finding {
  const { root, data } = context;
  const node = schemaAt(root, data, path);
  const chosen = node === undefined ? undefined : selectBranch(root, node, valueAt(data, path));
  const allowed = Object.keys(chosen?.properties ?? {});
  const synonym = Object.hasOwn(VOTE_SYNONYMS, key)
    ? VOTE_SYNONYMS[key as keyof typeof VOTE_SYNONYMS]
    : undefined;
  const hint =
    synonym !== undefined && allowed.includes(synonym)
      ? `write "${synonym}" here instead of "${key}"`
      : (didYouMean(key, allowed) ?? `the keys allowed here: ${allowed.join(', ')}`);
  return {
    code: 'schema/unknown-key',
    path: [...path, key],
    part: 'key',
    message: `unknown key ${JSON.stringify(key)}`,
    hint,
    params: { key, allowed },
  };
}

function formatFinding(path: DataPath, format: string, value: unknown): Finding {
  const label = labelOf(path);
  const base = {
    path,
    part: 'value',
    code: 'schema/format',
    params: { value: valueText(value), format },
  } as const;
  if (format === 'date') {
    return { ...base, message: `${label} is not a real date`, hint: 'check the month and the day' };
  }
  if (format === 'uri') {
    return {
      ...base,
      message: `${label} must be a web address`,
      hint: 'for example https://example.org/page',
    };
  }
  return { ...base, message: `${label} is not a valid ${format}` };
}

function lengthFinding(
  path: DataPath,
  part: 'key' | 'value',
  keyword: string,
  limit: number,
): Finding {
  const label = labelOf(path);
  const unit = keyword.endsWith('Length')
    ? 'characters'
    : keyword.endsWith('Items')
      ? 'items'
      : 'keys';
  const isMin = keyword.startsWith('min');
  const message =
    isMin && limit === 1
      ? `${label} must not be empty`
      : `${label} must have ${isMin ? 'at least' : 'at most'} ${limit} ${unit}`;
  return { code: 'schema/length', path, part, message, params: { limit, comparison: keyword } };
}

/** Any problem with a fraction gets the same wording and the accepted forms. */
export function withFractionWording(finding: Finding, context: SchemaContext): Finding {
  if (finding.part !== 'value' || finding.code === 'schema/required') return finding;
  const node = schemaAt(context.root, context.data, finding.path);
  if (node?.pattern !== FRACTION_PATTERN) return finding;
  return {
    ...finding,
    message: fractionMessage(labelOf(finding.path)),
    hint: FRACTION_HINT,
    params: { ...finding.params, accepted: ['p/q', '0 < p/q <= 1'] },
  };
}
