// Older news names states that no longer exist, and states by former names: each is one state actor.
import { describe, expect, it } from 'vitest';
import { actorOf, extractArticles, relationTriples } from '../support/extractText';
import '../support/syntaxModel';

describe('states of older news', () => {
  it('the Soviet Union and the two Germanys are states of their own, not Russia or Germany', () => {
    const r = extractArticles('The Soviet Union threatened West Germany on Monday. East Germany criticized Poland.');
    expect(relationTriples(r)).toEqual(expect.arrayContaining(['soviet-union -threat-> west-germany', 'east-germany -accusation-> poland']));
    expect(actorOf(r, 'russia')).toBeUndefined();
    expect(actorOf(r, 'germany')).toBeUndefined();
  });

  it('Yugoslavia and its demonym name one state', () => {
    const r = extractArticles('Yugoslavia rejected an Austrian ultimatum. Yugoslav troops later attacked Albania.');
    expect(actorOf(r, 'yugoslavia')).toMatchObject({ kind: 'state' });
    expect(relationTriples(r)).toContain('yugoslavia -force-> albania');
  });

  it('a former name is the state today: Zaire, Kampuchea', () => {
    const r = extractArticles('Zaire accused Kampuchea of arming rebels.');
    expect(relationTriples(r)).toContain('dr-congo -accusation-> cambodia');
  });
});

describe('organisations by former names', () => {
  it('the European Community is the European Union', () => {
    const r = extractArticles('The European Community criticized Austria on Monday.');
    expect(relationTriples(r)).toContain('european-union -accusation-> austria');
  });
});

describe('states with limited or no recognition', () => {
  it('a breakaway state is an actor of its own, not a region of the state it broke from', () => {
    const r = extractArticles('Moldova accused Transnistria of blocking the monitors. Turkey recognized Northern Cyprus long ago.');
    expect(relationTriples(r)).toEqual(expect.arrayContaining(['moldova -accusation-> transnistria', 'turkiye -support-> northern-cyprus']));
    expect(actorOf(r, 'transnistria')).toMatchObject({ kind: 'state' });
  });

  it('its capital stands for it as other capitals do', () => {
    const r = extractArticles('Somalia criticized Hargeisa on Monday for signing the port deal.');
    expect(relationTriples(r)).toContain('somalia -accusation-> somaliland');
  });
});
