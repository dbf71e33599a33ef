import type { LoggedRequest } from '../../sandbox/requests';
import {
  compile,
  type DocumentName,
  describeErrors,
  loadDocument,
  operation,
  toJsonSchema,
} from './openapi';

/**
 * Checks a request the sandbox received against the official User API document: the path and
 * method exist, every query parameter is documented and valid (the required ones present), the
 * two security headers are sent, and a JSON body is what the operation accepts (none where it
 * takes none). The expected shapes are the document's own, never the extension's schemas.
 */

/** The parts of a request the sandbox logged (`GET /__sandbox/requests`) that are checked. */
export type LoggedRequestLike = Pick<
  LoggedRequest,
  'method' | 'path' | 'query' | 'headers' | 'body'
>;

type Json = Record<string, unknown>;
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: unknown;
}

/** The User API's base path on every server the document names (`…/auth`). */
const API_PREFIX = '/auth';

/** The documented path template a concrete path matches (`/v1/goals/{id}`), if any. */
function documentedPath(name: DocumentName, path: string): string | undefined {
  const paths = Object.keys(loadDocument(name).paths as Json);
  if (paths.includes(path)) return path;
  return paths.find((template) => {
    const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
    return new RegExp(`^${pattern}$`).test(path);
  });
}

/** A query value as the document's schema reads it: digits are a number where one is allowed. */
function valueValid(schema: unknown, value: string): boolean {
  const validate = compile(schema);
  return validate(value) || (/^-?\d+(\.\d+)?$/.test(value) && validate(Number(value)));
}

/** Whether `request` is a User API request (under the API's base path). */
export const isApiRequest = (request: LoggedRequestLike) =>
  request.path.startsWith(`${API_PREFIX}/`);

/** Every way `request` departs from the document; empty when it is a documented request. */
export function requestProblems(
  request: LoggedRequestLike,
  name: DocumentName = 'production',
): string[] {
  const path = request.path.slice(API_PREFIX.length);
  const template = documentedPath(name, path);
  if (!template) return [`no documented path ${path}`];
  let op: Json;
  try {
    op = operation(name, template, request.method);
  } catch {
    return [`${request.method} is not documented for ${template}`];
  }
  const document = loadDocument(name);
  const problems: string[] = [];
  const parameters = ((op.parameters ?? []) as Parameter[]).map(
    (parameter) => toJsonSchema(document, parameter) as Parameter,
  );
  const query = parameters.filter((parameter) => parameter.in === 'query');
  for (const key of Object.keys(request.query)) {
    const documented = query.find((parameter) => parameter.name === key);
    if (!documented) problems.push(`query ${key} is not documented`);
    else if (documented.schema && !valueValid(documented.schema, request.query[key] ?? '')) {
      problems.push(`query ${key}=${request.query[key]} is not valid`);
    }
  }
  for (const parameter of query) {
    if (parameter.required && !(parameter.name in request.query)) {
      problems.push(`query ${parameter.name} is required`);
    }
  }
  const security = (op.security ?? document.security ?? []) as Array<Record<string, unknown>>;
  const schemes = (document.components as Json | undefined)?.securitySchemes as
    | Record<string, { in?: string; name?: string }>
    | undefined;
  for (const requirement of security.slice(0, 1)) {
    for (const scheme of Object.keys(requirement)) {
      const header = schemes?.[scheme]?.name?.toLowerCase();
      if (header && !request.headers[header]) problems.push(`header ${header} is required`);
    }
  }
  const body = op.requestBody as Json | undefined;
  if (body) {
    const schema = ((body.content as Json)['application/json'] as Json).schema;
    const validate = compile(toJsonSchema(document, schema));
    if (!validate(request.body)) problems.push(`body: ${describeErrors(validate)}`);
  } else if (request.body !== undefined && request.body !== null && request.body !== '') {
    problems.push('a body where the operation takes none');
  }
  return problems;
}
