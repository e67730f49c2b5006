import {describe, expect, it} from 'vitest';
import {jsonMembers} from '../src/cli/stream/json-members.js';
import {rewriteRecord} from '../src/cli/stream/rewrite-record.js';

const values = (text: string) => jsonMembers(text).map((member) => [member.key, text.slice(member.start, member.end)]);

describe('jsonMembers', () => {
  it('gives each key and the text of its value as written, in order, duplicates included', () => {
    expect(values('{"id": 12345678901234567890, "n":1e400,"s":"a\\"}\\\\","o":{"k":["]",{}]},"t" : true , "id":null}')).toEqual([
      ['id', '12345678901234567890'],
      ['n', '1e400'],
      ['s', '"a\\"}\\\\"'],
      ['o', '{"k":["]",{}]}'],
      ['t', 'true'],
      ['id', 'null'],
    ]);
  });

  it('reads escaped keys, and has no members in an empty object', () => {
    expect(values('{"te\\u0078t": "x", "a\\\\": 1}')).toEqual([
      ['text', '"x"'],
      ['a\\', '1'],
    ]);
    expect(values(' { } ')).toEqual([]);
  });
});

describe('rewriteRecord', () => {
  it('replaces values and adds members after the last one, every other byte kept', () => {
    const text = '{"id": 1.0, "text": "old" }';
    expect(rewriteRecord(text, jsonMembers(text), new Map([['text', '"new"']]), [['metadata', '{}']])).toBe('{"id": 1.0, "text": "new","metadata":{} }');
    expect(rewriteRecord('{}', [], new Map(), [['a', '1'], ['b', '2']])).toBe('{"a":1,"b":2}');
  });
});
