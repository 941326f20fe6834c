// html-validate, run on every built page by tests/e2e/gates-static.spec.ts.
/** @type {import('html-validate').ConfigData} */
export default {
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // <title> carries the article's full headline, which bookmarks and citation managers take as the title; long op-ed headlines must not be cut.
    'long-title': 'off',
  },
};
