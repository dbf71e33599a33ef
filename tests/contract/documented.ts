import type { ValidateFunction } from 'ajv';
import {
  compile,
  type DocumentName,
  documentedErrorType,
  loadDocument,
  operation,
  toJsonSchema,
} from './openapi';

/**
 * Pieces of one documented operation that tests state their expectations with: a parameter's
 * schema, each field of the request body on its own, and the error statuses with their types.
 * Everything is read from the official documents through `openapi.ts`.
 */

type Json = Record<string, unknown>;

/** The JSON schema of a parameter of an operation (`$ref`s inlined). */
export function parameterSchema(
  name: DocumentName,
  path: string,
  method: string,
  parameter: string,
): Json {
  const parameters = (operation(name, path, method).parameters ?? []) as Json[];
  const found = parameters
    .map((entry) => toJsonSchema(loadDocument(name), entry) as Json)
    .find((entry) => entry.name === parameter);
  if (!found?.schema) throw new Error(`${name} documents no parameter ${parameter} of ${path}`);
  return found.schema as Json;
}

/** The values a parameter's schema lists (`enum`); fails when it lists none. */
export function parameterValues<T>(
  name: DocumentName,
  path: string,
  method: string,
  parameter: string,
): T[] {
  const values = parameterSchema(name, path, method, parameter).enum;
  if (!Array.isArray(values) || values.length === 0) {
    throw new Error(`${name} lists no values for ${parameter} of ${method} ${path}`);
  }
  return values as T[];
}

/** The JSON schema of an operation's JSON request body (`$ref`s inlined). */
export function requestBodySchema(name: DocumentName, path: string, method: string): Json {
  const body = operation(name, path, method).requestBody as Json | undefined;
  const schema = ((body?.content as Json | undefined)?.['application/json'] as Json | undefined)
    ?.schema;
  if (!schema) throw new Error(`${name} documents no JSON body for ${method} ${path}`);
  return toJsonSchema(loadDocument(name), schema) as Json;
}

/** A validator for each property of an operation's request body, by property name. */
export function requestBodyFieldValidators(
  name: DocumentName,
  path: string,
  method: string,
): Record<string, ValidateFunction> {
  const properties = (requestBodySchema(name, path, method).properties ?? {}) as Json;
  return Object.fromEntries(
    Object.entries(properties).map(([field, schema]) => [field, compile(schema)]),
  );
}

/** The values a property of an operation's request body lists (`enum`). */
export function requestBodyValues<T>(
  name: DocumentName,
  path: string,
  method: string,
  field: string,
): T[] {
  const properties = (requestBodySchema(name, path, method).properties ?? {}) as Json;
  const values = (properties[field] as Json | undefined)?.enum;
  if (!Array.isArray(values) || values.length === 0) {
    throw new Error(`${name} lists no values for body.${field} of ${method} ${path}`);
  }
  return values as T[];
}

/**
 * The error statuses (400 and up) an operation documents, each with the `type` its error
 * response gives; fails for a status whose response names no type.
 */
export function documentedErrors(
  name: DocumentName,
  path: string,
  method: string,
): Array<{ status: number; type: string }> {
  const responses = operation(name, path, method).responses as Json;
  return Object.keys(responses)
    .map(Number)
    .filter((status) => status >= 400)
    .map((status) => {
      const type = documentedErrorType(name, path, method, status);
      if (typeof type !== 'string' || type === '') {
        throw new Error(`${name} gives no error type for ${status} of ${method} ${path}`);
      }
      return { status, type };
    });
}
