/**
 * Every place in `src/` that makes a regular expression, found by walking the
 * TypeScript syntax tree: regex literals, `RegExp(…)` and `new RegExp(…)`,
 * and `match`/`matchAll`/`search` called with a string (which the runtime
 * turns into a regular expression). A pattern whose text is not in the source
 * is a *dynamic* site: the test observes what it builds at run time instead.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { ROOT } from '../helpers/run';

/** A pattern written in the source. */
export interface LiteralPattern {
  readonly file: string;
  readonly line: number;
  readonly source: string;
  readonly flags: string;
}

/** A place that builds a pattern from text the source does not spell out. */
export interface DynamicSite {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

/** What {@link collectRegexSites} found. */
export interface RegexSites {
  readonly literals: LiteralPattern[];
  readonly dynamic: DynamicSite[];
}

/** Every `.ts` file under `src/`, as absolute paths. */
export function sourceFiles(dir = join(ROOT, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function literalParts(node: ts.RegularExpressionLiteral): { source: string; flags: string } {
  const text = node.text;
  const slash = text.lastIndexOf('/');
  return { source: text.slice(1, slash), flags: text.slice(slash + 1) };
}

function isRegExpCallee(node: ts.Expression): boolean {
  if (ts.isIdentifier(node)) return node.text === 'RegExp';
  return ts.isPropertyAccessExpression(node) && node.name.text === 'RegExp' && ts.isIdentifier(node.expression) && node.expression.text === 'globalThis';
}

function stringText(node: ts.Expression | undefined): string | undefined {
  if (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))) return node.text;
  return undefined;
}

/** The regex literal a `const` identifier is bound to, if that is what it is. */
function boundLiteral(node: ts.Expression, checker: ts.TypeChecker): ts.RegularExpressionLiteral | undefined {
  if (!ts.isIdentifier(node)) return undefined;
  const declaration = checker.getSymbolAtLocation(node)?.valueDeclaration;
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
  const constant = (ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) !== 0;
  return constant && ts.isRegularExpressionLiteral(declaration.initializer) ? declaration.initializer : undefined;
}

/** Walks the sources of `src/` and sorts every regular expression they make into literal or dynamic. */
export function collectRegexSites(files = sourceFiles()): RegexSites {
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: ['node'],
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  });
  const checker = program.getTypeChecker();
  const literals: LiteralPattern[] = [];
  const dynamic: DynamicSite[] = [];

  for (const path of files) {
    const sourceFile = program.getSourceFile(path);
    if (!sourceFile) throw new Error(`not in the program: ${path}`);
    const file = relative(ROOT, path);
    const lineOf = (node: ts.Node): number => sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
    const addLiteral = (node: ts.Node, source: string, flags: string): void => {
      literals.push({ file, line: lineOf(node), source, flags });
    };
    const addDynamic = (node: ts.Node): void => {
      dynamic.push({ file, line: lineOf(node), code: node.getText(sourceFile).slice(0, 120) });
    };

    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const { source, flags } = literalParts(node);
        addLiteral(node, source, flags);
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && isRegExpCallee(node.expression)) {
        const [pattern, flagArgument] = node.arguments ?? [];
        const flags = stringText(flagArgument);
        if (flagArgument && flags === undefined) addDynamic(node);
        else if (pattern && stringText(pattern) !== undefined) addLiteral(node, stringText(pattern)!, flags ?? '');
        else if (pattern && (ts.isRegularExpressionLiteral(pattern) || boundLiteral(pattern, checker))) {
          // A copy of a literal (checked where it is written), maybe with other flags.
          const literal = ts.isRegularExpressionLiteral(pattern) ? pattern : boundLiteral(pattern, checker)!;
          if (flags !== undefined) addLiteral(node, literalParts(literal).source, flags);
        } else addDynamic(node);
      } else if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        ['match', 'matchAll', 'search'].includes(node.expression.name.text) &&
        node.arguments[0]
      ) {
        const receiver = checker.getTypeAtLocation(node.expression.expression);
        const argument = node.arguments[0];
        const stringReceiver = (receiver.flags & ts.TypeFlags.StringLike) !== 0;
        const stringArgument = (checker.getTypeAtLocation(argument).flags & ts.TypeFlags.StringLike) !== 0;
        if (stringReceiver && stringArgument) {
          const text = stringText(argument);
          if (text === undefined) addDynamic(node);
          else addLiteral(node, text, node.expression.name.text === 'matchAll' ? 'g' : '');
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return { literals, dynamic };
}
