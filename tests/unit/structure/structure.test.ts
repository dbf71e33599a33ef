import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchBuild } from '../helpers/scratch-build';
import {
  cyclesOf,
  type ImportEdge,
  importGraph,
  importsOf,
  PRODUCT_FOLDERS,
  ROOT,
  sourceFiles,
} from './import-graph';

// The project's structure, checked here rather than by review.

const productFiles = PRODUCT_FOLDERS.flatMap(sourceFiles);
const everyFile = [...productFiles, ...['tests', 'scripts', 'bench'].flatMap(sourceFiles)];
const BACKGROUND = 'entrypoints/background/';
const describeEdge = (edge: ImportEdge) => `${edge.from} imports ${edge.to}`;

/** Parses a file of the repository. */
const parsed = (file: string) =>
  ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);

/** Every node of a file that `match` accepts, with its line. */
function findNodes(file: string, match: (node: ts.Node) => boolean): string[] {
  const source = parsed(file);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (match(node)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      found.push(`${file}:${line + 1} ${node.getText(source).slice(0, 80)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('imports', () => {
  it('resolve the project’s `@/` paths (so that the checks below see the real graph)', () => {
    expect(importsOf('entrypoints/popup/App.tsx').map((edge) => edge.to)).toEqual(
      expect.arrayContaining(['components/PresetPicker.tsx', 'entrypoints/popup/store.ts']),
    );
  });

  it('form no cycle anywhere, type imports included', () => {
    const cycles = cyclesOf(importGraph(everyFile));
    expect(cycles.map((cycle) => cycle.path.join(' → '))).toEqual([]);
  });

  it('reach the background only from the background (and its tests)', () => {
    const outside = everyFile.filter(
      (file) => !file.startsWith(BACKGROUND) && !file.startsWith('tests/'),
    );
    const edges = outside.flatMap(importsOf).filter((edge) => edge.to.startsWith(BACKGROUND));
    expect(edges.map(describeEdge)).toEqual([]);
  });
});

describe('the background', () => {
  it('has at most 10 files at its top level: the rest is in folders by concern', () => {
    const top = readdirSync(join(ROOT, BACKGROUND), { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
      .map((entry) => entry.name);
    expect(top).toContain('index.ts');
    expect(top.length, top.join(', ')).toBeLessThanOrEqual(10);
  });
});

describe('the browser API', () => {
  const components = sourceFiles('components');

  it('is not used by components: they get what they show from the popup’s store', () => {
    const packages = /^(wxt\/browser|@wxt-dev\/browser|webextension-polyfill|wxt\/utils\/storage)$/;
    const uses = components.flatMap((file) =>
      findNodes(
        file,
        (node) =>
          (ts.isImportDeclaration(node) &&
            ts.isStringLiteral(node.moduleSpecifier) &&
            packages.test(node.moduleSpecifier.text)) ||
          (ts.isPropertyAccessExpression(node) &&
            ts.isIdentifier(node.expression) &&
            ['browser', 'chrome'].includes(node.expression.text)),
      ),
    );
    expect(components.length).toBeGreaterThan(5);
    expect(uses).toEqual([]);
  });
});

describe('senders', () => {
  const SENDERS = `${BACKGROUND}messaging/senders.ts`;
  /** `x.startsWith(…)`, `x.includes(…)`… on something named like a URL or a sender's. */
  const textCheck = (node: ts.Node) =>
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    ['startsWith', 'endsWith', 'includes', 'indexOf', 'match'].includes(
      node.expression.name.text,
    ) &&
    /url|origin|sender/i.test(node.expression.expression.getText());
  /** A read of `sender.id` or `sender.origin`: what a trust decision is made of. */
  const senderIdentity = (node: ts.Node) =>
    ts.isPropertyAccessExpression(node) &&
    ['id', 'origin'].includes(node.name.text) &&
    /sender$/i.test(node.expression.getText());

  it('are classified in senders.ts only, never elsewhere in the extension', () => {
    const extension = productFiles.filter((file) => !file.startsWith('sandbox/'));
    const elsewhere = extension.filter((file) => file !== SENDERS);
    const checks = elsewhere.flatMap((file) =>
      findNodes(file, (node) => senderIdentity(node) || textCheck(node)),
    );
    expect(checks).toEqual([]);
  });

  it('are judged by extension id, then origin, then tab, and never by the text of a URL', () => {
    const source = readFileSync(join(ROOT, SENDERS), 'utf8');
    const body = source.slice(source.indexOf('export function classifySender'));
    const order = ['sender.id', 'originOf(url)', 'sender.tab'].map((part) => body.indexOf(part));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(findNodes(SENDERS, textCheck)).toEqual([]);
  });
});

describe('content-script bundles', () => {
  let dist = '';
  let dispose = () => {};
  beforeAll(async () => {
    const sites = readdirSync(join(ROOT, 'entrypoints'))
      .filter((name) => name.endsWith('.content'))
      .map((name) => name.replace(/\.content$/, ''));
    ({ dist, dispose } = await scratchBuild('quran-goals-structure-', sites));
  }, 180_000);
  afterAll(() => dispose());

  it('hold no token code: no OAuth library, no token field, no auth header', () => {
    const folder = join(dist, 'content-scripts');
    const bundles = readdirSync(folder).filter((name) => name.endsWith('.js'));
    expect(bundles.length).toBeGreaterThanOrEqual(8);
    const TOKEN_MARKS = [
      'x-auth-token',
      'refresh_token',
      'access_token',
      'accessToken',
      'refreshToken',
      'code_verifier',
      'oauth4webapi',
      'launchWebAuthFlow',
    ];
    const found = bundles.flatMap((name) => {
      const code = readFileSync(join(folder, name), 'utf8');
      return TOKEN_MARKS.filter((mark) => code.includes(mark)).map((mark) => `${name}: ${mark}`);
    });
    expect(found).toEqual([]);
  });
});
