/** The certainties and polarities a statement can have, for the web app too (ingest/vocabulary.ts). */
export { CERTAINTIES, POLARITIES } from '../../ingest/vocabulary.js';
