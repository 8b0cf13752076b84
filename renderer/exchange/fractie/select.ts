/**
 * What a Delen takes along: the own annotations within the chosen scope (documents, flags,
 * tags) that are marked Fractie, or also Privé when the user includes those on purpose. Shared
 * annotations of others never leave again: they are not the user's to pass on. Pure.
 */
import type { Annotation } from '../../model/annotation';
import type { SharedScope } from '../../model/shared';

/** Whether an annotation falls within a scope (documents, flags, tags, visibility), whoever made it. */
export function inScope(annotation: Annotation, scope: SharedScope): boolean {
  if (!scope.documentIds.includes(annotation.documentId)) return false;
  if (annotation.visibility === 'prive' && !scope.includesPrivate) return false;
  if (scope.flags && scope.flags.length > 0 && (!annotation.flag || !scope.flags.includes(annotation.flag))) return false;
  if (scope.tags && scope.tags.length > 0 && !annotation.tags.some((tag) => scope.tags!.includes(tag))) return false;
  return true;
}

/** The own annotations that a Delen with `scope` takes along. */
export function annotationsToShare(annotations: readonly Annotation[], scope: SharedScope): Annotation[] {
  return annotations.filter((annotation) => annotation.origin === undefined && inScope(annotation, scope));
}
