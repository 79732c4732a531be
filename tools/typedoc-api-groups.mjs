/**
 * TypeDoc plugin: puts every export of the API reference in the group its
 * src/ folder belongs to (tools/api-groups.json), the same groups the
 * README's "API at a glance" table uses. Doing it here rather than with an
 * `@group` tag on each export keeps one list of groups, and a new export
 * lands in its group without anyone remembering a tag. An export from a folder
 * the list does not name fails the docs build. The guides are grouped as
 * "Guides".
 */
import { readFileSync } from 'node:fs';
import { Comment, CommentTag, Converter, ReflectionKind } from 'typedoc';

const groups = JSON.parse(readFileSync(new URL('./api-groups.json', import.meta.url), 'utf8'));

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    // The guides, in the reading order of typedoc.json's projectDocuments, under one heading.
    for (const document of project.documents ?? []) document.frontmatter['group'] ??= 'Guides';
    // With two entry points (`khabar`, `khabar/schema`) the project's children are their modules.
    const exported = (project.children ?? []).flatMap((child) => (child.kindOf(ReflectionKind.Module) ? (child.children ?? []) : [child]));
    for (const child of exported) {
      const path = project.getSymbolIdFromReflection(child)?.packagePath ?? '';
      const folder = /^src\/([^/]+)\//.exec(path)?.[1];
      const group = folder === undefined ? undefined : groups.folders[folder];
      if (group === undefined) {
        app.logger.error(`${child.name} (${path || 'unknown file'}) is in no API group: add its src/ folder to tools/api-groups.json`);
        continue;
      }
      child.comment ??= new Comment();
      child.comment.blockTags = child.comment.blockTags.filter((tag) => tag.tag !== '@group');
      child.comment.blockTags.push(new CommentTag('@group', [{ kind: 'text', text: group }]));
    }
  });
}
