import type {JsonMember} from './json-members.js';

/**
 * A JSON object's text with the values of some members replaced and members added after its last one, both
 * given as JSON text: every other byte stays as the input wrote it. Of a key written twice, the last member is
 * replaced, the one JSON readers take (JSON.parse among them); the earlier ones stay as written, as other members do.
 */
export function rewriteRecord(text: string, members: readonly JsonMember[], replaced: ReadonlyMap<string, string>, added: readonly (readonly [string, string])[]): string {
  // The last member of each replaced key: a key or two, where a record has many members.
  const targets = new Set<JsonMember>();
  for (const key of replaced.keys()) {
    const member = members.findLast((candidate) => candidate.key === key);
    if (member) targets.add(member);
  }
  let out = '';
  let last = 0;
  for (const member of members) {
    if (!targets.has(member)) continue;
    out += text.slice(last, member.start) + replaced.get(member.key)!;
    last = member.end;
  }
  // Added members follow the last one, or open an empty object.
  const after = members.at(-1)?.end ?? text.indexOf('{') + 1;
  out += text.slice(last, after);
  let comma = members.length > 0;
  for (const [key, value] of added) {
    out += `${comma ? ',' : ''}${JSON.stringify(key)}:${value}`;
    comma = true;
  }
  return out + text.slice(after);
}
