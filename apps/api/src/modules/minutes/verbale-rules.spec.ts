import { itemStatusInVerbale } from './verbale-rules';

describe('itemStatusInVerbale', () => {
  it('reads an item with discussion or decisions as discussed, whatever run mode recorded', () => {
    expect(itemStatusInVerbale('not_discussed', null, 'Il tavolo discute i criteri.', 0)).toBe('discussed');
    expect(itemStatusInVerbale('not_discussed', null, '', 1)).toBe('discussed');
    expect(itemStatusInVerbale('pending', null, '  ', 2)).toBe('discussed');
  });

  it('keeps the recorded status of an item with nothing written', () => {
    expect(itemStatusInVerbale('not_discussed', null, ' \n ', 0)).toBe('not_discussed');
    expect(itemStatusInVerbale('pending', null, '', 0)).toBe('pending');
    expect(itemStatusInVerbale('discussed', null, '', 0)).toBe('discussed');
  });

  it("prints the facilitator's explicit outcome over content and run mode", () => {
    expect(itemStatusInVerbale('discussed', 'postponed', 'Il tavolo discute i criteri.', 1)).toBe('postponed');
    expect(itemStatusInVerbale('not_discussed', 'not_discussed', 'Si accenna al tema.', 0)).toBe('not_discussed');
    expect(itemStatusInVerbale('not_discussed', 'discussed', '', 0)).toBe('discussed');
  });
});
