import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './helpers.ts';

// The search on a Russian page: the fixture corpus tests/fixtures/i18n-content built with the
// interface in Russian (FOLIO_LANG=ru), by `npm run test:i18n` into dist-i18n-ru. The search's
// words come from src/i18n/ru.ts; results in another language say which. Skipped against any other build.
test.skip(process.env['FOLIO_FIXTURE'] !== 'i18n-ru', 'runs against the Russian-interface fixture build (npm run test:i18n)');

const dialog = (page: Page) => page.locator('dialog.search-dialog');
const EN_PATH = 'articles/river-ferries-in-winter/';

async function searchFor(page: Page, query: string) {
  await page.getByRole('banner').getByRole('button', { name: 'Найти' }).click();
  await expect(dialog(page)).toBeVisible();
  await dialog(page).getByRole('searchbox', { name: 'Поиск по статьям' }).fill(query);
  await dialog(page).getByRole('searchbox').press('Enter');
}

test('the dialog speaks Russian, and finds an English-only word, saying the result is in English', async ({ page }) => {
  await page.goto('');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await searchFor(page, 'lantern');
  await expect(dialog(page)).toHaveAccessibleName('Поиск');
  await expect(dialog(page).getByRole('button', { name: 'Закрыть' })).toBeVisible();
  const status = dialog(page).getByRole('status');
  await expect(status).toHaveText('1 статья по запросу «lantern».');
  const result = dialog(page).locator('.search-result').first();
  await expect(result.getByRole('link').first()).toHaveAttribute('href', new RegExp(EN_PATH));
  await expect(result.locator('.search-result-lang')).toHaveText('английский');
  await expect(result.locator('.search-passages a').first()).toHaveText(/^Абзац \d+$/);
  await expect(dialog(page).getByRole('link', { name: 'Открыть этот поиск на странице поиска, чтобы поделиться им' })).toBeVisible();

  await dialog(page).getByText('Фильтры', { exact: true }).click();
  const filters = dialog(page).getByRole('group', { name: 'Только статьи автора, года или темы' });
  const year = filters.getByRole('combobox', { name: 'Год' });
  await expect(year.getByRole('option', { name: '2011 (1)' })).toHaveCount(1);
  await expect(filters.getByRole('combobox', { name: 'Язык' }).getByRole('option', { name: 'Любой язык' })).toHaveCount(1);
  await year.selectOption('2011');
  await expect(status).toHaveText('1 статья по запросу «lantern» (Год: 2011).');
  await expect(dialog(page).locator('summary')).toHaveText('Фильтры (включено: 1)');
  await expect(filters.getByRole('button', { name: 'Сбросить фильтры' })).toBeVisible();
  await dialog(page).getByRole('searchbox').fill('zzzxq');
  await dialog(page).getByRole('searchbox').press('Enter');
  await expect(status).toHaveText('По запросу «zzzxq» статей не найдено. Проверьте написание или попробуйте другие слова.');
});

test('the /search/ page in Russian: labels, counts in Russian plural forms, and the filter in the URL', async ({ page }) => {
  await page.goto('search/?q=%D0%BF%D0%B0%D1%80%D0%BE%D0%BC&year=2011');
  const form = page.locator('.search-page-form');
  await expect(form.getByRole('combobox', { name: 'Год' })).toHaveValue('2011');
  await expect(form.getByRole('combobox', { name: 'Автор' }).getByRole('option', { name: 'Любой автор' })).toHaveCount(1);
  await expect(page.locator('#search-page-status')).toHaveText('1 статья по запросу «паром» (Год: 2011).');
  await expect(page.locator('.search-page .search-result .search-result-lang')).toHaveCount(0); // a Russian article on a Russian page
  expect(await axeViolations(page)).toEqual([]);
});
