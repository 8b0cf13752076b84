/**
 * The form of one annotation: colour, flag (council purpose), note, tags and visibility.
 * Shared by the selection toolbar (creating), the in-text editor and the annotations panel
 * (changing); it only collects values and hands them to its caller.
 */
import { useEffect, useId, useState } from 'react';
import { useSubmit } from '../forms/use-submit';
import { COLORS, FLAGS, type Annotation, type ColorCode, type FlagCode, type Visibility } from '../model/annotation';

/** What the form edits. */
export interface AnnotationFormValues {
  color: ColorCode;
  flag?: FlagCode;
  note: string;
  tags: string[];
  visibility: Visibility;
}

export interface AnnotationFormProps {
  initial: AnnotationFormValues;
  /** Stores the values; a rejection (with its Dutch message) is shown in the form. */
  onSubmit: (values: AnnotationFormValues) => void | Promise<void>;
  onCancel: () => void;
  /** The text of the submit button, e.g. "Opslaan". */
  submitLabel: string;
  /** Hears the values as they are typed (an editor compares them with a version stored elsewhere). */
  onChange?: (values: AnnotationFormValues) => void;
}

/** The values of a new annotation. */
export const DEFAULT_FORM_VALUES: AnnotationFormValues = { color: 'geel', note: '', tags: [], visibility: 'prive' };

/** The form's values of a stored annotation, for editing it. */
export function formValuesOf(annotation: Annotation): AnnotationFormValues {
  return {
    color: annotation.color,
    ...(annotation.flag ? { flag: annotation.flag } : {}),
    note: annotation.note,
    tags: annotation.tags,
    visibility: annotation.visibility,
  };
}

/** True when two sets of form values would store the same annotation. */
export function sameFormValues(a: AnnotationFormValues, b: AnnotationFormValues): boolean {
  return (
    a.color === b.color &&
    (a.flag ?? '') === (b.flag ?? '') &&
    a.note === b.note &&
    a.visibility === b.visibility &&
    a.tags.join('\n') === b.tags.join('\n')
  );
}

/** "begroting, motie" → ["begroting", "motie"]; trimmed, no empties. */
export function parseTags(input: string): string[] {
  return input
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
}

/** The annotation form; the first colour button (the chosen one) gets the focus on opening. */
export function AnnotationForm({ initial, onSubmit, onCancel, submitLabel, onChange }: AnnotationFormProps) {
  const id = useId();
  const [color, setColor] = useState<ColorCode>(initial.color);
  const [flag, setFlag] = useState<FlagCode | ''>(initial.flag ?? '');
  const [note, setNote] = useState(initial.note);
  const [tags, setTags] = useState(initial.tags.join(', '));
  const [visibility, setVisibility] = useState<Visibility>(initial.visibility);

  const values = (): AnnotationFormValues => ({ color, ...(flag ? { flag } : {}), note, tags: parseTags(tags), visibility });
  const { submit, error } = useSubmit(() => onSubmit(values()));

  // values() reads exactly these fields.
  useEffect(() => {
    onChange?.(values());
  }, [onChange, color, flag, note, tags, visibility]);

  return (
    <form className="annotation-form" onSubmit={submit}>
      <div className="annotation-colors" role="group" aria-label="Kleur">
        {COLORS.entries.map((option) => (
          <button
            key={option.code}
            type="button"
            className={`color-swatch color-${option.code}`}
            aria-pressed={color === option.code}
            aria-label={`Markeren: ${option.label.toLowerCase()}`}
            title={option.label}
            data-autofocus={color === option.code ? '' : undefined}
            onClick={() => setColor(option.code)}
          />
        ))}
      </div>
      <label htmlFor={`${id}-flag`}>Markering</label>
      <select id={`${id}-flag`} value={flag} onChange={(event) => setFlag(event.target.value as FlagCode | '')}>
        <option value="">Geen</option>
        {FLAGS.entries.map((option) => (
          <option key={option.code} value={option.code}>
            {option.label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-note`}>Notitie</label>
      <textarea id={`${id}-note`} rows={3} value={note} onChange={(event) => setNote(event.target.value)} />
      <label htmlFor={`${id}-tags`}>Labels</label>
      <input
        id={`${id}-tags`}
        type="text"
        value={tags}
        aria-describedby={`${id}-tags-hint`}
        onChange={(event) => setTags(event.target.value)}
      />
      <p id={`${id}-tags-hint`} className="field-hint">
        Gescheiden door komma's
      </p>
      <fieldset className="annotation-visibility">
        <legend>Zichtbaarheid</legend>
        <label>
          <input
            type="radio"
            name={`${id}-visibility`}
            checked={visibility === 'prive'}
            onChange={() => setVisibility('prive')}
          />
          Privé
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-visibility`}
            checked={visibility === 'fractie'}
            onChange={() => setVisibility('fractie')}
          />
          Fractie
        </label>
      </fieldset>
      {error && (
        <p role="alert" className="form-error">
          Niet opgeslagen: {error}
        </p>
      )}
      <div className="annotation-form-actions">
        <button type="submit">{submitLabel}</button>
        <button type="button" onClick={onCancel}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
