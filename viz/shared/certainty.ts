/** The certainties and polarities a statement can have (ingest/types.ts), for the web app too. */
export const CERTAINTIES = ['asserted', 'alleged', 'hedged', 'intended', 'conditional'] as const;
export const POLARITIES = ['positive', 'negative'] as const;
