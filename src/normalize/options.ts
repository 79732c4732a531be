/**
 * The option lists and types of the normaliser (see `option-values.ts`); its
 * zod schemas are in `src/schema/normalize-options.ts`, so that the
 * normaliser never loads zod.
 */
export * from './option-values';
