import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * The official Quran Foundation OpenAPI documents, read at test time from the project's
 * unedited copies in `contract/qf-api/`, turned into JSON Schemas that ajv checks the
 * sandbox's answers against.
 */

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Where the documents are read from. */
export const DOCS_DIR = resolve(REPO_ROOT, 'contract/qf-api');

/** The three official documents. */
export const DOCUMENTS = {
  production: 'user-apis.production.openapi.json',
  prelive: 'user-apis.prelive.openapi.json',
  oauth2: 'oauth2.openapi.json',
} as const;
export type DocumentName = keyof typeof DOCUMENTS;

type Json = Record<string, unknown>;
const cache = new Map<DocumentName, Json>();

/** One document, parsed. */
export function loadDocument(name: DocumentName): Json {
  let document = cache.get(name);
  if (!document) {
    document = JSON.parse(readFileSync(resolve(DOCS_DIR, DOCUMENTS[name]), 'utf8')) as Json;
    cache.set(name, document);
  }
  return document;
}

function pointer(document: Json, ref: string): unknown {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, part) => (node as Json)[part], document);
}

/**
 * An OpenAPI 3.0 schema as a JSON Schema: `$ref`s inlined, `nullable` turned into a
 * `null` type, and the documentation-only keywords (`example`, `x-*`) left out.
 */
export function toJsonSchema(document: Json, node: unknown, seen: string[] = []): unknown {
  if (Array.isArray(node)) return node.map((item) => toJsonSchema(document, item, seen));
  if (!node || typeof node !== 'object') return node;
  const { $ref, nullable, ...rest } = node as Json;
  if (typeof $ref === 'string') {
    if (seen.includes($ref)) throw new Error(`Circular $ref ${$ref}`);
    return toJsonSchema(document, pointer(document, $ref), [...seen, $ref]);
  }
  const schema: Json = {};
  for (const [key, value] of Object.entries(rest)) {
    if (key === 'example' || key.startsWith('x-')) continue;
    schema[key] =
      key === 'properties' ? mapValues(value, document, seen) : toJsonSchema(document, value, seen);
  }
  if (nullable === true && typeof schema.type === 'string') schema.type = [schema.type, 'null'];
  return joinClosedParts(schema);
}

/**
 * An object written as its own properties beside a `oneOf` of objects, every part closed to
 * other keys (`additionalProperties: false`), as one object per branch: the parent's
 * properties and the branch's together, still closed. Read literally, such a schema accepts
 * no object with keys of both parts: the `POST /v1/activity-days` body (`date`, `type` beside
 * a `QURAN` branch of `seconds`, `ranges`, `mushafId`) would refuse even the documents' own
 * example. Joined, it says what its description and example say.
 */
function joinClosedParts(schema: Json): Json {
  const { oneOf, properties, required = [], additionalProperties, ...rest } = schema;
  const closed = (part: unknown): part is Json =>
    !!part && typeof part === 'object' && (part as Json).additionalProperties === false;
  if (additionalProperties !== false || !properties || !Array.isArray(oneOf)) return schema;
  if (!oneOf.every(closed)) return schema;
  return {
    ...rest,
    oneOf: oneOf.map((branch) => ({
      ...branch,
      type: 'object',
      properties: { ...(properties as Json), ...(branch.properties as Json) },
      required: [...(required as string[]), ...((branch.required ?? []) as string[])],
      additionalProperties: false,
    })),
  };
}

function mapValues(value: unknown, document: Json, seen: string[]): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, toJsonSchema(document, v, seen)]),
  );
}

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
for (const format of ['float', 'double', 'int32', 'int64']) ajv.addFormat(format, true);

/** An operation of a document. */
export function operation(name: DocumentName, path: string, method: string): Json {
  const op = (loadDocument(name).paths as Json)[path] as Json | undefined;
  const found = op?.[method.toLowerCase()] as Json | undefined;
  if (!found) throw new Error(`${name} documents no ${method} ${path}`);
  return found;
}

/** The documented response of an operation for a status (undefined when undocumented). */
export function documentedResponse(
  name: DocumentName,
  path: string,
  method: string,
  status: number,
) {
  return (operation(name, path, method).responses as Json)[String(status)] as Json | undefined;
}

const validators = new Map<string, ValidateFunction>();
const compiled = new Map<string, ValidateFunction>();

/** Compiles a (JSON) schema once, however many operations or checks share it. */
export function compile(schema: unknown): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile(schema as Json);
    compiled.set(key, validate);
  }
  return validate;
}

/** A validator for the JSON body of an operation's response with this status. */
export function responseValidator(
  name: DocumentName,
  path: string,
  method: string,
  status: number,
) {
  const key = `${name} ${method} ${path} ${status}`;
  let validate = validators.get(key);
  if (!validate) {
    const response = documentedResponse(name, path, method, status);
    const schema = ((response?.content as Json)?.['application/json'] as Json)?.schema;
    if (!schema) throw new Error(`${key}: no JSON schema documented`);
    validate = compile(toJsonSchema(loadDocument(name), schema));
    validators.set(key, validate);
  }
  return validate;
}

/** A validator for the JSON request body of an operation. */
export function requestBodyValidator(name: DocumentName, path: string, method: string) {
  const body = operation(name, path, method).requestBody as Json;
  const schema = ((body.content as Json)['application/json'] as Json).schema;
  return compile(toJsonSchema(loadDocument(name), schema));
}

/** The `type` the documents give as an example for an error status of an operation. */
export function documentedErrorType(
  name: DocumentName,
  path: string,
  method: string,
  status: number,
) {
  const schema = ((
    (documentedResponse(name, path, method, status)?.content as Json)?.['application/json'] as Json
  )?.schema ?? {}) as Json;
  return ((schema.properties as Json | undefined)?.type as Json | undefined)?.example;
}

/** ajv's errors as one readable line. */
export function describeErrors(validate: ValidateFunction): string {
  return ajv.errorsText(validate.errors);
}

/** A validator for a named schema of a document's components. */
export function componentValidator(name: DocumentName, schemaName: string) {
  const ref = { $ref: `#/components/schemas/${schemaName}` };
  return compile(toJsonSchema(loadDocument(name), ref));
}

/** The `error` codes a document's examples give for an operation's status. */
export function documentedErrorCodes(
  name: DocumentName,
  path: string,
  method: string,
  status: number,
) {
  const media = (documentedResponse(name, path, method, status)?.content as Json)?.[
    'application/json'
  ] as Json;
  return Object.values((media?.examples ?? {}) as Record<string, { value: { error: string } }>).map(
    (example) => example.value.error,
  );
}
