/**
 * The *Over Leestafel* button in the browser edition's header. The desktop app shows nothing
 * here: it has Help → Over Leestafel Leusden in its menu.
 */
import { Info } from 'lucide-react';
import { useRef, useState } from 'react';
import { isDesktop } from '../platform/desktop-bridge';
import { AboutDialog } from './AboutDialog';

/** Opens the About dialog; gives the focus back to itself when the dialog closes. */
export function AboutButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  if (isDesktop()) return null;
  return (
    <>
      <button ref={button} type="button" onClick={() => setOpen(true)}>
        <Info />
        Over Leestafel
      </button>
      {open && (
        <AboutDialog
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      )}
    </>
  );
}
