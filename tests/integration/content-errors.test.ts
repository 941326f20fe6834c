// Building with a bad article must fail, and say which file and which field. (Each field's
// message is the schema's, checked in tests/unit/schema.test.ts; one build shows Astro passes it on.)
import { expect, it } from 'vitest';
import { buildFixture } from './build-fixture.ts';

it('a build with an impossible date fails, naming the file and the field', async () => {
  const folder = 'tests/fixtures/bad-content/impossible-date';
  const { status, output } = await buildFixture(folder);
  expect(status).not.toBe(0);
  expect(output).toMatch(/date: must be a real calendar date written YYYY-MM-DD \(found "2010-02-30"\)/);
  expect(output).toContain(`${folder}/broken-article.mdx`);
});
