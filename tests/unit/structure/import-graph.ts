import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

/** The repository's root. */
export const ROOT = join(import.meta.dirname, '../../..');

/** The folders of the product's own code (what ships, and the sandbox beside it). */
export const PRODUCT_FOLDERS = ['entrypoints', 'components', 'utils', 'sandbox'] as const;

/** One import of a module: what it names, and whether only types are taken. */
export interface ImportEdge {
  from: string;
  to: string;
  typeOnly: boolean;
}

/** Every `.ts`/`.tsx` file under a folder, as paths from the root with `/`. */
export function sourceFiles(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) found.push(path);
    }
  };
  walk(join(ROOT, folder));
  return found.map((path) => relative(ROOT, path).split(sep).join('/'));
}

const options: ts.CompilerOptions = {
  baseUrl: ROOT,
  paths: { '@/*': ['./*'], '~/*': ['./*'] },
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  module: ts.ModuleKind.ESNext,
  jsx: ts.JsxEmit.ReactJSX,
  allowJs: true,
};
const host = ts.createCompilerHost(options);

/** Whether an import or export declaration takes types only (`import type`, `{ type A }`). */
function takesTypesOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isImportDeclaration(node)) {
    const clause = node.importClause;
    if (!clause) return false;
    if (clause.isTypeOnly) return true;
    const bindings = clause.namedBindings;
    return (
      !clause.name &&
      !!bindings &&
      ts.isNamedImports(bindings) &&
      bindings.elements.length > 0 &&
      bindings.elements.every((element) => element.isTypeOnly)
    );
  }
  return node.isTypeOnly;
}

/**
 * The imports of one file that resolve to the project's own files (packages left out):
 * static imports and re-exports, and dynamic `import()` (counted as a value import).
 */
export function importsOf(file: string): ImportEdge[] {
  const path = join(ROOT, file);
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest);
  const edges: ImportEdge[] = [];
  const add = (specifier: string, typeOnly: boolean) => {
    const resolved = ts.resolveModuleName(specifier, path, options, host).resolvedModule;
    if (!resolved || resolved.isExternalLibraryImport) return;
    const to = relative(ROOT, resolved.resolvedFileName).split(sep).join('/');
    if (to.startsWith('..') || to.startsWith('node_modules/') || to.endsWith('.d.ts')) return;
    edges.push({ from: file, to, typeOnly });
  };
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      add(node.moduleSpecifier.text, takesTypesOnly(node));
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      add(node.arguments[0].text, false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edges;
}

/** The import graph of the given files: each file and the project files it imports. */
export function importGraph(files: readonly string[]): Map<string, ImportEdge[]> {
  return new Map(files.map((file) => [file, importsOf(file)]));
}

/** Files that import each other, through one another: all of them, and one path round. */
export interface ImportCycle {
  files: string[];
  path: string[];
}

/**
 * Every knot of cycles in the graph, once: the strongly connected components of more than
 * one file (or a file that imports itself), with one closed path through them.
 */
export function cyclesOf(graph: Map<string, ImportEdge[]>): ImportCycle[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let counter = 0;
  const next = (file: string) => (graph.get(file) ?? []).map((edge) => edge.to);
  const strongConnect = (file: string) => {
    index.set(file, counter);
    low.set(file, counter++);
    stack.push(file);
    onStack.add(file);
    for (const to of next(file)) {
      if (!index.has(to)) {
        strongConnect(to);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(to) ?? 0));
      } else if (onStack.has(to)) {
        low.set(file, Math.min(low.get(file) ?? 0, index.get(to) ?? 0));
      }
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || next(file).includes(file)) components.push(component);
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) strongConnect(file);
  return components.map((component) => ({
    files: [...component].sort(),
    path: closedPath(component, next),
  }));
}

/** One closed path through every file it can reach in a component, from its first file. */
function closedPath(component: string[], next: (file: string) => string[]): string[] {
  const members = new Set(component);
  const start = [...component].sort()[0] as string;
  // Breadth-first back to the start: the shortest cycle through it.
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const file = queue.shift() as string;
    for (const to of next(file)) {
      if (!members.has(to)) continue;
      if (to === start) {
        const path = [start];
        for (let at: string | undefined = file; at && at !== start; at = previous.get(at)) {
          path.splice(1, 0, at);
        }
        return [...path, start];
      }
      if (!previous.has(to)) {
        previous.set(to, file);
        queue.push(to);
      }
    }
  }
  return [start, start];
}
