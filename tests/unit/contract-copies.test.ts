import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The project's copies of the official OpenAPI documents (`contract/qf-api/`) must be the
 * documents themselves. When a reference folder is at hand (`QF_API_REFERENCE_DIR`, or
 * `../shared/qf-api` beside the repository), every document there is compared byte for byte;
 * without one there is nothing to compare with, and the test says so.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const COPIES = resolve(ROOT, 'contract/qf-api');
const REFERENCE = process.env.QF_API_REFERENCE_DIR ?? resolve(ROOT, '../shared/qf-api');

const documentsIn = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.openapi.json'))
    .sort();

/** The names of the documents that are missing from either side or differ. */
function differingDocuments(copies: string, reference: string): string[] {
  const ours = documentsIn(copies);
  const theirs = documentsIn(reference);
  const names = [...new Set([...ours, ...theirs])].sort();
  return names.filter(
    (name) =>
      !ours.includes(name) ||
      !theirs.includes(name) ||
      !readFileSync(resolve(copies, name)).equals(readFileSync(resolve(reference, name))),
  );
}

describe('contract/qf-api', () => {
  it('holds the three official documents, each a parseable OpenAPI 3 document', () => {
    expect(documentsIn(COPIES)).toEqual([
      'oauth2.openapi.json',
      'user-apis.prelive.openapi.json',
      'user-apis.production.openapi.json',
    ]);
    for (const name of documentsIn(COPIES)) {
      const document = JSON.parse(readFileSync(resolve(COPIES, name), 'utf8'));
      expect(document.openapi, name).toMatch(/^3\./);
    }
  });

  it('is the same as the reference documents, when they are at hand', (context) => {
    if (!existsSync(REFERENCE)) {
      console.info(`No reference documents at ${REFERENCE}: the copies are not compared.`);
      context.annotate?.(`no reference documents at ${REFERENCE}`);
      return;
    }
    expect(differingDocuments(COPIES, REFERENCE), `differs from ${REFERENCE}`).toEqual([]);
  });

  it('names a document that differs or is missing', () => {
    const scratch = mkdtempSync(resolve(tmpdir(), 'qf-api-reference-'));
    for (const name of documentsIn(COPIES))
      copyFileSync(resolve(COPIES, name), resolve(scratch, name));
    expect(differingDocuments(COPIES, scratch)).toEqual([]);
    writeFileSync(resolve(scratch, 'oauth2.openapi.json'), '{"openapi":"3.0.0"}');
    writeFileSync(resolve(scratch, 'extra.openapi.json'), '{}');
    expect(differingDocuments(COPIES, scratch)).toEqual([
      'extra.openapi.json',
      'oauth2.openapi.json',
    ]);
  });
});
