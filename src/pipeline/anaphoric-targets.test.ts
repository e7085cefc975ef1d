import { describe, expect, it } from 'vitest';
import { dropAnaphoricTargets, isHeadOf, refersBack } from './anaphoric-targets.js';
import type { IncidentDraft } from './find-incidents.js';
import { emptyDraft } from './test-support/incident-drafts.js';

const draftWith = (victims: IncidentDraft['victims']): IncidentDraft => emptyDraft('bombing_explosion', { victims });

describe('dropAnaphoricTargets', () => {
  it('reads the bare word building as a reference back, a named building as none', () => {
    expect(refersBack('the building')).toBe(true);
    expect(refersBack('building')).toBe(true);
    expect(refersBack('the post office building')).toBe(false);
    expect(refersBack('buildings')).toBe(false);
  });

  it('drops "the building" beside a named target and keeps people', () => {
    const draft = draftWith([
      { category: 'business', text: 'the grand hotel' },
      { category: 'infrastructure', text: 'the building' },
      { category: 'civilians', text: 'a doorman' },
    ]);
    expect(dropAnaphoricTargets([draft])[0]?.victims.map((victim) => victim.text)).toEqual(['the grand hotel', 'a doorman']);
  });

  it('keeps "the building" when it is the only thing attacked', () => {
    const draft = draftWith([
      { category: 'infrastructure', text: 'the building' },
      { category: 'civilians', text: 'a doorman' },
    ]);
    expect(dropAnaphoricTargets([draft])[0]?.victims.map((victim) => victim.text)).toEqual(['the building', 'a doorman']);
  });

  it('reads a phrase that ends another as its head told again', () => {
    expect(isHeadOf("the mayor's car", 'the car')).toBe(true);
    expect(isHeadOf('a route 12 bus', 'bus')).toBe(true);
    expect(isHeadOf('the car', 'the car')).toBe(false);
    expect(isHeadOf('a carport', 'port')).toBe(false);
    expect(isHeadOf('the bank of the north', 'bank')).toBe(false);
  });

  it('drops a target told again by its head and keeps other things and people', () => {
    const draft = draftWith([
      { category: 'transportation', text: "the mayor's car" },
      { category: 'transportation', text: 'the car' },
      { category: 'business', text: 'a shop' },
      { category: 'civilians', text: 'the driver' },
    ]);
    expect(dropAnaphoricTargets([draft])[0]?.victims.map((victim) => victim.text)).toEqual(["the mayor's car", 'a shop', 'the driver']);
  });
});
