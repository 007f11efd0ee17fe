import { AliasTable, parseAliases } from '../../../ingest/resolve/aliases.js';
import { parseName } from '../../../ingest/resolve/normalize.js';
import { matchRule } from '../../../ingest/resolve/rules.js';
import type { EntityType } from '../../../ingest/types.js';

const aliases = new AliasTable().addGroups(
  parseAliases(
    'United States\tUS\tU.S.\tUSA\nConservative Party\tConservatives\tTories\nPopular Mobilization Forces\tPMF\tHashed al-Shaabi\tHasd al-Saabi\nKataib Hezbollah\tHezbollah Brigades',
    'test',
  ),
);

const rule = (a: string, ta: EntityType, b: string, tb: EntityType) => matchRule(parseName(a, ta), ta, parseName(b, tb), tb, aliases);

describe('matchRule: names that denote one entity', () => {
  it.each([
    ['Kadhimi', 'Person', 'Mustafa al-Kadhimi', 'Person', 'surname'],
    ['Kadimi', 'Person', 'Mustafa al-Kadhimi', 'Person', 'transliteration'],
    ['Mustafa Kazemi', 'Person', 'Mustafa al-Kadhimi', 'Person', 'transliteration'],
    ['Mustafa al-Qadimi', 'Person', 'Mustafa Al-Kadhimi', 'Person', 'transliteration'],
    ['Sulemani', 'Person', 'Qasem Soleimani', 'Person', 'transliteration'],
    ['Kani', 'Person', 'Ismail Qaani', 'Person', 'transliteration'],
    ['Esmail Ghani', 'Person', 'Ismail Qaani', 'Person', 'transliteration'],
    ['Qais al-Khazalai', 'Person', 'Qais Khazali', 'Person', 'spelling'],
    ['Saeed Khatibjadeh', 'Person', 'Saeed Khatibzadeh', 'Person', 'spelling'],
    ['Al Muhandis', 'Person', 'Abu Mahdi al-Muhandis', 'Person', 'surname'],
    ['CIA', 'Organization', 'Central Intelligence Agency', 'Organization', 'acronym'],
    ['U.S.', 'Place', 'United States', 'Place', 'alias-file'],
    ['USA', 'Place', 'US', 'Organization', 'alias-file'],
    ['Tories', 'Organization', 'Conservatives', 'Organization', 'alias-file'],
    ['Hasd al-Saabi', 'Organization', 'PMF', 'Organization', 'alias-file'],
    ['Popular Mobilisation Forces', 'Organization', 'Popular Mobilization Forces', 'Organization', 'alias-file'],
    ['Popular Mobilisation Units', 'Organization', 'Popular Mobilization Units', 'Organization', 'transliteration'],
    ['Iraq', 'Place', 'Iraq', 'Place', 'exact'],
  ] as const)('%s (%s) ~ %s (%s): %s', (a, ta, b, tb, expected) => {
    expect(rule(a, ta, b, tb)).toBe(expected);
  });
});

describe('matchRule: look-alikes kept apart', () => {
  it.each([
    ['Iran', 'Place', 'Iraq', 'Place'],
    ['Soleimani', 'Person', 'Douglas Silliman', 'Person'],
    ['Silliman', 'Person', 'Qasem Soleimani', 'Person'],
    ['John Smith', 'Person', 'Jane Smith', 'Person'],
    ['Mr Smith', 'Person', 'Mr Jones', 'Person'],
    ['Hezbollah', 'Organization', 'Kataib Hezbollah', 'Organization'],
    ['Hezbollah', 'Organization', 'Hezbollah Brigades', 'Organization'],
    ['Jordan', 'Person', 'Jordan', 'Place'],
    ['Washington', 'Place', 'George Washington', 'Person'],
    ['Ashraf Ghani', 'Person', 'Esmail Qaani', 'Person'],
    ['UN', 'Organization', 'US', 'Place'],
    ['Tehran', 'Place', 'Tehran Times', 'Organization'],
  ] as const)('%s (%s) ≁ %s (%s)', (a, ta, b, tb) => {
    expect(rule(a, ta, b, tb)).toBeNull();
  });
});
