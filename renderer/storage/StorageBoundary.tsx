/**
 * Around a part of a screen that lives on the storage (the annotations beside a document): when
 * its database read fails on the storage, that part is left out and the storage alert says why,
 * so the rest of the screen (the document itself) stays readable. Any other error goes on to
 * the screen's boundary.
 */
import { Component, type ReactNode } from 'react';
import { classifyStorageError } from '../db/storage-errors';
import { reportStorageFailure } from '../db/storage-status';

interface StorageBoundaryProps {
  children: ReactNode;
}

interface StorageBoundaryState {
  failed: boolean;
  error?: unknown;
}

/** Renders its children, or nothing once they failed on the storage. */
export class StorageBoundary extends Component<StorageBoundaryProps, StorageBoundaryState> {
  override state: StorageBoundaryState = { failed: false };

  static getDerivedStateFromError(error: unknown): StorageBoundaryState {
    return { failed: true, error };
  }

  override componentDidCatch(error: unknown) {
    reportStorageFailure(error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    if (classifyStorageError(this.state.error) === undefined) throw this.state.error;
    return null;
  }
}
