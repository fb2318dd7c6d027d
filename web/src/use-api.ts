import { useEffect, useState } from 'preact/hooks';
import { ApiError } from './api';

export interface Loaded<T> {
  data?: T;
  error?: ApiError | Error;
  loading: boolean;
}

/** Runs `load` whenever `key` changes; keeps only the latest answer. */
export function useApi<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ loading: true });
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    load().then(
      (data) => live && setState({ data, loading: false }),
      (error: Error) => live && setState({ error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return state;
}
