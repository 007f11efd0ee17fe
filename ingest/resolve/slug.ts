/** Entity ids: the folded display name with hyphens ("Mustafa al-Kadhimi" → "mustafa-al-kadhimi"). */
import { normName } from './normalize.js';

export const slug = (name: string): string => normName(name).replace(/ /g, '-') || 'unnamed';
