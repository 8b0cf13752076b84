/** The panel's controls: which annotations (this document or all), the filters and the order. */
import { useId, type ReactNode } from 'react';
import { NO_FILTER, NO_FLAG, isFiltering, type AnnotationFilter, type SortOrder } from './annotation-filters';
import { COLORS, FLAGS } from '../model/annotation';

/** Which annotations the panel lists. */
export type PanelScope = 'document' | 'all';

interface PanelControlsProps {
  scope: PanelScope;
  onScope: (scope: PanelScope) => void;
  filter: AnnotationFilter;
  onFilter: (filter: AnnotationFilter) => void;
  order: SortOrder;
  onOrder: (order: SortOrder) => void;
  /** The tags and authors that occur, for their selects. */
  choices: { tags: string[]; authors: string[] };
}

function LabelledSelect({ label, value, onChange, children }: { label: string; value: string; onChange: (value: string) => void; children: ReactNode }) {
  const id = useId();
  return (
    <div className="panel-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {children}
      </select>
    </div>
  );
}

/** Scope radios, four filter selects (with "Filters wissen") and the sort select. */
export function PanelControls({ scope, onScope, filter, onFilter, order, onOrder, choices }: PanelControlsProps) {
  const name = useId();
  return (
    <div className="panel-controls">
      <fieldset className="panel-scope">
        <legend>Toon</legend>
        <label>
          <input type="radio" name={name} checked={scope === 'document'} onChange={() => onScope('document')} />
          Dit document
        </label>
        <label>
          <input type="radio" name={name} checked={scope === 'all'} onChange={() => onScope('all')} />
          Alle documenten
        </label>
      </fieldset>
      <fieldset className="panel-filters">
        <legend>Filteren</legend>
        <LabelledSelect label="Markering" value={filter.flag} onChange={(flag) => onFilter({ ...filter, flag: flag as AnnotationFilter['flag'] })}>
          <option value="">Alle markeringen</option>
          <option value={NO_FLAG}>Zonder markering</option>
          {FLAGS.entries.map((flag) => (
            <option key={flag.code} value={flag.code}>
              {flag.label}
            </option>
          ))}
        </LabelledSelect>
        <LabelledSelect label="Kleur" value={filter.color} onChange={(color) => onFilter({ ...filter, color: color as AnnotationFilter['color'] })}>
          <option value="">Alle kleuren</option>
          {COLORS.entries.map((color) => (
            <option key={color.code} value={color.code}>
              {color.label}
            </option>
          ))}
        </LabelledSelect>
        <LabelledSelect label="Label" value={filter.tag} onChange={(tag) => onFilter({ ...filter, tag })}>
          <option value="">Alle labels</option>
          {withCurrent(choices.tags, filter.tag).map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </LabelledSelect>
        <LabelledSelect label="Auteur" value={filter.author} onChange={(author) => onFilter({ ...filter, author })}>
          <option value="">Alle auteurs</option>
          {withCurrent(choices.authors, filter.author).map((author) => (
            <option key={author} value={author}>
              {author}
            </option>
          ))}
        </LabelledSelect>
        {isFiltering(filter) && (
          <button type="button" onClick={() => onFilter(NO_FILTER)}>
            Filters wissen
          </button>
        )}
      </fieldset>
      <LabelledSelect label="Volgorde" value={order} onChange={(value) => onOrder(value as SortOrder)}>
        <option value="position">Plaats in de tekst</option>
        <option value="date">Laatst gewijzigd eerst</option>
      </LabelledSelect>
    </div>
  );
}

// A chosen tag or author stays selectable after its last annotation is gone (or out of scope).
function withCurrent(values: readonly string[], current: string): string[] {
  return current === '' || values.includes(current) ? [...values] : [...values, current];
}
