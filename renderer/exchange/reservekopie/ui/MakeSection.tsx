/** "Reservekopie maken": what it holds, the button, and a polite status with the file's name. */
import { Download } from 'lucide-react';
import { useId, useState } from 'react';
import { saveReservekopie } from '../save-reservekopie';
import { failureMessage } from './failure-message';

type State = { status: 'idle' } | { status: 'busy' } | { status: 'done'; message: string } | { status: 'failed'; message: string };

/** The section that makes a reservekopie. */
export function MakeSection() {
  const id = useId();
  const [state, setState] = useState<State>({ status: 'idle' });

  async function make() {
    setState({ status: 'busy' });
    try {
      const result = await saveReservekopie();
      setState({ status: 'done', message: result.saved ? `Reservekopie opgeslagen: ${result.fileName}` : 'De reservekopie is niet opgeslagen.' });
    } catch (error) {
      setState({ status: 'failed', message: failureMessage('Reservekopie maken', error) });
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="exchange-section">
      <h2 id={`${id}-title`}>Reservekopie maken</h2>
      <p>
        Eén bestand met al je werk: aantekeningen, vergaderingen met agendapunten en vragen, je instellingen en profiel, leesposities en de Prullenbak.
        Bewaar het op een andere plek dan deze computer, bijvoorbeeld op een USB-stick of in de map van je fractie.
      </p>
      <button type="button" className="button-primary" aria-disabled={state.status === 'busy'} onClick={() => state.status !== 'busy' && void make()}>
        <Download />
        Reservekopie maken
      </button>
      <p role="status" className="exchange-status">
        {state.status === 'busy' ? 'Reservekopie wordt gemaakt…' : state.status === 'done' ? state.message : ''}
      </p>
      {state.status === 'failed' && (
        <p role="alert" className="form-error">
          {state.message}
        </p>
      )}
    </section>
  );
}
