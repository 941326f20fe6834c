// The people an article is by. Frontmatter gives one (`author:`) or several (`authors:`);
// the schema turns both into `authors`, a list in byline order.

export interface Person {
  name: string;
  bio?: string | undefined;
  url?: string | undefined;
  /** The family name, where it is not the last word of `name` ("van Beethoven", "García Márquez"). */
  family?: string | undefined;
}

/** Family and given names: the explicit `family` when given, else the last word of the name. */
export function nameParts(person: Pick<Person, 'name' | 'family'>): { family: string; given: string } {
  const name = person.name.trim().replace(/\s+/g, ' ');
  if (person.family && name.endsWith(person.family)) {
    return { family: person.family, given: name.slice(0, -person.family.length).trim() };
  }
  if (person.family) return { family: person.family, given: name };
  const words = name.split(' ');
  return { family: words.at(-1)!, given: words.slice(0, -1).join(' ') };
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: string[], and = 'and'): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
}

/** The byline's names of `authors`, joined. */
export const authorNames = (authors: Pick<Person, 'name'>[]): string => joinNames(authors.map((a) => a.name));
