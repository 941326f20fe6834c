// html-validate, run on every built page by tests/e2e/gates-static.spec.ts.
/** @type {import('html-validate').ConfigData} */
export default {
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // <title> carries the article's full headline, which bookmarks and citation managers take as the title; long op-ed headlines must not be cut.
    'long-title': 'off',
    // SRI guards resources from other hosts; every resource here is same-origin (the external-request gate enforces it).
    // Articles compiled by @astrojs/mdx (those with images or components) write void elements as JSX does, <hr/>; both forms are valid HTML.
    'void-style': 'off',
    'require-sri': ['error', { target: 'crossorigin' }],
  },
};
