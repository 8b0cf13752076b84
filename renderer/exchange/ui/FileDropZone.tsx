/**
 * Where the user hands the app a file to read in (a reservekopie, a fractieset): the desktop's
 * open dialog behind a button in the app, a file input in the browser edition, and in both a
 * zone to drop the file on.
 */
import { useId, useState, type DragEvent } from 'react';
import { platform } from '../../platform/desktop-bridge';

interface FileDropZoneProps {
  /** The button that opens the desktop's dialog ("Reservekopie kiezen…"). */
  desktopButton: string;
  /** The file input's label in the browser edition ("Kies een reservekopie (.json)"). */
  fileLabel: string;
  /** The file types the browser's picker offers. */
  accept: string;
  /** The desktop's button was pressed. */
  onOpenDialog: () => void;
  /** A file was chosen in the browser's picker or dropped. */
  onFile: (file: File) => void;
}

export function FileDropZone({ desktopButton, fileLabel, accept, onOpenDialog, onFile }: FileDropZoneProps) {
  const id = useId();
  const [dragging, setDragging] = useState(false);

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  }

  return (
    <div
      className="file-drop"
      data-dragging={dragging}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
    >
      {platform.isDesktop() ? (
        <button type="button" onClick={onOpenDialog}>
          {desktopButton}
        </button>
      ) : (
        <>
          <label htmlFor={`${id}-file`}>{fileLabel}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept={accept}
            onChange={(event) => {
              const file = event.target.files?.[0];
              // Choosing the same file again must be noticed too.
              event.target.value = '';
              if (file) onFile(file);
            }}
          />
        </>
      )}
      <p className="hint">Of sleep het bestand hierheen.</p>
    </div>
  );
}
