/**
 * The form of a stored annotation, as the in-text editor and the panel use it: the shared
 * AnnotationForm, saved against the version it started from, and the notice when the
 * annotation is changed or deleted in another window meanwhile (forms/EditConflictNotice):
 * keep mine, take the other version, see both, or — deleted — keep my text.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { fieldDifferences } from '../forms/edit-conflict';
import { EditConflictNotice } from '../forms/EditConflictNotice';
import { useEditConflict } from '../forms/use-edit-conflict';
import { COLORS, FLAGS, type Annotation } from '../model/annotation';
import { findAnnotation, recreateAnnotation, updateAnnotation, type AnnotationChanges } from './annotation-store';
import type { FormAtAsking } from './annotation-requests';
import { AnnotationForm, formValuesOf, sameFormValues, type AnnotationFormValues } from './AnnotationForm';

interface StoredAnnotationFormProps {
  annotation: Annotation;
  /** Called once the raadslid's version is stored. */
  onSaved: () => void;
  onCancel: () => void;
  /** Shown below the form while the annotation exists (not once it is deleted elsewhere). */
  actions?: ReactNode;
  /** Hears the form as it is typed: its note, and whether it differs from the stored version. */
  onFormChange?: (form: FormAtAsking) => void;
}

// The form leaves out an empty flag; say so explicitly, so that a removed flag is removed.
function changesOf(values: AnnotationFormValues): AnnotationChanges {
  return { ...values, flag: values.flag };
}

/** The fields as the raadslid reads them, for "Beide bekijken". */
function textsOf(values: AnnotationFormValues): Record<string, string> {
  return {
    Kleur: COLORS.label(values.color),
    Markering: values.flag ? FLAGS.label(values.flag) : 'Geen',
    Notitie: values.note,
    Labels: values.tags.join(', '),
    Zichtbaarheid: values.visibility === 'prive' ? 'Privé' : 'Fractie',
  };
}

/** Edits `annotation` (as it was when the editor opened); `key` it by the annotation's id. */
export function StoredAnnotationForm({ annotation, onSaved, onCancel, actions, onFormChange }: StoredAnnotationFormProps) {
  const { state, lastKnown, save, rebase } = useEditConflict(annotation, annotation.id, () => findAnnotation(annotation.id));
  const [initial, setInitial] = useState(() => formValuesOf(annotation));
  const [draft, setDraft] = useState(initial);
  // Taking the other version starts the form afresh from it.
  const [formKey, setFormKey] = useState(0);
  const formBox = useRef<HTMLDivElement>(null);
  const current = state.kind === 'changed' ? state.current : undefined;
  const edited = !sameFormValues(draft, initial);

  useEffect(() => {
    onFormChange?.({ note: draft.note, edited });
  }, [onFormChange, draft.note, edited]);

  // The notice with the focused button is gone: the focus goes on to the fresh form.
  useEffect(() => {
    if (formKey > 0) formBox.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [formKey]);

  async function store(values: AnnotationFormValues, expected?: number) {
    if (await save((expectedUpdatedAt) => updateAnnotation(annotation.id, changesOf(values), undefined, expectedUpdatedAt), expected)) onSaved();
  }

  function takeTheirs(theirs: Annotation) {
    const values = formValuesOf(theirs);
    setInitial(values);
    setDraft(values);
    setFormKey((key) => key + 1);
    rebase(theirs);
  }

  return (
    <>
      {state.kind !== 'in-sync' && (
        <EditConflictNotice
          subject="Deze aantekening"
          kind={state.kind}
          differences={current ? fieldDifferences(textsOf(draft), textsOf(formValuesOf(current))) : []}
          onKeepMine={() => store(draft, current?.updatedAt)}
          onTakeTheirs={() => current && takeTheirs(current)}
          onKeepText={async () => {
            if (await save(() => recreateAnnotation(lastKnown, changesOf(draft)))) onSaved();
          }}
        />
      )}
      <div ref={formBox}>
        <AnnotationForm key={formKey} initial={initial} onSubmit={(values) => store(values)} onCancel={onCancel} submitLabel="Opslaan" onChange={setDraft} />
      </div>
      {state.kind !== 'deleted' && actions}
    </>
  );
}
