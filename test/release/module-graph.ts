/**
 * What the built files import and export, read with the TypeScript parser
 * rather than patterns over the text: module specifiers of every `import`,
 * `export … from`, `require()` and `import()`, and the export names (with
 * their kind) of a declaration file.
 */
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** Every module specifier a JavaScript file imports or requires. */
export function importedSpecifiers(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const found = new Set<string>();
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.add(node.moduleSpecifier.text);
    }
    if (ts.isCallExpression(node)) {
      const [first] = node.arguments;
      const callee = node.expression;
      const isRequire = ts.isIdentifier(callee) && callee.text === 'require';
      const isImport = callee.kind === ts.SyntaxKind.ImportKeyword;
      if ((isRequire || isImport) && first) {
        // A computed specifier cannot be checked, so it is reported as such.
        found.add(ts.isStringLiteralLike(first) ? first.text : `<computed: ${first.getText(source)}>`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...found].sort();
}

/** The package a bare specifier names (`zod/v4` → `zod`), or undefined for relative paths and Node built-ins. */
export function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/')) return undefined;
  const bare = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
  if (specifier.startsWith('node:') || builtinModules.includes(bare.split('/')[0]!)) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Whether a specifier is a Node built-in module. */
export function isNodeBuiltin(specifier: string): boolean {
  const bare = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
  return specifier.startsWith('node:') || builtinModules.includes(bare.split('/')[0]!);
}

/** Kind of a declared export, from its symbol flags. */
function declaredKind(symbol: ts.Symbol, checker: ts.TypeChecker): string {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const flags = target.flags;
  const kinds: string[] = [];
  if (flags & ts.SymbolFlags.Class) kinds.push('class');
  else if (flags & ts.SymbolFlags.Function) kinds.push('function');
  else if (flags & ts.SymbolFlags.Variable) kinds.push('const');
  if (flags & ts.SymbolFlags.Interface) kinds.push('interface');
  if (flags & ts.SymbolFlags.TypeAlias) kinds.push('type');
  if (flags & ts.SymbolFlags.Enum) kinds.push('enum');
  return kinds.join('+') || 'unknown';
}

/** Export names of a declaration file with the kind of each (`function`, `const`, `type`, `interface` …), sorted. */
export function declaredExports(path: string): Array<[string, string]> {
  const program = ts.createProgram([path], { noEmit: true, skipLibCheck: true, types: [], target: ts.ScriptTarget.ES2022, moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(path);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`${path} is not a module`);
  return checker
    .getExportsOfModule(moduleSymbol)
    .map((symbol): [string, string] => [symbol.name, declaredKind(symbol, checker)])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Kind of a runtime export: `class`, `function`, `schema` (zod), `array`, `object` or a primitive type. */
export function runtimeKind(value: unknown): string {
  if (typeof value === 'function') return /^class\b/.test(Function.prototype.toString.call(value)) ? 'class' : 'function';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object' && value !== null) {
    return typeof (value as { safeParse?: unknown }).safeParse === 'function' ? 'schema' : 'object';
  }
  return typeof value;
}
