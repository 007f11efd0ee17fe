import { clusterMentions } from '../../../ingest/resolve/local.js';
import { AliasTable } from '../../../ingest/resolve/aliases.js';
import { mentionsOf, testAliases } from './helpers.js';
import type { EntityType } from '../../../ingest/types.js';

const run = (pairs: [string, EntityType][]) => clusterMentions(mentionsOf(pairs), testAliases(), 'x.txt');

describe('cluster (one article)', () => {
  it('merges surname and spelling variants into the fullest name, whatever the order', () => {
    const out = run([
      ['Kadhimi', 'Person'],
      ['Mustafa al-Kadhimi', 'Person'],
      ['Kadimi', 'Person'],
      ['Kadhimi', 'Person'],
    ]);
    expect(out.entities).toHaveLength(1);
    const [e] = out.entities;
    expect(e).toMatchObject({ name: 'Mustafa al-Kadhimi', type: 'Person', mentions: 4 });
    expect(e!.merges).toEqual(
      expect.arrayContaining([
        { alias: 'Kadhimi', into: 'Mustafa al-Kadhimi', rule: 'surname' },
        { alias: 'Kadimi', into: 'Mustafa al-Kadhimi', rule: 'transliteration' },
      ]),
    );
    expect(out.mentionEntity).toEqual(['e0', 'e0', 'e0', 'e0']);
  });

  it('keeps look-alikes apart: Soleimani/Silliman, Iran/Iraq, two Smiths', () => {
    const out = run([
      ['Qasim Soleimani', 'Person'],
      ['Douglas Silliman', 'Person'],
      ['Silliman', 'Person'],
      ['Sulemani', 'Person'],
      ['Iran', 'Place'],
      ['Iraq', 'Place'],
      ['John Smith', 'Person'],
      ['Jane Smith', 'Person'],
    ]);
    expect(out.entities.map((e) => e.name)).toEqual(['Qasim Soleimani', 'Douglas Silliman', 'Iran', 'Iraq', 'John Smith', 'Jane Smith']);
    expect(out.mentionEntity).toEqual(['e0', 'e1', 'e1', 'e0', 'e2', 'e3', 'e4', 'e5']);
  });

  it('leaves a bare surname shared by two people unmerged, with a message', () => {
    const out = run([
      ['John Smith', 'Person'],
      ['Jane Smith', 'Person'],
      ['Smith', 'Person'],
    ]);
    expect(out.entities).toHaveLength(3);
    expect(out.messages.map((m) => m.code)).toEqual(['AMBIGUOUS_NAME']);
  });

  it('merges acronyms and alias-file names and shows the canonical name', () => {
    const out = run([
      ['PMF', 'Organization'],
      ['Hashed al-Shaabi', 'Organization'],
      ['CIA', 'Organization'],
      ['Central Intelligence Agency', 'Organization'],
      ['U.S.', 'Place'],
      ['United States', 'Place'],
    ]);
    expect(out.entities.map((e) => e.name)).toEqual(['Popular Mobilization Forces', 'Central Intelligence Agency', 'United States']);
    expect(out.entities[1]!.merges).toEqual([{ alias: 'CIA', into: 'Central Intelligence Agency', rule: 'acronym' }]);
    expect(out.entities[0]!.merges.map((m) => m.rule)).toEqual(['alias-file', 'alias-file']);
  });

  it('keeps Hezbollah and Kataib Hezbollah apart', () => {
    const out = run([
      ['Kataib Hezbollah', 'Organization'],
      ['Hezbollah', 'Organization'],
      ['Hezbollah Brigades', 'Organization'],
    ]);
    expect(out.mentionEntity).toEqual(['e0', 'e1', 'e0']);
  });

  it('decides the type by majority over mentions, not by the first mention', () => {
    const out = run([
      ['Kadhimi', 'Place'],
      ['Kadhimi', 'Person'],
      ['Kadhimi', 'Person'],
    ]);
    expect(out.entities).toHaveLength(1);
    expect(out.entities[0]!.type).toBe('Person');
  });

  it('breaks a type tie by the type of the fullest name', () => {
    const out = run([
      ['Basra', 'Organization'],
      ['Basra', 'Place'],
    ]);
    expect(out.entities[0]!.type).toBe('Organization');
  });

  it('never merges a person with a place of a similar name', () => {
    const out = run([
      ['Jordan Henderson', 'Person'],
      ['Jordan', 'Place'],
    ]);
    expect(out.entities).toHaveLength(2);
  });

  it('counts coreferent mentions for their antecedent', () => {
    const ms = mentionsOf([
      ['Mustafa al-Kadhimi', 'Person'],
      ['he', 'Person'],
    ]);
    ms[1]!.corefOf = 0;
    const out = clusterMentions(ms, testAliases());
    expect(out.entities).toHaveLength(1);
    expect(out.entities[0]!.mentions).toBe(2);
    expect(out.mentionEntity).toEqual(['e0', 'e0']);
  });

  it('is deterministic and never throws on empty or odd names', () => {
    const pairs: [string, EntityType][] = [
      ['', 'Person'],
      ['---', 'Organization'],
      ['Al', 'Person'],
      ['Kani', 'Person'],
      ['Esmail Qaani', 'Person'],
    ];
    expect(run(pairs)).toEqual(run(pairs));
    expect(run(pairs).mentionEntity).toEqual([null, null, 'e0', 'e1', 'e1']);
  });
});

describe('cluster: mistyped one-word names', () => {
  it('lets a one-word "organisation" that is a person\'s surname join that person, and votes the type', () => {
    const out = run([
      ['Mustafa al-Qadimi', 'Person'],
      ['Kadimi', 'Organization'],
      ['Mustafa al-Qadimi', 'Person'],
    ]);
    expect(out.entities).toHaveLength(1);
    expect(out.entities[0]).toMatchObject({ name: 'Mustafa al-Qadimi', type: 'Person' });
  });

  it('keeps a bare brand apart from the person who shares it (news/business/479)', () => {
    const out = run([
      ['Ford', 'Organization'],
      ['Bill Ford', 'Person'],
      ['Ford', 'Person'],
      ['Ford Five Hundred', 'Organization'],
      ['Ford Mustang', 'Organization'],
    ]);
    const ford = out.entities.find((e) => e.name === 'Ford');
    expect(ford).toMatchObject({ type: 'Organization', mentions: 2 });
    expect(out.entities.find((e) => e.name === 'Bill Ford')).toMatchObject({ type: 'Person', mentions: 1 });
    // One organisation named after a person is no brand: "Bush" stays the president's surname.
    const bush = run([
      ['George W Bush', 'Person'],
      ['Bush Budget', 'Organization'],
      ['Bush', 'Person'],
    ]);
    expect(bush.entities.find((e) => e.name === 'George W Bush')).toMatchObject({ mentions: 2 });
  });

  it('but never lets a place join a person', () => {
    expect(
      run([
        ['Mustafa al-Qadimi', 'Person'],
        ['Kadimi', 'Place'],
      ]).entities,
    ).toHaveLength(2);
  });

  it('votes the type by evidence weight, not by head count', () => {
    const ms = mentionsOf([
      ['Rosneft', 'Person'],
      ['Rosneft', 'Person'],
      ['Rosneft', 'Organization'],
    ]);
    const out = clusterMentions(ms, testAliases(), 'x.txt', [{ weight: 0.5 }, { weight: 0.5 }, { weight: 2 }]);
    expect(out.entities).toMatchObject([{ name: 'Rosneft', type: 'Organization', mentions: 3 }]);
  });

  it('joins a bracketed short form to the name it follows when the name spells it out (or its start)', () => {
    const ms = mentionsOf([
      ['Islamic State', 'Organization'],
      ['ISIS', 'Organization'],
      ['ISIS', 'Organization'],
    ]);
    const out = clusterMentions(ms, new AliasTable(), 'x.txt', [undefined, { aliasOf: 0 }]);
    expect(out.entities).toHaveLength(1);
    expect(out.entities[0]!.merges).toEqual([{ alias: 'ISIS', into: 'Islamic State', rule: 'acronym' }]);
    expect(out.mentionEntity).toEqual(['e0', 'e0', 'e0']);
  });

  it('never reads a bracketed nationality as a definition: "Andy Roddick (US)"', () => {
    const ms = mentionsOf([
      ['Andy Roddick', 'Person'],
      ['US', 'Place'],
    ]);
    const out = clusterMentions(ms, new AliasTable(), 'x.txt', [undefined, { aliasOf: 0 }]);
    expect(out.entities.map((e) => e.name)).toEqual(['Andy Roddick', 'US']);
  });
});
