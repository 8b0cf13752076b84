/**
 * The reader's answer to an annotation's "Vraag stellen" / "Vraag maken": the questions'
 * dialog for the passage or annotation, modal over the toolbar, editor or panel that asked
 * (they stay open behind it, so cancelling gives the focus back to the button that opened it).
 */
import { useCallback, useState, type ReactNode } from 'react';
import type { AskQuestion, QuestionRequest } from '../annotations/annotation-requests';
import type { DocumentModel } from '../documents/model';
import { NewQuestionDialog, type QuestionSource } from '../questions/ui/NewQuestionDialog';

interface Asking {
  source: QuestionSource;
  settle: (added: boolean) => void;
}

function sourceOf(request: QuestionRequest, model: DocumentModel): QuestionSource {
  return request.kind === 'passage' ? { kind: 'passage', model, target: request.target, startText: request.startText } : request;
}

/** `askQuestion` for the annotation views of `model`, and the dialog to render while one is asked. */
export function useQuestionDialog(model: DocumentModel | undefined): { askQuestion: AskQuestion; questionDialog: ReactNode } {
  const [asking, setAsking] = useState<Asking | null>(null);
  const askQuestion = useCallback<AskQuestion>(
    (request) =>
      model ? new Promise<boolean>((settle) => setAsking({ source: sourceOf(request, model), settle })) : Promise.resolve(false),
    [model],
  );
  const questionDialog = asking && (
    <NewQuestionDialog
      source={asking.source}
      onClose={(added) => {
        setAsking(null);
        asking.settle(added);
      }}
    />
  );
  return { askQuestion, questionDialog };
}
