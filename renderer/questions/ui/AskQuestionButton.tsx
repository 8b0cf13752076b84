/**
 * "Vraag stellen" in the reading view: makes a question from the passage selected in the
 * open document, with quote and reference filled in, through the NewQuestionDialog.
 */
import { useRef, useState } from 'react';
import { buildAnchorText } from '../../annotations/anchor-text';
import { describeRange } from '../../annotations/selectors';
import { loadDocument } from '../../documents/load-documents';
import { parseRoute, useLocationHash } from '../../reader/route';
import { locateSelection } from '../selection-passage';
import { NewQuestionDialog, type QuestionSource } from './NewQuestionDialog';
import { currentSelection, readSelectionFacts } from './selection-facts';

/** The button (only on a document's route) with its status line and dialog. */
export function AskQuestionButton() {
  const route = parseRoute(useLocationHash());
  const remembered = useRef<ReturnType<typeof currentSelection>>(undefined);
  const [source, setSource] = useState<QuestionSource>();
  const [message, setMessage] = useState('');

  if (route.screen !== 'document') return null;
  const { documentId } = route;

  async function ask() {
    const selection = remembered.current ?? currentSelection();
    remembered.current = undefined;
    const facts = readSelectionFacts(selection?.range, selection?.text ?? '');
    if (!facts) {
      setMessage('Selecteer eerst een passage in de tekst.');
      return;
    }
    const model = await loadDocument(documentId);
    const anchorText = buildAnchorText(model);
    const found = locateSelection(anchorText, facts);
    if (!found) {
      setMessage('Deze selectie kon niet in de tekst worden teruggevonden. Selecteer binnen één alinea.');
      return;
    }
    setMessage('');
    setSource({ kind: 'passage', model, target: describeRange(anchorText.text, found.start, found.end, facts.blockId) });
  }

  return (
    <span className="ask-question">
      {/* Keep the selection as it was before the click could change it. */}
      <button type="button" onPointerDown={() => (remembered.current = currentSelection())} onClick={ask}>
        Vraag stellen
      </button>
      <span role="status" className="ask-question-status">
        {message}
      </span>
      {source && <NewQuestionDialog source={source} onClose={() => setSource(undefined)} />}
    </span>
  );
}
