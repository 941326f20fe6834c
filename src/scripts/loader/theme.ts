// The theme control (ThemeSwitch.astro): the head script set the stored theme before the first
// paint; picking one applies it and keeps it (or forgets it for Auto, which follows the system).
import { THEME_KEY } from '../site.ts';

function apply(select: EventTarget | null) {
  if (!(select instanceof HTMLSelectElement) || select.id !== 'theme-select') return;
  const root = document.documentElement;
  const theme = select.value;
  if (theme === 'light' || theme === 'dark') root.dataset['theme'] = theme;
  else delete root.dataset['theme'];
  try {
    if (theme === 'auto') localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, theme);
  } catch {
    // storage refused (private mode): the theme holds for this page only
  }
}

export function wireTheme(queued: Event[]): void {
  for (const event of queued) if (event.type === 'change') apply(event.target);
  document.addEventListener('change', (event) => apply(event.target));
}
