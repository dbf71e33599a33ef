import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { ROOT } from './paths';

/** The official OpenAPI documents, beside the repository in `../shared/qf-api`. */
const DOCUMENTS = {
  production: 'user-apis.production.openapi.json',
  prelive: 'user-apis.prelive.openapi.json',
  oauth2: 'oauth2.openapi.json',
} as const;

type OpenApiOperation = {
  requestBody?: { content?: Record<string, { schema?: object }> };
};
type OpenApiDocument = { paths: Record<string, Record<string, OpenApiOperation>> };

const ajv = new Ajv({ strict: false, allErrors: true });
/** `ajv-formats` is CommonJS: its function is the default export or its `default` property. */
const applyFormats =
  (addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats;
applyFormats(ajv);

function readDocument(name: keyof typeof DOCUMENTS): OpenApiDocument {
  return JSON.parse(readFileSync(join(ROOT, '../shared/qf-api', DOCUMENTS[name]), 'utf8'));
}

/**
 * A validator for the JSON request body of one operation of an official document, read at
 * test time: `requestBodyValidator('production', 'post', '/v1/goals')`.
 */
export function requestBodyValidator(
  document: keyof typeof DOCUMENTS,
  method: string,
  path: string,
): ValidateFunction {
  const operation = readDocument(document).paths[path]?.[method];
  const schema = operation?.requestBody?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`${document} has no JSON request body for ${method} ${path}`);
  return ajv.compile(schema);
}
