import { itemStatusInVerbale } from './verbale-rules';

describe('itemStatusInVerbale', () => {
  it('reads an item with discussion or decisions as discussed, whatever run mode recorded', () => {
    expect(itemStatusInVerbale('not_discussed', 'Il tavolo discute i criteri.', 0)).toBe('discussed');
    expect(itemStatusInVerbale('not_discussed', '', 1)).toBe('discussed');
    expect(itemStatusInVerbale('pending', '  ', 2)).toBe('discussed');
  });

  it('keeps the recorded status of an item with nothing written', () => {
    expect(itemStatusInVerbale('not_discussed', ' \n ', 0)).toBe('not_discussed');
    expect(itemStatusInVerbale('pending', '', 0)).toBe('pending');
    expect(itemStatusInVerbale('discussed', '', 0)).toBe('discussed');
  });
});
